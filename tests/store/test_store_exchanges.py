"""The LLM exchange log on SQLite and PostgreSQL: migration 0002, append, newest first, no keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from sparring.model.errors import SparringError
from sparring.store.exchanges import ExchangeStore, mask_keys
from sparring.store.repository import CaseStore

KEY = "sk-test-SECRET-0123456789abcdef"


def row(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "feature": "counterpart",
        "prompt_version": "2",
        "provider": "openai",
        "model": "gemma-3-270m",
        "messages": [{"role": "user", "content": "What is your budget? Ünïcode ok."}],
        "response": "We can go to 124k.",
        "latency_ms": 812.5,
        "prompt_tokens": 15,
        "completion_tokens": 9,
        "fallback": False,
        "error": None,
    }
    data.update(changes)
    return data


def test_the_table_comes_from_migration_0002(store: CaseStore) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0004"  # head; 0002 made it
    columns = [c["name"] for c in inspect(store.engine).get_columns("llm_exchanges")]
    assert columns == [
        "id", "created_at", "feature", "prompt_version", "provider", "model", "messages", "response",
        "latency_ms", "prompt_tokens", "completion_tokens", "fallback", "error",
    ]  # fmt: skip


def test_record_and_read_back_newest_first(store: CaseStore) -> None:
    log = ExchangeStore(store)
    first = log.record(**row())
    second = log.record(
        **row(provider="offline", model="offline", fallback=True, error="the LLM timed out", response="T")
    )
    assert second > first
    latest, older = log.recent(10)
    assert (latest.id, latest.fallback, latest.error, latest.provider) == (second, True, "the LLM timed out", "offline")
    assert older.messages == [{"role": "user", "content": "What is your budget? Ünïcode ok."}]
    assert (older.latency_ms, older.prompt_tokens, older.completion_tokens) == (812.5, 15, 9)
    assert older.created_at.tzinfo is not None
    assert [e.id for e in log.recent(1)] == [second]
    assert latest.as_json()["created_at"] == latest.created_at.isoformat()


def test_key_shaped_text_is_never_stored(store: CaseStore) -> None:
    log = ExchangeStore(store)
    log.record(
        **row(
            messages=[{"role": "user", "content": f"my key is {KEY}"}],
            response=f"Authorization: Bearer {KEY}",
            error=f"api_key={KEY}",
        )
    )
    with store.engine.connect() as conn:
        stored = " ".join(str(v) for v in conn.execute(text("SELECT * FROM llm_exchanges")).one())
    assert KEY not in stored
    assert mask_keys("a normal sentence about tokens and keys") == "a normal sentence about tokens and keys"


def test_a_url_opens_and_migrates_on_its_own(store_url: str) -> None:
    log = ExchangeStore(store_url)
    try:
        log.record(**row())
        assert len(log.recent()) == 1
    finally:
        log.close()


@pytest.mark.parametrize("limit", [0, -1, 1001, True])
def test_bad_limits_are_rejected(tmp_path: Path, limit: int) -> None:
    with CaseStore(f"sqlite:///{tmp_path / 's.db'}") as store, pytest.raises(SparringError) as caught:
        ExchangeStore(store).recent(limit)
    assert caught.value.kind == "invalid"
