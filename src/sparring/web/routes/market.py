"""Market ranges: look up an occupation (BLS OEWS) and fill a case's range from it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from sparring.model.errors import SparringError
from sparring.web import lookups, nav
from sparring.web.deps import Memo, Store, Today
from sparring.web.render import render
from sparring.web.routes.common import see_other
from sparring.web.routes.editor import DRAFT_MARKER, draft_page
from sparring.web.work import Heavy

router = APIRouter()
nav.register("Market ranges", "market_page", "site", 20)

MAX_QUERY = 200
MAX_CODE = 20


@router.get("/market", name="market_page", response_class=HTMLResponse)
def market_page(
    request: Request,
    store: Store,
    memo: Memo,
    q: Annotated[str, Query(max_length=MAX_QUERY)] = "",
    case: Annotated[str, Query(max_length=64)] = "",
) -> HTMLResponse:
    context = {**_results(q), "case": None, "active": "market_page", "title": "Market ranges"}
    if case:
        stored = lookups.stored(store, memo, case)
        context["case"] = {"slug": stored.slug, "title": stored.case.title, "market": stored.case.market}
    template = "fragments/market_results.html" if request.headers.get("HX-Request") else "market.html"
    return render(request, template, context)


def _results(q: str) -> dict[str, object]:
    from sparring.services.market import SOURCE_LINE, lookup

    query = q.strip()
    if not query:
        return {"q": "", "matches": [], "message": None, "source_line": SOURCE_LINE}
    try:
        matches = lookup(query, 8)
    except SparringError as exc:
        return {"q": query, "matches": [], "message": exc.message, "source_line": SOURCE_LINE}
    return {"q": query, "matches": matches, "message": None, "source_line": SOURCE_LINE}


@router.post("/cases/{slug}/market", name="fill_market", response_model=None)
async def fill_market(
    request: Request, store: Store, memo: Memo, today: Today, heavy: Heavy, slug: str
) -> Response | HTMLResponse:
    """Use a range: saved as a new version, or, when the browser sends its unsaved editor draft
    along (``_draft``), merged into that draft and shown unsaved, so the draft is never dropped."""
    form = await request.form()
    code = form.get("code")
    if not isinstance(code, str) or not code.strip() or len(code) > MAX_CODE:
        raise SparringError("choose an occupation from the table to use its range", kind="invalid")
    if form.get(DRAFT_MARKER):
        from sparring.services.market import fill_case_market

        return await heavy(
            draft_page, request, store, memo, today, slug, form, "market", lambda data: fill_case_market(data, code)
        )
    return await heavy(_fill_and_save, request, store, memo, slug, code)


def _fill_and_save(request: Request, store: Store, memo: Memo, slug: str, code: str) -> Response:
    from sparring.model.case import parse_case
    from sparring.services.market import fill_case_market
    from sparring.web.editor.live import save

    stored = lookups.stored(store, memo, slug)
    updated = fill_case_market(stored.case.to_data(), code)
    case = parse_case(updated, slug)
    info = save(store, slug, case, stored.version, f"market range from OEWS {code}")
    return see_other(str(request.app.url_path_for("editor_page", slug=slug)) + f"?saved={info.version}#s-receipts")
