"""Cases: the list with readiness badges, creating one (from a kind template or a YAML file),
exporting it, and its version history with diffs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from sparring.model.case import CASE_KINDS
from sparring.model.errors import SparringError
from sparring.web import lookups, nav
from sparring.web.deps import Memo, Store, Today
from sparring.web.render import render
from sparring.web.routes.common import case_context, see_other
from sparring.web.work import Heavy

router = APIRouter()
SCHEMA_REF = "case.schema.json"
"""What a case made in the browser names as its schema: the file `sparring schema -o case.schema.json`
writes next to it, never the server's own install path (the YAML tab shows the comment)."""
nav.register("Cases", "cases_page", "site", 10)
nav.register("History", "history_page", "case", 80)

START_LABELS = {
    "raise": "A raise",
    "promotion": "A promotion",
    "job_offer": "A job offer",
    "deal": "A B2B deal",
    "flexibility": "Flexible or remote work",
    "resources": "Budget or resources",
    "custom": "Something else",
}
"""How the first screen names each kind: what a person would say they are preparing."""
KIND_HINTS = {
    "raise": "a pay rise in your current role",
    "promotion": "a new title or level",
    "job_offer": "an offer you have received",
    "deal": "a business deal: price, volume, terms",
    "flexibility": "remote or flexible work",
    "resources": "budget, headcount or tools",
    "custom": "anything else",
}


@router.get("/", name="cases_page", response_class=HTMLResponse)
async def cases_page(request: Request, store: Store, memo: Memo, today: Today, heavy: Heavy) -> HTMLResponse:
    return await heavy(_cases_page, request, store, memo, today)


def _cases_page(request: Request, store: Store, memo: Memo, today: Today) -> HTMLResponse:
    """Every case with its readiness: a check of each one not checked yet."""
    rows = []
    for summary in store.list():
        try:
            report = lookups.report(store, memo, summary.slug, summary.version, today)
            rows.append({"summary": summary, "report": report, "error": None})
        except SparringError as exc:
            rows.append({"summary": summary, "report": None, "error": exc.message})
    from sparring.services.examples import EXAMPLE_NAMES

    context = {
        "rows": rows,
        "active": "cases_page",
        "title": "Prepare and rehearse a negotiation",
        "kinds": [k for k in CASE_KINDS if k != "custom"],
        "start_labels": START_LABELS,
        "hints": KIND_HINTS,
        "examples": EXAMPLE_NAMES,
    }
    return render(request, "cases/list.html", context)


@router.get("/new", name="new_case_page", response_class=HTMLResponse)
def new_case_page(request: Request) -> HTMLResponse:
    return _new_page(request, {})


def _new_page(request: Request, errors: dict[str, object], status: int = 200) -> HTMLResponse:
    context = {"kinds": CASE_KINDS, "hints": KIND_HINTS, "errors": errors, "active": "cases_page", "title": "New case"}
    return render(request, "cases/new.html", context, status)


