"""The posted form → case document: how each kind of field reads back, and what is kept."""

from __future__ import annotations

from typing import Any

import pytest

from sparring.web.editor.form import LIST_MARKER, number, parse_form
from sparring.web.editor.slots import Note, place, split_path
from sparring.web.editor.view import build_view


@pytest.mark.parametrize(
    ("text", "value"),
    [("132000", 132000), ("132,000", 132000), ("0.25", 0.25), (" 7 ", 7), ("132k", "132k"), ("nan", "nan"), ("", "")],
)
def test_numbers(text: str, value: Any) -> None:
    assert number(text) == value


BASE: dict[str, Any] = {
    "kind": "raise",
    "title": "t",
    "goal": {"what": "w", "amount": 1},
    "levers": [{"id": "salary", "range": [1, 2], "you": {"prefer": "higher", "weight": 1}, "curve": [[1, 0], [2, 1]]}],
    "evidence": [{"id": "ev-a", "claim": "a", "kind": "result"}, {"id": "ev-b", "claim": "b"}],
}


@pytest.mark.parametrize(
    ("posted", "check"),
    [
        ([("goal.amount", "")], lambda d: "amount" not in d["goal"]),
        ([("goal.amount", "5")], lambda d: d["goal"]["amount"] == 5),
        ([("goal.what", ""), ("goal.amount", "")], lambda d: "goal" not in d),
        ([("counterpart.authority.with", "HR, Director")], lambda d: d["counterpart"]["authority"]["with"] == ["HR", "Director"]),
        ([("counterpart.style", "balanced")], lambda d: "counterpart" not in d),  # a default is not written out
        ([(LIST_MARKER, "evidence")], lambda d: d["evidence"] == []),
        (
            [(LIST_MARKER, "evidence"), ("evidence.7.id", "ev-b"), ("evidence.7.claim", "b2")],
            lambda d: d["evidence"] == [{"id": "ev-b", "claim": "b2"}],
        ),
        (
            [(LIST_MARKER, "levers"), ("levers.0.id", "salary"), ("levers.0.range.0", "3"), ("levers.0.range.1", "")],
            lambda d: d["levers"][0]["range"] == [3] and d["levers"][0]["curve"] == [[1, 0], [2, 1]],
        ),
        ([("_packages", "1"), ("tiers.ideal.salary", "2"), ("tiers.likely.salary", "")], lambda d: d["tiers"] == {"ideal": {"salary": 2}}),
        ([("_limits", "1"), ("walk_away.limits.salary.min", "1")], lambda d: d["walk_away"]["limits"] == {"salary": {"min": 1}}),
        ([("evidence.0.claim", "ignored without the list marker")], lambda d: d["evidence"] == BASE["evidence"]),
    ],
)
def test_parse_form(posted: list[tuple[str, str]], check: Any) -> None:
    assert check(parse_form(posted, BASE).data)


def test_links_keep_their_order() -> None:
    base = {"kind": "raise", "title": "t", "goal": {"what": "w"}, "asks": [{"id": "a", "text": "x", "serves": ["i2", "i1"]}]}
    posted = [(LIST_MARKER, "asks"), ("asks.0.id", "a"), ("asks.0.text", "x"), ("asks.0.serves", ""), ("asks.0.serves", "i1"), ("asks.0.serves", "i2")]
    assert parse_form(posted, base).data["asks"][0]["serves"] == ["i2", "i1"]


@pytest.mark.parametrize(
    ("path", "slot"),
    [
        ("goal.amount", "goal.amount"),
        ("evidence[ev-b].claim", "evidence.1.claim"),
        ("evidence[ev-b].quantity", "evidence.1"),
        ("evidence", "evidence"),
        ("levers[salary].purpose", "levers.0.purpose"),
        ("counterpart.relationship", "counterpart.relationship"),
        ("outcome.agreed", ""),
        ("nonsense[3].x", ""),
    ],
)
def test_notes_find_the_nearest_slot(path: str, slot: str) -> None:
    draft = parse_form([], BASE)
    view = build_view(draft.data, draft.tokens)
    ids = {"evidence": ["ev-a", "ev-b"], "levers": ["salary"]}
    placed = place([(split_path(path), Note("tip", "m"))], draft, ids, view.slots)
    assert list(placed) == [slot]
