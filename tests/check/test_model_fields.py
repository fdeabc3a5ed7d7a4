"""The two optional fields the checker reads: a margin walk-away and the levers a constraint binds.

Both are optional and backward-compatible: every example file loads and saves as before.
"""

from __future__ import annotations

import pytest

from sparring.model.case import parse_case
from sparring.model.errors import CaseInvalid
from sparring.services.examples import EXAMPLE_NAMES, example_path
from sparring.store.casefile import dump_case, load_case_text
from tests.check.cases import run

# A small software vendor selling seats: the price walk-away is written as a margin over the
# 31.50 a seat it costs them to host and support (no `min`: the margin sets it).
VENDOR = """\
kind: deal
title: Seat licence renewal with Calder Logistics
meeting: 2027-01-12
goal:
  what: a three-year renewal of 400 seats at 42 a seat a month
  amount: 42
  unit: USD/seat/month
  deadline: 2027-01-31
  why_now: their current term ends on 31 January
levers:
  - id: price
    unit: USD/seat/month
    range: [30, 60]
    step: 0.5
    you: {prefer: higher, weight: 0.7}
    them: {prefer: lower, weight: 0.7, limit: {low: 36, likely: 40, high: 44}}
  - id: term
    unit: months
    range: [12, 36]
    step: 12
    you: {prefer: higher, weight: 0.3}
    them: {prefer: lower, weight: 0.3}
tiers:
  ideal: {price: 46, term: 36}
  likely: {price: 42, term: 36}
  minimum: {price: 38, term: 24}
walk_away:
  limits:
    price:
      margin: {cost: 31.5, min_pct: 20}
  batna:
    text: keep the 60 seats Calder's Oslo office already pays list price for
"""


def test_a_margin_walk_away_sets_the_floor_and_the_file_keeps_what_was_written() -> None:
    loaded = load_case_text(VENDOR, "vendor.yaml")
    limit = loaded.case.walk_away.limits["price"]  # type: ignore[union-attr]
    assert limit.margin is not None and limit.min == 39.375  # 31.50 / (1 - 20%)
    text = dump_case(loaded.case)
    assert "min:" not in text.split("margin:")[1].split("batna")[0].replace("min_pct", "")
    again = load_case_text(text, "again.yaml").case
    assert again == loaded.case and again.walk_away.limits["price"].min == 39.375  # type: ignore[union-attr]


def test_the_minimum_tier_under_the_margin_breaks_the_walk_away() -> None:
    report = run(load_case_text(VENDOR, "vendor.yaml").case.to_json_data())
    found = [(f.severity, f.path, f.message) for f in report.findings if f.principle == "TIERS.THREE"]
    assert (
        "blocker",
        "tiers.minimum.price",
        "The Minimum tier breaks your walk-away: price 38 USD/seat/month is below your walk-away minimum "
        "39.38 USD/seat/month.",
    ) in found


def test_a_written_min_below_the_margin_is_pointed_out() -> None:
    data = load_case_text(VENDOR, "vendor.yaml").case.to_json_data()
    data["walk_away"]["limits"]["price"] = {"min": 35, "margin": {"cost": 31.5, "min": 6}}
    report = run(data)
    assert [(f.severity, f.message) for f in report.findings if f.path == "walk_away.limits.price.min"] == [
        (
            "warning",
            "Your walk-away accepts price down to 35 USD/seat/month, a margin of 3.50 over your cost of 31.50; "
            "your margin floor needs 37.50 USD/seat/month.",
        )
    ]


@pytest.mark.parametrize(
    ("limit", "message"),
    [
        ({"margin": {"cost": 31.5}}, "give the least margin"),
        ({"margin": {"cost": 58, "min": 8}}, "cost plus margin is 66, outside the lever's range [30, 60]"),
        ({"margin": {"cost": 31.5, "min_pct": 120}}, "outside 0..100"),
    ],
)
def test_a_margin_that_cannot_hold_is_refused(limit: dict[str, object], message: str) -> None:
    data = load_case_text(VENDOR, "vendor.yaml").case.to_json_data()
    data["walk_away"]["limits"]["price"] = limit
    with pytest.raises(CaseInvalid, match="walk_away") as error:
        parse_case(data)
    assert message in str(error.value)


def test_a_margin_is_only_for_a_lever_you_want_higher() -> None:
    data = load_case_text(VENDOR, "vendor.yaml").case.to_json_data()
    data["walk_away"]["limits"]["term"] = {"margin": {"cost": 12, "min": 6}}
    data["levers"][1]["you"]["prefer"] = "lower"
    with pytest.raises(CaseInvalid) as error:
        parse_case(data)
    assert "a margin (price minus cost) is for a lever you want higher" in str(error.value)


def test_a_constraint_names_the_levers_it_binds_and_they_must_exist() -> None:
    data = load_case_text(VENDOR, "vendor.yaml").case.to_json_data()
    data["counterpart"] = {
        "constraints": [
            {
                "text": "group policy caps software contracts at 24 months",
                "fixed": True,
                "binds": {"term": {"max": 24}},
            }
        ]
    }
    case = parse_case(data)
    assert case.counterpart.constraints[0].binds["term"].max == 24
    assert load_case_text(dump_case(case), "again.yaml").case == case
    data["counterpart"]["constraints"][0]["binds"] = {"contract_length": {"max": 24}}
    with pytest.raises(CaseInvalid) as error:
        parse_case(data)
    assert "'contract_length' is not a lever id (levers: price, term)" in str(error.value)


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_existing_case_files_load_and_save_unchanged(name: str) -> None:
    loaded = load_case_text(example_path(name).read_text(encoding="utf-8"), name)
    saved = dump_case(loaded.case, loaded.document)
    assert load_case_text(saved, name).case == loaded.case
    assert "binds:" not in saved and "margin:" not in saved  # nothing new is written into old files
