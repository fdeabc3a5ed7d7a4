"""LLM fixtures: clean LLM settings for every test, and a real llama.cpp server for the session.

The real server runs Gemma 3 270M (a small *base* model: it writes poor text, so the tests
check how Sparring handles answers, not how good they are). It is skipped only when
llama-cpp-python is not installed; a server that fails to start fails the tests, with its log.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
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
