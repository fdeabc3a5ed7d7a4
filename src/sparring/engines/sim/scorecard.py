"""The scorecard at the end of a rehearsal: outcome, goodwill, objections, questions,
concessions, principles followed and broken, and three things to practise next.

The score (0-100) is documented: 60% outcome (where the agreed value sits between your
walk-away, 0, and your Ideal tier, 100; no deal scores 0, and a deal below your walk-away
scores 0 and is flagged) plus 40% process (starts at 100; each hurting tag −8, each helping
tag +4, each unconditional concession −10, each unanswered objection −10; clipped to 0-100).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sparring.engines.language.tags import TAG_INFO


@dataclass(frozen=True)
class Concession:
    turn: int
    points: float
    conditional: bool


@dataclass
class Scorecard:
    outcome: str  # "deal", "no deal", "walked", "withdrawn", "ended"
    agreed: dict[str, Any] | None
    value: float
    """Your value of the outcome in points (0-100); no deal counts your walk-away package."""
    tier_band: str
    below_walk_away: bool
    goodwill: float
    objections_handled: list[str] = field(default_factory=list)
    objections_unhandled: list[str] = field(default_factory=list)
    questions: int = 0
    concessions: list[Concession] = field(default_factory=list)
    followed: dict[str, int] = field(default_factory=dict)
    broken: dict[str, int] = field(default_factory=dict)
    practise: list[str] = field(default_factory=list)
    score: int = 0
    paused_to_recover: bool = False

    def as_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["concessions"] = [c.__dict__ for c in self.concessions]
        return out


ADVICE = {
    "hedge": "State the ask plainly: drop “I was wondering if maybe” (CONFIDENCE).",
    "apology": "Don't apologise for asking; thank them for their time instead (CONFIDENCE).",
    "over_justification": "Give one strong reason tied to their goal, not a pile of them (CONFIDENCE).",
    "desperation": "Keep your own pressure private; talk about their outcome (NO_DESPERATION).",
    "argumentative": "Describe facts and effects neutrally; no accusations (CALM.NOT_ARGUE).",
    "ultimatum": "Replace the ultimatum with two or three options (MISTAKE.NO_MUTUAL_WIN).",
    "invalid_reason": "Argue from a valid reason: a gap, a larger scope, different terms (OFFER.VALID_REASON).",
    "price_before_scope": "Settle scope, quality, timing, payment and exit before price (SCOPE.BEFORE_PRICE).",
    "self_need": "Tie each need to something they are measured on (MISTAKE.SELF_ONLY).",
    "undervalue": "Ask about their need instead of dismissing it (CALM.NOT_ARGUE).",
}
MISSING = [
    ("evidence", "Bring a receipt: a number tied to an outcome they care about (VALUE.RECEIPTS)."),
    ("their_goals", "Name their incentive and show how your ask serves it (MAP.OVERLAP)."),
    ("elicit", "Ask what matters most to them, and why (LISTEN.WHY)."),
    ("options", "Offer two or three packages so the question becomes which yes (TIERS.THREE)."),
]


def practise_next(broken: Counter[str], seen: set[str], unconditional: int, unhandled: int) -> list[str]:
    items = [ADVICE[tag] for tag, _ in broken.most_common() if tag in ADVICE]
    if unconditional:
        items.insert(0, "Make every concession conditional: “if you…, then I…” (MULTI.LEVER).")
    if unhandled:
        items.insert(0, "Answer each objection with the counter and evidence you prepared (OBJECTIONS.FORECAST).")
    items += [advice for tag, advice in MISSING if tag not in seen]
    unique = list(dict.fromkeys(items))
    return unique[:3]


def process_score(followed: Counter[str], broken: Counter[str], unconditional: int, unhandled: int) -> float:
    score = 100 - 8 * sum(broken.values()) + 4 * sum(followed.values()) - 10 * unconditional - 10 * unhandled
    return max(0.0, min(100.0, score))


def principle_counts(tags: list[str]) -> tuple[Counter[str], Counter[str]]:
    followed: Counter[str] = Counter()
    broken: Counter[str] = Counter()
    for tag in tags:
        info = TAG_INFO[tag]
        (followed if info.polarity == "+" else broken)[tag] += 1
    return followed, broken
