"""Rehearsal behaviour: effects, moves, the mouth, the scorecard, flip mode."""

from __future__ import annotations

import sys
from pathlib import Path

from sparring.engines.sim.flip import FlipSession
from sparring.engines.sim.mouth import TEMPLATES, Mouth
from sparring.engines.sim.moves import Move
from sparring.engines.sim.session import RehearsalSession
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file

RAISE = load_case_file(example_path("raise")).case
DEAL = load_case_file(example_path("deal")).case
JOB = load_case_file(example_path("job_offer")).case


def test_every_move_has_five_phrasings_per_tone() -> None:
    assert all(len(lines) >= 5 for tones in TEMPLATES.values() for lines in tones.values())
    kinds = {key.split(":")[0] for key in TEMPLATES}
    assert kinds == {"ACCEPT", "CONFIRM", "HOLD", "COUNTER", "OBJECT", "ASK", "ANSWER", "PAUSE", "WALK"}
    cues = {key.split(":")[1] for key in TEMPLATES if ":" in key}
    assert cues == {"reply", "moved", "trade", "own", "social", "lead", "granted", "fact", "filled"}


def test_no_line_repeats_within_a_session() -> None:
    mouth = Mouth(RAISE, "balanced", seed=1)
    lines = [mouth.say(Move("COUNTER", package={"salary": 126000 + 1000 * i})) for i in range(5)]
    assert len({line.split(":")[0].split(" base")[0] for line in lines}) == 5


def test_a_question_is_answered_with_a_revealed_incentive() -> None:
    session = RehearsalSession(RAISE, seed=1)
    reply = session.turn("What matters most to you this year?")
    assert reply.move is not None and reply.move.kind == "ANSWER"
    assert "attrition" in reply.text.lower()


def test_price_before_scope_gets_a_scope_question_in_a_deal() -> None:
    session = RehearsalSession(DEAL, seed=1)
    reply = session.turn("Before we get into scope, just give me your best price per seat.")
    assert reply.move is not None and reply.move.kind == "ASK"
    assert reply.text.endswith("can we settle the exit?")


def test_hedging_makes_it_firmer_than_receipts_tied_to_their_goals() -> None:
    hedged = RehearsalSession(RAISE, seed=4)
    hedged.turn("Sorry, I was wondering if maybe I could get a bit more?")
    strong = RehearsalSession(RAISE, seed=4)
    strong.turn("I know keeping attrition low is your top priority. I cut ramp time by 4 weeks, saving $60k.")
    assert hedged.cp.state.pace < 1.0 < strong.cp.state.pace
    assert strong.cp.state.shift["salary"] > 0 == hedged.cp.state.shift.get("salary", 0.0)


def test_an_invalid_reason_can_cost_the_offer_in_an_employers_market() -> None:
    outcomes = set()
    for seed in range(12):
        session = RehearsalSession(JOB, seed=seed)
        session.turn("A friend at a competitor gets 90k, so I deserve 90k too.")
        outcomes.add(session.outcome)
    assert outcomes == {None, "withdrawn"}


def test_accepting_below_the_walk_away_is_flagged() -> None:
    session = RehearsalSession(RAISE, seed=2)
    session.turn("/offer salary=111000 effective=6 retention_bonus=0")
    card = session.scorecard()
    assert (card.outcome, card.below_walk_away, card.tier_band) == ("deal", True, "BELOW YOUR WALK-AWAY")
    assert card.score <= 40


def test_scorecard_counts_conditional_and_unconditional_concessions() -> None:
    session = RehearsalSession(RAISE, seed=5)
    session.turn("I'd like 140k.")
    session.turn("OK, 136k then.")
    session.turn("If you can do it from April, I could do 134k.")
    kinds = [(c.conditional, c.points > 0) for c in session.scorecard().concessions]
    assert kinds == [(False, True), (True, True)]


def test_flip_answers_from_the_plan_and_records_gaps() -> None:
    flip = FlipSession(RAISE)
    assert flip.transcript[0]["text"] == " ".join(RAISE.pitch[-1].text.split())  # your own opening
    answer = flip.turn("The merit budget is frozen, so I can't do anything now.")
    assert answer.startswith("I'm not asking you to break it")
    gap = flip.turn("Your code reviews are slow.")
    assert gap.startswith("That's a fair challenge")
    assert flip.summary()["gaps"] == ["Your code reviews are slow."]


def test_practice_pays_on_the_raise_example() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from strategies import play

    strong = [play(RAISE, "strong", s) for s in range(4)]
    weak = [play(RAISE, "weak", s) for s in range(4)]
    pushy = [play(RAISE, "pushy", s) for s in range(4)]
    assert sum(v for v, _, _ in strong) / 4 >= sum(v for v, _, _ in weak) / 4 + 10
    assert sum(d for _, d, _ in strong) >= sum(d for _, d, _ in weak)
    assert max(g for _, _, g in pushy) < 0.2


def _practise(lines: list[str]) -> list[str]:
    session = RehearsalSession(RAISE, seed=3, style="balanced")
    for line in lines:
        if session.turn(line).ended:
            break
    session.turn("/end")
    return session.scorecard().practise


def test_the_scorecard_never_asks_to_practise_what_the_user_did_in_plain_words() -> None:
    """Receipts, their goals and questions said naturally (no keyword phrasing) count as done."""
    did = _practise(
        [
            "What's weighing on you most this quarter?",
            "The spot migration I did takes about 21k a month off the AWS bill, that's a big piece of your cost target.",
            "And losing another senior would hurt the team, so keeping me helps with attrition.",
            "Could we do 134k from April?",
        ]
    )
    assert not [p for p in did if "(VALUE.RECEIPTS)" in p or "(MAP.OVERLAP)" in p or "(LISTEN.WHY)" in p], did
    skipped = _practise(["I want 140k.", "140k, that's my number."])
    assert any("(VALUE.RECEIPTS)" in p for p in skipped) and any("(MAP.OVERLAP)" in p for p in skipped), skipped
