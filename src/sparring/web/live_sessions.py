"""Rehearsals in progress in this process: a cache over the store, keyed by an unguessable id.

A live rehearsal (or flip session) is the engine's session object plus what the page needs to
redraw it after a reload: the coach's notes between turns (hints, the standing offer) and
whether it has been saved yet. What makes it durable is the store
(:mod:`sparring.services.live`): every turn is written there before its reply is shown, and a
session that is not here (dropped from this cache, started by another worker, or before a
restart) is rebuilt from it by :func:`sparring.web.practice.resume`. The cache is bounded: at
most ``max_live`` sessions (the least recently used goes first), each dropped after ``ttl_s``
seconds without a turn; dropping one costs a replay, never a turn.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sparring.services.live import KEEP_S, FlipSession, Mode, Note, Record, RehearsalSession

__all__ = ["ID_PATTERN", "MAX_LIVE", "TTL_S", "Live", "LiveSessions", "Mode", "Note"]

MAX_LIVE = 50
TTL_S = 2 * 60 * 60
ID_PATTERN = r"^[A-Za-z0-9_-]{16,32}$"


@dataclass
class Live(Record):
    """One session in progress: its stored record, the engine's session and this process's extras."""

    rehearsal: RehearsalSession | None = None
    flip: FlipSession | None = None
    voice: Any = None
    """The narrator (a configured language model wording the lines), or None when offline."""
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    touched: float = 0.0
    stale: bool = False
    """Its last write to the store failed: it is ahead of the store, and no request may use it."""

    @property
    def ended(self) -> bool:
        if self.rehearsal is not None:
            return self.rehearsal.ended
        return self.flip is not None and self.flip.ended


def new_id() -> str:
    return secrets.token_urlsafe(12)


class LiveSessions:
    """A thread-safe, bounded, expiring cache of live sessions."""

    def __init__(
        self,
        max_live: int = MAX_LIVE,
        ttl_s: float = TTL_S,
        keep_s: float = KEEP_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._items: OrderedDict[str, Live] = OrderedDict()
        self._lock = threading.Lock()
        self.max_live = max_live
        self.ttl_s = ttl_s
        self.keep_s = keep_s
        """How long the store keeps a session after its last turn (:data:`sparring.services.live.KEEP_S`)."""
        self.clock = clock

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._items)

    def put(self, live: Live) -> Live:
        """Keep ``live`` (as the newest); a copy already here at the same or a later revision wins."""
        with self._lock:
            self._expire()
            known = self._items.get(live.id)
            if known is not None and not known.stale and known.revision >= live.revision:
                live = known
            else:
                self._items.pop(live.id, None)
                while len(self._items) >= self.max_live:
                    self._items.popitem(last=False)
            live.touched = self.clock()
            self._items[live.id] = live
            self._items.move_to_end(live.id)
            return live

    def find(self, session_id: str) -> Live | None:
        """The cached session (marked as just used), or None."""
        with self._lock:
            self._expire()
            live = self._items.get(session_id)
            if live is None or live.stale:
                return None
            live.touched = self.clock()
            self._items.move_to_end(session_id)
            return live

    def drop(self, session_id: str) -> None:
        with self._lock:
            self._items.pop(session_id, None)

    def _expire(self) -> None:
        now = self.clock()
        stale = [key for key, live in self._items.items() if now - live.touched > self.ttl_s]
        for key in stale:
            del self._items[key]