@router.post("/new", name="create_case")
async def create_case(
    request: Request,
    store: Store,
    heavy: Heavy,
    kind: Annotated[str, Form(max_length=40)],
    name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    return await heavy(_create_case, request, store, kind, name)


def _create_case(request: Request, store: Store, kind: str, name: str) -> Response:
    from sparring.services.cases import slug_for
    from sparring.services.templates import template_text

    slug = slug_for(name) if name.strip() else _free_slug(store, kind.replace("_", "-"))
    if store.exists(slug):
        return _new_page(request, {"create": f"a case named {slug!r} exists already; choose another name"}, 409)
    text = template_text(kind, SCHEMA_REF)
    info = _import_text(store, text, slug, f"created from the {kind} template", f"{kind} template")
    return see_other(str(request.app.url_path_for("editor_page", slug=info)))


@router.post("/import", name="import_case")
async def import_case(
    request: Request,
    store: Store,
    heavy: Heavy,
    file: Annotated[UploadFile, File()],
    name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    from sparring.store.yaml_reader import MAX_BYTES

    raw = await file.read(MAX_BYTES + 1)
    return await heavy(_import_case, request, store, Path(file.filename or "case.yaml").name, raw, name)


def _import_case(request: Request, store: Store, filename: str, raw: bytes, name: str) -> Response:
    """Read the bytes as ``sparring import`` does (one decoder: UTF-8, or UTF-16/32 with a BOM), then validate."""
    from sparring.services.cases import slug_for
    from sparring.store.yaml_reader import MAX_BYTES, decode

    slug = slug_for(name or filename)
    if store.exists(slug):
        message = f"a case named {slug!r} exists already; give the import another name"
        return _new_page(request, {"import": message}, 409)
    if len(raw) > MAX_BYTES:
        return _new_page(request, {"import": "the file is larger than 1 MB; case files are a few kilobytes"}, 413)
    try:
        text = decode(raw, filename)
        info = _import_text(store, text, slug, f"imported from {filename}", filename)
    except SparringError as exc:
        from sparring.web.errors import problems_of, status_for

        return _new_page(
            request, {"import": exc.message.splitlines()[0], "problems": problems_of(exc)}, status_for(exc)
        )
    return see_other(str(request.app.url_path_for("editor_page", slug=info)))


def _import_text(store: Store, text: str, slug: str, note: str, shown_as: str) -> str:
    """Validate ``text`` like a case file (problems keep their line numbers) and save it, comments and all."""
    from sparring.store.casefile import load_case_text

    loaded = load_case_text(text, shown_as)
    return store.save(slug, loaded.case, yaml_text=text, note=note, new=True).slug


def _free_slug(store: Store, base: str) -> str:
    slug, n = base, 2
    while store.exists(slug):
        slug, n = f"{base}-{n}", n + 1
    return slug


@router.get("/cases/{slug}/export.{fmt}", name="export_case")
async def export_case(
    store: Store,
    memo: Memo,
    heavy: Heavy,
    slug: str,
    fmt: Literal["yaml", "json"],
    version: Annotated[int | None, Query(ge=1, le=2**31)] = None,
) -> Response:
    return await heavy(_export_case, store, memo, slug, fmt, version)


def _export_case(store: Store, memo: Memo, slug: str, fmt: Literal["yaml", "json"], version: int | None) -> Response:
    """The stored YAML re-read to keep its comments: parsing, so off the loop."""
    from sparring.services.cases import export_text

    text = export_text(lookups.resolved(store, memo, slug, version), fmt)
    media = "application/json" if fmt == "json" else "application/yaml"
    suffix = f"-v{version}" if version else ""
    headers = {"Content-Disposition": f'attachment; filename="{slug}{suffix}.{fmt}"'}
    return Response(text, media_type=f"{media}; charset=utf-8", headers=headers)


@router.get("/cases/{slug}/history", name="history_page", response_class=HTMLResponse)
async def history_page(
    request: Request,
    store: Store,
    memo: Memo,
    heavy: Heavy,
    slug: str,
    old: Annotated[int | None, Query(ge=1, le=2**31)] = None,
    new: Annotated[int | None, Query(ge=1, le=2**31)] = None,
) -> HTMLResponse:
    return await heavy(_history_page, request, store, memo, slug, old, new)


def _history_page(
    request: Request, store: Store, memo: Memo, slug: str, old: int | None, new: int | None
) -> HTMLResponse:
    from sparring.services.cases import version_diff

    versions = store.history(slug)
    latest = versions[-1].version
    if old is None or new is None:
        old, new = (max(1, latest - 1), latest)
    changes = version_diff(store, slug, old, new) if old != new else []
    stored = lookups.stored(store, memo, slug, latest)
    context = {
        **case_context(stored, "history_page"),
        "versions": list(reversed(versions)),
        "old": old,
        "new": new,
        "changes": changes,
    }
    return render(request, "cases/history.html", context)
