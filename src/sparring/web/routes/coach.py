"""The AI coach page: incentive hypotheses, an objection forecast and a pitch rewrite, each
suggestion with Accept (written into the case as a new version) and Reject; and the debrief
of a saved session. Offline by default: the answers then come from Sparring's rules."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from sparring.model.errors import SparringError
from sparring.web import lookups, nav
from sparring.web.coach import coach
from sparring.web.deps import Memo, Store, Today
from sparring.web.llm_settings import settings_file
from sparring.web.practice import MAX_TEXT_CHARS, check_text
from sparring.web.render import render
from sparring.web.routes.common import case_context, see_other

router = APIRouter()
nav.register("Coach", "coach_page", "case", 45)

Short = Annotated[str, Form(max_length=2000)]
Kind = Literal["incentive", "objection", "pitch"]
MAX_PITCH = MAX_TEXT_CHARS


def _path(request: Request) -> Any:
    return settings_file(request.app.state.settings.llm_config)


def _htmx(request: Request) -> bool:
    return bool(request.headers.get("HX-Request"))


@router.get("/cases/{slug}/coach", name="coach_page", response_class=HTMLResponse)
def coach_page(
    request: Request, store: Store, memo: Memo, slug: str, accepted: Annotated[int | None, Query(ge=1, le=2**31)] = None
) -> HTMLResponse:
    return _page(request, store, memo, slug, {"accepted": accepted})


def _page(request: Request, store: Store, memo: Memo, slug: str, extra: dict[str, Any]) -> HTMLResponse:
    from sparring.web.llm_settings import current

    stored = lookups.stored(store, memo, slug)
    now = current(_path(request))
    provider = now.resolved.config.provider if now.resolved else "offline"
    context: dict[str, Any] = {
        **case_context(stored, "coach_page"),
        "provider": provider,
        "model": now.resolved.config.model if now.resolved else None,
        "pitch": stored.case.pitch[-1].text if stored.case.pitch else "",
        "incentives": None,
        "objections": None,
        "rewrite": None,
        "accepted": None,
        "max_pitch": MAX_PITCH,
        **extra,
    }
    return render(request, "coach/page.html", context)


@router.post("/cases/{slug}/coach/incentives", name="coach_incentives", response_class=HTMLResponse)
def coach_incentives(request: Request, store: Store, memo: Memo, slug: str) -> HTMLResponse:
    from sparring.services.coach import incentive_hypotheses

    case = lookups.stored(store, memo, slug).case
    with coach(_path(request), store) as c:
        result = incentive_hypotheses(case, c.provider, c.log)
    context = {"incentives": result, "settings_notice": c.notice}
    if _htmx(request):
        return render(request, "coach/incentives.html", {**context, "case_slug": slug})
    return _page(request, store, memo, slug, context)


@router.post("/cases/{slug}/coach/objections", name="coach_objections", response_class=HTMLResponse)
def coach_objections(request: Request, store: Store, memo: Memo, today: Today, slug: str) -> HTMLResponse:
    from sparring.services.coach import objection_forecast

    case = lookups.stored(store, memo, slug).case
    with coach(_path(request), store) as c:
        result = objection_forecast(case, c.provider, c.log, today=today)
    context = {"objections": result, "settings_notice": c.notice}
    if _htmx(request):
        return render(request, "coach/objections.html", {**context, "case_slug": slug})
    return _page(request, store, memo, slug, context)


@router.post("/cases/{slug}/coach/rewrite", name="coach_rewrite", response_class=HTMLResponse)
def coach_rewrite(
    request: Request, store: Store, memo: Memo, slug: str, text: Annotated[str, Form(max_length=MAX_PITCH)] = ""
) -> HTMLResponse:
    from sparring.services.coach import pitch_rewrite

    case = lookups.stored(store, memo, slug).case
    if not text.strip():
        raise SparringError("write the pitch to rewrite", hint="or save a pitch draft in step 6 of the plan")
    check_text(text, MAX_PITCH)
    with coach(_path(request), store) as c:
        result = pitch_rewrite(case, text, c.provider, c.log)
    context = {"rewrite": result, "diff": word_diff_parts(result.word_diff), "settings_notice": c.notice}
    if _htmx(request):
        return render(request, "coach/rewrite.html", {**context, "case_slug": slug})
    return _page(request, store, memo, slug, {**context, "pitch": text})


@router.post("/cases/{slug}/coach/decide", name="coach_decide")
def coach_decide(
    request: Request,
    store: Store,
    memo: Memo,
    slug: str,
    kind: Annotated[Kind, Form()],
    decision: Annotated[Literal["accept", "reject"], Form()],
    text: Annotated[str, Form(min_length=1, max_length=MAX_PITCH)],
    metric: Short = "",
    reason: Short = "",
    source: Short = "",
    counter: Short = "",
    evidence: Annotated[list[str] | None, Form(max_length=20)] = None,
    likelihood: Annotated[Literal["high", "medium", "low"], Form()] = "medium",
    basis: Short = "",
) -> Response:
    """Accept (write it into the case as a new version) or reject one suggestion."""
    from sparring.services import coach as service

    lookups.stored(store, memo, slug)  # a clear 404 for an unknown case, before anything is written
    version: int | None = None
    if decision == "accept":
        if kind == "incentive":
            item: Any = service.SuggestedIncentive(text, metric or None, reason, source or "coach")
            saved = service.apply_incentives(store, slug, [item])
        elif kind == "objection":
            item = service.SuggestedObjection(text, counter or None, list(evidence or []), likelihood, basis or "coach")
            saved = service.apply_objections(store, slug, [item])
        else:
            saved = service.apply_pitch(store, slug, text)
        version = saved.version if saved else None
    if not _htmx(request):
        target = str(request.app.url_path_for("coach_page", slug=slug))
        return see_other(target + (f"?accepted={version}" if version else ""))
    context = {"decision": decision, "version": version, "text": text, "kind": kind, "case_slug": slug}
    return render(request, "coach/decided.html", context)


@router.post("/cases/{slug}/sessions/{session_id}/debrief", name="session_debrief", response_class=HTMLResponse)
def session_debrief(
    request: Request, store: Store, memo: Memo, slug: str, session_id: Annotated[int, Path(ge=1, le=2**31)]
) -> Response:
    from sparring.services.coach import debrief
    from sparring.services.rehearsal import saved_session

    saved = saved_session(store, slug, session_id)
    try:
        played = lookups.stored(store, memo, slug, saved.case_version).case
    except SparringError:
        played = lookups.stored(store, memo, slug).case
    with coach(_path(request), store) as c:
        result = debrief(played, saved.transcript, saved.scorecard, c.provider, c.log)
    context: dict[str, Any] = {"debrief": result, "settings_notice": c.notice, "saved": saved}
    if not _htmx(request):
        page = {**case_context(lookups.stored(store, memo, slug), "sessions_page"), **context}
        return render(request, "coach/debrief_page.html", page)
    return render(request, "coach/debrief.html", context)


_DIFF = re.compile(r"(\[-.*?-\]|\{\+.*?\+\})", re.S)


def word_diff_parts(diff: str) -> list[dict[str, str]]:
    """``a [-old-]{+new+} b`` → parts marked kept, removed or added, for ``<del>`` and ``<ins>``."""
    parts = []
    for piece in _DIFF.split(diff):
        if not piece:
            continue
        if piece.startswith("[-") and piece.endswith("-]"):
            parts.append({"kind": "removed", "text": piece[2:-2]})
        elif piece.startswith("{+") and piece.endswith("+}"):
            parts.append({"kind": "added", "text": piece[2:-2]})
        else:
            parts.append({"kind": "kept", "text": piece})
    return parts
