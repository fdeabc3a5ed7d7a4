"""Rehearsals in progress kept in the store: written on start and after every turn, rebuilt by replay.

A rehearsal is deterministic from its case version, seed, style and the user's turns in order
(:mod:`sparring.engines.sim.session`), and a flip session from its case version and turns, so
the store keeps those, not the engine's objects. It also keeps the lines the page showed for
each turn: when a language model worded the counterpart's (or the coach's) lines, the replay
says the same words again instead of asking the model, so a rebuilt transcript reads as the
one the user saw, and the counterpart hears its own earlier lines as they were said. What the
page showed between turns (hints, notes, ``/pause`` feedback) and the saved session's id are
kept with them.

A session expires :data:`KEEP_S` (seven days) after its last turn; starting a session deletes
the expired ones, so the table stays bounded by a week's sessions. A finished one is also
saved as a session of its case (:func:`sparring.services.rehearsal.save`), which is what
lasts.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from sparring.engines.sim.flip import FlipSession as FlipSession  # the session types the web app keeps
from sparring.engines.sim.session import RehearsalSession as RehearsalSession
from sparring.model.case import Case
from sparring.model.errors import SparringError

if TYPE_CHECKING:
    from sparring.engines.sim.moves import Move
    from sparring.store.live import LiveRow
    from sparring.store.repository import CaseStore

Mode = Literal["rehearse", "flip"]
KEEP_S = 7 * 24 * 60 * 60
"""A live session is kept this long after its last turn (seven days), then it is gone."""


@dataclass(frozen=True)
class Turn:
    """One line the user sent to the engine, and the lines the page showed in answer (in order)."""

    text: str
    said: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    """Something the coach said between turns, shown after transcript entry ``position``."""

    position: int
    kind: str  # "hint", "info" or "feedback"
    text: str


@dataclass
class Record:
    """What the store keeps of one live session; ``revision`` is the write it was read at."""

    id: str
    mode: Mode
    slug: str
    version: int
    seed: int = 0
    style: str | None = None
    turns: list[Turn] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    feedback: dict[int, str] = field(default_factory=dict)
    saved_id: int | None = None
    score: int | None = None
    narration: str | None = None
    added_gaps: list[str] = field(default_factory=list)
    added_version: int | None = None
    revision: int = 0

    def state(self) -> dict[str, Any]:
        return {
            "turns": [{"text": t.text, "said": list(t.said)} for t in self.turns],
            "notes": [[n.position, n.kind, n.text] for n in self.notes],
            "feedback": {str(k): v for k, v in self.feedback.items()},
            "saved_id": self.saved_id,
            "score": self.score,
            "narration": self.narration,
            "added_gaps": self.added_gaps,
            "added_version": self.added_version,
        }

    @classmethod
    def from_row(cls, row: LiveRow) -> Record:
        state = row.state
        mode: Mode = "flip" if row.mode == "flip" else "rehearse"
        return cls(
            row.id,
            mode,
            row.case_slug,
            row.case_version,
            row.seed,
            row.style,
            [Turn(t["text"], tuple(t["said"])) for t in state.get("turns", [])],
            [Note(int(p), str(k), str(t)) for p, k, t in state.get("notes", [])],
            {int(k): str(v) for k, v in state.get("feedback", {}).items()},
            state.get("saved_id"),
            state.get("score"),
            state.get("narration"),
            list(state.get("added_gaps", [])),
            state.get("added_version"),
            row.revision,
        )


def _now() -> datetime:
    return datetime.now(UTC)


def begin(store: CaseStore, record: Record, keep_s: float = KEEP_S) -> None:
    """Keep a new session (before its first page is shown), deleting the expired ones."""
    from sparring.store.live import LiveSessionStore

    live = LiveSessionStore(store)
    now = _now()
    live.delete_before(now - timedelta(seconds=keep_s))
    live.create(
        session_id=record.id,
        case_slug=record.slug,
        case_version=record.version,
        mode=record.mode,
        seed=record.seed,
        style=record.style,
        state=record.state(),
        now=now,
    )


def commit(store: CaseStore, record: Record) -> None:
    """Write the session after a turn (before its reply is shown) as ``record.revision + 1``.

    A conflict when another worker (or tab) wrote a turn since this copy was read: the caller
    must drop its copy, and the user reloads to see where the session stands.
    """
    from sparring.store.live import LiveSessionStore

    if not LiveSessionStore(store).update(record.id, expected=record.revision, state=record.state(), now=_now()):
        raise SparringError(
            "this rehearsal went on in another tab or window",
            hint="Reload the page to see where it stands, then carry on.",
            kind="conflict",
        )
    record.revision += 1


def revision(store: CaseStore, session_id: str, keep_s: float = KEEP_S) -> int | None:
    """The stored revision of a live session (None when there is none or it expired)."""
    from sparring.store.live import LiveSessionStore

    return LiveSessionStore(store).revision(session_id, since=_now() - timedelta(seconds=keep_s))


def load(store: CaseStore, session_id: str, keep_s: float = KEEP_S) -> Record | None:
    """A live session as stored (None when there is none or it expired)."""
    from sparring.store.live import LiveSessionStore

    row = LiveSessionStore(store).get(session_id, since=_now() - timedelta(seconds=keep_s))
    return None if row is None else Record.from_row(row)


class _Replay:
    """The ``phrase`` of a rehearsal being replayed: the lines shown then, in order; the template after them."""

    def __init__(self) -> None:
        self.lines: deque[str] = deque()

    def __call__(self, _move: Move, template_line: str) -> str:
        return self.lines.popleft() if self.lines else template_line


def rebuild_rehearsal(case: Case, record: Record) -> RehearsalSession:
    """The rehearsal as it stood after the record's turns, with the lines that were shown.

    Its ``phrase`` is None afterwards: the caller sets the narrator for the turns to come.
    """
    from sparring.services import rehearsal

    replay = _Replay()
    session = rehearsal.start(case, seed=record.seed, style=record.style, narrator=replay)
    for turn in record.turns:
        replay.lines = deque(turn.said)
        session.turn(turn.text)
    session.phrase = None
    return session


def rebuild_flip(case: Case, record: Record) -> FlipSession:
    """The flip session as it stood after the record's turns, the coach's lines as they were shown."""
    flip = FlipSession(case)
    for turn in record.turns:
        start = len(flip.transcript)
        flip.turn(turn.text)
        coach = [e for e in flip.transcript[start:] if e["speaker"] == "coach"]
        for entry, said in zip(coach, turn.said, strict=False):
            entry["text"] = said
    return flip


def said_since(session: RehearsalSession | FlipSession, start: int) -> tuple[str, ...]:
    """The lines the other side said from transcript entry ``start``: what a replay must say again."""
    if isinstance(session, RehearsalSession):
        return tuple(e.text for e in session.transcript[start:] if e.speaker == "them")
    return tuple(e["text"] for e in session.transcript[start:] if e["speaker"] == "coach")
