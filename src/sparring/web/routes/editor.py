"""The guided Incentive Map editor: the form, its live findings (htmx), new rows, and saving.

Each keystroke (debounced) posts the whole form to ``check``; the answer is the readiness
summary plus an out-of-band fragment for every findings slot, so each note appears next to its
field and a fixed one disappears. Saving posts the same form; an invalid draft is shown again
with every problem beside its field (422), never lost and never a 500. A draft saved after
someone else saved (409) gets the conflict page: both sets of changes, and a way back to the
draft. ``draft`` renders a posted draft unsaved: the browser's autosaved copy after a reload,
or the draft with a market range merged in (see ``static/app.js`` and docs/web.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import FormData

from sparring.model.case import Case
from sparring.model.diff import diff_cases
from sparring.model.errors import SparringError
from sparring.web import lookups, nav
from sparring.web.deps import Memo, Store, Today
from sparring.web.editor.form import Draft, initial_tokens, parse_form
from sparring.web.editor.live import Evaluation, evaluate, history_context, save
from sparring.web.editor.merge import merge_onto
from sparring.web.editor.spec import list_groups
from sparring.web.editor.view import build_item
from sparring.web.render import render
from sparring.web.routes.common import case_context, see_other
from sparring.web.work import Heavy

router = APIRouter()
DRAFT_MARKER = "_draft"
"""Posted with a draft from the browser's store, so a market range is merged into it, not saved."""
nav.register("Plan", "editor_page", "case", 10)

CONTROL_FIELDS = frozenset({"csrf", "base_version", "note", DRAFT_MARKER, "code"})
"""Posted fields that are not part of the case: the token, the base version, the note, the market merge's."""


@router.get("/cases/{slug}", name="editor_page", response_class=HTMLResponse)
async def editor_page(
    request: Request,
    store: Store,
    memo: Memo,
    today: Today,
    heavy: Heavy,
    slug: str,
    saved: Annotated[int | None, Query(ge=1, le=2**31)] = None,
) -> HTMLResponse:
    return await heavy(_editor_page, request, store, memo, today, slug, saved)


def _editor_page(
    request: Request, store: Store, memo: Memo, today: dt.date, slug: str, saved: int | None
) -> HTMLResponse:
    stored = lookups.stored(store, memo, slug)
    data = stored.case.to_data()
    draft = Draft(data, initial_tokens(data))
    evaluation = evaluate(draft, history_context(store, memo, slug, today), slug)
    flash = f"Saved version {saved}." if saved else None
    return _page(request, stored, evaluation, flash=flash, saved=saved)


@router.post("/cases/{slug}/check", name="editor_check", response_class=HTMLResponse)
async def editor_check(
    request: Request, store: Store, memo: Memo, today: Today, heavy: Heavy, slug: str
) -> HTMLResponse:
    return await heavy(_editor_check, request, store, memo, today, slug, await request.form())


def _editor_check(
    request: Request, store: Store, memo: Memo, today: dt.date, slug: str, form: FormData
) -> HTMLResponse:
    draft, _base_version, _note = _draft(form, store, memo, slug)
    evaluation = evaluate(draft, history_context(store, memo, slug, today), slug)
    return render(request, "editor/check.html", {"ev": evaluation, "slug": slug})


@router.post("/cases/{slug}/row", name="editor_row", response_class=HTMLResponse)
async def editor_row(
    request: Request,
    store: Store,
    memo: Memo,
    heavy: Heavy,
    slug: str,
    list_path: Annotated[str, Query(alias="list", max_length=100)],
) -> HTMLResponse:
    return await heavy(_editor_row, request, store, memo, slug, list_path, await request.form())


def _editor_row(request: Request, store: Store, memo: Memo, slug: str, list_path: str, form: FormData) -> HTMLResponse:
    part = list_groups().get(list_path)
    if part is None:
        raise SparringError(f"the editor has no list called {list_path!r}", kind="not_found")
    draft, _base_version, _note = _draft(form, store, memo, slug)
    tokens = [int(t) for t in draft.tokens.get(list_path, [])]
    token = str(max(tokens, default=-1) + 1)
    item = build_item(part, draft.data, token, len(tokens) + 1)
    return render(request, "editor/new_row.html", {"item": item, "notes": {}})


@router.post("/cases/{slug}", name="editor_save")
async def editor_save(request: Request, store: Store, memo: Memo, today: Today, heavy: Heavy, slug: str) -> Response:
    return await heavy(_editor_save, request, store, memo, today, slug, await request.form())


