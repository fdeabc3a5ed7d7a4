"""A server that answers, but not as the API does: HTML, garbage bytes, the wrong JSON, a trickle, 60 MB.

Each misbehaviour is played by the scripted server on 127.0.0.1, first to the provider, then
to the commands that use it: every one ends in a typed LLM error or the offline answer with a
notice, within the timeout, and never in a traceback or a lost rehearsal.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import sparring.cli.coach
import sparring.cli.llm
import sparring.cli.rehearse  # noqa: F401  (the three register their commands)
from sparring.cli.main import app
from sparring.llm.base import Message, Options
from sparring.llm.config import LLMConfig, from_preset, save
from sparring.llm.errors import LLMBadReply, LLMUnavailable
from sparring.llm.fallback import with_fallback
from sparring.llm.offline import OfflineProvider
from sparring.llm.openai_provider import MAX_REPLY_BYTES, OpenAIProvider
from sparring.services.examples import example_path
from tests.llm.fake_server import (
    GARBAGE,
    HTML,
    MODELS,
    FakeServer,
    Step,
    chat,
    fake_server,
    garbage,
    html,
    huge,
    sse,
    stream_step,
    trickle,
    wrong_shape,
)

ASK = [Message.user("What is your budget?")]
TEMPLATE = "I can't go above 124,000 this cycle."
RAISE = str(example_path("raise"))
SCRIPT = str(example_path("raise").with_name("rehearsal-raise.txt"))
TIMEOUT_S = 2.0
SLACK_S = 1.5
"""A bounded request ends within the timeout plus this (thread start-up, a busy 2-core machine)."""

BAD_REPLIES = {
    "html": (html(), "answered with an HTML page where JSON was expected"),
    "garbage": (garbage(), "answered with bytes that are not UTF-8 text (byte 0)"),
    "choices-nope": (wrong_shape(), "answered with JSON that is not a chat completion (no list of choices)"),
    "no-choices": (wrong_shape({"id": "x"}), "answered with JSON that is not a chat completion (no list of choices)"),
    "a-list": (wrong_shape([1, 2]), "answered with JSON that is not a chat completion (a JSON list, not an object)"),
    "no-message": (
        wrong_shape({"choices": [{"message": None}]}),
        "answered with JSON that is not a chat completion (choices[0] has no message)",
    ),
    "content-number": (
        wrong_shape({"choices": [{"message": {"content": 7}}]}),
        "answered with JSON that is not a chat completion (choices[0].message.content is int, not text)",
    ),
    "not-json": (Step(raw=b"Service starting, please wait"), "answered with something that is not JSON"),
    "huge": (huge(), "sent a reply larger than 2 MB"),
    "huge-unannounced": (Step(raw=huge(4 * 1024 * 1024).raw, chunked=True), "sent a reply larger than 2 MB"),
}


def provider(base_url: str, **settings: Any) -> OpenAIProvider:
    config = {"provider": "openai", "base_url": base_url, "model": "fake-model", "timeout_s": TIMEOUT_S, **settings}
    return OpenAIProvider(LLMConfig.model_validate(config), sleep=lambda _s: None)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> list[str]:
    return ["--db", f"sqlite:///{tmp_path / 'store.db'}"]


@pytest.fixture
def use_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Point the CLI at a scripted server, as a user does with SPARRING_LLM_* variables."""

    def point(server: FakeServer, model: str | None = "fake-model") -> None:
        monkeypatch.setenv("SPARRING_LLM_BASE_URL", server.base_url)
        monkeypatch.setenv("SPARRING_LLM_TIMEOUT", f"{TIMEOUT_S:g}")
        if model:
            monkeypatch.setenv("SPARRING_LLM_MODEL", model)

    yield point


# -- the provider ------------------------------------------------------------------------


@pytest.mark.parametrize("name", BAD_REPLIES)
def test_a_bad_reply_is_a_typed_error_and_falls_back_with_a_notice(name: str) -> None:
    step, problem = BAD_REPLIES[name]
    with fake_server(step) as server:
        start = time.perf_counter()
        with pytest.raises(LLMBadReply) as caught:
            provider(server.base_url, max_retries=2).complete(ASK)
        assert time.perf_counter() - start < TIMEOUT_S
        answer = with_fallback(provider(server.base_url), OfflineProvider([TEMPLATE]), lambda p: p.complete(ASK))
        assert len(server.requests) == 2  # a bad reply is not retried
    assert caught.value.message.startswith(f"the LLM at {server.base_url} {problem}")
    assert caught.value.kind == "unavailable" and "OpenAI-compatible API" in str(caught.value.hint)
    assert (answer.text, answer.fallback, answer.provider) == (TEMPLATE, True, "offline")
    assert answer.notice == (
        f"The language model is unavailable ({caught.value.message}); this answer comes from Sparring's offline path."
    )


