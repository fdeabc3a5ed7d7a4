"""Scripted user strategies for the "does practice pay?" benchmark (and its test).

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
from sparring.engines.sim.mouth import render_package
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
    session.turn("Hi. Sorry to bother you, but I was wondering if maybe I could get a bit more?")
    session.turn(f"I was hoping for maybe {render_package(case, {primary: ask})}, if that's okay?")
    for _ in range(MAX_TURNS):
        if session.ended:
            return
        standing = session.cp.state.last_counter
        if standing is not None:
            session.turn("OK, I guess that's fine. Deal.")
            return
        session.turn(f"Sorry, I could go lower: {render_package(case, {primary: ask})}, I really need this.")


def pushy(session: RehearsalSession) -> None:
    case = session.case
    ideal = case.tiers.ideal or {}
    minimum = case.tiers.minimum or {}
    session.turn(f"I want {render_package(case, ideal)}. That's my final offer, take it or leave it.")
    for _ in range(MAX_TURNS):
        if session.ended:
            return
        standing = session.cp.state.last_counter
        if standing is not None and _value(session, standing) >= _value(session, minimum):
            session.turn("Fine. Deal.")
            return
        session.turn(f"That's ridiculous, you always lowball people. {render_package(case, ideal)} or I walk.")


def strong(session: RehearsalSession) -> None:
    case = session.case
    tiers = case.tiers
    incentives = {i.id: i for i in case.counterpart.incentives}
    served = next((incentives[i] for a in case.asks for i in a.serves if i in incentives), None)
    opener = f"Thanks for making the time. I know {served.text} matters to you." if served else "Thanks for the time."
    session.turn(opener)
    if case.evidence:
        ev = next((e for e in case.evidence if e.quantity), case.evidence[0])
        number = f" ({ev.quantity.value:,g} {ev.quantity.unit})" if ev.quantity else ""
        outcome = f"; the result: {ev.outcome}" if ev.outcome else ""
        session.turn(f"I {ev.claim}{number}{outcome}.")
    session.turn("What matters most to you in this decision?")
    options = [p for p in (tiers.ideal, tiers.likely) if p]
    if options:
        session.turn(
            " or ".join(f"I'd propose {render_package(case, p)}" for p in options)
            + " — either works for me, and it helps your team."
        )
    likely, minimum = tiers.likely, tiers.minimum
    for step in range(MAX_TURNS):
        if session.ended:
            return
        standing = session.cp.state.last_counter
        near_end = session.cp.state.turn >= 6
        floor = likely if not near_end else minimum
        if (
            standing is not None
            and _value(session, standing) >= _value(session, floor) - 1e-9
            and _inside(case, standing)
        ):
            session.turn("That works for both of us. Deal.")
            return
        target = _between(session, likely if not near_end else minimum, standing)
        session.turn(f"If you can do {render_package(case, target)}, I can be flexible on the timing.")
        if step > 8:
            return


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
