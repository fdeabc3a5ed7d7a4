"""The app factory: one FastAPI app over one store, with the pages, the API and the guards.

``create_app`` takes everything it needs as arguments (see :class:`WebSettings`), so tests
build an app over a temporary store and the server builds one over the user's store, with
the same code. The OpenAPI document covers the API only and is served under ``/api/v1``;
there is no interactive docs page because it would load scripts from a CDN.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

import anyio
from fastapi import Depends, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from sparring import __version__
from sparring.services.workspace import CaseStore
from sparring.web import errors
from sparring.web.access_log import AccessLog
from sparring.web.cache import VersionMemo
from sparring.web.live_sessions import LiveSessions
from sparring.web.security import LocalGuard, csrf_guard
from sparring.web.settings import WebSettings
from sparring.web.slugs import path_slug_guard

API_PREFIX = "/api/v1"


def create_app(settings: WebSettings, store: CaseStore | None = None) -> FastAPI:
    """The web app over ``store`` (opened from ``settings.store_url`` and closed with the app when not given)."""
    owned = store is None
    case_store = store if store is not None else CaseStore(settings.store_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            case_store.close()

    app = FastAPI(
        title="Sparring API",
        version=__version__,
        summary="Negotiation preparation: cases with versions, plan checks, deal maths, stress tests, market ranges, "
        "text analysis, rehearsals, the coach.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        dependencies=[Depends(path_slug_guard), Depends(csrf_guard)],
    )
    app.state.settings = settings
    app.state.store = case_store
    app.state.memo = VersionMemo()
    app.state.live = LiveSessions(settings.live_sessions, settings.live_ttl_s, settings.live_keep_s)
    app.state.heavy = anyio.CapacityLimiter(settings.heavy_jobs)
    errors.install(app)

    from sparring.web.api import coach as api_coach
    from sparring.web.api import practice as api_practice
    from sparring.web.api import routes as api_routes
    from sparring.web.routes import (
        analysis,
        analyze,
        brief,
        cases,
        coach,
        editor,
        llm,
        market,
        method,
        rehearse,
        sessions,
        yaml_editor,
    )

    app.include_router(api_routes.router, prefix=API_PREFIX)
    app.include_router(api_practice.router, prefix=API_PREFIX)
    app.include_router(api_coach.router, prefix=API_PREFIX)
    pages = (cases, editor, yaml_editor, analysis, coach, brief, market, method, rehearse, sessions, analyze, llm)
    for module in pages:
        app.include_router(module.router, include_in_schema=False)
    static = resources.files("sparring.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        """Pages name the SVG icon; this answers clients that ask the conventional address anyway."""
        return FileResponse(str(static.joinpath("favicon.svg")), media_type="image/svg+xml")

    app.add_middleware(LocalGuard, settings=settings)
    app.add_middleware(AccessLog)
    return app
