"""The brain: from the analysed user turn, update the counterpart's state by the effects table
and decide one move. Deterministic for a given seed.

Order of decisions each turn:
1. effects (effects.py) move goodwill, pace and the reservation shift;
2. job offers: an invalid reason in an employer's market risks the offer (seeded draw) → WALK;
3. goodwill under 0.15 → WALK; an attack or ultimatum with goodwill under 0.45 → PAUSE (once);
4. an ambiguous number → ASK a clarifying question, instead of guessing;
5. deals: price pushed while checklist items are open → ASK to settle scope first (once);
6. an offer (or options: it takes the best for itself) that is acceptable → ACCEPT;
   otherwise, the first time, the strongest unresolved objection → OBJECT; else COUNTER on its
   concession path, closest to what you asked (at its deadline: a final counter, then WALK);
7. no offer: a question → ANSWER (reveals what you asked about); else an unraised objection →
   OBJECT; else ASK what you propose.
"""

from __future__ import annotations

from dataclasses import dataclass

from sparring.engines.language.alignment import concepts
from sparring.engines.sim.counterpart import Counterpart
from sparring.engines.sim.effects import CONDITIONAL_PACE, UNCONDITIONAL_PACE, WITHDRAWAL_RISK, effects_for
from sparring.engines.sim.moves import Move
from sparring.engines.sim.offers import ParsedOffer
from sparring.model.case import Case
from sparring.model.levers import Package

WALK_BELOW = 0.15
PAUSE_BELOW = 0.45


@dataclass(frozen=True)
class Turn:
    """What the policy knows about the user's turn."""

    text: str
    tags: frozenset[str]
    offer: ParsedOffer
    conditional: bool
    concession: float | None
    """How much the user's offer gave up versus their previous one (points), when it did."""
    answered_objection: bool = False


def objections(case: Case) -> list[tuple[str, str]]:
    """(id, text) of what the counterpart may object with: fixed constraints first, then the
    forecast objections by likelihood, then flexible constraints and pressures. An item that
    says the same thing as an earlier one (most of its concepts shared) is left out."""
    cp = case.counterpart
    order = {"high": 0, "medium": 1, "low": 2, None: 1}
    items = [(c.id, c.text) for c in cp.constraints if c.fixed]
    items += [(o.id, o.text) for o in sorted(case.objections, key=lambda o: order[o.likelihood])]
    items += [(c.id, c.text) for c in cp.constraints if not c.fixed]
    items += [(p.id, p.text) for p in cp.pressures]
    kept: list[tuple[str, str]] = []
    for item in items:
        words = concepts(item[1])
        if all(len(words & concepts(k[1])) < 0.6 * max(1, min(len(words), len(concepts(k[1])))) for k in kept):
            kept.append(item)
    return kept


def revealable(case: Case) -> list[tuple[str, str]]:
    cp = case.counterpart
    rank = {"high": 0, "medium": 1, "low": 2}
    items = [(i.id, i.text) for i in sorted(cp.incentives, key=lambda i: rank[i.importance])]
    items += [(c.id, f"{c.text}" + (f" ({c.why})" if c.why else "")) for c in cp.constraints]
    items += [(p.id, p.text) for p in cp.pressures]
    return items


