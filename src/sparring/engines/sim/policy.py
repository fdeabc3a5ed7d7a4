"""The brain: from the heard turn (engines/ear), update the counterpart's state and decide one
move. Deterministic for a given seed.

Order of decisions each turn:
1. effects: the language tags' table (effects.py) and the acts' table (listen.py) move goodwill,
   pace and the reservation shift;
2. job offers: an invalid reason in an employer's market risks the offer (seeded draw) → WALK;
3. goodwill under 0.15 → WALK (the only walk-out besides a withdrawn offer: never the turn count
   alone); an attack or ultimatum with goodwill under 0.45 → PAUSE (once); asked for time → PAUSE;
4. a number no lever can take alone → ASK which term it is for, in words;
5. deals: price pushed while checklist items are open → ASK to settle scope first (once);
6. an offer (or options: it takes the best for itself) that is acceptable → ACCEPT, or CONFIRM
   when the package holds terms the user never saw or the reading was not certain; otherwise,
   the first time, the strongest unresolved objection → OBJECT; else COUNTER on its concession
   path closest to what you asked, never worse for you than its previous counter; a final
   position is repeated, not reopened;
7. no offer: a question → ANSWER from the case; an accepted standing offer is handled by the
   session; an answered objection → its first number, or ASK what you propose; else an unraised
   objection → OBJECT; else ASK what you propose.
Whatever the move, an acknowledgement of what was said comes first (listen.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sparring.engines.ear.reading import Reading
from sparring.engines.sim.answers import Answer, answers
from sparring.engines.sim.counterpart import Counterpart
from sparring.engines.sim.effects import CONDITIONAL_PACE, UNCONDITIONAL_PACE, WITHDRAWAL_RISK, effects_for
from sparring.engines.sim.listen import (
    CONDITION,
    DISCLOSED,
    SAD,
    TRADE_SERVES_GOAL,
    acknowledgement,
    act_effects,
    objection_words,
)
from sparring.engines.sim.moves import Move
from sparring.engines.sim.objecting import next_objection
from sparring.engines.sim.terms_heard import credible, echoes_counter, worth_asking
from sparring.engines.sim.trades import Trade, trades
from sparring.model.case import Case
from sparring.model.levers import Package

WALK_BELOW = 0.15
PAUSE_BELOW = 0.35


@dataclass(frozen=True)
class Turn:
    """What the policy knows about the user's turn."""

    reading: Reading
    offers: tuple[Package, ...]
    concession: float | None
    """How much the user's offer gave up versus their previous one (points), when it did."""
    answered_objection: bool = False
    certain: bool = True
    """False when the offer was read from a bare number or a relative move: confirm before agreeing."""
    your_last: Package | None = None
    """The user's latest proposal before this turn, if any: it is not asked for again."""
    said_before: tuple[str, ...] = ()
    """The user's earlier turns, so an objection they already spoke to is not raised as new."""

    @property
    def tags(self) -> frozenset[str]:
        return self.reading.tags

    @property
    def acts(self) -> frozenset[str]:
        return self.reading.acts

    @property
    def conditional(self) -> bool:
        return "conditional_trade" in self.reading.acts


def revealable(case: Case) -> list[tuple[str, str]]:
    cp = case.counterpart
    rank = {"high": 0, "medium": 1, "low": 2}
    items = [(i.id, i.text) for i in sorted(cp.incentives, key=lambda i: rank[i.importance])]
    items += [(c.id, f"{c.text}" + (f" ({c.why})" if c.why else "")) for c in cp.constraints]
    items += [(p.id, p.text) for p in cp.pressures]
    return items


_BUSINESS = frozenset(
    {
        "propose", "options", "accept", "reject", "concession", "conditional_trade", "evidence", "ask_priorities",
        "ask_constraints", "ask_process", "clarification", "competing_offer", "threat", "ultimatum",
        "quote_their_number", "pause",
    }
)  # fmt: skip
"""Acts that put business on the table; a turn with none of them is small talk, answered as such."""


