"""Every test is hermetic: its own data home, config folder and HOME, and no LLM settings.

A developer's ``~/.local/share/sparring``, ``~/.config/sparring/llm.toml`` or ``OPENAI_API_KEY``
must never change what a test sees (``tests/sim/test_cli.py`` once read the developer's LLM
settings). Folder-level fixtures may narrow this further; none may widen it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.llm_env import LLM_ENV
from tests.store.pg_server import PgServer, find_bindir, start_server

# Variables that would point Sparring (or the libraries it uses for its folders) elsewhere.
_ISOLATED = (*LLM_ENV, "SPARRING_DB", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")


@pytest.fixture(autouse=True)
def hermetic_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh home per test: SPARRING_HOME, XDG folders and HOME all inside a temporary folder."""
    root = tmp_path_factory.mktemp("home")
    for name in _ISOLATED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SPARRING_HOME", str(root / "sparring"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("HOME", str(root))
    return root


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One real PostgreSQL server for the whole run (each test takes a new database on it)."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed; `make test` installs them")
    server = start_server(bindir)
    try:
        yield server
    finally:
        server.stop()
