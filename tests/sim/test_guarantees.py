"""The counterpart's guarantees, on random cases and random turn sequences (hypothesis):

* it never accepts a package worse for it than its reservation (plus the bounded shift);
* its counters never go beyond that bounded reservation either;
* every ACCEPT/CONFIRM/COUNTER reply names exactly the decided package, and its other numbers
  are only those of the case's own words it acknowledges;
* no ACCEPT follows a turn whose reading has neither a proposal nor an acceptance, and a deal is
  only ever on terms the user proposed, or the counterpart's offer the user accepted;
* its counters never get worse for the user, and a final position is repeated, not reopened;
* the same seed and the same turns give the same transcript.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sparring.engines.sim.effects import MAX_SHIFT
from sparring.engines.sim.mouth import spoken_numbers
from sparring.engines.sim.phrasing import say_package
from sparring.engines.sim.session import RehearsalSession
from sparring.model.case import Case, parse_case
from tests.deal.strategies import deal_cases

PHRASES = [
    "Sorry to bother you, but could we do {value} for {lever}?",
    "I'd like {lever} at {value}.",
    "That's ridiculous. {value} for {lever} or I walk.",
    "What matters most to you here?",
    "I know your budget target matters. I cut costs by 20% last year, saving $40k.",
    "Either {lever} {value} or {lever} {value2} works for me.",
    "If you can do {value} on {lever}, I can be flexible.",
    "deal",
    "/offer",
    "/hint",
    "/pause",
    "Hmm.",
]


@st.composite
def conversations(draw: st.DrawFn) -> tuple[dict[str, Any], int, list[str]]:
    data = draw(deal_cases(max_levers=3))
    turns = []
    for _ in range(draw(st.integers(1, 9))):
        lever = draw(st.sampled_from(data["levers"]))
        low, high = lever["range"]
        steps = round((high - low) / lever["step"])
        value = low + draw(st.integers(0, steps)) * lever["step"]
        value2 = low + draw(st.integers(0, steps)) * lever["step"]
        phrase = draw(st.sampled_from(PHRASES))
        turns.append(phrase.format(lever=lever["id"], value=value, value2=value2))
    return data, draw(st.integers(0, 10_000)), turns


def _within(case: Case, session: RehearsalSession, package: dict[str, Any]) -> bool:
    for lever in case.levers:
        if lever.range is None or lever.them is None or lever.them.limit is None or lever.id not in package:
            continue
        limit = float(session.cp.state.reservation[lever.id])  # type: ignore[arg-type]
        slack = MAX_SHIFT * (float(lever.range[1]) - float(lever.range[0])) + 1e-6
        value = float(package[lever.id])
        if lever.them.prefer == "lower" and value > limit + slack:
            return False
        if lever.them.prefer == "higher" and value < limit - slack:
            return False
    return True


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(conversations())
def test_never_beyond_its_bounded_reservation_and_numbers_match(conv: tuple[dict[str, Any], int, list[str]]) -> None:
    data, seed, turns = conv
    case = parse_case(data)
    session = RehearsalSession(case, seed=seed)
    for text in turns:
        reply = session.turn(text)
        move = reply.move
        if move is not None and move.kind in ("ACCEPT", "COUNTER") and move.package is not None:
            assert _within(case, session, move.package), (move, session.cp.state.reservation)
        if move is not None and move.kind in ("ACCEPT", "CONFIRM", "COUNTER") and move.package is not None:
            if move.yours:  # a confirmation that filled terms in says your part and its part apart
                theirs = {k: v for k, v in move.package.items() if k not in move.yours}
                parts = [say_package(case, move.yours)] + ([say_package(case, theirs)] if theirs else [])
            else:
                parts = [say_package(case, move.package)]
            rest = reply.text
            for said in parts:
                capital = said[:1].upper() + said[1:]  # at the start of a sentence
                assert said in reply.text or capital in reply.text, (said, reply.text)
                rest = rest.replace(said, "").replace(capital, "")
            if move.ack:
                rest = rest.replace(move.ack, "")
            assert not spoken_numbers(rest), reply.text
        if reply.ended:
            break


@SETTINGS
@given(conversations())
def test_nothing_is_agreed_that_was_not_said(conv: tuple[dict[str, Any], int, list[str]]) -> None:
    data, seed, turns = conv
    case = parse_case(data)
    session = RehearsalSession(case, seed=seed)
    for text in turns:
        standing, pending = session.cp.state.last_counter, session.pending
        before = len(session.readings)
        reply = session.turn(text)
        reading = session.readings[-1] if len(session.readings) > before else None
        if reply.move is not None and reply.move.kind == "ACCEPT":
            assert reading is not None or text == "/accept", text
            if reading is not None and reading.accept is None:
                assert reading.offers, (text, reading.as_json())
                proposed = [session.cp.complete(p) for p in reading.offers]
                assert reply.move.package in proposed
                assert all(set(session.cp.complete(p)) <= set(p) | set(standing or {}) for p in reading.offers)
            else:
                assert reply.move.package in (pending, standing)
        if reply.ended:
            break


@SETTINGS
@given(conversations())
def test_counters_never_get_worse_for_the_user(conv: tuple[dict[str, Any], int, list[str]]) -> None:
    data, seed, turns = conv
    case = parse_case(data)
    session = RehearsalSession(case, seed=seed)
    previous, final = None, None
    for text in turns:
        reply = session.turn(text)
        move = reply.move
        if move is not None and move.kind == "COUNTER" and move.package is not None:
            value = session.cp.you_value(move.package)
            if previous is not None:
                assert value >= previous - 1e-9, (text, move)
            if final is not None:
                assert move.package == final
            previous = value
            final = move.package if move.final else final
        if reply.ended:
            break


@SETTINGS
@given(conversations())
def test_same_seed_same_turns_same_transcript(conv: tuple[dict[str, Any], int, list[str]]) -> None:
    data, seed, turns = conv
    case = parse_case(data)
    runs = []
    for _ in range(2):
        session = RehearsalSession(case, seed=seed)
        for text in turns:
            if session.turn(text).ended:
                break
        runs.append([e.as_json() for e in session.transcript])
    assert runs[0] == runs[1]
