"""Live sessions on SQLite and PostgreSQL: migration 0004, one row per session, writes that
name the revision they read, and expiry by the time of the last write."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import inspect, text

from sparring.store.live import LiveSessionStore
from sparring.store.repository import CaseStore

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
STATE = {"turns": [{"text": "What matters most to you?", "said": ["Keeping the team — ünïcode kept."]}]}


def _create(live: LiveSessionStore, session_id: str, now: datetime = T0) -> None:
    live.create(
        session_id=session_id,
        case_slug="raise",
        case_version=3,
        mode="rehearse",
        seed=7,
        style=None,
        state={"turns": []},
        now=now,
    )


def test_the_table_comes_from_migration_0004(store: CaseStore) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0004"
    inspector = inspect(store.engine)
    assert [c["name"] for c in inspector.get_columns("live_sessions")] == [
        "id", "case_slug", "case_version", "mode", "seed", "style", "revision", "state", "created_at", "updated_at",
    ]  # fmt: skip
    assert [i["column_names"] for i in inspector.get_indexes("live_sessions")] == [["updated_at"]]


def test_a_session_is_written_and_read_back(store: CaseStore) -> None:
    live = LiveSessionStore(store)
    _create(live, "Jf4MdRdNvMrCNttK")
    row = live.get("Jf4MdRdNvMrCNttK", since=T0)
    assert row is not None
    assert (row.case_slug, row.case_version, row.mode, row.seed, row.style) == ("raise", 3, "rehearse", 7, None)
    assert (row.revision, row.state, row.created_at, row.updated_at) == (0, {"turns": []}, T0, T0)
    assert live.get("no-such-session-id", since=T0) is None
    assert live.revision("no-such-session-id", since=T0) is None


def test_a_write_names_the_revision_it_read(store: CaseStore) -> None:
    live = LiveSessionStore(store)
    _create(live, "a" * 16)
    later = T0 + timedelta(minutes=5)
    assert live.update("a" * 16, expected=0, state=STATE, now=later)
    assert not live.update("a" * 16, expected=0, state={"turns": []}, now=later)  # another worker wrote first
    assert not live.update("b" * 16, expected=0, state=STATE, now=later)  # no such session
    row = live.get("a" * 16, since=T0)
    assert row is not None and (row.revision, row.state, row.updated_at, row.created_at) == (1, STATE, later, T0)
    assert live.revision("a" * 16, since=T0) == 1


def test_sessions_expire_by_their_last_write(store: CaseStore) -> None:
    live = LiveSessionStore(store)
    _create(live, "old-session-0001", T0)
    _create(live, "new-session-0001", T0 + timedelta(days=6))
    week = T0 + timedelta(days=7, seconds=1)
    assert live.get("old-session-0001", since=week - timedelta(days=7)) is None  # expired, not yet deleted
    assert live.revision("old-session-0001", since=week - timedelta(days=7)) is None
    assert live.get("new-session-0001", since=week - timedelta(days=7)) is not None
    assert live.delete_before(week - timedelta(days=7)) == 1
    assert live.get("old-session-0001", since=T0) is None
    assert live.revision("new-session-0001", since=T0) == 0
