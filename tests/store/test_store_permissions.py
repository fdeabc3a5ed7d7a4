"""The data is its owner's alone: under the common umask 022 the data folder is 0700 and every
file the store writes (the database with its -wal and -shm, holding cases, sessions and the
LLM exchange log) is 0600."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sparring.model.case import Case
from sparring.store.db import default_url
from sparring.store.exchanges import ExchangeStore
from sparring.store.repository import CaseStore
from sparring.store.sessions import SessionStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def write_everything(url: str, make_case: Callable[..., Case]) -> CaseStore:
    """Open the store and write a case, a rehearsal session and an LLM exchange; left open (WAL files exist)."""
    store = CaseStore(url)
    store.save("raise", make_case(), note="v1")
    SessionStore(store).save(
        case_slug="raise",
        case_version=1,
        mode="rehearse",
        seed=1,
        style="hard",
        outcome="deal",
        score=70,
        transcript=[{"speaker": "you", "text": "hello"}],
        scorecard={"score": 70},
    )
    ExchangeStore(store).record(
        feature="coach",
        prompt_version="1",
        provider="offline",
        model="none",
        messages=[{"role": "user", "content": "my salary is 120k"}],
        response="ok",
        latency_ms=1.0,
        prompt_tokens=1,
        completion_tokens=1,
        fallback=False,
        error=None,
    )
    return store


def test_a_new_data_folder_and_its_files_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_case: Callable[..., Case]
) -> None:
    home = tmp_path / "new" / "home"
    monkeypatch.setenv("SPARRING_HOME", str(home))
    store = write_everything(default_url(), make_case)
    try:
        assert mode(home) == 0o700
        names = sorted(p.name for p in home.iterdir())
        assert names == ["sparring.db", "sparring.db-shm", "sparring.db-wal"]
        assert {name: mode(home / name) for name in names} == dict.fromkeys(names, 0o600)
    finally:
        store.close()
    assert {p.name: mode(p) for p in home.iterdir()} == {"sparring.db": 0o600}


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME only steers platformdirs on Linux")
def test_the_default_data_folder_left_open_by_an_older_version_is_tightened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SPARRING_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "xdg" / "sparring"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    default_url()
    assert mode(folder) == 0o700


def test_an_existing_folder_named_by_sparring_home_keeps_its_mode_but_the_new_database_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_case: Callable[..., Case]
) -> None:
    home = tmp_path / "shared"
    home.mkdir()
    home.chmod(0o750)
    monkeypatch.setenv("SPARRING_HOME", str(home))
    with write_everything(default_url(), make_case):
        assert mode(home) == 0o750
        assert {p.name: mode(p) for p in home.iterdir()} == {
            "sparring.db": 0o600,
            "sparring.db-shm": 0o600,
            "sparring.db-wal": 0o600,
        }


def test_a_database_named_by_url_is_created_private(tmp_path: Path, make_case: Callable[..., Case]) -> None:
    path = tmp_path / "cases.db"
    with write_everything(f"sqlite:///{path}", make_case):
        assert [mode(p) for p in (path, tmp_path / "cases.db-wal", tmp_path / "cases.db-shm")] == [0o600] * 3


def test_an_existing_database_keeps_the_mode_its_owner_gave_it(tmp_path: Path, make_case: Callable[..., Case]) -> None:
    path = tmp_path / "team.db"
    CaseStore(f"sqlite:///{path}").close()
    path.chmod(0o640)
    with write_everything(f"sqlite:///{path}", make_case):
        assert mode(path) == 0o640
        assert mode(tmp_path / "team.db-wal") == 0o640


def test_a_strict_umask_still_gives_a_writable_private_database(tmp_path: Path, make_case: Callable[..., Case]) -> None:
    os.umask(0o277)
    path = tmp_path / "strict.db"
    with write_everything(f"sqlite:///{path}", make_case) as store:
        assert mode(path) == 0o600
        assert [v.version for v in store.history("raise")] == [1]
