"""The readiness score, 0-100: it moves with every finding fixed.

Each finding is debt: 30 points for a blocker, 8 for a warning, 3 for a tip. The score is

    score = floor(100 × 100 / (100 + debt))

so a plan with no findings scores 100 and each fix raises the score, with no cap that would
hold it still: one blocker costs a clean plan 24 points (76), one warning 8 (92), one tip 3
(97). Because the score never reaches 0, the first fixes of an empty plan count too: every
fixed blocker raises it by at least one point while the debt is under 450 (fifteen blockers),
every fixed warning while it is under 180, every tip while it is under 80.

Whether the plan is *ready* is not read from the score: it is ready when it has no blockers,
and the score is always shown beside that state.
"""

from __future__ import annotations

from collections.abc import Iterable

from sparring.engines.check.findings import Finding, Severity

DEBT: dict[Severity, int] = {"blocker": 30, "warning": 8, "tip": 3}
SCALE = 100


def debt(findings: Iterable[Finding]) -> int:
    return sum(DEBT[f.severity] for f in findings)


def readiness(findings: Iterable[Finding]) -> int:
    """The score of a plan with ``findings``."""
    return (100 * SCALE) // (SCALE + debt(findings))
