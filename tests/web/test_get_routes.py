"""Every GET route, enumerated from the app: none writes, none takes an unbounded number, and
every route with a ``{slug}`` refuses a name that is not one.

A page on another 127.0.0.1 port is "same site" and gets the SameSite=Strict cookie, so a GET
it triggers arrives authenticated: GETs must only read. The tables below name every GET route
of the app; a new one makes :func:`test_the_tables_cover_every_get_route` fail until it is
added here, with the query that exercises it.
"""

from __future__ import annotations

import sqlite3
import types
import typing

import pytest
from annotated_types import Le, Lt, MaxLen
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient

from sparring.web.settings import WebSettings

QUERIES: dict[str, list[str]] = {
    "/api/v1/cases": [""],
    "/api/v1/cases/{slug}": ["", "?version=1"],
    "/api/v1/cases/{slug}/versions": [""],
    "/api/v1/cases/{slug}/diff": ["?old=1&new=1"],
    "/api/v1/cases/{slug}/export": ["", "?format=json"],
    "/api/v1/cases/{slug}/check": [""],
    "/api/v1/cases/{slug}/deal": [""],
    "/api/v1/cases/{slug}/stress": ["?population=200&seed=7"],
    "/api/v1/market": ["?q=software%20developer"],
    "/api/v1/cases/{slug}/brief": ["", "?format=html"],
    "/api/v1/rehearsals/{session_id}": [""],
    "/api/v1/cases/{slug}/sessions": ["", "?mode=flip"],
    "/api/v1/cases/{slug}/sessions/{session_id}": [""],
    "/": [""],
    "/new": [""],
    "/method": [""],
    "/cases/{slug}/export.{fmt}": ["", "?version=1"],
    "/cases/{slug}/history": ["", "?old=1&new=1"],
    "/cases/{slug}": ["", "?saved=1"],
    "/cases/{slug}/yaml": [""],
    "/cases/{slug}/map": [""],
    "/cases/{slug}/deal": [""],
    "/cases/{slug}/stress": ["?population=200&seed=3"],
    "/cases/{slug}/coach": ["", "?accepted=1"],
    "/cases/{slug}/brief": [""],
    "/cases/{slug}/brief.{fmt}": ["", "?download=true"],
    "/market": ["", "?q=software%20developer&case=raise"],
    "/cases/{slug}/rehearse": [""],
    "/cases/{slug}/rehearse/{sid}": [""],
    "/cases/{slug}/flip": [""],
    "/cases/{slug}/flip/{sid}": ["", "?added=1"],
    "/cases/{slug}/sessions": [""],
    "/cases/{slug}/sessions/{session_id}": [""],
    "/analyze": ["", "?case=raise"],
    "/settings/llm": ["", "?saved=true&check=true"],
    "/settings/llm/endpoint": [""],
    "/api/v1/openapi.json": [""],
    "/favicon.ico": [""],
}
FORMATS = {"/cases/{slug}/export.{fmt}": ("yaml", "json"), "/cases/{slug}/brief.{fmt}": ("md", "html", "pdf")}


def get_routes(app: FastAPI) -> set[str]:
    return {str(c.path) for c in iter_route_contexts(app.routes) if c.methods and "GET" in c.methods}


def api_routes(app: FastAPI) -> list[tuple[str, APIRoute]]:
    return [
        (str(c.path), c.original_route)
        for c in iter_route_contexts(app.routes)
        if isinstance(c.original_route, APIRoute)
    ]


def test_the_tables_cover_every_get_route(api: TestClient) -> None:
    assert get_routes(api.app) == set(QUERIES)  # type: ignore[arg-type]


def dump(settings: WebSettings) -> list[str]:
    """Every row of every table of the store, in order: any write shows as a difference."""
    path = settings.store_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def ended_unsaved(api: TestClient, mode: str) -> str:
    """A live session that ended while the store was busy: finished, not saved yet."""
    started = api.post(f"/cases/raise/{mode}", follow_redirects=False)
    assert started.status_code == 303
    sid = started.headers["location"].rsplit("/", 1)[1]
    assert api.post(f"/cases/raise/{mode}/{sid}/turn", data={"text": "/end"}).status_code == 200
    live = api.app.state.live.find(sid)  # type: ignore[attr-defined]
    assert live.ended and live.saved_id is not None
    live.saved_id = None
    return str(sid)


