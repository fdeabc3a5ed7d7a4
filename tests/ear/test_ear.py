"""The ear on the turns the issue reports as misread, and its round trip with the counterpart's voice."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sparring.engines.ear import Context, hear
from sparring.engines.sim.phrasing import say_package
from sparring.model.case import Case
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file

EXAMPLES = ["raise", "promotion", "job_offer", "deal", "flexibility", "resources"]
NEW = sorted(p.stem for p in (Path(__file__).parents[1] / "data" / "hear" / "cases").glob("*.yaml"))


def _case(name: str) -> Case:
    path = (
        example_path(name)
        if name in EXAMPLES
        else Path(__file__).parents[1] / "data" / "hear" / "cases" / f"{name}.yaml"
    )
    return load_case_file(path).case


RAISE = _case("raise")
STANDING = {"salary": 129000, "effective": 3, "retention_bonus": 5000}


def _offer(text: str, standing: dict[str, float] | None = None) -> list[dict[str, object]]:
    return hear(text, RAISE, Context(standing=standing)).offers


@pytest.mark.parametrize(
    "text",
    [
        "I cut failed card payments by 31 % last quarter.",
        "I took over 11 of your 25 accounts when Dana left.",
        "We passed SOC 2 with no exceptions.",
        "That's a quarter of a million dollars a year saved on the AWS bill.",
        "Why is 129,000 the number?",
        "Is 129 really the ceiling?",
        "You said 129k. That's not enough.",
        "What matters most to you in the April cycle?",
        "Since April I moved the batch jobs to spot instances.",
    ],
)
def test_numbers_that_are_not_offers(text: str) -> None:
    assert _offer(text, STANDING) == []


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        ("You offered 129k, I'm asking for 136k.", {"salary": 136000}),
        ("Could we meet at 133?", {"salary": 133000}),
        ("I'd take 133 if you can start it in March", {"salary": 133000, "effective": 2}),
        ("I can live with your April date but I need 133", {"salary": 133000, "effective": 3}),
        ("a hundred and thirty-six thousand, starting now", {"salary": 136000, "effective": 0}),
        ("Somewhere between 134 and 138 would work", {"salary": 134000}),
        (
            "If you can do 130k from April plus the 5,000 bonus, I'm in.",
            {"salary": 130000, "effective": 3, "retention_bonus": 5000},
        ),
    ],
)
def test_offers_tied_to_their_levers(text: str, offer: dict[str, object]) -> None:
    assert _offer(text, STANDING) == [offer]


@pytest.mark.parametrize(
    "text", ["OK, that works for me", "I'll take it.", "Yes, okay, I accept", "Deal.", "Sounds fair, let's do it."]
)
def test_natural_acceptances(text: str) -> None:
    reading = hear(text, RAISE, Context(standing=STANDING))
    assert reading.accept == "sure" and "accept" in reading.acts and reading.offers == []


@pytest.mark.parametrize(
    "text", ["OK, but only if you add the 8k bonus.", "That works if we start in March.", "I can't accept that."]
)
def test_things_that_look_like_acceptances(text: str) -> None:
    assert hear(text, RAISE, Context(standing=STANDING)).accept is None


def test_a_receipt_is_heard_as_evidence_tied_to_their_goal() -> None:
    reading = hear(
        "I moved the ETA batch jobs to spot instances; that's 21,400 a month off the AWS bill, most of your cost target.",
        RAISE,
    )
    assert "evidence" in reading.acts and reading.refers.evidence == ("ev-cost",) and reading.offers == []


@pytest.mark.parametrize("name", EXAMPLES + NEW)
def test_every_package_the_counterpart_says_is_heard_back_exactly(name: str) -> None:
    case = _case(name)
    rng = random.Random(name)
    for _ in range(40):
        package: dict[str, object] = {}
        for lever in case.levers:
            if lever.values:
                package[lever.id] = rng.choice(lever.values)
            else:
                assert lever.range is not None
                low, high = (float(v) for v in lever.range)
                step = float(lever.step or 1)
                value = low + rng.randint(0, round((high - low) / step)) * step
                package[lever.id] = int(value) if value.is_integer() else value
        said = say_package(case, package)  # type: ignore[arg-type]
        heard = hear(f"I'd propose {said}.", case).offers
        assert heard == [package], said
