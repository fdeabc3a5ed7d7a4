"""One mapping from SparringError kinds to HTTP statuses, for the API, pages and htmx fragments;
a bug is a calm 500 that leaks nothing and logs no content."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from sparring.model.errors import ErrorKind, SparringError
from sparring.web.errors import STATUS

KINDS: list[tuple[ErrorKind, int]] = [
    ("invalid", 422),
    ("not_found", 404),
    ("conflict", 409),
    ("busy", 503),
    ("unavailable", 503),
]


def test_every_kind_has_a_status() -> None:
    assert dict(KINDS) == STATUS


def _fail(store: object, kind: ErrorKind, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args: object, **_kwargs: object) -> None:
        raise SparringError(f"simulated {kind}", hint="a hint", kind=kind)

    monkeypatch.setattr(store, "list", boom)


@pytest.mark.parametrize(("kind", "status"), KINDS)
def test_api_statuses(api: TestClient, kind: ErrorKind, status: int, monkeypatch: pytest.MonkeyPatch) -> None:
    _fail(api.app.state.store, kind, monkeypatch)  # type: ignore[attr-defined]
    response = api.get("/api/v1/cases")
    assert response.status_code == status
    assert response.json()["error"] == {"kind": kind, "message": f"simulated {kind}", "hint": "a hint", "problems": []}
    assert ("retry-after" in response.headers) == (kind == "busy")


@pytest.mark.parametrize(("kind", "status"), KINDS)
def test_page_statuses(browser_like: TestClient, kind: ErrorKind, status: int, monkeypatch: pytest.MonkeyPatch) -> None:
    _fail(browser_like.app.state.store, kind, monkeypatch)  # type: ignore[attr-defined]
    response = browser_like.get("/")
    assert response.status_code == status
    assert f"simulated {kind}" in response.text and "a hint" in response.text
    assert response.headers["content-type"].startswith("text/html")


def test_htmx_errors_go_to_the_flash_area(browser_like: TestClient) -> None:
    response = browser_like.get("/market?case=no-such-case", headers={"HX-Request": "true"})
    assert response.status_code == 404
    assert response.headers["hx-retarget"] == "#flash"
    assert "flash error" in response.text


def test_a_bug_is_a_500_without_details(settings: object, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from sparring.web.app import create_app

    with TestClient(create_app(settings), base_url="http://127.0.0.1:8765", raise_server_exceptions=False) as client:  # type: ignore[arg-type]
        client.headers["Authorization"] = "Bearer test-token-0123456789abcdef"

        content = "-".join(["secret", "case", "content"])  # not in any source line the traceback shows

        def bug(*_args: object) -> None:
            raise RuntimeError(content)

        monkeypatch.setattr(client.app.state.store, "list", bug)  # type: ignore[attr-defined]
        with caplog.at_level(logging.ERROR, logger="sparring.web"):
            api = client.get("/api/v1/cases")
            page = client.get("/")
    assert api.status_code == 500 and api.json()["error"]["kind"] == "internal"
    assert page.status_code == 500 and "Something went wrong" in page.text
    for text in (api.text, page.text, caplog.text):
        assert "secret-case-content" not in text
    assert "RuntimeError" in caplog.text and "GET /cases" in caplog.text


def test_unknown_pages_are_404(browser_like: TestClient) -> None:
    response = browser_like.get("/no/such/page")
    assert response.status_code == 404
    assert "Not found" in response.text
