"""Saved rehearsals of a case: the table, the score trend chart, and one session's transcript and scorecard."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from sparring.model.errors import SparringError
from sparring.services.workspace import SavedSession
from sparring.web import lookups, nav
from sparring.web.deps import Memo, Store
from sparring.web.practice import chips, scorecard_view
from sparring.web.render import render, when
from sparring.web.routes.common import case_context

router = APIRouter()
nav.register("Sessions", "sessions_page", "case", 55)


@router.get("/cases/{slug}/sessions", name="sessions_page", response_class=HTMLResponse)
def sessions_page(request: Request, store: Store, memo: Memo, slug: str) -> HTMLResponse:
    from sparring.services.rehearsal import sessions
    from sparring.web.charts.trend import ScorePoint, trend_svg

    stored = lookups.stored(store, memo, slug)
    saved = sessions(store, slug)
    scored = [s for s in saved if s.mode == "rehearse" and s.score is not None]
    points = [ScorePoint(f"#{s.id}", when(s.started_at), s.outcome, int(s.score or 0)) for s in scored]
    rows: list[dict[str, Any]] = []
    previous: int | None = None
    for s in saved:
        trend = ""
        if s.score is not None and previous is not None:
            trend = "up" if s.score > previous else "down" if s.score < previous else "same"
        rows.append({"session": s, "trend": trend})
        previous = s.score if s.score is not None else previous
    context = {
        **case_context(stored, "sessions_page"),
        "rows": list(reversed(rows)),
        "svg": Markup(trend_svg(points)) if points else None,
        "best": max((p.score for p in points), default=None),
        "last": points[-1].score if points else None,
    }
    return render(request, "sessions/list.html", context)


@router.get("/cases/{slug}/sessions/{session_id}", name="saved_session_page", response_class=HTMLResponse)
def saved_session_page(
    request: Request, store: Store, memo: Memo, slug: str, session_id: Annotated[int, Path(ge=1, le=2**31)]
) -> HTMLResponse:
    from sparring.services.rehearsal import sessions

    saved = next((s for s in sessions(store, slug) if s.id == session_id), None)
    if saved is None:
        raise SparringError(f"{slug} has no saved session {session_id}", kind="not_found")
    try:
        at = lookups.stored(store, memo, slug, saved.case_version)
    except SparringError:
        at = lookups.stored(store, memo, slug)
    context = {
        **case_context(lookups.stored(store, memo, slug), "sessions_page"),
        "saved": saved,
        "items": saved_items(saved),
        "card": scorecard_view(at.case, saved.scorecard) if saved.mode == "rehearse" else None,
        "summary": saved.scorecard if saved.mode == "flip" else None,
    }
    return render(request, "sessions/detail.html", context)


def saved_items(saved: SavedSession) -> list[dict[str, Any]]:
    """A stored transcript as chat items (the same look as the live chat)."""
    items: list[dict[str, Any]] = []
    for index, entry in enumerate(saved.transcript):
        speaker = str(entry.get("speaker", ""))
        kind = "you" if speaker == "you" else "them"
        item: dict[str, Any] = {"kind": kind, "text": entry.get("text", ""), "index": index}
        if speaker == "you":
            item["chips"] = chips([str(t) for t in entry.get("tags", [])])
            item["feedback"] = entry.get("feedback")
        else:
            from sparring.web.practice import MOVE_LABELS

            move = entry.get("move")
            item.update(move=move, move_label=MOVE_LABELS.get(str(move), ""), reason=entry.get("reason"))
        items.append(item)
    return items
