"""Opening a store waits (bounded) for another process's migration instead of failing busy.

Two `sparring` commands started at once on a new SQLite file both migrate it; on a slow or
loaded machine the second used to fail with "the store is busy" (a clean-clone `make test` hit
it in test_store_processes). Here a real lock is held on the file by a second connection.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from sparring.store.repository import CaseStore


def test_a_store_opens_once_another_writer_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "sparring.db"
    sqlite3.connect(path).close()
    holder = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    released = threading.Timer(1.0, lambda: holder.execute("COMMIT"))
    released.start()
    started = time.monotonic()
    try:
        with CaseStore(f"sqlite:///{path}", busy_timeout=0.1) as store:
            assert store.list() == []
    finally:
        released.join()
        holder.close()
    assert time.monotonic() - started >= 0.9  # it waited for the lock rather than failing at once
