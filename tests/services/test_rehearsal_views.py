"""The rehearsal pieces the CLI used to take from the engines: a flip session, a heard turn, a package in words."""

from __future__ import annotations

from sparring.model.case import Case
from sparring.services import rehearsal
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file


def _case() -> Case:
    return load_case_file(example_path("raise")).case


def test_a_flip_session_starts_with_the_coach_arguing_the_plan() -> None:
    flip = rehearsal.start_flip(_case())
    assert not flip.ended and [e["speaker"] for e in flip.transcript] == ["coach"]
    flip.turn("The budget is frozen this year.")
    assert [e["speaker"] for e in flip.transcript] == ["coach", "you", "coach"]
    assert flip.summary()["answered"] == ["obj-freeze"] and flip.summary()["gaps"] == []


def test_a_heard_turn_and_a_package_read_in_words() -> None:
    case = _case()
    reading, _session = rehearsal.hear(case, "I'm asking for 133k from April.")
    assert rehearsal.heard_text(reading, case) == "Heard: a proposal (133k from April)"
    package = {lever.id: lever.range[1] for lever in case.levers}
    assert rehearsal.package_text(case, package) == "150k from July plus a 15k one-off retention bonus"
