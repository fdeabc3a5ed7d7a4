"""Rehearsals in progress, one row each, so any web worker (or the next server) can carry one on.

A row holds what rebuilds the session: the case version, mode, seed and style, and a JSON
document of the turns so far with what the page showed between them (the services define its
shape; the store only keeps it). ``revision`` counts the writes: a write names the revision it
read and fails when another worker wrote in between, so two workers never both append turn n.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Index, Integer, String, Table, Text, delete, insert, select, update

from sparring.store import db
from sparring.store.repository import CaseStore
from sparring.store.tables import UTCDateTime, metadata

live_sessions = Table(
    "live_sessions",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("case_slug", String(64), nullable=False),
    Column("case_version", Integer, nullable=False),
    Column("mode", String(16), nullable=False),
    Column("seed", Integer, nullable=False),
    Column("style", String(16), nullable=True),
    Column("revision", Integer, nullable=False),
    Column("state", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_live_sessions_updated_at", "updated_at"),
)


@dataclass(frozen=True)
class LiveRow:
    id: str
    case_slug: str
    case_version: int
    mode: str
    seed: int
    style: str | None
    revision: int
    state: dict[str, Any]
    created_at: datetime
    updated_at: datetime


class LiveSessionStore:
    """Live sessions in the same database as the cases; every method is one short transaction."""

    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self.engine = store.engine

    def create(
        self,
        *,
        session_id: str,
        case_slug: str,
        case_version: int,
        mode: str,
        seed: int,
        style: str | None,
        state: dict[str, Any],
        now: datetime,
    ) -> None:
        row = {
            "id": session_id,
            "case_slug": case_slug,
            "case_version": case_version,
            "mode": mode,
            "seed": seed,
            "style": style,
            "revision": 0,
            "state": _dump(state),
            "created_at": now,
            "updated_at": now,
        }
        with db.translated_errors(self.engine.url), db.write_transaction(self.engine) as conn:
            conn.execute(insert(live_sessions).values(**row))

    def get(self, session_id: str, *, since: datetime) -> LiveRow | None:
        """The row, or None when there is none or its last write is before ``since`` (expired)."""
        query = select(live_sessions).where(live_sessions.c.id == session_id, live_sessions.c.updated_at >= since)
        with db.translated_errors(self.engine.url), self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return LiveRow(
            row.id,
            row.case_slug,
            row.case_version,
            row.mode,
            row.seed,
            row.style,
            row.revision,
            json.loads(row.state),
            row.created_at,
            row.updated_at,
        )

    def revision(self, session_id: str, *, since: datetime) -> int | None:
        """Only the revision (a cheap check that a cached copy is current); None as for :meth:`get`."""
        query = select(live_sessions.c.revision).where(
            live_sessions.c.id == session_id, live_sessions.c.updated_at >= since
        )
        with db.translated_errors(self.engine.url), self.engine.connect() as conn:
            found = conn.execute(query).scalar()
        return None if found is None else int(found)

    def update(self, session_id: str, *, expected: int, state: dict[str, Any], now: datetime) -> bool:
        """Write ``state`` as revision ``expected + 1``; False when the row is not at ``expected`` (or gone)."""
        query = (
            update(live_sessions)
            .where(live_sessions.c.id == session_id, live_sessions.c.revision == expected)
            .values(revision=expected + 1, state=_dump(state), updated_at=now)
        )
        with db.translated_errors(self.engine.url), db.write_transaction(self.engine) as conn:
            return conn.execute(query).rowcount == 1

    def delete_before(self, cutoff: datetime) -> int:
        """Drop the sessions last written before ``cutoff``; how many went."""
        query = delete(live_sessions).where(live_sessions.c.updated_at < cutoff)
        with db.translated_errors(self.engine.url), db.write_transaction(self.engine) as conn:
            return int(conn.execute(query).rowcount)


def _dump(state: dict[str, Any]) -> str:
    return json.dumps(state, ensure_ascii=False, separators=(",", ":"))