def test_a_huge_announced_reply_is_refused_before_it_is_read() -> None:
    with fake_server(huge()) as server, pytest.raises(LLMBadReply, match="larger than 2 MB"):
        provider(server.base_url).complete(ASK)
    assert MAX_REPLY_BYTES == 2 * 1024 * 1024


def test_a_reply_just_under_the_cap_is_read() -> None:
    with fake_server(huge(MAX_REPLY_BYTES - 1024)) as server:
        answer = provider(server.base_url).complete(ASK)
    assert len(answer.text) == MAX_REPLY_BYTES - 1024 and set(answer.text) == {"x"}


@pytest.mark.parametrize("every_s", [1.0, 30.0], ids=["one-byte-a-second", "stalls-after-one-byte"])
def test_a_trickling_reply_is_cut_at_the_deadline(every_s: float) -> None:
    with fake_server(trickle(every_s=every_s)) as server:
        start = time.perf_counter()
        answer = with_fallback(
            provider(server.base_url, max_retries=2), OfflineProvider([TEMPLATE]), lambda p: p.complete(ASK)
        )
        waited = time.perf_counter() - start
        assert len(server.requests) == 1  # a deadline is not retried either
    assert TIMEOUT_S - 0.1 < waited < TIMEOUT_S + SLACK_S
    assert answer.fallback and answer.notice is not None
    assert f"did not finish its reply within {TIMEOUT_S:g} s" in answer.notice


def test_a_trickling_error_reply_is_cut_at_the_deadline_too() -> None:
    step = Step(status=500, raw=b'{"error": {"message": "' + b"slow " * 40 + b'"}}', trickle_s=1.0)
    with fake_server(step) as server:
        start = time.perf_counter()
        with pytest.raises(LLMUnavailable, match=f"did not finish its reply within {TIMEOUT_S:g} s"):
            provider(server.base_url, max_retries=0).complete(ASK)
    assert time.perf_counter() - start < TIMEOUT_S + SLACK_S


@pytest.mark.parametrize(
    ("step", "problem"),
    [
        (html(), "answered with an HTML page where an event stream was expected"),
        (stream_step(HTML), "answered with an HTML page where an event stream was expected"),
        (stream_step(GARBAGE), "answered with something that is not an event stream (no data: line)"),
        (stream_step(b"data: \xff\xfe\n\n"), "streamed bytes that are not UTF-8 text (byte 0)"),
        (
            stream_step(b'data: {"choices": "nope"}\n\n'),
            "streamed a chunk that is not a chat completion chunk (no list of choices)",
        ),
        (stream_step(b"data: {not json\n\n"), "streamed an event that is not JSON ('{not json')"),
        (stream_step(sse("x" * MAX_REPLY_BYTES)), "sent a reply larger than 2 MB"),
    ],
    ids=["html", "html-stream", "garbage", "not-utf8", "wrong-shape", "not-json", "huge"],
)
def test_a_bad_stream_is_a_typed_error(step: Step, problem: str) -> None:
    with fake_server(step) as server, pytest.raises(LLMBadReply) as caught:
        provider(server.base_url).stream(ASK).collect()
    assert caught.value.message == f"the LLM at {server.base_url} {problem}"


def test_a_stream_is_read_and_its_deadline_holds() -> None:
    with fake_server(stream_step(sse("We have ", "some room."))) as server:
        assert provider(server.base_url).stream(ASK).collect().text == "We have some room."
    with fake_server(Step(body=chat("all at once"))) as server:  # a server that ignores stream=true
        assert list(provider(server.base_url).stream(ASK)) == ["all at once"]
    with fake_server(stream_step(sse("slowly"), trickle_s=1.0)) as server:
        start = time.perf_counter()
        with pytest.raises(LLMUnavailable, match=f"did not finish its reply within {TIMEOUT_S:g} s"):
            provider(server.base_url).stream(ASK).collect()
    assert time.perf_counter() - start < TIMEOUT_S + SLACK_S


@pytest.mark.parametrize(
    ("step", "problem"),
    [
        (html(), "answered with an HTML page where JSON was expected"),
        (garbage(), "answered with bytes that are not UTF-8 text"),
        (wrong_shape(), "answered with JSON that is not a model listing"),
    ],
    ids=["html", "garbage", "wrong-shape"],
)
def test_a_bad_model_listing_is_a_typed_error(step: Step, problem: str) -> None:
    with fake_server(models=step) as server, pytest.raises(LLMBadReply, match=problem):
        OpenAIProvider(LLMConfig(provider="openai", base_url=server.base_url)).models()


def test_a_good_reply_still_reads_as_before() -> None:
    with fake_server(Step(body=chat("We have some room.", model="served"))) as server:
        answer = provider(server.base_url).complete(ASK, options=Options(max_tokens=8))
    assert (answer.text, answer.model, answer.prompt_tokens, answer.completion_tokens) == (
        "We have some room.",
        "served",
        3,
        2,
    )


