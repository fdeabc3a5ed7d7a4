"""Everything the pages load is vendored in the package: no CDN, no external URL, htmx pinned."""

from __future__ import annotations

import hashlib
import re
from importlib import resources

from fastapi.testclient import TestClient

HTMX_SHA256 = "d6fdc75f204e6bdefa99b69bf1e6d4ac69b8a364f77929f45c13476b4000f717"
WEB = resources.files("sparring.web")


def test_htmx_is_the_recorded_version() -> None:
    data = WEB.joinpath("static", "htmx.min.js").read_bytes()
    assert hashlib.sha256(data).hexdigest() == HTMX_SHA256
    assert HTMX_SHA256 in WEB.joinpath("static", "VENDORED.md").read_text(encoding="utf-8")


def test_templates_and_assets_reference_nothing_outside() -> None:
    allowed = {"http://www.w3.org/2000/svg"}
    for folder in ("templates", "static"):
        for path in _walk(WEB.joinpath(folder)):
            if path.name == "htmx.min.js" or not path.name.endswith((".html", ".css", ".js", ".svg")):
                continue
            text = path.read_text(encoding="utf-8")
            urls = set(re.findall(r"https?://[^\s\"'<>)]+", text)) - allowed
            assert not urls, f"{path.name}: {urls}"


def test_static_files_are_served(browser_like: TestClient) -> None:
    for name, media in (("htmx.min.js", "javascript"), ("app.js", "javascript"), ("app.css", "text/css")):
        response = browser_like.get(f"/static/{name}")
        assert response.status_code == 200 and media in response.headers["content-type"]


def test_pages_load_only_local_scripts(browser_like: TestClient) -> None:
    page = browser_like.get("/cases/raise").text
    assert re.findall(r'<script src="([^"]+)"', page) == ["/static/htmx.min.js?v=0.1.0", "/static/app.js?v=0.1.0"]
    assert "<script>" not in page  # no inline script blocks: the CSP forbids them


def _walk(folder):  # type: ignore[no-untyped-def]
    for item in folder.iterdir():
        if item.is_dir():
            yield from _walk(item)
        else:
            yield item