def decide(cp: Counterpart, turn: Turn) -> Move:
    state, case = cp.state, cp.case
    fired = effects_for(set(turn.tags))
    for effect in fired:
        cp.add_goodwill(effect.goodwill)
        if effect.pace != 1.0:
            cp.add_pace(effect.pace)
        if effect.shift:
            cp.add_shift(effect.shift)
    if turn.conditional:
        cp.add_pace(CONDITIONAL_PACE)
    elif turn.concession is not None and turn.concession > 0.5:
        cp.add_pace(UNCONDITIONAL_PACE)
    names = tuple(e.name for e in fired)

    if case.kind == "job_offer" and "invalid_reason" in turn.tags and case.job_offer:
        risk = WITHDRAWAL_RISK[case.job_offer.market_condition or "balanced"]
        if cp.rng.random() < risk:
            return Move(
                "WALK",
                topic="We've decided to move forward with another candidate.",
                reason="invalid reason for pushing in a tight market (OFFER.MARKET)",
                effects=names,
            )
    if state.goodwill < WALK_BELOW:
        return Move("WALK", topic="This has stopped being a conversation.", reason="goodwill ran out", effects=names)
    if ({"argumentative", "ultimatum"} & turn.tags) and state.goodwill < PAUSE_BELOW and not state.paused_once:
        state.paused_once = True
        return Move("PAUSE", reason="an attack or ultimatum with low goodwill (CALM.NOT_ARGUE)", effects=names)
    if turn.offer.ambiguous:
        return Move("ASK", topic=turn.offer.ambiguous, reason="ambiguous number", effects=names)
    if case.kind == "deal" and "price_before_scope" in turn.tags and not state.asked_scope and _open_items(case):
        state.asked_scope = True
        items = ", ".join(_open_items(case))
        return Move(
            "ASK",
            topic=f"Before we talk price, can we settle the {items}?",
            reason="price before scope (SCOPE.BEFORE_PRICE)",
            effects=names,
        )

    if turn.offer.packages:
        chosen = max(turn.offer.packages, key=cp.them_value)
        if cp.acceptable(chosen):
            return Move(
                "ACCEPT", package=cp.complete(chosen), reason="inside its limit and its aspiration", effects=names
            )
        unraised = [o for o in objections(case) if o[0] not in state.objections_raised]
        if unraised and not state.objections_raised:
            state.objections_raised.append(unraised[0][0])
            return Move("OBJECT", topic=unraised[0][1], reason="its strongest unresolved objection", effects=names)
        final = state.turn >= state.deadline - 1
        if state.turn >= state.deadline:
            return Move("WALK", topic="We've run out of road on this one.", reason="its deadline passed", effects=names)
        return Move(
            "COUNTER",
            package=cp.counter(chosen),
            final=final,
            reason="closest package on its concession path",
            effects=names,
        )

    if "elicit" in turn.tags:
        topic = _reveal(cp, turn.text)
        if topic:
            return Move("ANSWER", topic=topic, reason="you asked (LISTEN.WHY)", effects=names)
    if turn.answered_objection:
        if state.last_counter is None:
            return Move(
                "COUNTER", package=cp.counter(None), reason="objection answered: it names a first number", effects=names
            )
        return Move("ASK", topic="All right. So what would you propose?", reason="objection answered", effects=names)
    unraised = [o for o in objections(case) if o[0] not in state.objections_raised]
    if unraised and state.turn >= 1:
        state.objections_raised.append(unraised[0][0])
        return Move("OBJECT", topic=unraised[0][1], reason="its strongest unresolved objection", effects=names)
    if state.turn >= state.deadline:
        return Move("WALK", topic="We've run out of road on this one.", reason="its deadline passed", effects=names)
    return Move("ASK", topic="What exactly are you proposing?", reason="no offer on the table", effects=names)


def _open_items(case: Case) -> list[str]:
    if case.checklist is None:
        return ["scope", "quality", "timing", "payment", "exit terms"]
    return [
        name
        for name in ("scope", "quality", "timing", "payment", "exit")
        if (item := getattr(case.checklist, name)) is None or item.status == "open"
    ]


def _reveal(cp: Counterpart, question: str) -> str | None:
    """The unrevealed incentive, constraint or pressure the question is most about."""
    items = [
        (i, t) for i, t in revealable(cp.case) if i not in cp.state.revealed and i not in cp.state.objections_raised
    ]
    if not items:
        return None
    asked = concepts(question)
    best = max(items, key=lambda it: len(asked & concepts(it[1])))
    cp.state.revealed.append(best[0])
    return best[1]


def resolved_by(text: str, objection: str, tags: frozenset[str]) -> bool:
    """Whether the user's turn answers an objection: speaks to it, with a receipt or an
    acknowledgement of the constraint behind it."""
    overlap = len(concepts(text) & concepts(objection))
    return overlap >= 1 and bool({"evidence", "acknowledges_constraints", "their_goals", "options"} & tags)


def as_package(value: Package | None) -> Package:
    return dict(value or {})
