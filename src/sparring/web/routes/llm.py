"""LLM settings: what is configured (never the key), whether it answers, a test button, and the
form that writes the settings file like ``sparring llm use``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response

from sparring.llm.factory import open_provider
from sparring.model.errors import SparringError
from sparring.services.llm_checks import probe, run_test
from sparring.web import nav
from sparring.web.deps import Store
from sparring.web.llm_settings import current, save_choice, settings_file, status_view
from sparring.web.render import render
from sparring.web.routes.common import see_other

router = APIRouter()
nav.register("LLM settings", "llm_page", "site", 90)

Field = Annotated[str, Form(max_length=2000)]


def _path(request: Request) -> Any:
    return settings_file(request.app.state.settings.llm_config)


@router.get("/settings/llm", name="llm_page", response_class=HTMLResponse)
def llm_page(
    request: Request, saved: Annotated[bool, Query()] = False, check: Annotated[bool, Query()] = False
) -> HTMLResponse:
    return _page(request, saved=saved, check=check)


def _page(
    request: Request,
    *,
    saved: bool = False,
    check: bool = False,
    problem: SparringError | None = None,
    test: dict[str, Any] | None = None,
    status: int = 200,
) -> HTMLResponse:
    now = current(_path(request))
    view = status_view(now)
    endpoint = probe(now.resolved.config, open_provider) if check and now.resolved is not None else None
    context = {
        "active": "llm_page",
        "title": "LLM settings",
        "llm": view,
        "saved": saved,
        "problem": problem,
        "endpoint": endpoint,
        "test": test,
    }
    return render(request, "settings/llm.html", context, status)


@router.get("/settings/llm/endpoint", name="llm_endpoint", response_class=HTMLResponse)
def llm_endpoint(request: Request) -> HTMLResponse:
    """Whether the endpoint answers (loaded after the page, since a remote server may be slow)."""
    if not request.headers.get("HX-Request"):
        return _page(request, check=True)
    now = current(_path(request))
    endpoint = probe(now.resolved.config, open_provider) if now.resolved is not None else None
    return render(request, "fragments/llm_endpoint.html", {"endpoint": endpoint, "llm": status_view(now)})


@router.post("/settings/llm/test", name="llm_test", response_class=HTMLResponse)
def llm_test(request: Request, store: Store) -> HTMLResponse:
    now = current(_path(request))
    if now.resolved is None:
        result: dict[str, Any] = {"ok": False, "error": now.problem, "hint": None}
    else:
        result = run_test(now.resolved.config, store, open_provider)
    if request.headers.get("HX-Request"):
        return render(request, "fragments/llm_test.html", {"test": result})
    return _page(request, test=result)


@router.post("/settings/llm", name="llm_save")
def llm_save(
    request: Request,
    preset: Annotated[str, Form(max_length=40)],
    base_url: Field = "",
    model: Field = "",
    api_key_env: Field = "",
    api_key: Field = "",
    forget_key: Annotated[bool, Form()] = False,
    timeout_s: Annotated[str, Form(max_length=20)] = "",
    model_path: Field = "",
    chat_format: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    try:
        timeout = float(timeout_s) if timeout_s.strip() else None
    except ValueError:
        return _page(request, problem=SparringError(f"timeout {timeout_s!r} is not a number of seconds"), status=422)
    try:
        save_choice(
            _path(request),
            preset,
            base_url=base_url.strip() or None,
            model=model.strip() or None,
            api_key_env=api_key_env.strip() or None,
            api_key=api_key.strip() or None,
            keep_key=not forget_key,
            timeout_s=timeout,
            model_path=model_path.strip() or None,
            chat_format=chat_format.strip() or None,
        )
    except SparringError as exc:
        from sparring.web.errors import status_for

        return _page(request, problem=exc, status=status_for(exc))
    return see_other(str(request.app.url_path_for("llm_page")) + "?saved=true")
