"""Every page and fragment through the ASGI client: they render, link only to what exists, and
carry out their flows (create, import, export, history, market, brief)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from sparring.services.examples import EXAMPLE_NAMES, example_path
from sparring.web import nav

SLUGS = [name.replace("_", "-") for name in EXAMPLE_NAMES]
CASE_PAGES = ["", "/yaml", "/map", "/deal", "/stress?population=500", "/brief", "/history"]


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("page", CASE_PAGES)
def test_case_pages_render(browser_like: TestClient, slug: str, page: str) -> None:
    response = browser_like.get(f"/cases/{slug}{page}")
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>" in response.text


@pytest.mark.parametrize(
    ("path", "expect"), [("/", "Open a saved case"), ("/new", "Start from a template"), ("/market", "Job title")]
)
def test_site_pages_render(browser_like: TestClient, path: str, expect: str) -> None:
    response = browser_like.get(path)
    assert response.status_code == 200 and expect in response.text


def test_the_menu_lists_only_registered_pages(browser_like: TestClient) -> None:
    page = browser_like.get("/cases/raise").text
    for link in nav.links("case"):
        assert f'href="{browser_like.app.url_path_for(link.route, slug="raise")}"' in page  # type: ignore[attr-defined]
    labels = re.findall(r'<nav aria-label="Case">(.*?)</nav>', page, re.S)[0]
    assert labels.count("<li>") == len(nav.links("case"))
    assert "coming soon" not in page.lower()


def test_the_list_shows_readiness_badges(browser_like: TestClient) -> None:
    page = browser_like.get("/").text
    assert page.count('class="badge ready"') == len(SLUGS)
    assert re.search(r"\d+/100", page)


@pytest.mark.parametrize("kind", ["raise", "promotion", "job_offer", "deal", "flexibility", "resources", "custom"])
def test_create_from_each_template(browser_like: TestClient, kind: str) -> None:
    created = browser_like.post("/new", data={"kind": kind, "name": f"new {kind}"}, follow_redirects=False)
    assert created.status_code == 303
    slug = f"new-{kind.replace('_', '-')}"
    assert created.headers["location"] == f"/cases/{slug}"
    editor = browser_like.get(created.headers["location"]).text
    assert "Not ready" in editor  # templates have placeholders to fill
    assert 'class="note blocker"' in editor


def test_create_picks_a_free_name_and_refuses_a_taken_one(browser_like: TestClient) -> None:
    first = browser_like.post("/new", data={"kind": "raise"}, follow_redirects=False)
    assert first.headers["location"] == "/cases/raise-2"
    taken = browser_like.post("/new", data={"kind": "raise", "name": "deal"})
    assert taken.status_code == 409 and "exists already" in taken.text


@pytest.mark.parametrize(
    ("content", "name", "status", "expect"),
    [
        (example_path("raise").read_bytes(), "imported", 303, ""),
        (b"kind: raise\ntitle: x\n", "partial", 422, "goal"),
        (b"kind: raise\ntitle: [unclosed\n", "broken", 422, "case.yaml:3:1: not valid YAML"),
        (b"kind: \x80raise\n", "binary", 422, "case.yaml:1:7: the file is not UTF-8 text (byte 0x80"),
        (b"\xff\xfe", "bom-only", 422, "case.yaml: the file is empty"),
        ("\ufeff".encode("utf-16-le") + example_path("raise").read_text().encode("utf-16-le"), "utf16", 303, ""),
        (example_path("raise").read_bytes(), "deal", 409, "exists already"),
    ],
)
def test_import(browser_like: TestClient, content: bytes, name: str, status: int, expect: str) -> None:
    response = browser_like.post(
        "/import",
        files={"file": ("case.yaml", content, "application/yaml")},
        data={"name": name},
        follow_redirects=False,
    )
    assert response.status_code == status, response.text[:400]
    assert expect in response.text


def test_export_and_history(browser_like: TestClient) -> None:
    yaml_text = browser_like.get("/cases/raise/export.yaml")
    assert yaml_text.headers["content-disposition"] == 'attachment; filename="raise.yaml"'
    assert "kind: raise" in yaml_text.text
    assert browser_like.get("/cases/raise/export.json").json()["kind"] == "raise"
    assert browser_like.get("/cases/raise/export.yaml?version=7").status_code == 404
    history = browser_like.get("/cases/raise/history?old=1&new=1").text
    assert "Only one version so far" in history


def test_market_search_fragment_and_fill(browser_like: TestClient) -> None:
    fragment = browser_like.get("/market?q=nurse&case=raise", headers={"HX-Request": "true"})
    assert "<html" not in fragment.text and "29-1141" in fragment.text and "Use this range" in fragment.text
    filled = browser_like.post("/cases/raise/market", data={"code": "29-1141"}, follow_redirects=False)
    assert filled.status_code == 303 and filled.headers["location"].startswith("/cases/raise?saved=2")
    assert "29-1141" in browser_like.get("/cases/raise").text
    diff = browser_like.get("/cases/raise/history?old=1&new=2").text
    assert "market.source" in diff


@pytest.mark.parametrize(("fmt", "media"), [("md", "text/markdown"), ("html", "text/html"), ("pdf", "application/pdf")])
def test_brief_exports(browser_like: TestClient, fmt: str, media: str) -> None:
    response = browser_like.get(f"/cases/raise/brief.{fmt}")
    if fmt == "pdf" and response.status_code == 503:
        pytest.skip("WeasyPrint is not installed here")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    if fmt == "pdf":
        assert response.content.startswith(b"%PDF")


def test_analysis_pages_explain_what_is_missing(browser_like: TestClient) -> None:
    browser_like.post("/new", data={"kind": "custom", "name": "bare"})
    deal = browser_like.get("/cases/bare/deal")
    assert deal.status_code == 200
    stress = browser_like.get("/cases/bare/stress")
    assert stress.status_code == 200


def test_stress_parameters_are_bounded(browser_like: TestClient) -> None:
    assert browser_like.get("/cases/raise/stress?population=10").status_code == 422
    assert browser_like.get("/cases/raise/stress?risk=2").status_code == 422
    page = browser_like.get("/cases/raise/stress?population=1000&risk=0.3").text
    assert "Recommended opening" in page and "<svg" in page


def test_map_highlights_unlinked_asks(browser_like: TestClient, api: TestClient) -> None:
    case = api.get("/api/v1/cases/raise").json()["case"]
    case["asks"][0]["serves"] = []
    assert api.put("/api/v1/cases/raise", json={"case": case}).status_code == 200
    page = browser_like.get("/cases/raise/map").text
    assert "not linked to any of their incentives" in page
    assert page.count('<path d="M') >= 1  # the other links are still drawn


def test_route_names_are_unique(browser_like: TestClient) -> None:
    names = [getattr(route, "name", None) for route in browser_like.app.routes]  # type: ignore[attr-defined]
    named = [n for n in names if n]
    assert len(named) == len(set(named))


def test_forms_post_to_pages_not_the_api(browser_like: TestClient) -> None:
    for path in ("/new", "/cases/raise", "/cases/raise/yaml", "/market?q=nurse&case=raise"):
        actions = re.findall(r'<form[^>]*action="([^"]+)"', browser_like.get(path).text)
        assert actions and not any(a.startswith("/api/") for a in actions), (path, actions)
