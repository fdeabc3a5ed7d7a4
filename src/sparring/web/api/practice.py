"""The API for practice: analyse a text; live rehearsal and flip sessions and their turns; saved sessions.

A live session is kept in the store (every turn before its answer; see
:mod:`sparring.services.live`) under the id ``POST /cases/{slug}/rehearsals`` returns, so any
worker, or the server after a restart, carries it on; it is saved with the case when it ends.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from sparring.model.errors import SparringError
from sparring.web import lookups
from sparring.web.api import schemas
from sparring.web.deps import LiveStore, Memo, Store
from sparring.web.live_sessions import Live
from sparring.web.practice import (
    MAX_TEXT_CHARS,
    add_gaps,
    check_text,
    play,
    resume,
    start_flip,
    start_rehearsal,
    state_json,
)
from sparring.web.work import Heavy

router = APIRouter(responses=schemas.ERRORS)

Slug = Annotated[str, Path(pattern=schemas.SLUG, description="The case's name in the store.")]
SessionId = Annotated[str, Path(pattern=schemas.SESSION_ID, description="A live session's id.")]


def _live(request: Request, store: Store, memo: Memo, live: LiveStore, session_id: str) -> Live:
    """The live session, rebuilt from the store when this process does not hold it."""
    from sparring.web.coach import voices
    from sparring.web.llm_settings import settings_file

    voice = voices(settings_file(request.app.state.settings.llm_config), store)
    return resume(live, store, memo, session_id, voice=voice)


@router.post("/analyze", name="api_analyze", tags=["analysis"], summary="Tag a text: spans, principles, suggestions")
async def analyze(store: Store, memo: Memo, heavy: Heavy, body: schemas.AnalyzeIn) -> JSONResponse:
    from sparring.services.language import analyse_text

    def compute() -> JSONResponse:
        case = lookups.stored(store, memo, body.case, body.version).case if body.case else None
        check_text(body.text, MAX_TEXT_CHARS)
        check_text(body.previous or "", MAX_TEXT_CHARS)
        return JSONResponse(analyse_text(body.text, case, body.previous).as_json())

    return await heavy(compute)


@router.post(
    "/cases/{slug}/rehearsals",
    name="api_start_rehearsal",
    status_code=201,
    response_model=schemas.LiveOut,
    response_model_exclude_none=True,
    tags=["rehearsal"],
    summary="Start a live rehearsal (or flip session) on the latest version",
)
def start(
    request: Request, store: Store, memo: Memo, live: LiveStore, slug: Slug, body: schemas.RehearsalIn
) -> dict[str, Any]:
    from sparring.web.coach import live_narrator
    from sparring.web.llm_settings import settings_file

    stored = lookups.stored(store, memo, slug)
    voice = live_narrator(settings_file(request.app.state.settings.llm_config), store, stored.case)
    if body.mode == "flip":
        session = start_flip(live, store, stored.case, slug, stored.version, voice)
    else:
        session = start_rehearsal(live, store, stored.case, slug, stored.version, body.seed, body.style, voice)
    return state_json(session)


@router.get(
    "/rehearsals/{session_id}",
    name="api_rehearsal",
    response_model=schemas.LiveOut,
    response_model_exclude_none=True,
    tags=["rehearsal"],
    summary="A live session: transcript, and the scorecard once it has ended",
)
def get_rehearsal(request: Request, store: Store, memo: Memo, live: LiveStore, session_id: SessionId) -> dict[str, Any]:
    return state_json(_live(request, store, memo, live, session_id))


@router.post(
    "/rehearsals/{session_id}/turns",
    name="api_turn",
    response_model=schemas.TurnOut,
    response_model_exclude_none=True,
    tags=["rehearsal"],
    summary="Play one turn or command; the session is saved when it ends",
)
def turn(
    request: Request, store: Store, memo: Memo, live: LiveStore, session_id: SessionId, body: schemas.TurnIn
) -> dict[str, Any]:
    session = _live(request, store, memo, live, session_id)
    played = play(session, body.text, store, live)
    out: dict[str, Any] = {
        "reply": played.reply,
        "move": played.move,
        "feedback": played.feedback,
        "ended": session.ended,
        "saved_session": session.saved_id,
    }
    if session.rehearsal is not None:
        out["entries"] = [e.as_json() for e in session.rehearsal.transcript[played.start :]]
        out["scorecard"] = session.rehearsal.scorecard().as_json() if session.ended else None
    elif session.flip is not None:
        out["entries"] = list(session.flip.transcript[played.start :])
        out["gaps"] = list(session.flip.gaps)
    return out


@router.post(
    "/rehearsals/{session_id}/gaps",
    name="api_add_gaps",
    response_model=schemas.GapsOut,
    tags=["rehearsal"],
    summary="Add a flip session's gaps to the case's objections (a new version)",
)
def gaps(
    request: Request, store: Store, memo: Memo, live: LiveStore, session_id: SessionId, body: schemas.GapsIn
) -> schemas.GapsOut:
    session = _live(request, store, memo, live, session_id)
    if session.flip is None:
        raise SparringError("only flip sessions have gaps", hint="start one with mode: flip", kind="invalid")
    wanted = body.gaps if body.gaps is not None else [g for g in session.flip.gaps if g not in session.added_gaps]
    before = len(session.added_gaps)
    version = add_gaps(session, store, wanted, live)
    return schemas.GapsOut(slug=session.slug, version=version, added=session.added_gaps[before:])


@router.get(
    "/cases/{slug}/sessions",
    name="api_sessions",
    response_model=list[schemas.SessionSummary],
    tags=["rehearsal"],
    summary="Saved rehearsal and flip sessions of a case, oldest first, with scores",
)
def saved_sessions(
    store: Store, slug: Slug, mode: Annotated[str | None, Query(pattern="^(rehearse|flip)$")] = None
) -> list[dict[str, Any]]:
    from sparring.services.rehearsal import sessions

    return [s.summary() for s in sessions(store, slug) if mode is None or s.mode == mode]


@router.get(
    "/cases/{slug}/sessions/{session_id}",
    name="api_saved_session",
    response_model=schemas.SessionOut,
    tags=["rehearsal"],
    summary="One saved session: transcript and scorecard (flip: answered and gaps)",
)
def saved_session(store: Store, slug: Slug, session_id: Annotated[int, Path(ge=1, le=2**31)]) -> dict[str, Any]:
    from sparring.services.rehearsal import sessions

    found = next((s for s in sessions(store, slug) if s.id == session_id), None)
    if found is None:
        raise SparringError(f"{slug} has no saved session {session_id}", kind="not_found")
    return {**found.summary(), "transcript": found.transcript, "scorecard": found.scorecard}
