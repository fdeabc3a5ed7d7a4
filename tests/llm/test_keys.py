"""Keys: each goes only to the endpoint it was given for, and none is ever printed or logged.

``OPENAI_API_KEY`` reaches api.openai.com only, never a vLLM box or a proxy; the key
variables the web page may name come from one list in ``sparring.llm.config``; a key in a
URL's query or userinfo, or echoed back by a server, is shown as "…redacted…" in errors,
``sparring llm status`` (plain and --json), ``sparring llm test`` and the exchange log.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import sparring.cli.llm  # noqa: F401  (registers the commands)
from sparring.cli.main import app
from sparring.llm import config as llm_config
from sparring.llm.base import Completion, Message
from sparring.llm.config import LLMConfig, from_preset, resolve, save
from sparring.llm.errors import LLMBadReply, LLMUnavailable
from sparring.llm.log import log_completion
from sparring.llm.openai_provider import OpenAIProvider
from sparring.llm.redaction import REDACTED, redact, url_secrets
from tests.llm.fake_server import Step, chat, fake_server
from tests.store.pg_server import free_port

OPENAI_KEY = "sk-openai-users-own-0123456789abcdef"
BOX_KEY = "gpu-box-token-0123456789"
"""Not OpenAI-shaped: only the provider knowing it as the key can redact it."""
QUERY_KEY = "azure-query-key-0123456789"
USER_SECRET = "hunter2-userinfo-secret"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> list[str]:
    return ["--db", f"sqlite:///{tmp_path / 'store.db'}"]


# -- a key belongs to its endpoint --------------------------------------------------------


@pytest.mark.parametrize("preset", ["vllm", "openai"])
def test_openai_key_never_reaches_another_server(preset: str, db: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    with fake_server(Step(body=chat("ready"))) as box:
        assert invoke("llm", "use", preset, "--base-url", box.base_url, "--model", "fake-model")[0] == 0
        code, out, err = invoke(*db, "llm", "test")
        assert code == 0, err
        assert "authorization" not in box.headers[0] or OPENAI_KEY not in box.headers[0]["authorization"]
        code, out, _ = invoke("llm", "status", "--json")
    assert json.loads(out)["api_key"] == "not set"


def test_the_openai_variables_alone_keep_the_key_at_openai(monkeypatch: pytest.MonkeyPatch, db: list[str]) -> None:
    with fake_server(Step(body=chat("ready"))) as box:
        monkeypatch.setenv("SPARRING_LLM_PROVIDER", "openai")
        monkeypatch.setenv("SPARRING_LLM_MODEL", "fake-model")
        monkeypatch.setenv("OPENAI_BASE_URL", box.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
        assert invoke(*db, "llm", "test")[0] == 0
        monkeypatch.setenv("SPARRING_LLM_API_KEY", BOX_KEY)  # the key given for the configured endpoint
        assert invoke(*db, "llm", "test")[0] == 0
    assert OPENAI_KEY not in box.headers[0].get("authorization", "")
    assert box.headers[1]["authorization"] == f"Bearer {BOX_KEY}"


def test_openai_itself_still_gets_openai_key(tmp_path: Path) -> None:
    env = {"SPARRING_LLM_PROVIDER": "openai", "OPENAI_API_KEY": OPENAI_KEY}
    config = resolve(env=env, path=tmp_path / "none.toml").config
    assert (config.base_url, config.api_key_env) == ("https://api.openai.com/v1", "OPENAI_API_KEY")
    assert from_preset("openai").api_key_env == "OPENAI_API_KEY"
    assert from_preset("openai", base_url="https://api.openai.com/v1/").api_key_env == "OPENAI_API_KEY"


def test_naming_openai_key_for_another_server_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = invoke(
        "llm", "use", "vllm", "--base-url", "http://gpu-box:8000/v1", "--api-key-env", "OPENAI_API_KEY"
    )
    assert code == 2
    assert err.startswith("error: OPENAI_API_KEY is only sent to api.openai.com, not to http://gpu-box:8000/v1")
    assert "SPARRING_LLM_API_KEY" in err


def test_an_old_file_naming_openai_key_for_another_server_sends_nothing(
    clean_llm_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    clean_llm_env.mkdir(parents=True)
    (clean_llm_env / "llm.toml").write_text(
        'provider = "openai"\nbase_url = "http://gpu-box:8000/v1"\napi_key_env = "OPENAI_API_KEY"\n'
    )
    config = resolve().config
    assert config.key() is None
    with fake_server(Step(body=chat("ready"))) as box:
        OpenAIProvider(config.model_copy(update={"base_url": box.base_url, "model": "m"})).complete(
            [Message.user("hi")]
        )
    assert OPENAI_KEY not in box.headers[0].get("authorization", "")
    code, out, _ = invoke("llm", "status", "--no-check")
    assert code == 0 and "API key   not set (OPENAI_API_KEY is only sent to api.openai.com)" in out


def test_the_web_page_allows_the_documented_key_variables_from_the_llm_config() -> None:
    from sparring.web import llm_settings

    assert llm_config.KEY_VARIABLES == ("SPARRING_LLM_API_KEY", "OPENAI_API_KEY")
    assert llm_settings.KEY_VARIABLES is llm_config.KEY_VARIABLES


# -- redaction ----------------------------------------------------------------------------


def test_redact_replaces_the_secret_values_only() -> None:
    url = f"https://me:{USER_SECRET}@llm.example.test/v1?api-version=2024-06&api-key={QUERY_KEY}&token=t0k3n-abc"
    assert (
        redact(url) == f"https://{REDACTED}@llm.example.test/v1?api-version=2024-06&api-key={REDACTED}&token={REDACTED}"
    )
    assert set(url_secrets(url)) == {"me", USER_SECRET, QUERY_KEY, "t0k3n-abc"}
    text = f"got {BOX_KEY} and key={BOX_KEY}; Authorization: Bearer abcdefgh12345 and {OPENAI_KEY}"
    assert redact(text, BOX_KEY) == (
        f"got {REDACTED} and key={REDACTED}; Authorization: Bearer {REDACTED} and {REDACTED}"
    )
    assert redact("a fair raise of 12% from April", "x", "") == "a fair raise of 12% from April"


def test_llm_status_and_errors_never_show_url_credentials(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://me:{USER_SECRET}@127.0.0.1:{port}/v1?api-key={QUERY_KEY}"
    assert invoke("llm", "use", "vllm", "--base-url", url, "--model", "m")[0] == 0
    code, out, err = invoke("llm", "status", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["base_url"] == f"http://{REDACTED}@127.0.0.1:{port}/v1?api-key={REDACTED}"
    assert data["endpoint"]["ok"] is False and REDACTED in data["endpoint"]["error"]
    code, plain, plain_err = invoke("llm", "status")
    assert code == 0 and f"base URL  http://{REDACTED}@127.0.0.1:{port}/v1?api-key={REDACTED}" in plain
    code, _, test_err = invoke("--db", f"sqlite:///{tmp_path / 's.db'}", "llm", "test")
    assert code == 3 and test_err.startswith(f"error: the LLM at http://{REDACTED}@127.0.0.1:{port}/v1")
    for shown in (out, err, plain, plain_err, test_err):
        assert USER_SECRET not in shown and QUERY_KEY not in shown


def test_a_key_echoed_in_a_reply_is_never_printed_or_logged(
    monkeypatch: pytest.MonkeyPatch, db: list[str], tmp_path: Path
) -> None:
    with fake_server(Step(body=chat(f"ready, your key is {BOX_KEY}"))) as box:
        monkeypatch.setenv("SPARRING_LLM_BASE_URL", box.base_url)
        monkeypatch.setenv("SPARRING_LLM_MODEL", "fake-model")
        monkeypatch.setenv("SPARRING_LLM_API_KEY", BOX_KEY)
        code, out, err = invoke(*db, "llm", "test")
        assert box.headers[0]["authorization"] == f"Bearer {BOX_KEY}"  # sent, to its own endpoint
    assert code == 0 and f"'ready, your key is {REDACTED}'" in out and BOX_KEY not in out + err
    code, out, _ = invoke(*db, "llm", "log", "--json")
    assert json.loads(out)[0]["response"] == f"ready, your key is {REDACTED}"
    for file in tmp_path.glob("store.db*"):
        assert BOX_KEY.encode() not in file.read_bytes()


def test_a_key_echoed_in_an_error_or_a_bad_reply_is_redacted() -> None:
    config = LLMConfig(provider="openai", model="m", api_key=BOX_KEY, max_retries=0)  # type: ignore[arg-type]
    with fake_server(
        Step(400, {"error": {"message": f"bad key {BOX_KEY}"}}), Step(raw=f"denied {BOX_KEY}".encode())
    ) as box:
        p = OpenAIProvider(config.model_copy(update={"base_url": box.base_url}))
        with pytest.raises(LLMUnavailable) as rejected:
            p.complete([Message.user("hi")])
        with pytest.raises(LLMBadReply) as bad:
            p.complete([Message.user("hi")])
    assert rejected.value.message.endswith(f"rejected the request: bad key {REDACTED}")
    assert bad.value.message.endswith(f"answered with something that is not JSON (it began: 'denied {REDACTED}')")


class ListLog:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def record(self, **row: Any) -> int:
        self.rows.append(row)
        return len(self.rows)


def test_the_exchange_log_redacts_url_keys_in_replies_and_errors() -> None:
    log = ListLog()
    reply = f"see https://x.test/a?token={QUERY_KEY}"
    completion = Completion(reply, "m", "openai", 0.1, (Message.user(f"use {OPENAI_KEY}"),))
    log_completion(log, completion, feature="f", prompt_version="1", error=f"at http://u:{USER_SECRET}@h/v1")
    (row,) = log.rows
    assert row["response"] == f"see https://x.test/a?token={REDACTED}"
    assert row["error"] == f"at http://{REDACTED}@h/v1"
    assert row["messages"] == [{"role": "user", "content": f"use {REDACTED}"}]


def test_a_saved_key_stays_in_the_file_but_never_in_masked(tmp_path: Path) -> None:
    path = save(from_preset("vllm", api_key=BOX_KEY, base_url=f"http://127.0.0.1:1/v1?key={QUERY_KEY}"), tmp_path / "f")
    config = resolve(env={}, path=path).config
    assert config.key() == BOX_KEY
    assert BOX_KEY not in repr(config.masked()) and QUERY_KEY not in repr(config.masked())
