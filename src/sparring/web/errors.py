"""The one place where errors become HTTP statuses, for pages, htmx fragments and the API alike.

A :class:`SparringError` is the user's to fix; its ``kind`` picks the status. Anything else is
a bug: the user gets a calm 500 page, and the log gets the traceback without the exception's
message (which could quote case content).
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sparring.model.errors import CaseInvalid, ErrorKind, SparringError

log = logging.getLogger("sparring.web")

STATUS: dict[ErrorKind, int] = {
    "invalid": 422,
    "not_found": 404,
    "conflict": 409,
    "busy": 503,
    "unavailable": 503,
}
RETRY_AFTER_S = 2
"""Seconds a client should wait before retrying when the store is busy."""


def status_for(error: SparringError) -> int:
    return STATUS.get(error.kind, 422)


def headers_for(error: SparringError) -> dict[str, str]:
    return {"Retry-After": str(RETRY_AFTER_S)} if error.kind == "busy" else {}


def problems_of(error: SparringError) -> list[dict[str, Any]]:
    """Located problems of an invalid case (path, line, column, message); empty for other errors."""
    if not isinstance(error, CaseInvalid):
        return []
    return [{"path": p.dotted, "line": p.line, "column": p.column, "message": p.message} for p in error.problems]


def error_body(
    kind: str, message: str, hint: str | None = None, problems: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The API's error document: ``{"error": {kind, message, hint, problems}}``."""
    return {"error": {"kind": kind, "message": message, "hint": hint, "problems": problems or []}}


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def install(app: FastAPI) -> None:
    """Register the handlers: SparringError by kind, bad parameters, HTTP errors and bugs."""
    app.add_exception_handler(SparringError, _sparring_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _bad_request)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _bug)


async def _sparring_error(request: Request, exc: SparringError) -> Response:
    status = status_for(exc)
    return _respond(request, status, exc.kind, exc.message, exc.hint, problems_of(exc), headers_for(exc))


async def _bad_request(request: Request, exc: RequestValidationError) -> Response:
    problems = [
        {"path": ".".join(str(p) for p in err.get("loc", ())), "line": None, "column": None, "message": err.get("msg")}
        for err in exc.errors()
    ]
    return _respond(request, 422, "invalid", "the request is not valid", None, problems, {})


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    kind = {404: "not_found", 405: "invalid", 403: "forbidden", 401: "unauthorized"}.get(exc.status_code, "invalid")
    message = str(exc.detail) if exc.detail else "request refused"
    if exc.status_code == 404 and message == "Not Found":
        message = "there is no page at this address"
    return _respond(request, exc.status_code, kind, message, None, [], dict(exc.headers or {}))


async def _bug(request: Request, exc: Exception) -> Response:
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("internal error %s in %s %s\n%s", type(exc).__name__, request.method, _route(request), frames)
    return _respond(
        request, 500, "internal", "something went wrong on our side; nothing was saved by this request", None, [], {}
    )


def _route(request: Request) -> str:
    route = request.scope.get("route")
    return str(getattr(route, "path", "?"))


def _respond(
    request: Request,
    status: int,
    kind: str,
    message: str,
    hint: str | None,
    problems: list[dict[str, Any]],
    headers: dict[str, str],
) -> Response:
    if is_api(request):
        return JSONResponse(error_body(kind, message, hint, problems), status_code=status, headers=headers)
    from sparring.web.render import render

    if request.headers.get("HX-Request"):
        headers = {**headers, "HX-Retarget": "#flash", "HX-Reswap": "innerHTML"}
        return render(request, "fragments/error.html", {"message": message, "hint": hint}, status, headers)
    context = {"status": status, "message": message, "hint": hint, "problems": problems}
    return render(request, "error.html", context, status, headers)
