"""Offline incentive hypotheses (THEM.RESEARCH): the incentive library's answer for the counterpart's role.

Every suggestion is a *hypothesis* with its reason: a guess to validate in a 1:1, never a
fact about the person. Incentives the case already has (the same point, in other words) are
left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sparring.engines.coach.library import match_role
from sparring.engines.coach.similar import first_duplicate
from sparring.model.case import Case

TOP = 3


@dataclass(frozen=True)
class SuggestedIncentive:
    """One incentive hypothesis, ready to be added to the counterpart's incentives."""

    text: str
    metric: str | None
    reason: str
    source: str
    status: Literal["hypothesis"] = "hypothesis"
    duplicate_of: str | None = None
    """The id of an incentive already in the case that makes the same point."""


def offline_incentives(case: Case, limit: int = TOP) -> list[SuggestedIncentive]:
    """The library's incentives for the counterpart's role, minus those the case already has."""
    profile = match_role(case.counterpart.role)
    known = known_incentives(case)
    fresh = [item for item in profile.incentives if first_duplicate(item.text, known) is None]
    return [
        SuggestedIncentive(item.text, item.metric, item.why, f"incentive library: typical {profile.title}")
        for item in fresh[:limit]
    ]


def known_incentives(case: Case) -> dict[str, str]:
    """The case's incentives as id → text, for duplicate checks."""
    return {i.id: i.text for i in case.counterpart.incentives}
