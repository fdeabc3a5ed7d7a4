"""LLM fixtures: clean LLM settings for every test, and a real llama.cpp server for the session.

The real server runs Gemma 3 270M (a small *base* model: it writes poor text, so the tests
check how Sparring handles answers, not how good they are). It is skipped only when
llama-cpp-python is not installed; a server that fails to start fails the tests, with its log.

Loading llama.cpp *in* the test process is only done after :func:`llamacpp_canary` ran the
same load and a real completion in a subprocess: if llama.cpp crashes on this CPU (as the AMX
weight repack did), the canary test fails and the in-process tests are skipped, instead of a
segfault ending the whole run.
"""

from __future__ import annotations

import importlib.util
import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sparring.llm.config import LLMConfig
from sparring.llm.openai_provider import OpenAIProvider
from tests.llm.llama_server import LlamaServer, gguf_path
from tests.llm_env import LLM_ENV as SHARED_LLM_ENV
from tests.store.pg_server import free_port

LLM_ENV = (*SHARED_LLM_ENV, "SPARRING_DB")


@pytest.fixture(autouse=True)
def clean_llm_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No LLM settings leak in from the developer's environment or config folder."""
    for name in LLM_ENV:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("SPARRING_HOME", str(home))
    return home


def _require_llama_cpp() -> None:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python is not installed (`make test` installs it with pip install -e '.[dev]')")


@pytest.fixture(scope="session")
def gguf() -> Path:
    _require_llama_cpp()
    return gguf_path()


CANARY = """
import json, sys
from sparring.llm.llamacpp_provider import llama_type
llama = llama_type()(model_path=sys.argv[1], chat_format="gemma", n_ctx=512, seed=0, verbose=True)
reply = llama.create_chat_completion(
    messages=[{"role": "user", "content": "Say hello."}], max_tokens=4, temperature=0.0, seed=0
)
print(json.dumps({"extra_bufts": llama.model_params.use_extra_bufts, "tokens": reply["usage"]["completion_tokens"]}))
"""
CANARY_TIMEOUT_S = 180


@dataclass(frozen=True)
class Canary:
    """How a real load and completion went in a subprocess: its exit code, what it printed, llama.cpp's log."""

    returncode: int
    stdout: str
    log: str

    @property
    def crashed(self) -> str | None:
        """Why llama.cpp cannot be run in this process (a signal, or any failure), or None."""
        if self.returncode < 0:
            return f"killed by {signal.Signals(-self.returncode).name}"
        return f"exited with code {self.returncode}" if self.returncode else None

    def result(self) -> dict[str, object]:
        data: dict[str, object] = json.loads(self.stdout.strip().splitlines()[-1])
        return data


@pytest.fixture(scope="session")
def llamacpp_canary(gguf: Path) -> Canary:
    """One real load and completion with the provider's ``Llama`` class, in a subprocess, once per session."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", CANARY, str(gguf)], capture_output=True, text=True, timeout=CANARY_TIMEOUT_S
        )
    except subprocess.TimeoutExpired as exc:
        return Canary(-signal.SIGKILL, "", f"no answer within {CANARY_TIMEOUT_S} s: {exc.stderr!r}")
    return Canary(done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="session")
def llamacpp_in_process(llamacpp_canary: Canary) -> None:
    """Skip a test that loads llama.cpp in this process when the canary could not run it in a subprocess."""
    if llamacpp_canary.crashed:
        pytest.skip(
            f"llama.cpp {llamacpp_canary.crashed} in the canary subprocess (see test_llamacpp_canary): "
            "loading it in the test process would end the whole run"
        )


def _start(model: Path, folder: Path) -> LlamaServer:
    server = LlamaServer(model=model, port=free_port(), log=folder / "llama-server.log")
    try:
        return server.start()
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def llama_server(gguf: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    """One real server for the session's read-only tests."""
    server = _start(gguf, tmp_path_factory.mktemp("llama"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def own_llama_server(gguf: Path, tmp_path: Path) -> Iterator[LlamaServer]:
    """A server of the test's own, for tests that freeze or stop it."""
    server = _start(gguf, tmp_path)
    try:
        yield server
    finally:
        server.stop()


def real_provider(server: LlamaServer, **settings: object) -> OpenAIProvider:
    """Sparring's openai provider pointed at a real llama.cpp server (Gemma has no system role)."""
    config = LLMConfig.model_validate(
        {"provider": "openai", "base_url": server.base_url, "system_role": False, "timeout_s": 60, **settings}
    )
    return OpenAIProvider(config)
