"""JSON in model replies: found, repaired when the slip is mechanical, rejected otherwise."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from sparring.llm.base import Message, with_json_instruction
from sparring.llm.errors import LLMOutputInvalid
from sparring.llm.jsonrepair import NoJSON, extract_json
from sparring.llm.structured import check, parse_reply
from sparring.model.errors import SparringError


class Forecast(BaseModel):
    objection: str
    likelihood: float


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1}', {"a": 1}),
        ('```json\n{"a": 1}\n```', {"a": 1}),
        ('```\n{"a": [1, 2]}\n```\nHope this helps!', {"a": [1, 2]}),
        ('Sure! Here is the JSON: {"a": {"b": "x}"}} — let me know.', {"a": {"b": "x}"}}),
        ('{"a": 1, "b": [1, 2,],}', {"a": 1, "b": [1, 2]}),
        ('{"a": "text, with comma",\n}', {"a": "text, with comma"}),
        ('{"a": 1, "b": "trunc', {"a": 1, "b": "trunc"}),
        ('{"a": 1, "b": [1, 2', {"a": 1, "b": [1, 2]}),
        ('{"a": 1, "b":', {"a": 1}),
        ('```json\n{"a": 1', {"a": 1}),
        ("[1, 2, 3]", [1, 2, 3]),
    ],
)
def test_json_is_found_and_repaired(text: str, expected: Any) -> None:
    assert extract_json(text) == expected


@pytest.mark.parametrize("text", ["", "no json here", "{not json at all}", "{'single': 'quotes'}"])
def test_hopeless_text_has_no_json(text: str) -> None:
    with pytest.raises(NoJSON):
        extract_json(text)


def test_a_pydantic_model_validates_the_reply() -> None:
    value = parse_reply('Here: {"objection": "budget is frozen", "likelihood": 0.7,}', Forecast)
    assert value == Forecast(objection="budget is frozen", likelihood=0.7)


def test_hopeless_reply_is_a_clean_invalid_error() -> None:
    with pytest.raises(SparringError) as caught:
        parse_reply("I think the objection will be about the budget.", Forecast)
    assert isinstance(caught.value, LLMOutputInvalid)
    assert caught.value.kind == "invalid"
    assert caught.value.message == "the model's reply holds no JSON"
    assert caught.value.hint == "the reply began: 'I think the objection will be about the budget.'"


def test_wrong_shape_names_the_field() -> None:
    with pytest.raises(LLMOutputInvalid) as caught:
        parse_reply('{"objection": "budget"}', Forecast)
    assert caught.value.message == "the model's JSON does not match Forecast: likelihood: Field required"


SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "move": {"enum": ["ACCEPT", "COUNTER"]},
        "amount": {"type": "integer", "minimum": 0},
        "reasons": {"type": "array", "items": {"$ref": "#/$defs/reason"}},
    },
    "required": ["move"],
    "additionalProperties": False,
    "$defs": {"reason": {"type": "string", "minLength": 1}},
}


def test_a_json_schema_dict_is_checked() -> None:
    assert parse_reply('{"move": "ACCEPT", "amount": 5, "reasons": ["x"]}', SCHEMA)["amount"] == 5
    assert check({"move": "WALK", "amount": -1, "reasons": [""], "extra": True}, SCHEMA, SCHEMA) == [
        "move: 'WALK' is not one of ['ACCEPT', 'COUNTER']",
        "amount: -1 is below 0",
        "reasons[0]: needs at least 1 characters",
        "extra: not an allowed field",
    ]
    assert check(True, {"type": "integer"}, {}) == ["(root): expected integer, got bool"]
    with pytest.raises(LLMOutputInvalid, match="missing 'move'"):
        parse_reply('{"amount": 5}', SCHEMA)


def test_the_instruction_goes_into_the_last_user_message() -> None:
    sent = with_json_instruction([Message.system("sys"), Message.user("hi")], {"type": "object"})
    assert sent[0] == Message.system("sys")
    assert sent[1].content.startswith("hi\n\nAnswer with one JSON value only")
    assert '{"type":"object"}' in sent[1].content
