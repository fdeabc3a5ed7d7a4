"""Rehearsal chat and flip mode: start a session, play turns through htmx, see the scorecard.

A session lives in the store under an id in the URL (:mod:`sparring.services.live`; the server
caches it, :mod:`sparring.web.live_sessions`), so a reload, another worker or a restarted
server redraws it. Each turn posts one line (or a command: ``/hint``, ``/pause``, ``/offer``,
``/accept``, ``/end``); htmx appends the fragment with the new lines to the chat, the user's
line with its tags and feedback. Without JavaScript the form posts and the page reloads. A
session is saved to the store when it ends.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response

from sparring.model.errors import SparringError
from sparring.web import lookups, nav
from sparring.web.deps import LiveStore, Memo, Store
from sparring.web.live_sessions import Live
from sparring.web.practice import (
    MAX_TURN_CHARS,
    add_gaps,
    flip_items,
    gaps_view,
    live_scorecard,
    play,
    rehearsal_items,
    resume,
    start_flip,
    start_rehearsal,
)
from sparring.web.render import render
from sparring.web.routes.common import case_context, see_other

router = APIRouter()
nav.register("Rehearse", "rehearse_page", "case", 50)
nav.register("Flip", "flip_page", "case", 52)

STYLES = ("hard", "balanced", "soft")
COMMANDS = (
    ("/hint", "Hint", "A suggestion for your next line, from your plan"),
    ("/pause", "Pause", "Ask for time to think (MIND.DISTANCE)"),
    ("/offer", "Their offer", "Show their standing offer; type /offer lever=value … to propose exact terms"),
    ("/accept", "Accept", "Accept their standing offer"),
    ("/end", "End", "End the session and see the scorecard"),
)
Text = Annotated[str, Form(max_length=2 * MAX_TURN_CHARS)]


def _is_htmx(request: Request) -> bool:
    return bool(request.headers.get("HX-Request"))


def _live(
    request: Request, store: Store, memo: Memo, live: LiveStore, slug: str, sid: str, mode: Literal["rehearse", "flip"]
) -> Live:
    """The live session of this address, rebuilt from the store when this process does not hold it."""
    from sparring.web.coach import voices
    from sparring.web.llm_settings import settings_file

    voice = voices(settings_file(request.app.state.settings.llm_config), store)
    return resume(live, store, memo, sid, slug=slug, mode=mode, voice=voice)


# --- rehearsal ------------------------------------------------------------------------------


@router.get("/cases/{slug}/rehearse", name="rehearse_page", response_class=HTMLResponse)
def rehearse_page(request: Request, store: Store, memo: Memo, slug: str) -> HTMLResponse:
    return _start_page(request, store, memo, slug, None)


def _start_page(
    request: Request, store: Store, memo: Memo, slug: str, problem: SparringError | None, status: int = 200
) -> HTMLResponse:
    from sparring.services.rehearsal import sessions

    stored = lookups.stored(store, memo, slug)
    recent = [s for s in sessions(store, slug) if s.mode == "rehearse"][-3:]
    context = {
        **case_context(stored, "rehearse_page"),
        "styles": STYLES,
        "case_style": stored.case.counterpart.style,
        "problem": problem,
        "recent": list(reversed(recent)),
    }
    return render(request, "rehearse/start.html", context, status)


@router.post("/cases/{slug}/rehearse", name="start_rehearsal")
def start_rehearsal_route(
    request: Request,
    store: Store,
    memo: Memo,
    live: LiveStore,
    slug: str,
    seed: Annotated[int, Form(ge=0, le=2**31)] = 0,
    style: Annotated[str, Form(max_length=16)] = "",
) -> Response:
    from sparring.web.coach import live_narrator
    from sparring.web.llm_settings import settings_file

    stored = lookups.stored(store, memo, slug)
    voice = live_narrator(settings_file(request.app.state.settings.llm_config), store, stored.case)
    try:
        session = start_rehearsal(live, store, stored.case, slug, stored.version, seed, style or None, voice)
    except SparringError as exc:
        return _start_page(request, store, memo, slug, exc, 422)
    return see_other(str(request.app.url_path_for("rehearsal_page", slug=slug, sid=session.id)))


@router.post("/try", name="try_example")
def try_example(
    request: Request,
    store: Store,
    memo: Memo,
    live: LiveStore,
    example: Annotated[str, Form(max_length=40)] = "raise",
) -> Response:
    """The first screen's "Rehearse an example now": a live rehearsal of a shipped example, one click."""
    from sparring.services.examples import stored_example

    slug = stored_example(store, example)
    return start_rehearsal_route(request, store, memo, live, slug, seed=0, style="")