def decide(cp: Counterpart, turn: Turn) -> Move:
    """The move, with the acknowledgement and any answer said before it."""
    state = cp.state
    gives = trades(turn.reading.text, cp.case)
    told = answers(turn.reading, cp, state.revealed, turn.your_last or state.last_counter)
    move = _decide(cp, turn, gives, told)
    resumed = state.last_move == "PAUSE" and move.kind not in ("PAUSE", "WALK")
    ack = acknowledgement(turn.reading, cp.case, cp.style, state.acknowledged, state.objections_raised, gives)
    ack = _without_repeats(ack, move, told)
    if resumed:  # it broke off last turn: coming back to the table is said, not skipped
        back = {"hard": "All right, let's try again.", "soft": "Thank you for staying with it."}.get(
            cp.style, "All right, let's pick this up again."
        )
        ack = f"{back} {ack}" if ack else back
    if move.kind == "WALK" or (move.kind == "PAUSE" and move.cue != "granted"):
        ack = ack if "disclosure" in turn.acts else None
    served = {g.serves for g in gives if g.serves}
    told = [a for a in told if not a.again and a.item not in served] if move.kind != "ANSWER" else told
    if move.kind != "ANSWER" and told and move.kind not in ("WALK", "ACCEPT", "PAUSE"):
        for said in told:
            if said.item not in state.revealed:
                state.revealed.append(said.item)
        move = replace(move, answer=_joined(told))
    return replace(move, ack=ack) if ack else move


def _without_repeats(ack: str | None, move: Move, told: list[Answer]) -> str | None:
    """The acknowledgement without a goal the answer is about to say anyway (never one sentence twice)."""
    if not ack:
        return ack
    said = " ".join([move.topic or "", move.answer or ""] + [a.text for a in told])
    for sentence in re.split(r"(?<=[.!?])\s+", ack):
        goal = re.sub(r"^(And |It )?(it )?matters, because |^You're right about that: |^That's right: ", "", sentence)
        goal = goal.rstrip(".")
        if len(goal) > 20 and goal in said:
            ack = ack.replace(sentence, "").strip()
    return ack or None


def _joined(told: list[Answer]) -> str:
    """The answers as sentences; one told before is said again briefly (its first sentence)."""
    parts = [("as I said, " + a.text.split(". ")[0]) if a.again else a.text for a in told]
    return ". ".join(p[:1].upper() + p[1:] if i else p for i, p in enumerate(parts))


