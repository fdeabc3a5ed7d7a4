"""The table of effects: how what the user says moves the counterpart. Explicit and documented,
so the rehearsal is explainable ("it got firmer because you apologised for asking").

Each row fires when its tags are present in the user's turn (from the language analyser) and
changes the counterpart's state:

* ``goodwill`` — added to goodwill (0..1; below 0.15 it walks, after an attack it pauses);
* ``pace`` — multiplies how fast it concedes along its schedule (kept within 0.5..1.6);
* ``shift`` — moves its hidden reservation toward you, as a share of ``MAX_SHIFT`` of each
  lever's range (the cumulative shift is capped at ``MAX_SHIFT``: arguments earn a bounded
  amount, never an unlimited one);
* ``reveal`` — it answers the question and reveals an incentive, constraint or pressure.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SHIFT = 0.10
PACE_RANGE = (0.5, 1.6)


@dataclass(frozen=True)
class Effect:
    name: str
    when_all: frozenset[str]
    principle: str
    goodwill: float = 0.0
    pace: float = 1.0
    shift: float = 0.0
    reveal: bool = False
    explain: str = ""


def _e(name: str, tags: str, principle: str, **kw: float | bool | str) -> Effect:
    return Effect(name, frozenset(tags.split()), principle, **kw)  # type: ignore[arg-type]


EFFECTS: tuple[Effect, ...] = (
    _e(
        "receipts tied to their goals",
        "evidence their_goals",
        "MAP.OVERLAP",
        goodwill=0.05,
        pace=1.25,
        shift=0.5,
        explain="a quantified result tied to what they are measured on: they concede faster and their limit moves",
    ),
    _e(
        "receipts",
        "evidence",
        "VALUE.RECEIPTS",
        goodwill=0.02,
        shift=0.25,
        explain="a quantified result: their limit moves a little toward you",
    ),
    _e(
        "their goals",
        "their_goals",
        "MAP.OVERLAP",
        goodwill=0.05,
        pace=1.1,
        explain="you spoke to their incentives: more goodwill, a little faster",
    ),
    _e(
        "question",
        "elicit",
        "LISTEN.WHY",
        goodwill=0.03,
        reveal=True,
        explain="you asked: they answer and reveal an incentive or a constraint",
    ),
    _e("empathy", "empathy", "ASSERT.CARE", goodwill=0.03, explain="you showed you understand them"),
    _e(
        "constraints acknowledged",
        "acknowledges_constraints",
        "THEM.CONSTRAINTS",
        goodwill=0.04,
        explain="you acknowledged their limits",
    ),
    _e("enthusiasm", "enthusiasm", "OFFER.HOW", goodwill=0.03, explain="you showed you want it"),
    _e("fairness", "fairness", "WIN.FAIR_SHARE", goodwill=0.02, explain="you appealed to a fair split"),
    _e(
        "joint framing",
        "coordination",
        "MISTAKE.NO_MUTUAL_WIN",
        goodwill=0.03,
        pace=1.05,
        explain="you framed it as a joint problem",
    ),
    _e(
        "options",
        "options",
        "MISTAKE.NO_MUTUAL_WIN",
        goodwill=0.03,
        pace=1.1,
        explain="you offered options: they choose the best for them and counter inside it",
    ),
    _e("rapport", "small_talk", "WIN.TRUST", goodwill=0.01, explain="a little rapport"),
    _e("hedging", "hedge", "CONFIDENCE", pace=0.85, explain="you hedged: they hold firmer"),
    _e("apology", "apology", "CONFIDENCE", pace=0.85, explain="you apologised for asking: they hold firmer"),
    _e(
        "over-justification",
        "over_justification",
        "CONFIDENCE",
        pace=0.9,
        explain="a pile of reasons reads as defensive: they hold firmer",
    ),
    _e(
        "desperation",
        "desperation",
        "NO_DESPERATION",
        pace=0.75,
        shift=-0.25,
        explain="visible need: they hold firmer and their limit moves away from you",
    ),
    _e("argument", "argumentative", "CALM.NOT_ARGUE", goodwill=-0.2, explain="an attack: goodwill drops sharply"),
    _e(
        "ultimatum",
        "ultimatum",
        "MISTAKE.NO_MUTUAL_WIN",
        goodwill=-0.25,
        explain="an ultimatum: goodwill drops, they may pause or walk",
    ),
    _e(
        "dismissing their need",
        "undervalue",
        "CALM.NOT_ARGUE",
        goodwill=-0.05,
        explain="you played down what they need",
    ),
)

CONDITIONAL_PACE = 1.15
"""A conditional concession ("if you…, then I…") is reciprocated: they concede faster."""
UNCONDITIONAL_PACE = 0.9
"""A concession given for nothing teaches them to wait: they concede more slowly."""

WITHDRAWAL_RISK = {"employer": 0.35, "balanced": 0.12, "candidate": 0.03}
"""Job offers: the chance per turn that an invalid reason for pushing gets the offer withdrawn."""


def effects_for(tags: set[str]) -> list[Effect]:
    """The rows that fire for a turn's tags (a combined row replaces its parts)."""
    fired = [e for e in EFFECTS if e.when_all <= tags]
    names = {e.name for e in fired}
    if "receipts tied to their goals" in names:
        fired = [e for e in fired if e.name not in ("receipts", "their goals")]
    return fired
