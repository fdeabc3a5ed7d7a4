"""The template's sample values never count as the user's (issue 15, item 1).

A raise made with ``sparring new --kind raise`` and three fields filled scored "Ready 91/100":
its sample tiers (125k under a 148k goal), walk-away and receipt counted as the user's. These
tests check a case file written from each template exactly as ``sparring check FILE`` does.
"""

from __future__ import annotations

import datetime as dt
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from sparring.engines.check import CheckReport, Finding
from sparring.model.case import CASE_KINDS
from sparring.services.checking import check_ref
from sparring.services.examples import EXAMPLE_NAMES, example_path
from sparring.services.templates import template_text
from tests.check.cases import TODAY, clean, run

SAMPLE = "still the template's sample"


def _check_text(tmp_path: Path, text: str) -> CheckReport:
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    report = check_ref(str(path), None, TODAY).report
    assert report is not None
    return report


def _edited(kind: str, edit: Any) -> str:
    """The template for ``kind`` as ``sparring new`` writes it, with ``edit`` applied (comments kept)."""
    yaml = YAML()
    doc = yaml.load(template_text(kind, "case.schema.json"))
    edit(doc)
    out = StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


def _of(report: CheckReport, principle: str) -> list[Finding]:
    return [f for f in report.findings if f.principle == principle]


@pytest.mark.parametrize("kind", CASE_KINDS)
def test_a_fresh_template_counts_none_of_its_samples(tmp_path: Path, kind: str) -> None:
    report = _check_text(tmp_path, template_text(kind, "case.schema.json"))
    assert not report.ready
    for principle, path in (
        ("TIERS.THREE", "tiers"),
        ("WALKAWAY.DEFINED", "walk_away"),
        ("VALUE.RECEIPTS", "evidence"),
        ("THEM.RESEARCH", "counterpart.incentives"),
        ("MAP.OVERLAP", "asks"),
    ):
        found = [(f.severity, f.path) for f in _of(report, principle) if SAMPLE in f.message]
        assert ("blocker", path) in found, (principle, [f.message for f in _of(report, principle)])
    assert report.score < 30


def test_three_fields_filled_is_not_ready_and_says_why(tmp_path: Path) -> None:
    """The reported case: amount, deadline and authority filled, everything else the template's."""

    def fill(doc: Any) -> None:
        doc["goal"]["amount"] = 148000
        doc["goal"]["deadline"] = dt.date(2027, 2, 1)
        doc["counterpart"]["authority"]["decides"] = "yes"

    report = _check_text(tmp_path, _edited("raise", fill))
    assert not report.ready
    tiers = _of(report, "TIERS.THREE")
    assert [(f.severity, f.path) for f in tiers] == [("blocker", "tiers")]
    assert tiers[0].message == (
        "Missing tiers: ideal, likely, minimum. The Ideal tier (salary 125,000, effective 0), the Likely tier "
        "(salary 118,000, effective 1), the Minimum tier (salary 112,000, effective 3): still the template's "
        "samples — replace them with your own."
    )
    walk = _of(report, "WALKAWAY.DEFINED")
    assert [(f.severity, f.message) for f in walk] == [
        (
            "blocker",
            "There is no walk-away point. The walk-away limits (salary min 110,000), the BATNA “what you will do "
            "if the answer is no”: still the template's samples — replace them with your own.",
        )
    ]
    assert report.count("blocker") == 6


def test_the_users_own_values_count_and_leftovers_are_named(tmp_path: Path) -> None:
    def fill(doc: Any) -> None:
        doc["tiers"]["ideal"]["salary"] = 150000
        doc["tiers"]["likely"]["salary"] = 148000
        doc["tiers"]["minimum"]["salary"] = 140000
        doc["walk_away"]["limits"]["salary"]["min"] = 138000
        doc["walk_away"]["batna"]["text"] = "the Globex offer at 140k"
        doc["objections"][0]["counter"] = "the retention budget is separate from merit"  # the text stays the template's
        doc["evidence"][0]["claim"] = "cut new-hire ramp time from 9 to 5 weeks"
        doc["evidence"][0]["quantity"]["value"] = 4

    report = _check_text(tmp_path, _edited("raise", fill))
    assert [f for f in _of(report, "TIERS.THREE") + _of(report, "WALKAWAY.DEFINED") if SAMPLE in f.message] == []
    # worked on, so the objection is the user's: it counts (one of three) and is not called a sample
    assert [f.message for f in _of(report, "OBJECTIONS.FORECAST")] == ["Only 1 objection forecast."]
    # the receipt is the user's, but its outcome and source are still the template's words
    receipts = [(f.severity, f.path, f.message) for f in _of(report, "VALUE.RECEIPTS")]
    assert receipts == [
        (
            "warning",
            "evidence[ev-result].outcome",
            "“cut new-hire ramp time from 9 to 5 weeks” is not tied to a business outcome. “why your manager "
            "cares about it”: still the template's sample — replace it with your own.",
        ),
        (
            "warning",
            "evidence[ev-result].source",
            "“where the number comes from” is still the template's sample — replace it with your own.",
        ),
    ]


def test_a_receipt_of_zero_is_not_a_number() -> None:
    data = clean("raise")
    data["evidence"][0].update(claim="improved onboarding", quantity={"value": 0, "unit": "weeks saved per hire"})
    assert [(f.severity, f.path, f.message) for f in run(data).findings] == [
        (
            "warning",
            "evidence[ev-ramp].quantity.value",
            "“improved onboarding” has the number 0, out of nothing: it proves nothing.",
        )
    ]
    # zero against a base is a result
    data["evidence"][0]["quantity"] = {"value": 0, "unit": "missed deadlines in 3 remote weeks"}
    assert run(data).findings == []


def test_the_api_draft_check_also_knows_the_samples() -> None:
    from sparring.engines.check import check
    from sparring.services.checking import draft_context
    from sparring.services.templates import template_cases

    report = check(template_cases()["deal"], draft_context(TODAY))
    assert any(SAMPLE in f.message for f in _of(report, "TIERS.THREE"))


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_no_example_is_mistaken_for_the_template(name: str) -> None:
    report = check_ref(str(example_path(name)), None, TODAY).report
    assert report is not None
    assert [f.message for f in report.findings if SAMPLE in f.message] == []