def _decide(cp: Counterpart, turn: Turn, gives: list[Trade], told: list[Answer]) -> Move:
    state, case = cp.state, cp.case
    fired = effects_for(set(turn.tags))
    for effect in fired:
        cp.add_goodwill(effect.goodwill)
        if effect.pace != 1.0:
            cp.add_pace(effect.pace)
        if effect.shift:
            cp.add_shift(effect.shift)
    acted = act_effects(turn.reading, case, gives, state.credited)
    for _, act in acted:
        cp.add_goodwill(act.goodwill)
        if act.pace != 1.0:
            cp.add_pace(act.pace)
        if act.shift:
            cp.add_shift(act.shift)
        if act.progress:
            state.progress = min(1.0, cp.concession() + act.progress)
    traded = any(act is TRADE_SERVES_GOAL for _, act in acted)
    if turn.conditional and turn.offers:
        cp.add_pace(CONDITIONAL_PACE)
    elif turn.concession is not None and turn.concession > 0.5:
        cp.add_pace(UNCONDITIONAL_PACE)
    names = tuple(e.name for e in fired) + tuple(name for name, _ in acted)

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
    hostile = {"argumentative", "ultimatum"} & (turn.tags | turn.acts)
    if hostile and state.goodwill < PAUSE_BELOW and not state.paused_once:
        state.paused_once = True
        return Move("PAUSE", reason="an attack or ultimatum with low goodwill (CALM.NOT_ARGUE)", effects=names)
    offers = credible(cp, turn.offers, turn.reading)
    refers, heard = turn.reading.refers, turn.reading.offer
    business = bool(_BUSINESS & turn.acts) or bool(refers.evidence or refers.incentives or refers.objections)
    business = business or bool(offers or gives or heard.quoted) or "their_goals" in turn.tags
    state.business = state.business or business
    if "pause" in turn.acts and not offers:
        return Move(
            "PAUSE",
            topic=_when(turn.reading.text),
            reason="you asked for time (MIND.DISTANCE)",
            effects=names,
            cue="granted",
        )
    if turn.reading.ambiguous and not offers and worth_asking(cp, turn.reading):
        return Move("ASK", topic=_which_term(cp, turn), reason="a number it could not tie to one term", effects=names)
    if case.kind == "deal" and "price_before_scope" in turn.tags and not state.asked_scope and _open_items(case):
        state.asked_scope = True
        items = ", ".join(_open_items(case))
        return Move(
            "ASK",
            topic=f"Before we talk price, can we settle the {items}?",
            reason="price before scope (SCOPE.BEFORE_PRICE)",
            effects=names,
        )

    if offers:
        best: Package = max(offers, key=cp.them_value)
        state.your_ask = {**(state.your_ask or {}), **best}
    numeric = any(isinstance(v, int | float) for p in offers for v in p.values())
    first_words = state.turn == 1 and business and not numeric and not told and "evidence" not in turn.acts
    if first_words and not ({"reject", "threat", "ultimatum"} & turn.acts):
        # "got 20 min? want to talk about the lead role": a topic, not yet an ask to push back on
        return Move(
            "ASK", topic="What do you have in mind?", reason="a topic named, no terms yet", effects=names, cue="social"
        )
    if state.turn == 1 and not offers and not told and {"argumentative"} & turn.tags:
        return Move("ASK", topic="Let's keep this constructive. What are you proposing?", reason="a hostile opening")
    if offers:
        return _respond_to_offer(cp, turn, offers, names, quiet=bool(told or gives), traded=traded)

    if told:
        for said in told:
            if said.item not in state.revealed:
                state.revealed.append(said.item)
        cue = "social" if all(a.item == "small_talk" for a in told) else ""
        return Move("ANSWER", topic=_joined(told), reason="you asked (LISTEN.WHY)", effects=names, cue=cue)
    nothing_asked = turn.your_last is None and state.last_counter is None
    if _sad(turn) and not offers and DISCLOSED not in state.acknowledged:
        return Move("ASK", topic="What would help you most right now?", reason="something hard shared (WIN.TRUST)")
    if not state.business and state.last_move == "ASK":  # the floor was given once: now a real question
        return Move("ASK", topic="What do you have in mind?", reason="no ask yet: it asks for one", effects=names)
    if not state.business:
        return Move(
            "ASK",
            topic="Go ahead, I'm listening.",
            reason="small talk first: it lets you lead",
            effects=names,
            cue="social",
        )
    if traded:
        state.final = None  # a give that serves its goal reopens a final position
        return _counter(
            cp, turn.your_last, names, reason="your offer serves one of its goals: it moves (MAP.OVERLAP)", cue="trade"
        )
    if turn.answered_objection:
        if state.last_counter is None:
            return _counter(cp, None, names, reason="objection answered: it names a first number", cue="own")
        return Move(
            "ASK",
            topic="What would you propose from here?",
            reason="objection answered (OBJECTIONS.FORECAST)",
            effects=names,
        )
    if nothing_asked and state.objections_raised and state.last_move != "ASK":  # then: what is the ask?
        return Move("ASK", topic="What exactly are you asking for?", reason="no offer on the table", effects=names)
    if state.last_counter is not None and echoes_counter(turn.reading, state.last_counter):
        return Move(
            "CONFIRM",
            package=dict(state.last_counter),
            reason="you asked whether its own terms would do: it checks the whole package with you",
            effects=names,
        )
    if state.last_counter is not None and ({"reject", "threat", "competing_offer"} & turn.acts):
        return _counter(cp, None, names, reason="you turned its offer down: it moves along its path", cue="own")
    conditional = bool(CONDITION.search(turn.reading.text))
    pushing = state.turn >= 1 and not acted and not gives and state.last_move != "OBJECT" and not conditional
    objection = next_objection(cp, [*turn.said_before, turn.reading.text]) if pushing else None
    if objection is not None:
        return _object(cp, objection, names)
    if turn.your_last is not None:
        return _counter(cp, turn.your_last, names, reason="your proposal stands: it answers it on its path", cue="own")
    if state.last_counter is not None:
        return _counter(cp, None, names, reason="nothing new on the table: it restates where it is", cue="own")
    return Move("ASK", topic="What exactly are you proposing?", reason="no offer on the table", effects=names)


def _sad(turn: Turn) -> bool:
    return "disclosure" in turn.acts and bool(SAD.search(turn.reading.text))


_WHEN = re.compile(
    r"\b(tomorrow|tonight|next week|this week|on (monday|tuesday|wednesday|thursday|friday)|monday|tuesday|"
    r"wednesday|thursday|friday|over the weekend|after the weekend|by \w+ \d{1,2}|before the deadline|"
    r"(by|before|on) the \d{1,2}(st|nd|rd|th))\b",
    re.I,
)


def _when(text: str) -> str | None:
    """When the user asked to come back ("Thursday", "tomorrow"), to say yes to it in its words."""
    match = _WHEN.search(text)
    if not match:
        return None
    when = re.sub(r"^on (the \d)", r"by \1", match.group(1).lower()).removeprefix("on ")
    return re.sub(r"\b(monday|tuesday|wednesday|thursday|friday)\b", lambda d: d.group(1).capitalize(), when)


