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
from sparring.engines.check.samples import fold, split
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
    """Apply every rule that applies to ``case``'s kind to the user's own values.

    Values still equal to the template's samples for the kind (``context.templates``) are
    taken out first, so no rule counts them, and reported as "still the template's sample".
    """
    ctx = context or CheckContext(today=dt.date.today())
    template = ctx.templates.get(case.kind)
    own, hits = split(case, template) if template is not None else (case, [])
    by_rule: dict[str, list[Finding]] = {}
    for item in RULES:
        if item.applies_to(case):
            by_rule.setdefault(item.principle, []).extend(item.check(own, ctx))
    fold(by_rule, hits)
    ordered = sorted(
        (f for findings in by_rule.values() for f in findings),
        key=lambda f: (SEVERITY_ORDER[f.severity], group_of(f.principle)[0]),
    )
    return CheckReport(findings=ordered, score=readiness(ordered), rules_applied=list(by_rule))