def _editor_save(request: Request, store: Store, memo: Memo, today: dt.date, slug: str, form: FormData) -> Response:
    draft, base_version, note = _draft(form, store, memo, slug)
    evaluation = evaluate(draft, history_context(store, memo, slug, today), slug)
    if evaluation.case is None:
        stored = lookups.stored(store, memo, slug, base_version)
        count = len(evaluation.problems)
        flash = f"Not saved: {count} problem{'s' if count != 1 else ''} to fix first (shown beside each field)."
        return _page(request, stored, evaluation, flash=flash, flash_kind="error", status=422, dirty=True, note=note)
    try:
        info = save(store, slug, evaluation.case, base_version, note or "edited in the browser")
    except SparringError as exc:
        if exc.kind != "conflict" or base_version is None:
            raise
        return _conflict_page(request, store, memo, slug, form, evaluation.case, base_version)
    return see_other(str(request.app.url_path_for("editor_page", slug=slug)) + f"?saved={info.version}")


@router.post("/cases/{slug}/draft", name="editor_draft", response_class=HTMLResponse)
async def editor_draft(
    request: Request, store: Store, memo: Memo, today: Today, heavy: Heavy, slug: str
) -> HTMLResponse:
    """A posted draft shown in the editor, unsaved: what the browser kept, or the way back from a conflict."""
    form = await request.form()
    return await heavy(draft_page, request, store, memo, today, slug, form, "restored")


def draft_page(
    request: Request,
    store: Store,
    memo: Memo,
    today: dt.date,
    slug: str,
    form: FormData,
    why: str,
    change: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> HTMLResponse:
    """The editor over a posted draft (``change`` applied to it first), marked unsaved.

    A draft made on an older version is merged onto the latest (:func:`merge_onto`), so what was
    saved since is kept where the draft did not touch it, and saving it is an ordinary save.
    """
    draft, base_version, note = _draft(form, store, memo, slug)
    latest = lookups.stored(store, memo, slug)
    flash = DRAFT_FLASH[why]
    if base_version is not None and base_version != latest.version:
        base = lookups.stored(store, memo, slug, base_version)
        merged, clashes = merge_onto(base.case.to_data(), latest.case.to_data(), draft.data)
        draft = Draft(merged, initial_tokens(merged))
        flash += f" It was made on version {base_version}; your changes are now on top of version {latest.version}."
        if clashes:
            flash += f" Changed on both sides, yours kept: {', '.join(clashes)}."
    if change is not None:
        draft = Draft(change(draft.data), draft.tokens)
    evaluation = evaluate(draft, history_context(store, memo, slug, today), slug)
    return _page(request, latest, evaluation, flash=flash, dirty=True, note=note)


DRAFT_FLASH = {
    "restored": "Your unsaved draft is back. It is not saved yet: save a version to keep it.",
    "market": "The market range is in your draft (step 2). Nothing is saved until you save a version.",
}


def _conflict_page(
    request: Request, store: Store, memo: Memo, slug: str, form: FormData, mine: Case, base_version: int
) -> HTMLResponse:
    """Someone saved after this draft was opened: what they changed, what the draft changes, both kept."""
    base = lookups.stored(store, memo, slug, base_version)
    latest = lookups.stored(store, memo, slug)
    base_data = base.case.to_json_data()
    theirs = diff_cases(base_data, latest.case.to_json_data())
    yours = diff_cases(base_data, mine.to_json_data())
    fields = [(k, v) for k, v in form.multi_items() if isinstance(v, str) and k not in ("csrf", "base_version")]
    context = {
        **case_context(latest, "editor_page"),
        "slug": slug,
        "base_version": base_version,
        "newer": [v for v in store.history(slug) if v.version > base_version],
        "theirs": theirs,
        "yours": yours,
        "both": {c.path for c in theirs} & {c.path for c in yours},
        "fields": fields,
        "title": f"Saved elsewhere · {latest.case.title}",
    }
    return render(request, "editor/conflict.html", context, 409)


def _draft(form: FormData, store: Store, memo: Memo, slug: str) -> tuple[Draft, int | None, str]:
    """The posted form merged over the version it was opened from."""
    fields = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    base_text = str(form.get("base_version") or "")
    base_version = int(base_text) if base_text.isdigit() and int(base_text) > 0 else None
    stored = lookups.stored(store, memo, slug, base_version)
    draft = parse_form([(k, v) for k, v in fields if k not in CONTROL_FIELDS], stored.case.to_data())
    return draft, base_version, str(form.get("note") or "").strip()


def _page(
    request: Request,
    stored: Any,
    evaluation: Evaluation,
    *,
    flash: str | None = None,
    flash_kind: str = "ok",
    status: int = 200,
    saved: int | None = None,
    dirty: bool = False,
    note: str = "",
) -> HTMLResponse:
    """The editor; ``dirty`` says the form holds a draft that differs from the stored version."""
    context = {
        **case_context(stored, "editor_page"),
        "ev": evaluation,
        "slug": stored.slug,
        "flash": flash,
        "flash_kind": flash_kind,
        "saved": saved,
        "dirty": dirty,
        "note": note,
    }
    return render(request, "editor/page.html", context, status)
