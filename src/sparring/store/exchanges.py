"""The LLM exchange log: what was sent to a model, what came back, how long it took, whether it fell back.

It implements ``sparring.llm.log.ExchangeLog`` by shape (the store never imports ``llm``).
Rows hold messages and replies, never request headers, so no API key is stored; as a second
guard, anything shaped like a key that a user pasted into a message is masked before writing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Engine, Float, Index, Integer, String, Table, Text, insert, select

from sparring.model.errors import SparringError
from sparring.store import db
from sparring.store.repository import CaseStore
from sparring.store.tables import UTCDateTime, metadata

llm_exchanges = Table(
    "llm_exchanges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("feature", String(64), nullable=False),
    Column("prompt_version", String(32), nullable=False),
    Column("provider", String(32), nullable=False),
    Column("model", String(200), nullable=False),
    Column("messages", Text, nullable=False),
    Column("response", Text, nullable=True),
    Column("latency_ms", Float, nullable=True),
    Column("prompt_tokens", Integer, nullable=True),
    Column("completion_tokens", Integer, nullable=True),
    Column("fallback", Boolean, nullable=False),
    Column("error", Text, nullable=True),
    Index("ix_llm_exchanges_created_at", "created_at"),
)

_KEYLIKE = re.compile(
    r"\b(sk-[A-Za-z0-9_\-]{16,}|(?:bearer|api[_-]?key|token)[\"'\s:=]+[A-Za-z0-9._\-]{16,})", re.IGNORECASE
)
MAX_LIMIT = 1000


@dataclass(frozen=True)
class StoredExchange:
    """One logged exchange, as read back."""

    id: int
    created_at: datetime
    feature: str
    prompt_version: str
    provider: str
    model: str
    messages: list[dict[str, str]]
    response: str | None
    latency_ms: float | None
    prompt_tokens: int | None
    completion_tokens: int | None
    fallback: bool
    error: str | None

    def as_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["created_at"] = self.created_at.isoformat()
        return data


def mask_keys(text: str) -> str:
    """``text`` with anything shaped like an API key or bearer token replaced by ``***``."""
    return _KEYLIKE.sub("***", text)


class ExchangeStore:
    """Appends and lists LLM exchanges in the same database as the cases."""

    def __init__(self, target: CaseStore | Engine | str) -> None:
        self._owned = isinstance(target, str)
        if isinstance(target, CaseStore):
            self.engine = target.engine  # already migrated when the case store opened
        else:
            self.engine = db.create_store_engine(target) if isinstance(target, str) else target
            with self._errors():
                db.upgrade(self.engine)

    def record(
        self,
        *,
        feature: str,
        prompt_version: str,
        provider: str,
        model: str,
        messages: Sequence[Mapping[str, str]],
        response: str | None,
        latency_ms: float | None,
        prompt_tokens: int | None,
        completion_tokens: int | None,
        fallback: bool,
        error: str | None,
    ) -> int:
        """Append one exchange; returns its id."""
        shown = [{"role": str(m.get("role", "")), "content": mask_keys(str(m.get("content", "")))} for m in messages]
        row = {
            "created_at": datetime.now(UTC),
            "feature": feature[:64],
            "prompt_version": prompt_version[:32],
            "provider": provider[:32],
            "model": model[:200],
            "messages": json.dumps(shown, ensure_ascii=False),
            "response": mask_keys(response) if response is not None else None,
            "latency_ms": latency_ms,
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "fallback": fallback,
            "error": mask_keys(error) if error is not None else None,
        }
        with self._errors(), db.write_transaction(self.engine) as conn:
            key = conn.execute(insert(llm_exchanges).values(**row)).inserted_primary_key
        assert key is not None
        return int(key[0])

    def recent(self, limit: int = 20) -> list[StoredExchange]:
        """The latest ``limit`` exchanges, newest first."""
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            raise SparringError(f"{limit!r} is not a number of exchanges; use 1 to {MAX_LIMIT}", kind="invalid")
        query = select(llm_exchanges).order_by(llm_exchanges.c.id.desc()).limit(limit)
        with self._errors(), self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            StoredExchange(
                id=row.id,
                created_at=row.created_at,
                feature=row.feature,
                prompt_version=row.prompt_version,
                provider=row.provider,
                model=row.model,
                messages=json.loads(row.messages),
                response=row.response,
                latency_ms=row.latency_ms,
                prompt_tokens=row.prompt_tokens,
                completion_tokens=row.completion_tokens,
                fallback=bool(row.fallback),
                error=row.error,
            )
            for row in rows
        ]

    def close(self) -> None:
        """Release the connections, if this store opened them."""
        if self._owned:
            self.engine.dispose()

    def _errors(self) -> AbstractContextManager[None]:
        return db.translated_errors(self.engine.url)
