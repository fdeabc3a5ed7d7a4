"""The JSON API through the ASGI client: every route, its statuses, and its documents."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file

GET_ROUTES = [
    ("/api/v1/cases", 200),
    ("/api/v1/cases/raise", 200),
    ("/api/v1/cases/raise?version=1", 200),
    ("/api/v1/cases/raise?version=9", 404),
    ("/api/v1/cases/raise?version=0", 422),
    ("/api/v1/cases/nope", 404),
    ("/api/v1/cases/Not_A_Slug", 404),
    ("/api/v1/cases/notes.yaml/export", 404),
    ("/api/v1/cases/-/check", 404),
    ("/api/v1/cases/raise/versions", 200),
    ("/api/v1/cases/raise/diff?old=1&new=1", 200),
    ("/api/v1/cases/raise/diff?old=1&new=2", 404),
    ("/api/v1/cases/raise/export", 200),
    ("/api/v1/cases/raise/export?format=json", 200),
    ("/api/v1/cases/raise/export?format=xml", 422),
    ("/api/v1/cases/raise/check", 200),
    ("/api/v1/cases/deal/deal", 200),
    ("/api/v1/cases/flexibility/stress?population=500", 200),
    ("/api/v1/cases/flexibility/stress?population=5", 422),
    ("/api/v1/cases/raise/brief", 200),
    ("/api/v1/cases/raise/brief?format=html", 200),
    ("/api/v1/market?q=software%20developer", 200),
    ("/api/v1/market?q=", 422),
    ("/api/v1/openapi.json", 200),
]


@pytest.mark.parametrize(("path", "status"), GET_ROUTES)
def test_get_routes(api: TestClient, path: str, status: int) -> None:
    response = api.get(path)
    assert response.status_code == status, response.text
    if status >= 400:
        error = response.json()["error"]
        assert error["message"] and error["kind"]


def _case(name: str) -> dict[str, Any]:
    return load_case_file(example_path(name)).case.to_json_data()


def test_cases_have_versions_and_diffs(api: TestClient) -> None:
    created = api.post("/api/v1/cases", json={"slug": "my-raise", "case": _case("raise"), "note": "first"})
    assert created.status_code == 201
    assert created.json()["version"] == 1
    edited = _case("raise")
    edited["goal"]["amount"] = 140000
    revised = api.put("/api/v1/cases/my-raise", json={"case": edited, "base_version": 1})
    assert revised.status_code == 200 and revised.json()["version"] == 2
    assert [v["version"] for v in api.get("/api/v1/cases/my-raise/versions").json()] == [1, 2]
    assert api.get("/api/v1/cases/my-raise/diff?old=1&new=2").json() == [
        {"path": "goal.amount", "kind": "changed", "old": 136000, "new": 140000}
    ]
    assert api.get("/api/v1/cases/my-raise?version=1").json()["case"]["goal"]["amount"] == 136000
    assert "my-raise" in [c["slug"] for c in api.get("/api/v1/cases").json()]


@pytest.mark.parametrize(
    ("body", "status", "kind"),
    [
        ({"slug": "raise", "case": {}}, 409, "conflict"),
        ({"slug": "fresh", "case": {"kind": "raise"}}, 422, "invalid"),
        ({"slug": "fresh", "case": {"kind": "raise", "title": "t", "goal": {"what": "x", "amount": "lots"}}}, 422, "invalid"),
        ({"slug": "Bad Slug", "case": {}}, 422, "invalid"),
        ({"slug": "fresh"}, 422, "invalid"),
        ({"slug": "fresh", "case": {}, "extra": 1}, 422, "invalid"),
    ],
)
def test_create_refusals(api: TestClient, body: dict[str, Any], status: int, kind: str) -> None:
    response = api.post("/api/v1/cases", json=body)
    assert response.status_code == status
    assert response.json()["error"]["kind"] == kind


def test_invalid_documents_locate_each_problem(api: TestClient) -> None:
    case = _case("raise")
    case["goal"]["amount"] = "132k"
    case["counterpart"]["style"] = "shouty"
    problems = api.post("/api/v1/cases", json={"slug": "broken", "case": case}).json()["error"]["problems"]
    paths = {p["path"] for p in problems}
    assert "goal.amount" in paths
    assert "counterpart.style" in paths


def test_a_stale_base_version_is_a_conflict(api: TestClient) -> None:
    case = _case("raise")
    assert api.put("/api/v1/cases/raise", json={"case": case, "base_version": 1}).status_code == 200
    stale = api.put("/api/v1/cases/raise", json={"case": case, "base_version": 1})
    assert stale.status_code == 409
    assert "version 2" in stale.json()["error"]["message"]


def test_check_reports_findings_with_principles(api: TestClient) -> None:
    body = api.get("/api/v1/cases/raise/check").json()
    assert body["ready"] is True and 0 <= body["score"] <= 100
    draft = _case("raise")
    del draft["walk_away"]
    checked = api.post("/api/v1/check", json={"case": draft}).json()
    assert checked["ready"] is False
    assert any(f["principle"] == "WALKAWAY.DEFINED" and f["severity"] == "blocker" for f in checked["findings"])


def test_deal_and_stress_are_the_engines_documents(api: TestClient) -> None:
    deal = api.get("/api/v1/cases/raise/deal").json()
    assert {"frontier", "nash", "meso", "trades", "zopa"} <= set(deal)
    stress = api.get("/api/v1/cases/raise/stress?population=1000&seed=3").json()
    assert stress["population"] == 1000 and stress["seed"] == 3
    assert stress["recommended"] is None or "p_agreement" in stress["recommended"]


def test_market_lookup_and_fill(api: TestClient) -> None:
    found = api.get("/api/v1/market?q=registered%20nurse&limit=3").json()
    assert found["results"][0]["code"] == "29-1141"
    filled = api.post("/api/v1/cases/raise/market", json={"code": "29-1141"})
    assert filled.status_code == 200
    market = api.get("/api/v1/cases/raise").json()["case"]["market"]
    assert market["source"] == "oews:29-1141"
    assert api.post("/api/v1/cases/raise/market", json={"code": "99-9999"}).status_code in (404, 422)


def test_exports(api: TestClient) -> None:
    yaml_text = api.get("/api/v1/cases/raise/export").text
    assert yaml_text.startswith("# yaml-language-server")  # comments kept
    assert api.get("/api/v1/cases/raise/export?format=json").json()["kind"] == "raise"
    assert api.get("/api/v1/cases/raise/brief").text.startswith("# ")


def test_the_openapi_document_lists_the_api_only(api: TestClient) -> None:
    spec = api.get("/api/v1/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/api/v1/cases",
        "/api/v1/cases/{slug}",
        "/api/v1/cases/{slug}/versions",
        "/api/v1/cases/{slug}/check",
        "/api/v1/cases/{slug}/deal",
        "/api/v1/cases/{slug}/stress",
        "/api/v1/market",
        "/api/v1/check",
    } <= paths
    assert all(p.startswith("/api/v1/") for p in paths)
