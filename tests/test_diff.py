"""diff_cases / format_diff: paths, id-matched list items, and readable lines."""

from __future__ import annotations

import copy
from typing import Any

from sparring.model.diff import Change, diff_cases, format_diff

BASE: dict[str, Any] = {
    "kind": "raise",
    "title": "Raise before the Q3 review",
    "goal": {"what": "base salary increase", "amount": 132000},
    "evidence": [
        {"id": "ev-ramp", "claim": "ramp cut from 9 to 5 weeks"},
        {"id": "ev-old", "claim": "ran the offsite"},
    ],
    "tiers": {"ideal": {"salary": 132000}, "likely": {"salary": 127000}},
    "objections": [{"id": "obj-freeze", "text": "budget frozen"}],
    "levers": [{"id": "salary", "range": [100000, 150000]}],
    "pitch_lines": ["Thank you for meeting", "I have three results"],
}


def edited() -> dict[str, Any]:
    return copy.deepcopy(BASE)


def test_identical_documents_have_no_changes() -> None:
    assert diff_cases(BASE, edited()) == []
    assert format_diff([]) == "no changes"


def test_a_nested_value_change_has_a_dotted_path() -> None:
    new = edited()
    new["tiers"]["likely"]["salary"] = 128000
    changes = diff_cases(BASE, new)
    assert changes == [Change("tiers.likely.salary", "changed", 127000, 128000)]
    assert format_diff(changes) == "~ tiers.likely.salary: 127000 -> 128000"


def test_list_items_with_ids_are_addressed_by_id() -> None:
    new = edited()
    new["evidence"] = [
        {"id": "ev-new", "claim": "closed the Acme renewal"},
        {"id": "ev-ramp", "claim": "ramp cut from 9 to 4 weeks"},
    ]
    new["objections"].append({"id": "obj-new", "text": "not in the plan"})
    changes = diff_cases(BASE, new)
    assert changes == [
        Change("evidence[ev-ramp].claim", "changed", "ramp cut from 9 to 5 weeks", "ramp cut from 9 to 4 weeks"),
        Change("evidence[ev-old]", "removed", {"id": "ev-old", "claim": "ran the offsite"}, None),
        Change("evidence[ev-new]", "added", None, {"id": "ev-new", "claim": "closed the Acme renewal"}),
        Change("objections[obj-new]", "added", None, {"id": "obj-new", "text": "not in the plan"}),
    ]
    assert format_diff(changes) == "\n".join(
        [
            '~ evidence[ev-ramp].claim: "ramp cut from 9 to 5 weeks" -> "ramp cut from 9 to 4 weeks"',
            "- evidence[ev-old]",
            '+ evidence[ev-new]: {"id": "ev-new", "claim": "closed the Acme renewal"}',
            '+ objections[obj-new]: {"id": "obj-new", "text": "not in the plan"}',
        ]
    )


def test_reordering_items_with_ids_is_one_change() -> None:
    new = edited()
    new["evidence"].reverse()
    assert diff_cases(BASE, new) == [Change("evidence", "changed", ["ev-ramp", "ev-old"], ["ev-old", "ev-ramp"])]


def test_lists_without_ids_are_compared_by_index() -> None:
    new = edited()
    new["pitch_lines"] = ["Thanks for meeting", "I have three results", "Here is my ask"]
    new["levers"][0]["range"] = [100000]
    changes = diff_cases(BASE, new)
    assert changes == [
        Change("levers[salary].range[1]", "removed", 150000, None),
        Change("pitch_lines[0]", "changed", "Thank you for meeting", "Thanks for meeting"),
        Change("pitch_lines[2]", "added", None, "Here is my ask"),
    ]
    assert format_diff(changes).splitlines() == [
        "- levers[salary].range[1]",
        '~ pitch_lines[0]: "Thank you for meeting" -> "Thanks for meeting"',
        '+ pitch_lines[2]: "Here is my ask"',
    ]


def test_fields_added_and_removed() -> None:
    new = edited()
    del new["goal"]["amount"]
    new["goal"]["unit"] = "USD/year"
    new["market"] = {"low": 1, "high": 2}
    assert diff_cases(BASE, new) == [
        Change("goal.amount", "removed", 132000, None),
        Change("goal.unit", "added", None, "USD/year"),
        Change("market", "added", None, {"low": 1, "high": 2}),
    ]


def test_type_changes_and_booleans_are_changes_but_int_float_equality_is_not() -> None:
    old = {"fixed": 1, "weight": 1, "range": [1, 2], "limit": {"min": 3}}
    new = {"fixed": True, "weight": 1.0, "range": {"low": 1}, "limit": None}
    assert diff_cases(old, new) == [
        Change("fixed", "changed", 1, True),
        Change("range", "changed", [1, 2], {"low": 1}),
        Change("limit", "changed", {"min": 3}, None),
    ]
    assert format_diff(diff_cases(old, new)).splitlines() == [
        "~ fixed: 1 -> true",
        '~ range: [1, 2] -> {"low": 1}',
        '~ limit: {"min": 3} -> null',
    ]


def test_keys_that_are_not_plain_names_are_quoted() -> None:
    old = {"tiers": {"likely": {"pay.base": 1}}}
    new = {"tiers": {"likely": {"pay.base": 2}}}
    assert diff_cases(old, new) == [Change('tiers.likely["pay.base"]', "changed", 1, 2)]


def test_items_with_duplicate_or_missing_ids_fall_back_to_index() -> None:
    old = {"evidence": [{"id": "ev-a", "claim": "x"}, {"claim": "y"}]}
    new = {"evidence": [{"id": "ev-a", "claim": "x"}, {"claim": "z"}]}
    assert diff_cases(old, new) == [Change("evidence[1].claim", "changed", "y", "z")]


def test_a_real_case_diff() -> None:
    from sparring.model.case import parse_case

    data: dict[str, Any] = {
        "kind": "raise",
        "title": "Raise",
        "goal": {"what": "base salary increase", "amount": 132000, "unit": "USD/year"},
        "levers": [
            {"id": "salary", "range": [100000, 150000], "step": 1000, "you": {"prefer": "higher", "weight": 0.7}},
        ],
        "tiers": {"likely": {"salary": 127000}},
    }
    before = parse_case(data).to_json_data()
    data["tiers"]["likely"]["salary"] = 128000
    data["objections"] = [{"text": "the budget is frozen"}]
    after = parse_case(data).to_json_data()
    assert format_diff(diff_cases(before, after)).splitlines() == [
        "~ tiers.likely.salary: 127000 -> 128000",
        '+ objections: [{"id": "obj-the-budget-is-frozen", "text": "the budget is frozen"}]',
    ]
