"""Saved rehearsal sessions (transcript and scorecard), listed per case with their scores."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Index, Integer, String, Table, Text, func, insert, select

from sparring.model.errors import SparringError
from sparring.store import db
from sparring.store.repository import CaseStore
from sparring.store.tables import UTCDateTime, metadata

rehearsal_sessions = Table(
    "rehearsal_sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_slug", String(64), nullable=False),
    Column("case_version", Integer, nullable=True),
    Column("mode", String(16), nullable=False),
    Column("seed", Integer, nullable=False),
    Column("style", String(16), nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("outcome", String(32), nullable=False),
    Column("score", Integer, nullable=True),
    Column("transcript", Text, nullable=False),
    Column("scorecard", Text, nullable=False),
    Index("ix_rehearsal_sessions_case_slug", "case_slug"),
)


@dataclass(frozen=True)
class SavedSession:
    id: int
    case_slug: str
    case_version: int | None
    mode: str
    seed: int
    style: str
    started_at: datetime
    outcome: str
    score: int | None
    transcript: list[dict[str, Any]]
    scorecard: dict[str, Any]

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case": self.case_slug,
            "version": self.case_version,
            "mode": self.mode,
            "seed": self.seed,
            "style": self.style,
            "started_at": self.started_at.isoformat(),
            "outcome": self.outcome,
            "score": self.score,
        }


class SessionStore:
    """Rehearsal sessions in the same database as the cases."""

    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self.engine = store.engine

    def save(
        self,
        *,
        case_slug: str,
        case_version: int | None,
        mode: str,
        seed: int,
        style: str,
        outcome: str,
        score: int | None,
        transcript: list[dict[str, Any]],
        scorecard: dict[str, Any],
    ) -> int:
        row = {
            "case_slug": case_slug,
            "case_version": case_version,
            "mode": mode,
            "seed": seed,
            "style": style,
            "started_at": datetime.now(UTC),
            "outcome": outcome,
            "score": score,
            "transcript": json.dumps(transcript, ensure_ascii=False, default=str),
            "scorecard": json.dumps(scorecard, ensure_ascii=False, default=str),
        }
        with db.translated_errors(self.engine.url), db.write_transaction(self.engine) as conn:
            key = conn.execute(insert(rehearsal_sessions).values(**row)).inserted_primary_key
        assert key is not None
        return int(key[0])

    def for_case(self, case_slug: str) -> list[SavedSession]:
        query = (
            select(rehearsal_sessions)
            .where(rehearsal_sessions.c.case_slug == case_slug)
            .order_by(rehearsal_sessions.c.id)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [self._read(r) for r in rows]

    def count(self, case_slug: str) -> int:
        query = select(func.count()).select_from(rehearsal_sessions).where(rehearsal_sessions.c.case_slug == case_slug)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def get(self, session_id: int) -> SavedSession:
        with self.engine.connect() as conn:
            row = conn.execute(select(rehearsal_sessions).where(rehearsal_sessions.c.id == session_id)).first()
        if row is None:
            raise SparringError(f"no rehearsal session {session_id}", kind="not_found")
        return self._read(row)

    @staticmethod
    def _read(row: Any) -> SavedSession:
        return SavedSession(
            row.id,
            row.case_slug,
            row.case_version,
            row.mode,
            row.seed,
            row.style,
            row.started_at,
            row.outcome,
            row.score,
            json.loads(row.transcript),
            json.loads(row.scorecard),
        )
