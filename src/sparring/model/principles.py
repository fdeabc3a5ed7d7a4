"""The principles catalogue: every finding, counterpart behaviour and hint traces to one ID.

The wording summarises ``PRINCIPLES.md`` (the method). ``step`` groups principles for display:
the seven Incentive Map steps first, then the supporting practices.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Section = Literal["incentive_map", "win_win", "job_offer", "deal", "mind"]


@dataclass(frozen=True)
class Principle:
    id: str
    title: str
    section: Section
    step: int | None = None


_ALL = (
    Principle("GOAL.SPECIFIC", "The true goal is precise: what, by when, why now", "incentive_map", 1),
    Principle("VALUE.RECEIPTS", "Value is proven with quantified receipts tied to outcomes", "incentive_map", 2),
    Principle("THEM.RESEARCH", "Research how the counterpart is measured and pressured", "incentive_map", 3),
    Principle("MAP.OVERLAP", "Every ask is framed as a win for their incentives", "incentive_map", 4),
    Principle("TIERS.THREE", "Three options: Ideal, Likely, Minimum", "incentive_map", 5),
    Principle("REHEARSE", "Rehearse both sides until saying no feels unwise", "incentive_map", 6),
    Principle("WALKAWAY.DEFINED", "Know and keep the walk-away point", "incentive_map", 7),
    Principle("OBJECTIONS.FORECAST", "Forecast the top objections, each with a counter", "incentive_map", 6),
    Principle("MISTAKE.SELF_ONLY", "Mistake: a pitch about your needs only", "incentive_map"),
    Principle("MISTAKE.LEVERAGE_NO_PROOF", "Mistake: claiming leverage without proof", "incentive_map"),
    Principle("MISTAKE.NO_MUTUAL_WIN", "Mistake: take-it-or-leave-it with no shared success", "incentive_map"),
    Principle("LEADER.INCENTIVES", "Leaders are measured on team results, succession, risk, optics", "incentive_map"),
    Principle("LONG_GAME", "Negotiation is a repeated game", "incentive_map"),
    Principle("WIN.TRUST", "Win-win needs trust built over time", "win_win"),
    Principle("WIN.SHARE_EARLY", "Say early what winning looks like; don't move goalposts", "win_win"),
    Principle("WIN.KNOW_VALUE", "Know, monetise and explain your value", "win_win"),
    Principle("WIN.FAIR_SHARE", "Don't capture more value than you are worth", "win_win"),
    Principle("WIN.EGO", "Let go of ego; be ready to walk away", "win_win"),
    Principle("OFFER.VALID_REASON", "Negotiate an offer only for a real obstacle to yes", "job_offer"),
    Principle("OFFER.MARKET", "In an employer's market, leverage must be real", "job_offer"),
    Principle("OFFER.HOW", "Clear, honest, one or two items, show you want the job", "job_offer"),
    Principle("SCOPE.BEFORE_PRICE", "Settle scope, quality, timing, payment and exit before price", "deal"),
    Principle("GOAL.MACRO_MICRO", "Every term serves the macro objective", "deal"),
    Principle("CONFIDENCE", "Calm, assertive language; no hedging or apologising", "deal"),
    Principle("THEM.CONSTRAINTS", "Ask what is fixed and what is flexible for them", "deal"),
    Principle("PROCESS.SHAPE", "Shape the process: phases, pilots, decision criteria", "deal"),
    Principle("NO_DESPERATION", "Don't show desperation; have a real alternative", "deal"),
    Principle("CALM.NOT_ARGUE", "Separate the person from the problem; don't argue", "deal"),
    Principle("WALKAWAY.LIMITS", "A walk-away can have several limits", "deal"),
    Principle("MULTI.LEVER", "Trade across several levers, not price alone", "deal"),
    Principle("RANGE.RESEARCH", "Research the range and ask near the top with a rationale", "mind"),
    Principle("POLICY.RESEARCH", "For non-monetary asks, study the policy and the task split", "mind"),
    Principle("MIND.DEFENSIVE_PESSIMISM", "Expect obstacles and plan a response to each", "mind"),
    Principle("MIND.DISTANCE", "Keep emotional distance; you may pause", "mind"),
    Principle("THEM.SHOES", "Their pressures, risks of yes, authority, ripple effects", "mind"),
    Principle("ASSERT.CARE", "Pair each ask with a benefit for them", "mind"),
    Principle("LISTEN.WHY", "Ask why and why not to find options", "mind"),
)

PRINCIPLES: dict[str, Principle] = {p.id: p for p in _ALL}


def principle(principle_id: str) -> Principle:
    """The principle with this ID (``KeyError`` names the ID if it is not in the catalogue)."""
    return PRINCIPLES[principle_id]
