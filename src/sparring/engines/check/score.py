"""The readiness score, 0-100.

Each rule that applies to the case has a weight: 3 for the seven Incentive Map steps
(`GOAL.SPECIFIC`, `VALUE.RECEIPTS`, `THEM.RESEARCH`, `MAP.OVERLAP`, `TIERS.THREE`, `REHEARSE`,
`WALKAWAY.DEFINED`), 1 for the supporting practices. A rule earns all of its weight when it
has no findings, 85% when its worst finding is a tip, 50% for a warning and nothing for a
blocker:

    score = floor(100 × Σ weight × earned / Σ weight)

Only a plan with no findings at all scores 100. A plan with any blocker is not ready, and its
score is capped at 59 so that "ready" and a score of 60 or more always agree.
"""

from __future__ import annotations

import math

from sparring.engines.check.findings import Finding, Severity

EARNED: dict[Severity | None, float] = {None: 1.0, "tip": 0.85, "warning": 0.5, "blocker": 0.0}
NOT_READY_CAP = 59


def worst(findings: list[Finding]) -> Severity | None:
    for severity in ("blocker", "warning", "tip"):
        if any(f.severity == severity for f in findings):
            return severity
    return None


def readiness(results: list[tuple[int, list[Finding]]]) -> int:
    """Score from ``(weight, findings of that rule)`` pairs."""
    total = sum(weight for weight, _ in results)
    if total == 0:
        return 100
    earned = sum(weight * EARNED[worst(findings)] for weight, findings in results)
    score = math.floor(100 * earned / total + 1e-9)
    if any(f.severity == "blocker" for _, findings in results for f in findings):
        score = min(score, NOT_READY_CAP)
    return score
