"""The offline provider: deterministic, a FIFO of canned replies, a history of calls."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from sparring.llm.base import Message, Options
from sparring.llm.errors import LLMOutputInvalid, LLMUnavailable
from sparring.llm.offline import OFFLINE_TEXT, OfflineProvider

ASK = [Message.system("You are the counterpart."), Message.user("Can we talk about my salary?")]


class Verdict(BaseModel):
    move: str
    amount: int


def test_canned_replies_come_back_in_order_then_the_fixed_text() -> None:
    offline = OfflineProvider(["first", "second"])
    answers = [offline.complete(ASK).text for _ in range(4)]
    assert answers == ["first", "second", OFFLINE_TEXT, OFFLINE_TEXT]
    assert offline.complete(ASK).provider == "offline"
    assert offline.complete(ASK).fallback is False


def test_calls_are_recorded_with_messages_and_options() -> None:
    offline = OfflineProvider()
    options = Options(max_tokens=12, temperature=0.5)
    offline.complete(ASK, options=options)
    offline.stream(ASK).collect()
    assert [call.kind for call in offline.calls] == ["complete", "stream"]
    assert offline.calls[0].messages == tuple(ASK)
    assert offline.calls[0].options == options
    assert offline.calls[1].options == Options()


def test_two_fresh_providers_answer_identically() -> None:
    first, second = OfflineProvider(), OfflineProvider()
    assert first.complete(ASK).text == second.complete(ASK).text == OFFLINE_TEXT
    assert "".join(first.stream(ASK)) == "".join(second.stream(ASK)) == OFFLINE_TEXT


def test_stream_yields_word_chunks_that_join_to_the_reply() -> None:
    stream = OfflineProvider(["We can  look at that in October."]).stream(ASK)
    chunks = list(stream)
    assert chunks == ["We ", "can  ", "look ", "at ", "that ", "in ", "October."]
    assert stream.completion is not None
    assert stream.completion.text == "We can  look at that in October."


def test_structured_parses_canned_json_against_a_model() -> None:
    offline = OfflineProvider(['```json\n{"move": "COUNTER", "amount": 124000,}\n```'])
    value, completion = offline.structured(ASK, Verdict)
    assert value == Verdict(move="COUNTER", amount=124000)
    assert completion.model == "offline"
    assert offline.calls[-1].kind == "structured"


def test_structured_without_canned_json_says_there_is_no_model() -> None:
    with pytest.raises(LLMUnavailable) as caught:
        OfflineProvider().structured(ASK, Verdict)
    assert caught.value.kind == "unavailable"
    assert "no model" in caught.value.message


def test_structured_rejects_canned_json_of_the_wrong_shape() -> None:
    with pytest.raises(LLMOutputInvalid) as caught:
        OfflineProvider(['{"move": "COUNTER"}']).structured(ASK, Verdict)
    assert caught.value.kind == "invalid"
    assert "amount" in caught.value.message


def test_a_queued_exception_is_raised_in_turn() -> None:
    offline = OfflineProvider([LLMUnavailable("down"), "after"])
    with pytest.raises(LLMUnavailable):
        offline.complete(ASK)
    assert offline.complete(ASK).text == "after"


def test_capabilities_say_local_and_deterministic() -> None:
    caps = OfflineProvider().capabilities
    assert caps.local and caps.deterministic and not caps.json_schema
