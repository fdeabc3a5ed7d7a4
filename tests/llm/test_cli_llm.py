"""`sparring llm status | use | test | log` end to end, with a real llama.cpp server where one is needed."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sparring.cli.llm  # noqa: F401  (registers the commands)
from sparring.cli.main import app
from tests.llm.llama_server import LlamaServer
from tests.store.pg_server import free_port

KEY = "sk-test-SECRET-0123456789abcdef"


@pytest.fixture
def db(tmp_path: Path) -> list[str]:
    return ["--db", f"sqlite:///{tmp_path / 'store.db'}"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_status_offline_by_default() -> None:
    code, out, _ = invoke("llm", "status", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["provider"], data["api_key"], data["endpoint"]["checked"]) == ("offline", "not set", False)
    code, out, _ = invoke("llm", "status")
    assert out.splitlines()[0] == "provider  offline"
    assert "endpoint  offline: nothing is sent anywhere" in out


def test_use_writes_a_private_file_and_status_hides_the_key(clean_llm_env: Path) -> None:
    port = free_port()
    code, out, _ = invoke(
        "llm", "use", "llamacpp-server", "--base-url", f"http://127.0.0.1:{port}/v1", "--api-key", KEY
    )
    assert code == 0, out
    assert KEY not in out
    path = clean_llm_env / "llm.toml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert f"saved LLM settings to {path}" in out

    code, out, err = invoke("llm", "status", "--json")
    data = json.loads(out)
    assert code == 0 and KEY not in out + err
    assert (data["provider"], data["preset"], data["api_key"]) == ("openai", "llamacpp-server", "set")
    assert data["endpoint"]["ok"] is False and "cannot be reached" in data["endpoint"]["error"]
    assert data["endpoint"]["local"] is True
    code, out, err = invoke("llm", "status")
    assert code == 0 and KEY not in out + err
    assert "API key   set" in out and "does not answer" in out


def test_use_with_an_env_key_stores_only_the_variable_name(clean_llm_env: Path) -> None:
    assert invoke("llm", "use", "openai", "--api-key-env", "MY_KEY")[0] == 0
    stored = (clean_llm_env / "llm.toml").read_text()
    assert 'api_key_env = "MY_KEY"' in stored and "api_key =" not in stored


def test_use_rejects_bad_input() -> None:
    code, _, err = invoke("llm", "use", "olama")
    assert code == 2 and "error: 'olama' is not a known LLM preset or provider" in err
    code, _, err = invoke("llm", "use", "llamacpp")
    assert code == 2 and "needs --model-path and --chat-format" in err
    code, _, err = invoke("llm", "use", "vllm", "--api-key", "a", "--api-key-env", "B")
    assert code == 2


def test_test_offline_sends_nothing(db: list[str]) -> None:
    code, out, _ = invoke(*db, "llm", "test")
    assert (code, out) == (
        0,
        "offline: no language model is configured, nothing was sent (choose one: sparring llm use)\n",
    )
    assert invoke(*db, "llm", "log", "--json") == (0, "[]\n", "")


def test_test_exits_3_when_the_server_does_not_answer(db: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPARRING_LLM_BASE_URL", f"http://127.0.0.1:{free_port()}/v1")
    monkeypatch.setenv("SPARRING_LLM_MODEL", "m")
    code, _, err = invoke(*db, "llm", "test")
    assert code == 3
    assert err.startswith("error: the LLM at http://127.0.0.1:")
    assert "cannot be reached" in err and "hint:" in err
    code, out, _ = invoke(*db, "llm", "log", "--json")
    (row,) = json.loads(out)
    assert row["response"] is None and "cannot be reached" in row["error"]


def test_log_is_empty_at_first(db: list[str]) -> None:
    assert invoke(*db, "llm", "log") == (0, "", "No exchanges logged yet: nothing has been sent to a language model.\n")


def test_test_against_a_real_server_reports_latency_and_logs_no_key(
    llama_server: LlamaServer, db: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPARRING_LLM_BASE_URL", llama_server.base_url)
    monkeypatch.setenv("SPARRING_LLM_API_KEY", KEY)
    code, out, err = invoke(*db, "llm", "test")
    assert code == 0, err
    assert out.startswith("model ") and " answered in " in out and " ms" in out
    code, out, _ = invoke(*db, "llm", "status", "--json")
    assert json.loads(out)["endpoint"]["ok"] is True
    code, out, _ = invoke(*db, "llm", "log", "--json")
    (row,) = json.loads(out)
    assert (row["feature"], row["provider"], row["fallback"]) == ("llm-test", "openai", False)
    assert row["messages"] == [{"role": "user", "content": "Reply with one word: ready"}]
    assert row["completion_tokens"] > 0
    code, out, _ = invoke(*db, "llm", "log")
    assert code == 0 and "llm-test v1" in out
    for file in tmp_path.glob("store.db*"):
        assert KEY.encode() not in file.read_bytes()