@router.get("/cases/{slug}/rehearse/{sid}", name="rehearsal_page", response_class=HTMLResponse)
def rehearsal_page(request: Request, store: Store, memo: Memo, live: LiveStore, slug: str, sid: str) -> HTMLResponse:
    session = _live(request, store, memo, live, slug, sid, "rehearse")
    stored = lookups.stored(store, memo, slug, session.version)
    assert session.rehearsal is not None
    context = {
        **case_context(stored, "rehearse_page"),
        "live": session,
        "items": rehearsal_items(session),
        "commands": COMMANDS,
        "levers": [lv.id for lv in stored.case.levers],
        "card": live_scorecard(session),
        "max_chars": MAX_TURN_CHARS,
    }
    return render(request, "rehearse/chat.html", context)


@router.post("/cases/{slug}/rehearse/{sid}/turn", name="rehearsal_turn")
def rehearsal_turn(
    request: Request, store: Store, memo: Memo, live: LiveStore, slug: str, sid: str, text: Text = ""
) -> Response:
    session = _live(request, store, memo, live, slug, sid, "rehearse")
    played = play(session, text, store, live)
    if not _is_htmx(request):
        return see_other(str(request.app.url_path_for("rehearsal_page", slug=slug, sid=sid)) + "#composer")
    context: dict[str, Any] = {
        "live": session,
        "items": rehearsal_items(session, played.start, played.notes_from),
        "card": live_scorecard(session),
        "case_slug": slug,
    }
    return render(request, "rehearse/turn.html", context)


# --- flip -----------------------------------------------------------------------------------


@router.get("/cases/{slug}/flip", name="flip_page", response_class=HTMLResponse)
def flip_page(request: Request, store: Store, memo: Memo, slug: str) -> HTMLResponse:
    stored = lookups.stored(store, memo, slug)
    context = {**case_context(stored, "flip_page"), "objections": stored.case.objections}
    return render(request, "rehearse/flip_start.html", context)


@router.post("/cases/{slug}/flip", name="start_flip")
def start_flip_route(request: Request, store: Store, memo: Memo, live: LiveStore, slug: str) -> Response:
    from sparring.web.coach import live_narrator
    from sparring.web.llm_settings import settings_file

    stored = lookups.stored(store, memo, slug)
    voice = live_narrator(settings_file(request.app.state.settings.llm_config), store, stored.case)
    session = start_flip(live, store, stored.case, slug, stored.version, voice)
    return see_other(str(request.app.url_path_for("flip_session_page", slug=slug, sid=session.id)))


@router.get("/cases/{slug}/flip/{sid}", name="flip_session_page", response_class=HTMLResponse)
def flip_session_page(
    request: Request,
    store: Store,
    memo: Memo,
    live: LiveStore,
    slug: str,
    sid: str,
    added: Annotated[int | None, Query(ge=1, le=2**31)] = None,
) -> HTMLResponse:
    session = _live(request, store, memo, live, slug, sid, "flip")
    stored = lookups.stored(store, memo, slug)
    context = {
        **case_context(stored, "flip_page"),
        "live": session,
        "items": flip_items(session),
        "gaps": gaps_view(session),
        "added": added,
        "max_chars": MAX_TURN_CHARS,
    }
    return render(request, "rehearse/flip.html", context)


@router.post("/cases/{slug}/flip/{sid}/turn", name="flip_turn")
def flip_turn(
    request: Request, store: Store, memo: Memo, live: LiveStore, slug: str, sid: str, text: Text = ""
) -> Response:
    session = _live(request, store, memo, live, slug, sid, "flip")
    played = play(session, text, store, live)
    if not _is_htmx(request):
        return see_other(str(request.app.url_path_for("flip_session_page", slug=slug, sid=sid)) + "#composer")
    context = {
        "live": session,
        "items": flip_items(session, played.start, played.notes_from),
        "gaps": gaps_view(session),
        "case_slug": slug,
        "added": None,
    }
    return render(request, "rehearse/flip_turn.html", context)


@router.post("/cases/{slug}/flip/{sid}/gaps", name="flip_add_gaps")
def flip_add_gaps(
    request: Request,
    store: Store,
    memo: Memo,
    live: LiveStore,
    slug: str,
    sid: str,
    gap: Annotated[list[int], Form()],
) -> Response:
    session = _live(request, store, memo, live, slug, sid, "flip")
    assert session.flip is not None
    texts = [session.flip.gaps[i] for i in gap if 0 <= i < len(session.flip.gaps)]
    version = add_gaps(session, store, texts, live)
    if not _is_htmx(request):
        return see_other(str(request.app.url_path_for("flip_session_page", slug=slug, sid=sid)) + f"?added={version}")
    context = {"live": session, "gaps": gaps_view(session), "case_slug": slug, "added": version}
    return render(request, "rehearse/gaps.html", context)
