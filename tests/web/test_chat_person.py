"""The counterpart as a person in the rehearsal chat, in a real Chromium against a real `sparring serve`.

A header with their name, role, style in plain words and an initials avatar (CSS, no image);
their lines under their first name; under each of your lines what they heard; after Accept the
focus is on the result, not lost. Screenshots: ``out/screenshots/chat-person-*.png``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.chat_pages import SIZES, say, sized_tab, start_example
from tests.web.live_server import LiveServer, live_server
from tests.web.test_browser import CHROMIUM, RAISE_SCRIPT, shot

playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed (make test installs it)")

LINE = "I cut failed card payments by 31% last quarter, and I'm asking for 136k from April."


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("home"), "--demo") as running:
        yield running


@pytest.fixture(params=sorted(SIZES))
def page(browser: Any, server: LiveServer, request: pytest.FixtureRequest) -> Iterator[Any]:
    yield from sized_tab(browser, server.url, request.param)


def test_the_header_shows_the_counterpart_as_a_person(page: Any) -> None:
    start_example(page)
    header = page.get_by_role("region", name="Who you are talking to")
    assert header.locator(".cp-name").inner_text() == "Marta Kowalski"
    assert (
        header.locator(".cp-role").inner_text()
        == "Engineering Manager, Platform · Northwind Freight, Platform Engineering"
    )
    assert header.locator(".cp-style").inner_text() == "Balanced: open to trades, wants a good reason for each"
    avatar = header.locator(".avatar")
    assert avatar.inner_text() == "MK" and avatar.get_attribute("aria-hidden") == "true"
    assert avatar.evaluate("el => getComputedStyle(el).borderRadius") == "50%"
    assert header.locator("img").count() == 0
    box = avatar.bounding_box()
    assert abs(box["width"] - box["height"]) < 1  # a circle, not an oval squeezed by the text
    first = page.locator("#chat-log .turn.them .who").first.inner_text()
    assert first.startswith("MARTA")  # their lines go under their first name (shown in capitals)


def test_each_typed_line_shows_what_they_heard(page: Any) -> None:
    start_example(page)
    say(page, LINE)
    heard = page.locator("#chat-log .turn.you .heard").last
    assert heard.is_visible()
    assert heard.inner_text() == "Marta heard: a proposal (136k from April) · a receipt · not an offer: 31% (a result)"
    assert heard.evaluate("el => getComputedStyle(el).fontStyle") == "normal"
    shot(page, f"chat-person-{page.size}")


def test_after_accept_the_focus_is_on_the_result(page: Any) -> None:
    start_example(page)
    for line in RAISE_SCRIPT[:4]:  # up to their first counter-offer
        say(page, line)
    assert page.locator("#chat-log .turn.them .move").last.inner_text() == "counter-offer"
    page.get_by_role("button", name="Accept").click()
    page.wait_for_selector(".scorecard")
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'scorecard-title'")
    focused = page.evaluate("document.activeElement.textContent")
    assert re.search(r"\d+/100", focused)
    page.keyboard.press("Tab")  # the keyboard goes on from the result, not from the top of the page
    after = page.evaluate("document.activeElement.closest('.scorecard, .ended') !== null")
    assert after


def test_a_hard_counterpart_reads_as_firm(page: Any, server: LiveServer) -> None:
    page.goto(server.base + "/cases/deal/rehearse")
    page.get_by_label("Their style").select_option("hard")
    page.get_by_role("button", name="Start rehearsal").click()
    page.wait_for_url(re.compile(r"/cases/deal/rehearse/[A-Za-z0-9_-]{16}$"))
    header = page.get_by_role("region", name="Who you are talking to")
    assert header.locator(".cp-name").inner_text() == "Tomas Reyes"
    assert header.locator(".avatar").inner_text() == "TR"
    assert header.locator(".cp-style").inner_text().startswith("Firm: ")
    assert "style-hard" in (header.locator(".avatar").get_attribute("class") or "")
