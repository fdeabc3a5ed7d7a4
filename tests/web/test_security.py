"""Local-mode security: Host check, access token (URL once → cookie; header for the API), CSRF,
Origin, body limits, security headers, and a server log without case content or the token."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from sparring.web.settings import WebSettings
from tests.web.conftest import TOKEN
from tests.web.helpers import FORM, form_items, post_form


@pytest.mark.parametrize(
    ("path", "headers", "status"),
    [
        ("/", {}, 401),
        ("/cases/raise", {}, 401),
        ("/static/htmx.min.js", {}, 401),
        ("/api/v1/cases", {}, 401),
        ("/api/v1/openapi.json", {}, 401),
        ("/api/v1/cases", {"Authorization": "Bearer wrong-token-0123456789"}, 401),
        ("/api/v1/cases", {"Authorization": f"Bearer {TOKEN}"}, 200),
        ("/api/v1/cases", {"X-Sparring-Token": TOKEN}, 200),
        ("/", {"Authorization": f"Bearer {TOKEN}"}, 200),
        ("/", {"Cookie": f"sparring_token_8765={TOKEN}"}, 200),
        ("/", {"Cookie": f"sparring_token_9999={TOKEN}"}, 401),
        ("/", {"Cookie": "sparring_token_8765=nope"}, 401),
        ("/", {"Cookie": 'bad"cookie'}, 401),
        ("/api/v1/cases?token=" + TOKEN, {}, 401),
    ],
)
def test_every_request_needs_the_token(anon: TestClient, path: str, headers: dict[str, str], status: int) -> None:
    assert anon.get(path, headers=headers).status_code == status


def test_the_unauthorized_page_says_where_the_token_is(anon: TestClient) -> None:
    page = anon.get("/cases/raise")
    assert page.status_code == 401
    assert "Access token needed" in page.text and "sparring serve" in page.text
    assert "Raise" not in page.text  # nothing about any case
    api = anon.get("/api/v1/cases")
    assert api.headers["www-authenticate"] == "Bearer"
    assert api.json()["error"]["kind"] == "refused"


def test_the_token_in_the_url_becomes_a_cookie_and_leaves_the_address(anon: TestClient, settings: WebSettings) -> None:
    first = anon.get(f"/cases/raise/deal?token={TOKEN}&x=1", follow_redirects=False)
    assert first.status_code == 303
    assert first.headers["location"] == "/cases/raise/deal?x=1"
    cookie = first.headers["set-cookie"]
    assert cookie.startswith(f"{settings.cookie_name}={TOKEN};")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert first.headers["referrer-policy"] == "no-referrer"
    assert anon.get("/cases/raise/deal?x=1").status_code == 200  # the client kept the cookie


@pytest.mark.parametrize(
    "host", ["evil.example:8765", "127.0.0.1:9999", "localhost", "127.0.0.1.nip.io:8765", "", "attacker.com"]
)
def test_a_foreign_host_header_is_refused_before_the_token(anon: TestClient, host: str) -> None:
    response = anon.get(f"/?token={TOKEN}", headers={"Host": host}, follow_redirects=False)
    assert response.status_code == 400
    assert "set-cookie" not in response.headers


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "LOCALHOST:8765"])
def test_loopback_names_are_accepted(api: TestClient, host: str) -> None:
    assert api.get("/api/v1/cases", headers={"Host": host}).status_code == 200


def test_extra_hosts_are_accepted_when_configured(settings: WebSettings) -> None:
    from dataclasses import replace

    from sparring.web.app import create_app

    with TestClient(create_app(replace(settings, extra_hosts=("box.lan",))), base_url="http://box.lan:8765") as c:
        assert c.get("/api/v1/cases", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_cookie_posts_need_the_csrf_token(browser_like: TestClient, settings: WebSettings) -> None:
    items = [(k, v) for k, v in form_items(browser_like.get("/cases/raise").text) if k != "csrf"]
    no_header = {k: v for k, v in browser_like.headers.items() if k.lower() != "x-csrf-token"}
    browser_like.headers.clear()
    browser_like.headers.update(no_header)
    refused = post_form(browser_like, "/cases/raise/check", items)
    assert refused.status_code == 403
    assert post_form(browser_like, "/cases/raise/check", [*items, ("csrf", settings.csrf_token)]).status_code == 200
    assert post_form(browser_like, "/cases/raise/check", [*items, ("csrf", "forged")]).status_code == 403
    headed = browser_like.post(
        "/cases/raise/check", content="title=x", headers={**FORM, "X-CSRF-Token": settings.csrf_token}
    )
    assert headed.status_code == 200
    assert browser_like.post("/api/v1/check", json={"case": {}}).status_code == 403


def test_header_authenticated_api_calls_need_no_csrf_token(api: TestClient) -> None:
    assert api.post("/api/v1/check", json={"case": {"kind": "raise"}}).status_code == 422  # reached the handler


@pytest.mark.parametrize(
    ("origin", "status"), [("http://evil.example", 403), ("http://127.0.0.1:8765", 200), ("null", 200)]
)
def test_cross_origin_posts_are_refused(browser_like: TestClient, origin: str, status: int) -> None:
    response = browser_like.post("/cases/raise/check", content="title=x", headers={**FORM, "Origin": origin})
    assert response.status_code == status


def test_request_bodies_are_limited(api: TestClient, settings: WebSettings) -> None:
    big = b"x" * (settings.max_body + 1)
    response = api.post("/api/v1/check", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    chunked = api.post(
        "/api/v1/check", content=iter([b"{}"]), headers={"Content-Type": "application/json"}
    )
    assert chunked.status_code == 411


def test_pages_carry_security_headers(browser_like: TestClient) -> None:
    headers = browser_like.get("/cases/raise").headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe" not in csp and "frame-ancestors 'self'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"  # never sent to another site
    assert headers["cache-control"] == "no-store"
    brief = browser_like.get("/cases/raise/brief.html").headers["content-security-policy"]
    assert "script-src" not in brief and "default-src 'none'" in brief


def test_the_log_names_routes_not_cases_or_tokens(
    browser_like: TestClient, anon: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="sparring.web"):
        anon.get(f"/cases/raise?token={TOKEN}", follow_redirects=False)
        browser_like.get("/cases/job-offer/deal")
        browser_like.get("/market?q=registered+nurse")
        items = form_items(browser_like.get("/cases/raise").text)
        post_form(browser_like, "/cases/raise/check", items)
        browser_like.get("/cases/no-such-case")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /cases/{slug}/deal 200" in text
    assert "POST /cases/{slug}/check 200" in text
    assert "GET /cases/{slug} 404" in text
    for secret in (TOKEN, "job-offer", "nurse", "raise", "no-such-case", "Senior"):
        assert secret not in text, secret