# -- the commands ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["html", "garbage", "choices-nope", "huge"])
def test_llm_test_reports_a_bad_reply_cleanly(name: str, use_server: Any, db: list[str]) -> None:
    step, problem = BAD_REPLIES[name]
    with fake_server(step) as server:
        use_server(server)
        code, out, err = invoke(*db, "llm", "test")
    assert code == 3 and out == ""
    assert err.startswith(f"error: the LLM at {server.base_url} {problem}")
    assert "hint: check that the base URL is the server's OpenAI-compatible API" in err
    code, out, _ = invoke(*db, "llm", "log", "--json")
    (row,) = json.loads(out)
    assert row["response"] is None and problem in row["error"]


def test_llm_test_gives_up_on_a_trickle_within_the_timeout(use_server: Any, db: list[str]) -> None:
    with fake_server(trickle()) as server:
        use_server(server)
        start = time.perf_counter()
        code, _, err = invoke(*db, "llm", "test")
        waited = time.perf_counter() - start
    assert code == 3 and f"did not finish its reply within {TIMEOUT_S:g} s" in err
    assert waited < TIMEOUT_S + SLACK_S


@pytest.mark.parametrize("name", ["html", "garbage", "choices-nope"])
def test_llm_status_json_reports_a_bad_listing(name: str, use_server: Any) -> None:
    step, _ = BAD_REPLIES[name]
    with fake_server(models=step) as server:
        use_server(server, model=None)
        code, out, _ = invoke("llm", "status", "--json")
        assert code == 0
        endpoint = json.loads(out)["endpoint"]
        assert endpoint["checked"] is True and endpoint["ok"] is False
        assert endpoint["error"].startswith(f"the LLM at {server.base_url} answered with")
        code, out, _ = invoke("llm", "status")
    assert code == 0 and "endpoint  does not answer: the LLM at" in out


@pytest.mark.parametrize("command", ["incentives", "objections"])
@pytest.mark.parametrize("name", ["html", "garbage", "choices-nope"])
def test_coach_falls_back_to_its_rules_with_a_notice(command: str, name: str, use_server: Any) -> None:
    step, problem = BAD_REPLIES[name]
    with fake_server(step) as server:
        use_server(server)
        code, out, err = invoke("coach", command, RAISE, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["source"], data["fallback"]) == ("offline", True) and data["items"]
    assert data["notice"].startswith(f"The language model is unavailable (the LLM at {server.base_url} {problem}")


def test_coach_in_plain_text_shows_the_notice(use_server: Any) -> None:
    with fake_server(html()) as server:
        use_server(server)
        code, out, err = invoke("coach", "incentives", RAISE)
    assert code == 0 and " 1. deliver the team's committed work on time" in out.splitlines()
    assert err.startswith("note: The language model is unavailable (the LLM at")


@pytest.mark.parametrize("name", ["html", "garbage", "choices-nope"])
def test_a_scripted_rehearsal_is_played_and_saved(name: str, use_server: Any, db: list[str]) -> None:
    step, _ = BAD_REPLIES[name]
    assert invoke(*db, "import", RAISE)[0] == 0
    with fake_server(step) as server:
        use_server(server)
        code, out, err = invoke(*db, "rehearse", "raise", "--script", SCRIPT, "--seed", "3", "--json")
        assert server.requests  # the narrator did ask the model
    assert code == 0, err
    data = json.loads(out)
    assert data["session"] == 1 and len(data["transcript"]) > 4
    code, out, _ = invoke(*db, "sessions", "raise", "--json")
    (session,) = json.loads(out)
    assert session["id"] == 1
    code, out, _ = invoke(*db, "llm", "log", "--json")
    assert any(row["fallback"] and "the LLM at" in row["error"] for row in json.loads(out))


def test_the_web_coach_answers_with_its_rules_not_a_500(tmp_path: Path, db: list[str]) -> None:
    from sparring.web.app import create_app
    from sparring.web.settings import WebSettings

    assert invoke(*db, "import", RAISE)[0] == 0
    settings = WebSettings(
        store_url=f"sqlite:///{tmp_path / 'store.db'}", token="t" * 24, port=8765, llm_config=tmp_path / "llm.toml"
    )
    with fake_server(wrong_shape(), models=Step(body=MODELS)) as server:
        save(
            from_preset("openai", base_url=server.base_url, model="fake-model", timeout_s=TIMEOUT_S),
            tmp_path / "llm.toml",
        )
        with TestClient(create_app(settings), base_url="http://127.0.0.1:8765") as client:
            client.cookies.set(settings.cookie_name, settings.token)
            client.headers["X-CSRF-Token"] = settings.csrf_token
            page = client.post("/cases/raise/coach/incentives", headers={"HX-Request": "true"})
        assert server.requests
    assert page.status_code == 200
    assert "Offline: from Sparring's rules." in page.text and ">fallback</span>" in page.text
