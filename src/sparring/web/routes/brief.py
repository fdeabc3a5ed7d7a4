"""The one-page brief: shown in the page, and exported as HTML, PDF or Markdown."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from sparring.web import lookups, nav
from sparring.web.deps import Memo, Store, Today
from sparring.web.render import render
from sparring.web.routes.common import case_context
from sparring.web.security import BRIEF_CSP
from sparring.web.work import Heavy

router = APIRouter()
nav.register("Brief", "brief_page", "case", 60)

MEDIA = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8", "pdf": "application/pdf"}


@router.get("/cases/{slug}/brief", name="brief_page", response_class=HTMLResponse)
def brief_page(request: Request, store: Store, memo: Memo, slug: str) -> HTMLResponse:
    stored = lookups.stored(store, memo, slug)
    return render(request, "analysis/brief.html", case_context(stored, "brief_page"))


@router.get("/cases/{slug}/brief.{fmt}", name="brief_file")
async def brief_file(
    store: Store,
    memo: Memo,
    today: Today,
    heavy: Heavy,
    slug: str,
    fmt: Literal["md", "html", "pdf"],
    download: Annotated[bool, Query()] = False,
) -> Response:
    return await heavy(_brief_file, store, memo, today, slug, fmt, download)


def _brief_file(
    store: Store, memo: Memo, today: dt.date, slug: str, fmt: Literal["md", "html", "pdf"], download: bool
) -> Response:
    from sparring.services.brief import brief_text

    resolved = lookups.resolved(store, memo, slug)
    key = ("brief", slug, resolved.version, lookups.rehearsals(store, slug), fmt, today)
    body = memo.get(key, lambda: brief_text(resolved, store, fmt, today))
    headers = {"Content-Security-Policy": BRIEF_CSP}
    if download or fmt != "html":
        headers["Content-Disposition"] = f'attachment; filename="{slug}-brief.{fmt}"'
    return Response(body, media_type=MEDIA[fmt], headers=headers)
