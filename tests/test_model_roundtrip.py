"""Every valid case survives YAML and JSON unchanged; every invalid value is rejected, located."""

from __future__ import annotations

import copy
import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from sparring.model.case import parse_case
from sparring.model.errors import CaseInvalid
from sparring.store.casefile import dump_case, load_case_text
from tests.strategies import cases

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(cases())
def test_valid_case_round_trips_through_yaml(data: dict[str, Any]) -> None:
    case = parse_case(data)
    text = dump_case(case)
    again = load_case_text(text, "generated.yaml").case
    assert again == case
    assert dump_case(again) == text


@SETTINGS
@given(cases())
def test_valid_case_round_trips_through_json(data: dict[str, Any]) -> None:
    case = parse_case(data)
    again = parse_case(json.loads(json.dumps(case.to_json_data())))
    assert again == case


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


# (mutation, the field path reported, a fragment of the message)
MUTATIONS: list[tuple[tuple[Any, ...], Any, str, str]] = [
    (("goal", "amount"), -1, "goal.amount", "is negative"),
    (("goal", "amount"), "132k", "goal.amount", "expected a number"),
    (("kind",), "raisee", "kind", "is not allowed; use one of"),
    (("goal", "whatt"), "x", "goal.whatt", "did you mean 'what'"),
    (("meeting",), "2026-13-01", "meeting", "is not a valid date"),
    (("title",), 42, "title", "expected text"),
    (("counterpart", "style"), "aggressive", "counterpart.style", "is not allowed"),
]


@SETTINGS
@given(cases(), st.sampled_from(MUTATIONS))
def test_invalid_value_is_rejected_with_its_location(data: dict[str, Any], mutation: tuple[Any, ...]) -> None:
    path, value, dotted, fragment = mutation
    bad = copy.deepcopy(data)
    _set(bad, path, value)
    # Write the broken document as YAML so that the line numbers are real.
    stream = io.StringIO()
    YAML().dump(bad, stream)
    with pytest.raises(CaseInvalid) as caught:
        load_case_text(stream.getvalue(), "bad.yaml")
    problems = [p for p in caught.value.problems if p.dotted == dotted]
    assert problems, caught.value.message
    assert fragment in problems[0].message
    assert problems[0].line is not None and problems[0].line >= 1


@SETTINGS
@given(cases(), st.data())
def test_tier_value_off_the_lever_is_rejected(data: dict[str, Any], draw: st.DataObject) -> None:
    numeric = [lever for lever in data.get("levers", []) if "range" in lever]
    if not numeric:
        return
    lever = numeric[0]
    bad = copy.deepcopy(data)
    above = lever["range"][1] + lever["step"]
    bad.setdefault("tiers", {})["likely"] = {lever["id"]: above}
    with pytest.raises(CaseInvalid) as caught:
        parse_case(bad)
    assert [p.dotted for p in caught.value.problems] == [f"tiers.likely.{lever['id']}"]
    assert "is above the lever's max" in caught.value.problems[0].message
