"""Use cases: rehearse a case against the simulated counterpart, flip roles, keep the sessions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sparring.engines.ear import Reading
from sparring.engines.sim.flip import FlipSession
from sparring.engines.sim.session import RehearsalSession
from sparring.model.case import Case
from sparring.model.errors import SparringError

if TYPE_CHECKING:
    from sparring.engines.sim.scorecard import Scorecard as Scorecard  # what the interfaces render
    from sparring.model.levers import Package
    from sparring.store.repository import CaseStore, VersionInfo
    from sparring.store.sessions import SavedSession

Narrator = Callable[[Any, str], str]


def start(case: Case, *, seed: int = 0, style: str | None = None, narrator: Narrator | None = None) -> RehearsalSession:
    """A new rehearsal; ``narrator`` (an LLM wrapper) may rephrase the decided moves."""
    if style is not None and style not in ("hard", "balanced", "soft"):
        raise SparringError(f"unknown style {style!r}", hint="Use hard, balanced or soft.")
    if not case.levers:
        raise SparringError("the case has no levers to negotiate", hint="Add levers with ranges (see `sparring new`).")
    return RehearsalSession(case, seed=seed, style=style, phrase=narrator)


def run_script(session: RehearsalSession, lines: list[str]) -> None:
    """Play the user's turns from a script (one turn per non-empty line; # starts a comment)."""
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if session.turn(text).ended:
            break


HEAR_MAX_CHARS = 4000
"""One turn is a few sentences; a longer text is refused with a clear error."""


def hear(
    case: Case, text: str, *, after: list[str] | None = None, seed: int = 0, style: str | None = None
) -> tuple[Reading, RehearsalSession]:
    """What the counterpart hears in ``text``, after replaying the earlier turns ``after`` (so "that"
    and "your offer" mean its standing offer). Nothing is saved."""
    if not text.strip():
        raise SparringError("nothing to hear: the text is empty", hint='Give a turn: --text "I\'m asking for 136k."')
    if len(text) > HEAR_MAX_CHARS:
        raise SparringError(
            f"the turn is {len(text):,} characters; one turn is at most {HEAR_MAX_CHARS:,}",
            hint="Give one turn at a time.",
        )
    session = start(case, seed=seed, style=style)
    run_script(session, after or [])
    if session.ended:
        raise SparringError(
            "the earlier turns already ended the rehearsal",
            hint="Leave out the last of the earlier turns (an acceptance or a walk-out ends it).",
        )
    return session.hear(text.strip()), session


@dataclass(frozen=True)
class SavedRun:
    id: int | None
    score: int


Delivery = dict[int, dict[str, Any]]
"""Transcript entry index -> how that spoken turn was delivered (services/speech.py)."""


def transcript_json(session: RehearsalSession, delivery: Delivery | None = None) -> list[dict[str, Any]]:
    """The transcript as saved; a spoken turn's entry carries its ``delivery`` (pace, pauses, …)."""
    entries = [e.as_json() for e in session.transcript]
    for index, measures in (delivery or {}).items():
        entries[index]["delivery"] = measures
    return entries


def save(
    store: CaseStore | None,
    slug: str | None,
    version: int | None,
    session: RehearsalSession,
    delivery: Delivery | None = None,
) -> SavedRun:
    """Keep the transcript (with each spoken turn's delivery) and scorecard, when the case is stored."""
    card = session.scorecard()
    if store is None or slug is None:
        return SavedRun(None, card.score)
    from sparring.store.sessions import SessionStore

    saved = SessionStore(store).save(
        case_slug=slug,
        case_version=version,
        mode="rehearse",
        seed=session.seed,
        style=session.style,
        outcome=card.outcome,
        score=card.score,
        transcript=transcript_json(session, delivery),
        scorecard=card.as_json(),
    )
    return SavedRun(saved, card.score)


def start_flip(case: Case) -> FlipSession:
    """Roles flipped: the coach argues the user's plan from the case, the user plays the sceptic."""
    return FlipSession(case)


def heard_text(reading: Reading, case: Case) -> str:
    """A heard turn in one line ("Heard: a proposal (133k from April) · a receipt (ev-cost)")."""
    from sparring.engines.sim.heard import heard_line

    return heard_line(reading, case)


def package_text(case: Case, package: Package) -> str:
    """A package in the counterpart's words ("130k from April plus a 5,000 retention bonus")."""
    from sparring.engines.sim.phrasing import say_package

    return say_package(case, package)


def save_flip(store: CaseStore | None, slug: str | None, version: int | None, flip: FlipSession) -> int | None:
    if store is None or slug is None:
        return None
    from sparring.store.sessions import SessionStore

    summary = flip.summary()
    return SessionStore(store).save(
        case_slug=slug,
        case_version=version,
        mode="flip",
        seed=0,
        style="-",
        outcome="ended",
        score=None,
        transcript=flip.transcript,
        scorecard=summary,
    )


def sessions(store: CaseStore, slug: str) -> list[SavedSession]:
    from sparring.store.sessions import SessionStore

    store.get(slug)  # a clear error for an unknown case
    return SessionStore(store).for_case(slug)


def saved_session(store: CaseStore, slug: str, session_id: int) -> SavedSession:
    """One saved session of a case (a clear not-found error otherwise)."""
    saved = next((s for s in sessions(store, slug) if s.id == session_id), None)
    if saved is None:
        raise SparringError(f"{slug} has no saved session {session_id}", kind="not_found")
    return saved


def rehearsal_count(store: CaseStore, slug: str) -> int:
    from sparring.store.sessions import SessionStore

    return SessionStore(store).count(slug)


def add_gaps(store: CaseStore, slug: str, gaps: list[str]) -> VersionInfo:
    """Add flip-mode gaps to the case's objections (without counters yet) as a new version,
    keeping the case file's comments (one comment-keeping save: :func:`cases.revise`)."""
    from sparring.services.cases import revise

    stored = store.get(slug)
    known = {o.text for o in stored.case.objections}
    new = [
        {"id": f"obj-gap-{i + 1 + len(stored.case.objections)}", "text": g}
        for i, g in enumerate(dict.fromkeys(gaps))
        if g not in known
    ]
    objections = list(stored.case.to_data().get("objections", [])) + new
    return revise(store, slug, {("objections",): objections}, note=f"added {len(new)} objection(s) found in flip mode")
