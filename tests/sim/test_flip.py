"""Flip mode hears the sceptic with the rehearsal's ear and argues your side in your voice."""

from __future__ import annotations

import pytest

from sparring.engines.sim.flip import FlipSession, receipt
from sparring.model.case import Case
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file

RAISE = load_case_file(example_path("raise")).case


def _no_pitch(case: Case) -> Case:
    return case.model_copy(update={"pitch": []})


def test_without_a_pitch_the_opening_is_composed_in_the_first_person() -> None:
    opening = FlipSession(_no_pitch(RAISE)).transcript[0]["text"]
    assert opening.startswith("I'd like to talk about base salary raised into the Senior II band.")
    assert "I moved the ETA batch jobs to spot instances with checkpointing: 21,400 USD a month" in opening
    assert "you need to keep regrettable attrition on the platform team under 5%" in opening
    assert "Here is what I've delivered:" not in opening and "I'd propose 136k starting now" in opening


def test_a_challenge_in_other_words_gets_the_prepared_counter_and_its_receipt_once() -> None:
    flip = FlipSession(RAISE)
    first = flip.turn("Why should I give you a raise now? There's a freeze.")
    assert first.startswith("I'm not asking you to break it: an April effective date fits the new cycle")
    assert "I moved the ETA batch jobs to spot instances" in first
    again = flip.turn("But the budget is frozen.")
    assert again.startswith("As I said, I'm not asking you to break it") and "I moved the ETA" not in again
    assert flip.summary()["answered"] == ["obj-freeze"] and flip.gaps == []


def test_a_question_about_their_goal_is_answered_with_the_ask_that_serves_it() -> None:
    reply = FlipSession(RAISE).turn("And the team, how does that help me with retention?")
    assert reply.startswith("That's exactly what this is about. You need to keep regrettable attrition")
    assert "base to 136k from the April cycle" in reply


def test_whats_in_it_for_me_is_answered_with_the_first_goal_your_asks_serve() -> None:
    reply = FlipSession(RAISE).turn("What's in it for me?")
    assert reply.startswith("That's exactly what this is about. You need to keep regrettable attrition")


def test_a_no_moves_down_one_tier_at_a_time_and_stops_at_the_minimum() -> None:
    flip = FlipSession(RAISE)
    assert flip.turn("No, I can't do that.").endswith("130k from April plus a 5,000 one-off retention bonus.")
    assert flip.turn("Still no.").endswith("125k from April and no one-off retention bonus.")
    last = flip.turn("Nope.")
    assert last.startswith("I've come as far as I can: 125k from April and no one-off retention bonus is my lowest")
    assert flip.gaps == [] and not flip.ended


def test_an_offer_below_the_walk_away_is_refused_and_one_above_the_tier_is_taken() -> None:
    flip = FlipSession(RAISE)
    refused = flip.turn("I can do 120k from April.")
    assert refused.startswith("I can't accept 120k from April") and not flip.ended
    taken = flip.turn("Fine: 137k now and an 8k bonus.")
    assert taken.startswith("That works for me: 137k starting now plus an 8,000") and flip.ended
    assert flip.summary()["agreed"] == {"salary": 137000, "effective": 0, "retention_bonus": 8000}


def test_an_offer_between_tiers_is_countered_once_then_taken() -> None:
    flip = FlipSession(RAISE)
    flip.turn("No.")  # now on the Likely tier: 130k from April plus 5k
    assert flip.turn("128k from April.").startswith("128k from April is close. Could you come up to 130k")
    assert flip.turn("128k from April, that's it.").startswith("That works for me: 128k from April")
    assert flip.agreed == {"salary": 128000, "effective": 3, "retention_bonus": 5000}


@pytest.mark.parametrize("yes", ["ok deal", "Alright, you've convinced me.", "Yes, that works for me."])
def test_the_ear_hears_a_yes_and_the_coach_confirms_the_package_it_stands_on(yes: str) -> None:
    flip = FlipSession(RAISE)
    assert flip.turn(yes) == "Thank you. Then let's confirm 136k starting now plus an 8,000 one-off retention bonus."
    assert flip.ended


@pytest.mark.parametrize("challenge", ["Your code reviews are slow.", "What does your partner think?"])
def test_a_challenge_the_plan_has_no_answer_for_is_a_gap(challenge: str) -> None:
    flip = FlipSession(RAISE)
    assert "prepared" in flip.turn(challenge)
    assert flip.gaps == [challenge]


def test_a_receipt_with_its_own_subject_keeps_it() -> None:
    band = next(e for e in RAISE.evidence if e.id == "ev-band")
    assert receipt(band).startswith("My 118k base sits below the national median")


def test_an_opening_of_the_floor_is_no_challenge_and_no_gap() -> None:
    flip = FlipSession(RAISE)
    reply = flip.turn("Hi, sure, what's on your mind?")
    assert reply.startswith("Thank you for making the time. In short, I'm asking for 136k starting now")
    assert flip.gaps == []


def test_an_objection_that_names_a_date_is_answered_not_weighed_as_an_offer() -> None:
    flip = FlipSession(RAISE)
    reply = flip.turn("The merit budget is frozen until April, I can't do anything off-cycle.")
    assert reply.startswith("I'm not asking you to break it")
    assert "Could you come up to" not in reply


def test_what_would_you_do_in_return_is_answered_with_the_goal_the_ask_serves() -> None:
    flip = FlipSession(RAISE)
    reply = flip.turn("What would you do for the team in return?")
    assert "You need to keep regrettable attrition on the platform team under 5%" in reply
    assert flip.gaps == []
