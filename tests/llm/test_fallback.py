"""Robustness: retries with backoff, time-outs, bad replies; and the offline fallback with its notice."""

from __future__ import annotations

import time
from typing import Any

import pytest
from pydantic import BaseModel

from sparring.llm.base import Completion, Message, Options
from sparring.llm.config import LLMConfig
from sparring.llm.errors import LLMOutputInvalid, LLMUnavailable
from sparring.llm.fallback import with_fallback
from sparring.llm.offline import OfflineProvider
from sparring.llm.openai_provider import OpenAIProvider
from tests.llm.fake_server import Step, chat, fake_server
from tests.store.pg_server import free_port

ASK = [Message.user("What is your budget?")]
TEMPLATE = "I can't go above 124,000 this cycle."
KEY = "sk-test-SECRET-0123456789abcdef"


class Verdict(BaseModel):
    move: str


class ListLog:
    """An ExchangeLog that keeps rows in memory."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def record(self, **row: Any) -> int:
        self.rows.append(row)
        return len(self.rows)


def provider(base_url: str, *, sleeps: list[float] | None = None, **settings: Any) -> OpenAIProvider:
    config = LLMConfig.model_validate({"provider": "openai", "base_url": base_url, "model": "fake-model", **settings})
    return OpenAIProvider(config, sleep=(sleeps.append if sleeps is not None else lambda _s: None))


def complete(p: Any) -> Completion:
    result: Completion = p.complete(ASK, options=Options(max_tokens=16))
    return result


def test_connection_refused_falls_back_with_a_notice() -> None:
    sleeps: list[float] = []
    primary = provider(f"http://127.0.0.1:{free_port()}/v1", sleeps=sleeps, max_retries=2)
    log = ListLog()
    answer = with_fallback(
        primary, OfflineProvider([TEMPLATE]), complete, log=log, feature="counterpart", prompt_version="3"
    )
    assert answer.text == TEMPLATE
    assert answer.fallback is True
    assert answer.provider == "offline"
    assert answer.notice is not None
    assert answer.notice.startswith("The language model is unavailable (the LLM at http://127.0.0.1:")
    assert "cannot be reached" in answer.notice
    assert answer.notice.endswith("this answer comes from Sparring's offline path.")
    assert len(sleeps) == 2 and 0.25 <= sleeps[0] < sleeps[1] <= 0.5 * 1.25  # two retries, exponential backoff
    (row,) = log.rows
    assert (row["feature"], row["prompt_version"], row["provider"], row["fallback"]) == (
        "counterpart",
        "3",
        "offline",
        True,
    )
    assert "cannot be reached" in row["error"]
    assert row["messages"] == [{"role": "user", "content": "What is your budget?"}]
    assert row["response"] == TEMPLATE


def test_a_slow_server_times_out_and_falls_back_without_retrying() -> None:
    with fake_server(Step(body=chat("too late"), delay_s=3.0)) as server:
        primary = provider(server.base_url, timeout_s=0.5, max_retries=2)
        start = time.perf_counter()
        answer = with_fallback(primary, OfflineProvider([TEMPLATE]), complete)
        waited = time.perf_counter() - start
    assert answer.text == TEMPLATE and answer.fallback
    assert answer.notice is not None and "did not answer within 0.5 s" in answer.notice
    assert 0.4 < waited < 5.0
    assert len(server.requests) == 1  # one time-out, not three: time-outs are not retried


def test_server_errors_are_retried_then_succeed() -> None:
    sleeps: list[float] = []
    with fake_server(Step(503, {"error": {"message": "loading"}}), Step(500), Step(body=chat("fine"))) as server:
        answer = complete(provider(server.base_url, sleeps=sleeps, max_retries=2))
    assert answer.text == "fine" and not answer.fallback
    assert (answer.prompt_tokens, answer.completion_tokens, answer.model) == (3, 2, "fake-model")
    assert len(server.requests) == 3 and len(sleeps) == 2


def test_retry_after_is_honoured_for_rate_limits() -> None:
    sleeps: list[float] = []
    with fake_server(Step(429, {"error": {"message": "slow down"}}), Step(body=chat("ok"))) as server:
        complete(provider(server.base_url, sleeps=sleeps))
    assert len(sleeps) == 1


def test_a_refused_key_is_never_echoed() -> None:
    body = {"error": {"message": f"Incorrect API key provided: {KEY}"}}
    with fake_server(Step(401, body)) as server:
        with pytest.raises(LLMUnavailable) as caught:
            complete(provider(server.base_url, api_key=KEY))
        assert server.headers[0]["authorization"] == f"Bearer {KEY}"  # it was sent, to the server only
    assert "refused the API key (HTTP 401)" in caught.value.message
    assert KEY not in str(caught.value)
    with fake_server(Step(400, body)) as server, pytest.raises(LLMUnavailable) as caught:
        complete(provider(server.base_url, api_key=KEY))
    assert "rejected the request" in caught.value.message and KEY not in str(caught.value)


def test_an_unusable_structured_reply_falls_back() -> None:
    with fake_server(Step(body=chat("Sure, I will COUNTER."))) as server:
        log = ListLog()
        value, completion = with_fallback(
            provider(server.base_url),
            OfflineProvider(['{"move": "COUNTER"}']),
            lambda p: p.structured(ASK, Verdict),
            log=log,
        )
    assert value == Verdict(move="COUNTER")
    assert completion.fallback and completion.notice is not None
    assert completion.notice.startswith("The language model's reply was not usable (the model's reply holds no JSON)")
    assert log.rows[0]["error"] == "the model's reply holds no JSON; reply: Sure, I will COUNTER."


def test_schema_dialects_are_tried_until_the_server_takes_one() -> None:
    refused = Step(500, {"error": {"message": "validation error: ('body', 'response_format', 'type')"}})
    with fake_server(refused, Step(body=chat('{"move": "ACCEPT"}'))) as server:
        p = provider(server.base_url)
        value, _ = p.structured(ASK, Verdict)
        assert value.move == "ACCEPT"
        assert server.requests[0]["response_format"]["type"] == "json_schema"
        assert server.requests[1]["response_format"] == {"type": "json_object", "schema": Verdict.model_json_schema()}
        p.structured(ASK, Verdict)
        assert server.requests[2]["response_format"]["type"] == "json_object"  # remembered


def test_a_failed_check_falls_back_to_the_template() -> None:
    with fake_server(Step(body=chat("Deal at 150,000!"))) as server:
        answer = with_fallback(
            provider(server.base_url),
            OfflineProvider([TEMPLATE]),
            complete,
            verify=lambda c: "names a number the policy did not offer" if "150,000" in c.text else None,
        )
    assert answer.text == TEMPLATE and answer.fallback
    assert answer.notice is not None and "failed the check: names a number the policy did not offer" in answer.notice


def test_success_is_logged_without_a_fallback() -> None:
    with fake_server(Step(body=chat("We have some room."))) as server:
        log = ListLog()
        answer = with_fallback(provider(server.base_url), OfflineProvider([TEMPLATE]), complete, log=log, feature="f")
    assert (answer.text, answer.fallback, answer.notice) == ("We have some room.", False, None)
    assert log.rows[0]["fallback"] is False and log.rows[0]["error"] is None
    assert log.rows[0]["model"] == "fake-model" and log.rows[0]["prompt_tokens"] == 3


def test_when_offline_has_nothing_either_the_primary_error_is_raised() -> None:
    log = ListLog()
    with pytest.raises(LLMUnavailable, match="cannot be reached"):
        with_fallback(
            provider(f"http://127.0.0.1:{free_port()}/v1", max_retries=0),
            OfflineProvider(),
            lambda p: p.structured(ASK, Verdict),
            log=log,
        )
    assert log.rows[0]["response"] is None and "offline: the offline provider has no model" in log.rows[0]["error"]


def test_other_errors_are_not_swallowed() -> None:
    def broken(_p: Any) -> Completion:
        raise RuntimeError("a bug")

    with pytest.raises(RuntimeError):
        with_fallback(OfflineProvider(), OfflineProvider(), broken)
    offline = OfflineProvider()
    with pytest.raises(LLMOutputInvalid):  # the offline path itself has nothing to fall back to
        with_fallback(offline, offline, lambda p: p.complete(ASK), verify=lambda _c: "bad")


def test_the_model_is_asked_of_the_server_when_none_is_configured() -> None:
    with fake_server(Step(body=chat("hi", model="served"))) as server:
        p = OpenAIProvider(LLMConfig(provider="openai", base_url=server.base_url))
        assert p.model == "fake-model"
        assert p.models() == ["fake-model"]