def _respond_to_offer(
    cp: Counterpart, turn: Turn, offers: tuple[Package, ...], names: tuple[str, ...], quiet: bool, traded: bool
) -> Move:
    state = cp.state
    chosen = max(offers, key=cp.them_value)
    if cp.acceptable(chosen):
        full = cp.complete(chosen)
        filled = [lv for lv in full if lv not in chosen]
        asked = turn.your_last or {}
        tweak = state.last_move == "CONFIRM"  # a change to the package it just read out: confirm again
        no_worse = state.last_counter is None or cp.you_value(full) >= cp.you_value(state.last_counter) - 1e-9
        conflict = any(lv in asked and asked[lv] != full[lv] for lv in filled)
        if not tweak and conflict and no_worse and state.final is None:
            # the rest of the package is its terms where you asked for others: an offer, not a "yes?"
            return Move(
                "COUNTER",
                package=full,
                reason="your terms with the rest as it has them: it offers that, it does not assume you agree",
                effects=names,
                cue="moved"
                if state.last_counter and cp.you_value(full) > cp.you_value(state.last_counter)
                else "reply",
            )
        if filled or not turn.certain:  # terms it filled in, or a reading it is not sure of: ask first
            return Move(
                "CONFIRM",
                package=full,
                # what you said and what it filled in are said apart: it never confirms terms as yours
                yours=dict(chosen) if filled else None,
                reason="acceptable, but it checks the whole package with you first",
                effects=names,
                cue="filled" if filled else "",
            )
        return Move("ACCEPT", package=full, reason="inside its limit and its aspiration", effects=names)
    if state.final is not None and not traded:
        return Move(
            "COUNTER",
            package=state.final,
            final=False,  # said once when it was set; held after that, not announced again
            reason="its final position stays final",
            effects=names,
            held=True,
            cue="reply",
        )
    if traded:
        state.final = None  # a give that serves its goal reopens a final position: it says why it moves
    if not state.objections_raised and not quiet and state.last_move != "OBJECT":
        objection = next_objection(cp, [*turn.said_before, turn.reading.text])
        if objection is not None:
            return _object(cp, objection, names)
    return _counter(
        cp, chosen, names, reason="closest package on its concession path", cue="trade" if traded else "reply"
    )


def _object(cp: Counterpart, objection: tuple[str, str], names: tuple[str, ...]) -> Move:
    """Raise one objection (recorded as raised): a forecast objection as a worry, a constraint as a fact."""
    cp.state.objections_raised.append(objection[0])
    worry = any(o.id == objection[0] for o in cp.case.objections)
    return Move(
        "OBJECT",
        topic=objection_words(cp.case, *objection),
        reason="its strongest unresolved objection",
        effects=names,
        cue="" if worry else "fact",
    )


def _counter(cp: Counterpart, toward: Package | None, names: tuple[str, ...], reason: str, cue: str = "own") -> Move:
    """A counter on its path, never worse for you than its previous one; final near its deadline."""
    state = cp.state
    package = cp.counter(toward, asked=state.your_ask)
    previous = state.last_counter
    if previous is not None and cp.you_value(package) < cp.you_value(previous) - 1e-9:
        package, reason = previous, "it holds its previous counter (counters never go backwards)"
    final = state.turn >= state.deadline - 1 and state.final is None
    if final:
        state.final = package
    elif state.final is not None:
        package = state.final  # a final position stays final; it is not announced a second time
    held = previous is not None and package == previous
    if cue == "reply" and previous is not None and cp.you_value(package) > cp.you_value(previous) + 1e-9:
        cue = "moved"
    if cue == "trade" and held:
        cue = "reply"
    return Move("COUNTER", package=package, final=final, reason=reason, effects=names, held=held, cue=cue)


def _which_term(cp: Counterpart, turn: Turn) -> str:
    """ "When you say 6, is that the bonus or the start date?" — in words about the levers."""
    amb = turn.reading.ambiguous
    assert amb is not None
    levers = [lv for lid in amb.levers if (lv := cp.case.lever(lid)) is not None]
    names = [re.sub(r"\s*\([^)]*\)", "", lv.name or lv.id.replace("_", " ")).lower() for lv in levers]
    if len(names) >= 2:
        return f"When you say {amb.said}, is that for the {names[0]} or the {names[1]}?"
    if len(names) == 1:
        return f"When you say {amb.said}, what do you mean for the {names[0]}?"
    return f"When you say {amb.said}, which part of the package is that for?"


def _open_items(case: Case) -> list[str]:
    if case.checklist is None:
        return ["scope", "quality", "timing", "payment", "exit terms"]
    return [
        name
        for name in ("scope", "quality", "timing", "payment", "exit")
        if (item := getattr(case.checklist, name)) is None or item.status == "open"
    ]


def as_package(value: Package | None) -> Package:
    return dict(value or {})
