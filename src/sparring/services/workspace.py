"""The store a command works on, and the LLM exchange log in it: opened here, so the CLI never
touches a repository itself.

The interface chooses the database URL (``--db``, or None for the default SQLite file in the
data folder); this opens it once per process and URL, so every command of one run shares one
engine. The record types the interfaces name in their signatures are re-exported here, so the
interfaces depend on the services' vocabulary, not on the store's modules.
"""

from __future__ import annotations

import threading

from sparring.store.exchanges import ExchangeStore, StoredExchange
from sparring.store.repository import SLUG_PATTERN, CaseStore, CaseSummary, StoredCase, VersionInfo
from sparring.store.sessions import SavedSession

__all__ = [
    "SLUG_PATTERN",
    "CaseStore",
    "CaseSummary",
    "SavedSession",
    "StoredCase",
    "StoredExchange",
    "VersionInfo",
    "exchange_log",
    "open_store",
    "recent_exchanges",
    "shown_url",
    "store_url",
]

_stores: dict[str, CaseStore] = {}
_lock = threading.Lock()


def store_url(url: str | None) -> str:
    """``url``, or the default store in the data folder when none is given."""
    from sparring.store.db import default_url

    return url or default_url()


def shown_url(url: str) -> str:
    """The store's URL as safe to print: its password replaced by ``***``."""
    from sparring.store.db import mask_url

    return mask_url(url)


def open_store(url: str | None) -> CaseStore:
    """The store at ``url`` (default: SQLite in the data folder), opened (and migrated) once per process."""
    chosen = store_url(url)
    with _lock:
        if chosen not in _stores:
            _stores[chosen] = CaseStore(chosen)
        return _stores[chosen]


def exchange_log(store: CaseStore) -> ExchangeStore:
    """The store's log of exchanges with a language model (``record`` masks keys and returns the id)."""
    return ExchangeStore(store)


def recent_exchanges(store: CaseStore, limit: int = 20) -> list[StoredExchange]:
    """The latest ``limit`` exchanges, newest first (``invalid`` outside 1..1000)."""
    return ExchangeStore(store).recent(limit)
