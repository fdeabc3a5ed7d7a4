"""The Analyze page: a text (and optionally a case) in, the tagged text with suggestions out."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

HX = {"HX-Request": "true"}


def test_the_page_has_the_form_and_the_cases(browser_like: TestClient) -> None:
    page = browser_like.get("/analyze?case=deal").text
    assert '<textarea id="an-text" name="text"' in page and 'name="csrf"' in page
    assert '<option value="deal" selected>' in page and '<option value="raise">' in page
    assert 'hx-target="#analysis"' in page


@pytest.mark.parametrize(
    ("text", "case", "expect"),
    [
        ("I was wondering if maybe we could look at 130k?", "", ['<mark class="minus" title="hedge · CONFIDENCE">', "Try: “"]),
        ("Since April I cut the cloud bill by 20%, saving 256,800 USD.", "", ['<mark class="plus" title="evidence · VALUE.RECEIPTS">']),
        ("Keeping attrition under 5% matters, and this helps.", "raise", ["speaks to:", "You never mentioned"]),
        ("We need 200k or we walk.", "", ['class="chip minus"', "ultimatum"]),
        ("   ", "", ["Write something to analyse"]),
    ],
)
def test_the_fragment_marks_the_spans(browser_like: TestClient, text: str, case: str, expect: list[str]) -> None:
    response = browser_like.post("/analyze", data={"text": text, "case": case}, headers=HX)
    assert response.status_code == 200 and "<html" not in response.text
    for needle in expect:
        assert needle in response.text, needle


def test_the_marked_text_keeps_every_character(browser_like: TestClient) -> None:
    import html
    import re

    text = "Sorry to ask. I was wondering if maybe we could look at 130k? <b>bold</b> & more."
    fragment = browser_like.post("/analyze", data={"text": text}, headers=HX).text
    marked = re.findall(r'<p class="marked">(.*?)</p>', fragment, re.S)
    plain = " ".join(html.unescape(re.sub(r"<[^>]+>", "", m)) for m in marked)
    assert plain == text
    assert "<b>bold</b>" not in fragment  # escaped, not markup


def test_without_htmx_the_whole_page_comes_back(browser_like: TestClient) -> None:
    page = browser_like.post("/analyze", data={"text": "Sorry.", "case": "raise"}).text
    assert "<h1>Analyze a text</h1>" in page and "What the text says" in page and ">Sorry.</textarea>" in page


@pytest.mark.parametrize(("data", "status"), [({"text": "x", "case": "nope"}, 404), ({"text": "x " * 10_001}, 422), ({"text": "9" * 201}, 422)])
def test_refusals(browser_like: TestClient, data: dict[str, str], status: int) -> None:
    assert browser_like.post("/analyze", data=data).status_code == status


def test_analyze_needs_the_csrf_token(browser_like: TestClient) -> None:
    del browser_like.headers["X-CSRF-Token"]
    assert browser_like.post("/analyze", data={"text": "x"}).status_code == 403
