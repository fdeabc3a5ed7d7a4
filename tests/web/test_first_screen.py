"""The first screen a new user sees, in a real Chromium against a real `sparring serve`.

It says what Sparring does and offers three starts: a rehearsal of a shipped example in one
click, a plan of one's own from a kind's template, and the saved cases. At laptop and phone
width; on a phone the case tabs wrap, so Rehearse is on screen. Screenshots go to
``out/screenshots/first-screen-*.png``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.live_server import LiveServer, live_server
from tests.web.test_browser import CHROMIUM, shot

playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed (make test installs it)")

SIZES = {"laptop": (1366, 900), "phone": (390, 844)}
CHAT_URL = r"/cases/{slug}/rehearse/[A-Za-z0-9_-]{{16}}$"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("home"), "--demo") as running:
        yield running


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server over a new, empty store: what a first `sparring serve` shows."""
    home = tmp_path_factory.mktemp("empty-home")
    with live_server(home, db=f"sqlite:///{home / 'store.db'}") as running:
        yield running


def _tab(browser: Any, server: LiveServer, size: str) -> Any:
    width, height = SIZES[size]
    tab = browser.new_context(viewport={"width": width, "height": height}).new_page()
    tab.set_default_timeout(15_000)
    tab.goto(server.url)
    return tab


@pytest.fixture(params=sorted(SIZES))
def page(browser: Any, demo: LiveServer, request: pytest.FixtureRequest) -> Iterator[Any]:
    tab = _tab(browser, demo, request.param)
    tab.size = request.param
    yield tab
    tab.context.close()


def _no_sideways_scroll(tab: Any) -> None:
    assert tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1


def test_the_first_screen_says_what_it_does_and_offers_three_starts(page: Any, demo: LiveServer) -> None:
    assert page.inner_text("h1") == "Prepare and rehearse your next negotiation"
    lede = page.inner_text(".lede")
    assert lede.count(". ") == 1 and lede.endswith(".")  # two sentences
    assert "rehearse" in lede and "scorecard" in lede
    starts = [h.strip() for h in page.locator("main h2").all_inner_texts()]
    assert starts == ["Rehearse an example now", "Prepare my own conversation", "Open a saved case"]
    kinds = page.get_by_role("region", name="Prepare my own conversation").get_by_role("button").all_inner_texts()
    assert kinds == [
        "A raise",
        "A promotion",
        "A job offer",
        "A B2B deal",
        "Flexible or remote work",
        "Budget or resources",
    ]
    assert page.locator("table.cases tbody tr").count() == 6
    example = page.get_by_role("button", name="Start the example rehearsal")
    box = example.bounding_box()
    assert box["y"] + box["height"] <= SIZES[page.size][1]  # the one-click start is on the first screen
    _no_sideways_scroll(page)
    shot(page, f"first-screen-{page.size}")


def test_rehearse_an_example_in_one_click(page: Any, demo: LiveServer) -> None:
    page.get_by_role("button", name="Start the example rehearsal").click()
    page.wait_for_url(re.compile(CHAT_URL.format(slug="raise")))  # the demo's own copy: no seventh case
    assert "You wanted to talk about" in page.inner_text("#chat-log")
    assert page.get_by_label("Your line").evaluate("el => el === document.activeElement")
    tabs = page.get_by_role("navigation", name="Case").get_by_role("link")
    width = SIZES[page.size][0]
    for i in range(tabs.count()):  # the tabs wrap: every one is on screen, none needs a sideways scroll
        box = tabs.nth(i).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, tabs.nth(i).inner_text()
    _no_sideways_scroll(page)
    shot(page, f"first-screen-example-chat-{page.size}")
    page.goto(demo.base + "/")
    assert page.locator("table.cases tbody tr").count() == 6


def test_prepare_my_own_conversation_opens_the_guided_plan_of_that_kind(page: Any, demo: LiveServer) -> None:
    page.get_by_role("button", name="A job offer").click()
    page.wait_for_url(re.compile(r"/cases/job-offer-\d+$"))  # the demo holds "job-offer" already
    assert page.text_content(".case-head .kind").strip() == "Job offer · version 1"
    assert "Not ready" in page.inner_text("#summary")
    assert re.fullmatch(r"Step 1\s+Goal", page.text_content("#s-goal h2") or "")
    assert page.locator("#s-goal .intro a.pid").get_attribute("href") == "/method#GOAL.SPECIFIC"
    page.get_by_role("navigation", name="Case").get_by_role("link", name="Rehearse").click()
    page.wait_for_url(re.compile(r"/rehearse$"))


def test_open_a_saved_case(page: Any, demo: LiveServer) -> None:
    page.get_by_role("region", name="Open a saved case").get_by_role("link", name=re.compile("^Raise to")).click()
    page.wait_for_url(re.compile(r"/cases/raise$"))
    assert page.inner_text(".case-head h1") == "Raise to the Senior II band during the merit freeze"


def test_an_empty_store_imports_the_example_once(browser: Any, empty: LiveServer) -> None:
    tab = _tab(browser, empty, "laptop")
    try:
        assert "No saved cases yet" in tab.inner_text("main")
        for _ in range(2):
            tab.goto(empty.base + "/")
            tab.get_by_role("button", name="deal example").click()
            tab.wait_for_url(re.compile(CHAT_URL.format(slug="example-deal")))
            assert "Tomas" in tab.inner_text(".counterpart")
        tab.goto(empty.base + "/")
        rows = tab.locator("table.cases tbody tr")
        assert rows.count() == 1 and "example-deal" in rows.inner_text()
    finally:
        tab.context.close()
