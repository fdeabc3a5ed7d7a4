"""Rehearsals in progress: kept in this process's memory, keyed by an unguessable id.

A live rehearsal (or flip session) is the engine's session object plus what the page needs to
redraw it after a reload: the coach's notes between turns (hints, the standing offer) and
whether it has been saved yet. The registry is bounded: at most ``max_live`` sessions (the
least recently used goes first) and each expires after ``ttl_s`` seconds without a turn. A
rehearsal is written to the store when it ends (scorecard and transcript), so an evicted
session loses only an unfinished conversation.

One process holds the registry: several web workers need sticky sessions (see docs/web.md).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from sparring.engines.sim.flip import FlipSession
from sparring.engines.sim.session import RehearsalSession
from sparring.model.errors import SparringError

Mode = Literal["rehearse", "flip"]
MAX_LIVE = 50
TTL_S = 2 * 60 * 60
ID_PATTERN = r"^[A-Za-z0-9_-]{16,32}$"


@dataclass(frozen=True)
class Note:
    """Something the coach said between turns, shown after transcript entry ``position``."""

    position: int
    kind: str  # "hint", "info" or "feedback"
    text: str


@dataclass
class Live:
    """One session in progress."""

    id: str
    mode: Mode
    slug: str
    version: int
    rehearsal: RehearsalSession | None = None
    flip: FlipSession | None = None
    notes: list[Note] = field(default_factory=list)
    feedback: dict[int, str] = field(default_factory=dict)
    """Feedback a command gave (``/pause``) for the transcript entry at that index."""
    saved_id: int | None = None
    score: int | None = None
    added_gaps: list[str] = field(default_factory=list)
    added_version: int | None = None
    voice: Any = None
    """The narrator (a configured language model wording the lines), or None when offline."""
    narration: str | None = None
    """At the end: how many lines the model worded and how many fell back to the template."""
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    touched: float = 0.0

    @property
    def ended(self) -> bool:
        if self.rehearsal is not None:
            return self.rehearsal.ended
        return self.flip is not None and self.flip.ended


class LiveSessions:
    """A thread-safe, bounded, expiring map of live sessions."""

    def __init__(
        self, max_live: int = MAX_LIVE, ttl_s: float = TTL_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._items: OrderedDict[str, Live] = OrderedDict()
        self._lock = threading.Lock()
        self.max_live = max_live
        self.ttl_s = ttl_s
        self.clock = clock

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._items)

    def add(
        self,
        mode: Mode,
        slug: str,
        version: int,
        *,
        rehearsal: RehearsalSession | None = None,
        flip: FlipSession | None = None,
        voice: Any = None,
    ) -> Live:
        live = Live(secrets.token_urlsafe(12), mode, slug, version, rehearsal=rehearsal, flip=flip, voice=voice)
        with self._lock:
            self._expire()
            while len(self._items) >= self.max_live:
                self._items.popitem(last=False)
            live.touched = self.clock()
            self._items[live.id] = live
        return live

    def get(self, session_id: str, slug: str | None = None, mode: Mode | None = None) -> Live:
        """The live session (marked as just used); ``not_found`` when it expired, was evicted or never was."""
        with self._lock:
            self._expire()
            live = self._items.get(session_id)
            if live is not None and (slug is None or live.slug == slug) and (mode is None or live.mode == mode):
                live.touched = self.clock()
                self._items.move_to_end(session_id)
                return live
        raise SparringError(
            "this rehearsal is no longer live",
            hint=f"Live sessions last {self.ttl_s // 60:.0f} minutes without a turn, and at most {self.max_live} "
            "are kept; finished ones are saved with the case's sessions. Start a new one.",
            kind="not_found",
        )

    def _expire(self) -> None:
        now = self.clock()
        stale = [key for key, live in self._items.items() if now - live.touched > self.ttl_s]
        for key in stale:
            del self._items[key]
