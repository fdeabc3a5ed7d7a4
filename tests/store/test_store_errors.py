"""Every failure the user can act on is a SparringError: busy, unavailable, invalid URL."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.store.db import BUSY_MESSAGE, default_url, mask_url
from sparring.store.repository import CaseStore, slugify
from tests.store.pg_server import free_port


def test_a_held_write_lock_makes_saves_busy_but_reads_still_work(
    tmp_path: Path, make_case: Callable[..., Case]
) -> None:
    path = tmp_path / "s.db"
    with CaseStore(f"sqlite:///{path}", busy_timeout=0.2) as store:
        store.save("raise-q3", make_case())
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(SparringError) as caught:
                store.save("raise-q3", make_case())
            assert caught.value.kind == "busy"
            assert caught.value.message == BUSY_MESSAGE
            assert BUSY_MESSAGE == "the store is busy (another Sparring process is writing); retry in a moment"
            assert store.get("raise-q3").version == 1
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.save("raise-q3", make_case()).version == 2


def test_sqlite_in_a_missing_folder_is_unavailable(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'missing' / 's.db'}"
    with pytest.raises(SparringError) as caught:
        CaseStore(url)
    assert caught.value.kind == "unavailable"
    assert caught.value.message == f"cannot open the store {url}: the folder {tmp_path / 'missing'} does not exist"


def test_sqlite_path_that_cannot_be_opened_is_unavailable(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}"  # a folder, not a file
    with pytest.raises(SparringError) as caught:
        CaseStore(url)
    assert caught.value.kind == "unavailable"
    assert caught.value.message == f"cannot use the store {url}: unable to open database file"
    assert caught.value.hint is not None


def test_unreachable_postgresql_is_unavailable_and_the_password_is_masked() -> None:
    port = free_port()
    with pytest.raises(SparringError) as caught:
        CaseStore(f"postgresql://me:s3cret-pw@127.0.0.1:{port}/sparring")
    error = caught.value
    assert error.kind == "unavailable"
    shown = f"postgresql+psycopg://me:***@127.0.0.1:{port}/sparring"
    assert error.message.startswith(f"cannot reach the database {shown}: ")
    assert "Connection refused" in error.message
    assert "s3cret-pw" not in str(error)
    assert error.hint is not None and "PostgreSQL server is running" in error.hint


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "'not a url' is not a database URL"),
        ("mysql://u:p@host/db", "'mysql' databases are not supported"),
        ("postgresql://me:pw@host:port/db", "'postgresql://me:***@host:port/db' is not a database URL"),
    ],
)
def test_bad_urls_are_invalid(url: str, message: str) -> None:
    with pytest.raises(SparringError) as caught:
        CaseStore(url)
    assert (caught.value.kind, caught.value.message) == ("invalid", message)


def test_mask_url_hides_only_the_password() -> None:
    assert mask_url("postgresql+psycopg://me:pw@db.example:5432/sparring") == (
        "postgresql+psycopg://me:***@db.example:5432/sparring"
    )
    assert mask_url("sqlite:////tmp/s.db") == "sqlite:////tmp/s.db"
    assert mask_url("postgresql://me:pw@host:port-typo/db") == "postgresql://me:***@host:port-typo/db"


def test_default_url_uses_sparring_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home" / "nested"
    monkeypatch.setenv("SPARRING_HOME", str(home))
    assert default_url() == f"sqlite:///{home / 'sparring.db'}"
    assert home.is_dir()


def test_default_url_falls_back_to_the_user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPARRING_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform != "linux":
        pytest.skip("XDG_DATA_HOME only steers platformdirs on Linux")
    assert default_url() == f"sqlite:///{tmp_path / 'xdg' / 'sparring' / 'sparring.db'}"
    assert (tmp_path / "xdg" / "sparring").is_dir()


def test_default_url_store_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPARRING_HOME", str(tmp_path))
    with CaseStore(default_url()) as store:
        assert store.list() == []
    assert (tmp_path / "sparring.db").is_file()


def test_sqlite_use_never_imports_psycopg(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    code = (
        "import sys\n"
        "import sparring.store.repository as r\n"
        "assert 'psycopg' not in sys.modules, 'imported by the module'\n"
        f"r.CaseStore({url!r}).list()\n"
        "assert 'psycopg' not in sys.modules, 'imported by a SQLite store'\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, "ok\n", "")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Raise before the Q3 review", "raise-before-the-q3-review"),
        ("raise.yaml", "raise"),
        ("/home/me/cases/Job Offer (Acme).yml", "job-offer-acme"),
        ("C:\\cases\\deal.json", "deal"),
        ("Ça va déjà", "ca-va-deja"),
        ("  --Remote  work!!  ", "remote-work"),
        ("!!!", "case"),
        ("x" * 70 + " tail", "x" * 64),
        ("a" * 63 + " b", "a" * 63),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug
