"""The fixed tag vocabulary of the language analyser (part of the public JSON output).

Each tag names the principle it evidences and whether it helps (+) or hurts (-) the
negotiator; hurting tags come with a suggested rewrite of the span.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Polarity = Literal["+", "-"]
Family = Literal["tone", "substance", "strategy"]


@dataclass(frozen=True)
class TagInfo:
    name: str
    principle: str
    polarity: Polarity
    family: Family
    advice: str


TAG_INFO: dict[str, TagInfo] = {
    t.name: t
    for t in (
        TagInfo("hedge", "CONFIDENCE", "-", "tone", "Drop the softener and state the ask plainly."),
        TagInfo("apology", "CONFIDENCE", "-", "tone", "Don't apologise for asking; thank them for their time instead."),
        TagInfo("over_justification", "CONFIDENCE", "-", "tone", "Give one strong reason, tied to their goal."),
        TagInfo(
            "desperation", "NO_DESPERATION", "-", "tone", "Keep your own pressure private; state the ask and its value."
        ),
        TagInfo("argumentative", "CALM.NOT_ARGUE", "-", "tone", "Describe the fact and its effect neutrally."),
        TagInfo("ultimatum", "MISTAKE.NO_MUTUAL_WIN", "-", "tone", "Offer two or three options instead of one demand."),
        TagInfo("ask", "GOAL.SPECIFIC", "+", "substance", ""),
        TagInfo("evidence", "VALUE.RECEIPTS", "+", "substance", ""),
        TagInfo("their_goals", "MAP.OVERLAP", "+", "substance", ""),
        TagInfo("options", "MISTAKE.NO_MUTUAL_WIN", "+", "substance", ""),
        TagInfo(
            "invalid_reason",
            "OFFER.VALID_REASON",
            "-",
            "substance",
            "Use a real reason: a gap to your previous earnings, a larger scope, different terms, or a "
            "competing offer you would take.",
        ),
        TagInfo("enthusiasm", "OFFER.HOW", "+", "substance", ""),
        TagInfo("acknowledges_constraints", "OFFER.HOW", "+", "substance", ""),
        TagInfo(
            "price_before_scope",
            "SCOPE.BEFORE_PRICE",
            "-",
            "substance",
            "Settle scope, quality, timing, payment and exit before discussing price.",
        ),
        TagInfo("self_need", "MISTAKE.SELF_ONLY", "-", "strategy", "Connect your need to something they care about."),
        TagInfo("elicit", "LISTEN.WHY", "+", "strategy", ""),
        TagInfo("empathy", "ASSERT.CARE", "+", "strategy", ""),
        TagInfo("fairness", "WIN.FAIR_SHARE", "+", "strategy", ""),
        TagInfo("coordination", "MISTAKE.NO_MUTUAL_WIN", "+", "strategy", ""),
        TagInfo("undervalue", "CALM.NOT_ARGUE", "-", "strategy", "Ask about their need instead of dismissing it."),
        TagInfo("small_talk", "WIN.TRUST", "+", "strategy", ""),
        TagInfo("no_need", "MULTI.LEVER", "+", "strategy", ""),
    )
}
TAGS: tuple[str, ...] = tuple(TAG_INFO)
STRATEGY_TAGS: tuple[str, ...] = tuple(t for t, i in TAG_INFO.items() if i.family == "strategy")

CASINO_LABELS: dict[str, str] = {
    "self-need": "self_need",
    "other-need": "self_need",
    "elicit-pref": "elicit",
    "showing-empathy": "empathy",
    "vouch-fair": "fairness",
    "promote-coordination": "coordination",
    "uv-part": "undervalue",
    "small-talk": "small_talk",
    "no-need": "no_need",
}
"""CaSiNo annotation labels → our strategy tags (self-need and other-need are one tag here)."""
