"""The offer parser on the examples' levers: exact values, relative offers, ambiguity."""

from __future__ import annotations

import pytest

from sparring.engines.sim.offers import parse_offer
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file

RAISE = load_case_file(example_path("raise")).case
DEAL = load_case_file(example_path("deal")).case
PROMOTION = load_case_file(example_path("promotion")).case


@pytest.mark.parametrize(
    ("text", "packages"),
    [
        ("I would like $132k base from April.", [{"salary": 132000}]),
        ("How about 130,000 and a 5k retention bonus?", [{"salary": 130000, "retention_bonus": 5000}]),
        ("a 10% raise", [{"salary": 130000}]),  # 118,000 × 1.10 on the 1,000 step
        (
            "base of 128k, bonus 4k, effective in 2 months",
            [{"salary": 128000, "retention_bonus": 4000, "effective": 2}],
        ),
        ("Either 130k with a 3 month delay or 126k now", [{"salary": 130000, "effective": 3}, {"salary": 126000}]),
        ("If you can do 132k, I can drop the retention bonus.", [{"salary": 132000, "retention_bonus": 0}]),
    ],
)
def test_raise_offers(text: str, packages: list[dict[str, object]]) -> None:
    parsed = parse_offer(text, RAISE, RAISE.current)
    assert (parsed.packages, parsed.ambiguous) == (packages, None)


def test_deal_terms_with_units() -> None:
    parsed = parse_offer(
        "We could do $44 per seat for 450 seats on net 45 with a two-year term, 99.9% uptime.", DEAL, DEAL.current
    )
    assert parsed.packages == [{"price": 44, "seats": 450, "payment": 45, "term": 24, "sla": "99.9%"}]


def test_categorical_value_named_in_text() -> None:
    parsed = parse_offer("I would take the Analytics Team Lead title at 137,500", PROMOTION, PROMOTION.current)
    assert parsed.packages == [{"salary": 137500, "title": "Analytics Team Lead"}]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "What about 6?",
            "When you say 6, is that the months until the raise takes effect or the one-off retention bonus?",
        ),
        ("5k more", "When you say 5,000, is that the base salary or the one-off retention bonus?"),
        (
            "500k please",
            "500,000 is outside what I can consider for the base salary (110,000–150,000 USD/year). What did you mean?",
        ),
    ],
)
def test_ambiguous_numbers_become_questions(text: str, question: str) -> None:
    parsed = parse_offer(text, RAISE, RAISE.current)
    assert (parsed.packages, parsed.ambiguous) == ([], question)


def test_no_numbers_no_offer() -> None:
    assert parse_offer("What matters most to you?", RAISE, RAISE.current).empty