def test_no_get_route_writes(api: TestClient, settings: WebSettings) -> None:
    rehearsal, flip = ended_unsaved(api, "rehearse"), ended_unsaved(api, "flip")
    saved = api.get("/api/v1/cases/raise/sessions").json()
    assert saved
    api_live = api.post("/api/v1/cases/raise/rehearsals", json={"mode": "rehearse"}).json()["id"]
    values = {"slug": "raise", "session_id": str(saved[0]["id"])}
    before = dump(settings)
    hit = 0
    for pattern, queries in QUERIES.items():
        for fmt in FORMATS.get(pattern, ("",)):
            sid = flip if "/flip/" in pattern else rehearsal
            session = api_live if pattern.startswith("/api/v1/rehearsals/") else values["session_id"]
            path = pattern.format(slug="raise", sid=sid, fmt=fmt, session_id=session)
            for query in queries:
                response = api.get(path + query)
                assert response.status_code == 200, (path + query, response.text[:300])
                hit += 1
    assert hit > len(QUERIES)
    assert dump(settings) == before
    assert settings.llm_config is not None and not settings.llm_config.exists()
    assert api.app.state.live.find(rehearsal).saved_id is None  # type: ignore[attr-defined]
    assert api.app.state.live.find(flip).saved_id is None  # type: ignore[attr-defined]


def test_the_save_button_of_an_unsaved_session_saves_it_once(api: TestClient) -> None:
    """The retry that a page load used to do is a POST now, from the button the page shows."""
    sid = ended_unsaved(api, "rehearse")
    page = api.get(f"/cases/raise/rehearse/{sid}").text
    assert "Not saved yet (the store was busy)." in page
    assert 'name="text" value="/end">Save the session</button>' in page
    count = len(api.get("/api/v1/cases/raise/sessions").json())
    assert api.post(f"/cases/raise/rehearse/{sid}/turn", data={"text": "/end"}).status_code == 200
    assert api.post(f"/cases/raise/rehearse/{sid}/turn", data={"text": "/end"}).status_code == 200
    assert len(api.get("/api/v1/cases/raise/sessions").json()) == count + 1
    page = api.get(f"/cases/raise/rehearse/{sid}").text
    assert "Not saved yet" not in page
    assert "Saved as session" in page


def _bounded(route: APIRoute, name: str) -> bool:
    param = next(p for p in (*route.dependant.query_params, *route.dependant.path_params) if p.name == name)
    annotation = param.field_info.annotation
    kinds = set(typing.get_args(annotation)) - {type(None)} if isinstance(annotation, types.UnionType) else {annotation}
    metadata = param.field_info.metadata
    if kinds & {int, float}:
        return any(isinstance(m, (Le, Lt)) for m in metadata)
    if str in kinds:
        return any(isinstance(m, MaxLen) or getattr(m, "pattern", None) for m in metadata) or name in ("slug", "sid")
    return True


def test_every_number_and_text_parameter_has_a_bound(api: TestClient) -> None:
    """An unbounded integer reaches the store as an overflow (a 500); an unbounded text, the matchers."""
    unbounded = [
        f"{sorted(route.methods)} {path} {p.name}"
        for path, route in api_routes(api.app)  # type: ignore[arg-type]
        for p in (*route.dependant.query_params, *route.dependant.path_params)
        if not _bounded(route, p.name)
    ]
    assert unbounded == []


def test_a_huge_version_number_is_a_422_not_a_500(api: TestClient) -> None:
    response = api.get("/cases/raise/history?old=1&new=99999999999999999999")
    assert response.status_code == 422


@pytest.mark.parametrize("bad", ["-", "notes.yaml", "config.yml", "x.json", "...", "Raise", "raise\n", "a" * 65])
def test_every_route_with_a_slug_refuses_what_is_not_one(api: TestClient, bad: str) -> None:
    from urllib.parse import quote

    routes = [(path, route) for path, route in api_routes(api.app) if "{slug}" in path]  # type: ignore[arg-type]
    assert len(routes) > 30
    for path, route in routes:
        url = path.format(slug=quote(bad, safe=""), sid="x" * 16, fmt="json", session_id="1")
        for method in sorted(route.methods):
            response = api.request(method, url, json={}) if url.startswith("/api/") else api.request(method, url)
            assert response.status_code == 404, (method, url, response.text[:200])
