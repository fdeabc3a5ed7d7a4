"""The whole case as YAML, for what the guided form does not show (utility curves, the outcome
log) and for people who prefer text. Validated live, with line and column for each problem."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from sparring.model.errors import CaseInvalid, SparringError
from sparring.web import lookups, nav
from sparring.web.deps import Memo, Store
from sparring.web.editor.live import save
from sparring.web.errors import problems_of
from sparring.web.render import render
from sparring.web.routes.common import case_context, see_other
from sparring.web.work import Heavy

router = APIRouter()
SCHEMA_COMMENT = re.compile(
    r"^(#\s*yaml-language-server:\s*\$schema=)((?:[A-Za-z]:)?[\\/][^\n]*[\\/])([^\\/\n]+)$", re.M
)
nav.register("YAML", "yaml_page", "case", 15)


@router.get("/cases/{slug}/yaml", name="yaml_page", response_class=HTMLResponse)
async def yaml_page(request: Request, store: Store, memo: Memo, heavy: Heavy, slug: str) -> HTMLResponse:
    return await heavy(_yaml_page, request, store, memo, slug)


def _yaml_page(request: Request, store: Store, memo: Memo, slug: str) -> HTMLResponse:
    from sparring.services.cases import export_text

    stored = lookups.stored(store, memo, slug)
    text = without_local_schema_path(export_text(lookups.resolved(store, memo, slug, stored.version), "yaml"))
    context = {**case_context(stored, "yaml_page"), "text": text, "problems": [], "message": None}
    return render(request, "cases/yaml.html", context)


@router.post("/cases/{slug}/yaml/check", name="yaml_check", response_class=HTMLResponse)
async def yaml_check(request: Request, heavy: Heavy, slug: str, text: Annotated[str, Form()]) -> HTMLResponse:
    message, problems = await heavy(_validate, text, slug)
    return render(request, "fragments/yaml_problems.html", {"message": message, "problems": problems})


@router.post("/cases/{slug}/yaml", name="yaml_save")
async def yaml_save(
    request: Request,
    store: Store,
    memo: Memo,
    heavy: Heavy,
    slug: str,
    text: Annotated[str, Form()],
    base_version: Annotated[int | None, Form(ge=1, le=2**31)] = None,
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    return await heavy(_yaml_save, request, store, memo, slug, text, base_version, note)


def _yaml_save(
    request: Request, store: Store, memo: Memo, slug: str, text: str, base_version: int | None, note: str
) -> Response:
    from sparring.store.casefile import load_case_text

    try:
        loaded = load_case_text(text, f"{slug}.yaml")
    except SparringError as exc:
        stored = lookups.stored(store, memo, slug)
        message, problems = _describe(exc)
        context = {**case_context(stored, "yaml_page"), "text": text, "problems": problems, "message": message}
        return render(request, "cases/yaml.html", context, 422)
    info = save(store, slug, loaded.case, base_version, note.strip() or "edited as YAML in the browser", text)
    return see_other(str(request.app.url_path_for("editor_page", slug=slug)) + f"?saved={info.version}")


def without_local_schema_path(text: str) -> str:
    """The YAML with an absolute ``$schema=`` path (a case made by ``sparring new`` on some machine)
    shown as the plain file name, so the page never shows where the server or a user keeps files."""
    return SCHEMA_COMMENT.sub(lambda m: m.group(1) + m.group(3), text, count=1)


def _validate(text: str, slug: str) -> tuple[str | None, list[dict[str, object]]]:
    from sparring.store.casefile import load_case_text

    try:
        load_case_text(text, f"{slug}.yaml")
    except SparringError as exc:
        return _describe(exc)
    return None, []


def _describe(exc: SparringError) -> tuple[str, list[dict[str, object]]]:
    if isinstance(exc, CaseInvalid):
        count = exc.total
        return f"{count} problem{'s' if count != 1 else ''}; not saved until fixed", problems_of(exc)
    return exc.message, []
