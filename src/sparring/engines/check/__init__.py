"""The plan checker: one pure rule per principle, a readiness score, every finding explained.

``check(case, context)`` → :class:`CheckReport`. The same case and context always give the
same findings in the same order (blockers first, then by Incentive Map step).
"""

from __future__ import annotations

import datetime as dt

from sparring.engines.check import rules as _rules  # noqa: F401  (registers the rules)
from sparring.engines.check.context import CheckContext, SavedVersion
from sparring.engines.check.findings import SEVERITY_ORDER, CheckReport, Finding, Severity
from sparring.engines.check.registry import RULES
from sparring.engines.check.score import readiness
from sparring.model.case import Case
from sparring.model.principles import PRINCIPLES

__all__ = ["CheckContext", "CheckReport", "Finding", "SavedVersion", "Severity", "check", "group_of"]

STEP_TITLES = {
    1: "1. Goal",
    2: "2. Receipts",
    3: "3. Their incentives",
    4: "4. Overlap",
    5: "5. Tiers",
    6: "6. Rehearse",
    7: "7. Walk-away",
}
SECTION_TITLES = {
    "incentive_map": "Incentive Map practices",
    "win_win": "Win-win",
    "job_offer": "Job offer",
    "deal": "Deal discipline",
    "mind": "Preparation",
}


def group_of(principle_id: str) -> tuple[int, str]:
    """Sort key and title of the display group of a principle (the seven steps come first)."""
    item = PRINCIPLES[principle_id]
    if item.step is not None:
        return item.step, STEP_TITLES[item.step]
    order = list(SECTION_TITLES).index(item.section)
    return 10 + order, SECTION_TITLES[item.section]


def check(case: Case, context: CheckContext | None = None) -> CheckReport:
    """Apply every rule that applies to ``case``'s kind."""
    ctx = context or CheckContext(today=dt.date.today())
    results: list[tuple[int, list[Finding]]] = []
    applied: list[str] = []
    for item in RULES:
        if not item.applies_to(case):
            continue
        findings = list(item.check(case, ctx))
        results.append((item.step_weight, findings))
        applied.append(item.principle)
    ordered = sorted(
        (f for _, findings in results for f in findings),
        key=lambda f: (SEVERITY_ORDER[f.severity], group_of(f.principle)[0]),
    )
    return CheckReport(findings=ordered, score=readiness(results), rules_applied=applied)
