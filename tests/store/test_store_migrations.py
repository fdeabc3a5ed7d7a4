"""The schema comes from Alembic, applied on open, from the package's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from sparring.store.db import MIGRATIONS_DIR
from sparring.store.repository import CaseStore


def test_open_applies_migrations_to_head(store: CaseStore) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == ["0004"]
    inspector = inspect(store.engine)
    assert set(inspector.get_table_names()) == {
        "alembic_version",
        "cases",
        "case_versions",
        "llm_exchanges",
        "rehearsal_sessions",
        "live_sessions",
    }
    assert [c["name"] for c in inspector.get_columns("cases")] == [
        "id",
        "slug",
        "kind",
        "title",
        "created_at",
        "updated_at",
    ]
    assert [c["name"] for c in inspector.get_columns("case_versions")] == [
        "id",
        "case_id",
        "version",
        "saved_at",
        "note",
        "data",
        "yaml_text",
    ]
    uniques = {tuple(u["column_names"]) for u in inspector.get_unique_constraints("case_versions")}
    assert ("case_id", "version") in uniques


def test_reopening_is_a_no_op(store_url: str) -> None:
    for _ in range(3):
        with CaseStore(store_url) as opened, opened.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1


def test_migrations_do_not_depend_on_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert MIGRATIONS_DIR.is_absolute()
    with CaseStore("sqlite:///relative.db") as opened:
        assert opened.list() == []
    assert (elsewhere / "relative.db").is_file()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with CaseStore(f"sqlite:///{tmp_path / 's.db'}") as opened, opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
