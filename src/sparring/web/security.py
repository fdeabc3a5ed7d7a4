"""Local-mode security, in one ASGI middleware that every request passes through first.

Order matters: the ``Host`` header is checked before anything else (a page reached through a
rebinding DNS name must not even learn that a token is needed), then the body size, then the
access token. The token arrives once in the printed URL (``?token=``): we put it in an
HttpOnly, SameSite=Strict cookie and redirect to the same address without it, so it leaves the
address bar and history. API clients send it in a header instead. Cookie-authenticated
requests that change state also need the CSRF token (see :func:`csrf_guard`), because a
cookie is sent by the browser on its own, while a header is not.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import HTTPException, Request

from sparring.web.settings import WebSettings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
AUTH_KEY = "sparring_auth"
"""Key in ``scope["state"]`` saying how the request proved the token: ``cookie`` or ``header``."""
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf"

PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'"
)
BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'"
"""The brief is a self-contained document with inline CSS and no scripts."""


def _equal(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


class LocalGuard:
    """Host check, body limits, access token and security headers for every HTTP request."""

    def __init__(self, app: ASGIApp, settings: WebSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            status, message, extra = refusal
            await _plain(send, status, message, extra, api=_is_api(scope))
            return
        auth = self._authenticate(scope, headers)
        if auth == "query":
            await self._set_cookie_and_redirect(scope, send)
            return
        if auth is None:
            await _unauthorized(send, api=_is_api(scope))
            return
        scope.setdefault("state", {})[AUTH_KEY] = auth
        await self.app(scope, receive, _with_security_headers(send))

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, dict[str, str]] | None:
        host = headers.get("host", "").lower()
        if host not in self.settings.allowed_hosts:
            return 400, "unexpected Host header: this server answers only to its own address", {}
        origin = headers.get("origin")
        # "null" is what a browser sends when it withholds the origin; the CSRF token still has to match.
        foreign = origin is not None and origin != "null" and origin.lower() not in self.settings.allowed_origins
        if scope["method"] in UNSAFE and foreign:
            return 403, "cross-origin request refused", {}
        if scope["method"] in UNSAFE:
            length = headers.get("content-length")
            if length is None and "chunked" in headers.get("transfer-encoding", ""):
                return 411, "send the request body with a Content-Length", {}
            if length is not None and (not length.isdigit() or int(length) > self.settings.max_body):
                limit = self.settings.max_body // (1024 * 1024)
                return 413, f"the request body is larger than {limit} MB", {}
        return None

    def _authenticate(self, scope: Scope, headers: dict[str, str]) -> str | None:
        token = self.settings.token
        bearer = headers.get("authorization", "")
        if bearer.lower().startswith("bearer ") and _equal(bearer[7:].strip(), token):
            return "header"
        if _equal(headers.get("x-sparring-token"), token):
            return "header"
        if scope["method"] == "GET" and not _is_api(scope):
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            if _equal(query.get("token"), token):
                return "query"
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed Cookie header is the same as none
            return None
        morsel = cookie.get(self.settings.cookie_name)
        if morsel is not None and _equal(morsel.value, token):
            return "cookie"
        return None

    async def _set_cookie_and_redirect(self, scope: Scope, send: Send) -> None:
        query = [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1")) if k != "token"]
        location = same_site_path(scope.get("root_path", "") + scope["path"])
        if query:
            location += f"?{urlencode(query)}"
        cookie = f"{self.settings.cookie_name}={self.settings.token}; Path=/; HttpOnly; SameSite=Strict"
        await send(
            {
                "type": "http.response.start",
                "status": 303,
                "headers": [
                    (b"location", location.encode("latin-1")),
                    (b"set-cookie", cookie.encode("latin-1")),
                    (b"cache-control", b"no-store"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"content-length", b"0"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b""})


def same_site_path(path: str) -> str:
    """``path`` as a ``Location`` that stays on this server, whatever the request's path was.

    The path arrives percent-decoded, so ``/%2F%2Fevil.example`` is ``//evil.example``, which a
    browser reads as another host, and so is ``/\\evil.example`` (browsers treat ``\\`` as
    ``/``). Leading slashes and backslashes collapse to one ``/``, and the rest is
    percent-encoded again, so no tab, newline or backslash can make a browser see a host.
    """
    rest = path.lstrip("/\\")
    return "/" + quote(rest, safe="/:@!$&'()*+,;=~")


async def csrf_guard(request: Request) -> None:
    """App-wide dependency: a cookie-authenticated request that changes state must carry the
    CSRF token, in the ``X-CSRF-Token`` header (htmx sends it) or the ``csrf`` form field."""
    if request.method not in UNSAFE or request.scope.get("state", {}).get(AUTH_KEY) != "cookie":
        return
    expected = request.app.state.settings.csrf_token
    if _equal(request.headers.get(CSRF_HEADER), expected):
        return
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        if isinstance(value, str) and _equal(value, expected):
            return
    raise HTTPException(
        403,
        "the request lacks its CSRF token; reload the page and try again "
        "(API clients: send the token as 'Authorization: Bearer TOKEN' instead of the cookie)",
    )


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _is_api(scope: Scope) -> bool:
    return str(scope.get("path", "")).startswith("/api/")


def _with_security_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            names = {k.lower() for k, _ in headers}
            defaults = [
                (b"content-security-policy", PAGE_CSP.encode()),
                (b"x-content-type-options", b"nosniff"),
                (b"referrer-policy", b"same-origin"),
                (b"x-frame-options", b"SAMEORIGIN"),
                (b"cache-control", b"no-store"),
                (b"cross-origin-opener-policy", b"same-origin"),
            ]
            headers.extend((k, v) for k, v in defaults if k not in names)
            message["headers"] = headers
        await send(message)

    return wrapped


async def _plain(send: Send, status: int, message: str, extra: dict[str, str], *, api: bool) -> None:
    if api:
        import json

        body = json.dumps({"error": {"kind": "refused", "message": message, "hint": None, "problems": []}}).encode()
        content_type = b"application/json"
    else:
        body = (message + "\n").encode()
        content_type = b"text/plain; charset=utf-8"
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in extra.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


UNAUTHORIZED_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Access token needed - Sparring</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}
code{background:#f2f2f0;padding:.1em .3em;border-radius:3px}</style></head>
<body><h1>Access token needed</h1>
<p>This Sparring server only answers requests that carry its access token.</p>
<p>Open the link that <code>sparring serve</code> printed when it started (it ends in
<code>?token=…</code>). Your browser then keeps the token for this server.</p></body></html>
"""


async def _unauthorized(send: Send, *, api: bool) -> None:
    if api:
        await _plain(
            send,
            401,
            "missing or wrong access token: send it as 'Authorization: Bearer TOKEN'",
            {"www-authenticate": "Bearer"},
            api=True,
        )
        return
    body = UNAUTHORIZED_PAGE.encode()
    headers = [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"content-security-policy", b"default-src 'none'; style-src 'unsafe-inline'"),
        (b"cache-control", b"no-store"),
    ]
    await send({"type": "http.response.start", "status": 401, "headers": headers})
    await send({"type": "http.response.body", "body": body})
