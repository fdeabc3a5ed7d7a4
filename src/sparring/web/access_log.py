"""The server log: one line per request with the route *pattern*, never the concrete path.

A concrete path carries a case's name and a query string may carry the access token or a
search, so we log ``GET /cases/{slug}/deal 200 4.1 ms`` instead. Uvicorn's own access log is
switched off for the same reason (see :mod:`sparring.web.server`).
"""

from __future__ import annotations

import logging
import time

from sparring.web.security import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("sparring.web.access")


class AccessLog:
    """Logs method, route pattern, status and duration of every HTTP request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = [500]

        async def record(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, record)
        finally:
            pattern = route_pattern(scope)
            elapsed = (time.perf_counter() - start) * 1000
            log.info("%s %s %d %.1f ms", scope["method"], pattern, status[0], elapsed)


def route_pattern(scope: Scope) -> str:
    """``/api/v1/cases/{slug}`` for ``/api/v1/cases/raise``: the matched route with its router prefix."""
    path = str(scope.get("path", ""))
    route = getattr(scope.get("route"), "path", None)
    if not isinstance(route, str):
        return "/static/…" if path.startswith("/static/") else "-"
    extra = path.count("/") - route.count("/")
    prefix = "/".join(path.split("/")[: extra + 1]) if extra > 0 else ""
    return prefix + route
