"""Scripted user strategies for the "does practice pay?" benchmark (and its test), in natural
English: offers are said the way people say them ("130k from April plus a 5,000 bonus"), the
wording varies with the seed, and the counterpart hears them through the ear like any user.

* weak — a hedged single demand, no evidence, concedes unconditionally, takes what is offered;
* pushy — ultimatums and accusations, no evidence, repeats its demand;
* strong — their goals with evidence, a question, three options from the tiers, conditional
  concessions, accepts at or above its Likely tier (or its Minimum near their deadline).

Each strategy looks only at what a real user sees: the case (its own plan) and the
counterpart's lines and standing offer, never the hidden state.
"""

from __future__ import annotations

from collections.abc import Callable

from sparring.engines.deal.space import build_space
from sparring.engines.sim.phrasing import say_package
from sparring.engines.sim.session import RehearsalSession
from sparring.model.case import Case
from sparring.model.levers import Package

MAX_TURNS = 12


def _primary(case: Case) -> str:
    numeric = [lv for lv in case.levers if lv.range is not None and not lv.fixed]
    return max(numeric, key=lambda lv: float(lv.you.weight)).id


def _value(session: RehearsalSession, package: Package | None) -> float:
    return session.cp.you_value(package) if package else -1.0


def weak(session: RehearsalSession) -> None:
    case = session.case
    minimum = case.tiers.minimum or {}
    primary = _primary(case)
    lever = case.lever(primary)
    assert lever is not None and lever.range is not None
    ask = minimum.get(primary, lever.range[1])
    opener = _pick(
        session,
        "Hi. Sorry to bother you, but I was wondering if maybe I could get a bit more?",
        "Um, hi, sorry, this is a bit awkward, but I wanted to ask about maybe getting a little more?",
    )
    session.turn(opener)
    session.turn(f"I was hoping for maybe {say_package(case, {primary: ask})}, if that's okay?")
    for _ in range(MAX_TURNS):
        if session.ended:
            return
        if session.cp.state.last_counter is not None or session.pending is not None:
            session.turn(_pick(session, "OK, I guess that's fine.", "Okay, yes, I'll take it, thank you."))
            continue
        session.turn(f"Sorry, I could go lower, {say_package(case, {primary: ask})} maybe? I really need this.")


def pushy(session: RehearsalSession) -> None:
    case = session.case
    ideal = case.tiers.ideal or {}
    minimum = case.tiers.minimum or {}
    session.turn(f"I want {say_package(case, ideal)}. That's my final offer, take it or leave it.")
    for _ in range(MAX_TURNS):
        if session.ended:
            return
        standing = session.pending or session.cp.state.last_counter
        if standing is not None and _value(session, standing) >= _value(session, minimum):
            session.turn(_pick(session, "Fine. Deal.", "Whatever. Yes, I'll take it."))
            continue
        session.turn(
            _pick(
                session,
                f"That's ridiculous, you always lowball people. {say_package(case, ideal)} or I walk.",
                f"Come on, this is insulting. {say_package(case, ideal)}, or I'm out of here.",
            )
        )


def strong(session: RehearsalSession) -> None:
    case = session.case
    tiers = case.tiers
    incentives = {i.id: i for i in case.counterpart.incentives}
    served = next((incentives[i] for a in case.asks for i in a.serves if i in incentives), None)
    session.turn(
        _pick(
            session,
            "Thanks for making the time. Before I get to my ask, what matters most to you this quarter?",
            "Thanks for fitting me in. Can I ask first what your priorities are right now?",
        )
    )
    if case.evidence:
        ev = next((e for e in case.evidence if e.quantity), case.evidence[0])
        outcome = f", which means {ev.outcome}" if ev.outcome else ""
        goal = f" I think that speaks to {served.text}." if served else ""
        session.turn(f"One thing I'd like you to weigh: I {ev.claim}{outcome}.{goal}")
    options = [p for p in (tiers.ideal, tiers.likely) if p]
    if len(options) == 2:
        session.turn(
            f"So I'd like to put two options on the table: either {say_package(case, options[0])}, "
            f"or {say_package(case, options[1])}. Which works better for you?"
        )
    elif options:
        session.turn(f"So what I'm asking for is {say_package(case, options[0])}.")
    likely, minimum = tiers.likely, tiers.minimum
    for step in range(MAX_TURNS):
        if session.ended:
            return
        standing = session.cp.state.last_counter
        near_end = session.cp.state.turn >= 6
        floor = likely if not near_end else minimum
        if session.pending is not None:
            standing = session.pending
        if (
            standing is not None
            and _value(session, standing) >= _value(session, floor) - 1e-9
            and _inside(case, standing)
        ):
            session.turn(_pick(session, "That works for both of us. Deal.", "Yes, that works for me. Let's do it."))
            continue
        target = _between(session, likely if not near_end else minimum, standing)
        session.turn(
            _pick(
                session,
                f"If you can do {say_package(case, target)}, I can be flexible on the rest.",
                f"I can move if you can: {say_package(case, target)}, and in exchange I'll be flexible on the rest.",
            )
        )
        if step > 8:
            return


def _pick(session: RehearsalSession, *lines: str) -> str:
    """One of the phrasings, by the session's seed and turn: different people, same intent."""
    return lines[(session.seed + len(session.transcript)) % len(lines)]


def _inside(case: Case, package: Package) -> bool:
    limits = case.walk_away.limits if case.walk_away else {}
    for lever_id, limit in limits.items():
        value = package.get(lever_id)
        if isinstance(value, (int, float)):
            if (limit.min is not None and value < limit.min) or (limit.max is not None and value > limit.max):
                return False
        elif isinstance(value, str) and limit.accept is not None and value not in limit.accept:
            return False
    return True


def _clamp(case: Case, package: Package) -> Package:
    limits = case.walk_away.limits if case.walk_away else {}
    out = dict(package)
    for lever_id, limit in limits.items():
        value = out.get(lever_id)
        if isinstance(value, (int, float)):
            if limit.min is not None and value < limit.min:
                out[lever_id] = limit.min
            if limit.max is not None and value > limit.max:
                out[lever_id] = limit.max
    return out


def _between(session: RehearsalSession, mine: Package | None, theirs: Package | None) -> Package:
    if not mine:
        return theirs or {}
    if not theirs:
        return mine
    out: Package = {}
    for lever in session.case.levers:
        a, b = mine.get(lever.id), theirs.get(lever.id)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and lever.range is not None:
            value = (float(a) + float(b)) / 2
            if lever.step:
                low = float(lever.range[0])
                value = low + round((value - low) / float(lever.step)) * float(lever.step)
            out[lever.id] = int(value) if float(value).is_integer() else value
        elif a is not None:
            out[lever.id] = a
    return _clamp(session.case, out)


STRATEGIES: dict[str, Callable[[RehearsalSession], None]] = {"weak": weak, "pushy": pushy, "strong": strong}


def play(case: Case, strategy: str, seed: int) -> tuple[float, bool, float]:
    """(outcome value 0-100, deal?, final goodwill) of one scripted rehearsal."""
    session = RehearsalSession(case, seed=seed)
    STRATEGIES[strategy](session)
    card = session.scorecard()
    return card.value, card.outcome == "deal" and not card.below_walk_away, card.goodwill


__all__ = ["STRATEGIES", "build_space", "play"]
