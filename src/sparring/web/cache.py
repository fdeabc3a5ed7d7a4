"""A small memo for results computed from one stored version of a case.

Saved versions never change, so a check report, a deal analysis or a stress test computed for
``(slug, version, …)`` stays true for as long as the process runs: we compute it once and
serve every later page from memory. This is what keeps pages fast with many users; nothing is
ever invalidated because nothing it keys on can change.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
MAX_ENTRIES = 512


class VersionMemo:
    """A thread-safe LRU of computed values; concurrent misses of one key compute it once."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._key_locks: dict[Hashable, threading.Lock] = {}
        self._max = max_entries

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]  # type: ignore[no-any-return]
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:
                if key in self._values:
                    return self._values[key]  # type: ignore[no-any-return]
            value = compute()
            with self._lock:
                self._values[key] = value
                while len(self._values) > self._max:
                    self._values.popitem(last=False)
                self._key_locks.pop(key, None)
            return value
