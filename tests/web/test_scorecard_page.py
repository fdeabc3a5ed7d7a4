"""The scorecard after a rehearsal ended through the UI, in a real Chromium: written for a person.

The verdict first, then what went well and what to practise next; no raw ids, goodwill figures
or per-turn points in the visible text (they are under "Details"), principle IDs only as small
links to the method page. Screenshots: ``out/screenshots/scorecard-*.png``.
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


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("home"), "--demo") as running:
        yield running


@pytest.fixture(params=sorted(SIZES))
def page(browser: Any, server: LiveServer, request: pytest.FixtureRequest) -> Iterator[Any]:
    for tab in sized_tab(browser, server.url, request.param):
        start_example(tab)
        yield tab


def test_a_deal_gets_a_scorecard_written_for_a_person(page: Any) -> None:
    for line in RAISE_SCRIPT:
        say(page, line, new_items=1)
    card = page.locator(".scorecard")
    card.wait_for()
    heading = card.locator("h2").inner_text()
    assert re.fullmatch(
        r"(An excellent deal|A good deal|A deal, at the low end of your plan|A deal, below your Minimum tier) \d+/100",
        heading,
    )
    assert card.locator("h3").all_inner_texts() == ["What went well", "What to practise next"]
    assert card.locator(".went-well li").count() >= 1
    assert "You agreed on 1" in card.locator(".verdict-detail").inner_text()
    visible = card.inner_text()  # the closed Details are not rendered, so not in the text
    for raw in (r"\b(obj|ev|con|inc)-[a-z]", r"Goodwill", r"turn \d+:", r"unconditional", r"\d\.\d\d\b"):
        assert not re.search(raw, visible), raw
    links = card.locator("a.pid")
    ids = set(re.findall(r"\b[A-Z][A-Z_]+(?:\.[A-Z_]+)+\b", visible))
    assert ids <= set(links.all_inner_texts())  # every principle ID shown is one of the links
    for i in range(links.count()):
        assert links.nth(i).get_attribute("href") == "/method#" + links.nth(i).inner_text()
    shot(page, f"scorecard-{page.size}")
    card.locator("summary", has_text="Details").click()
    assert "Goodwill at the end" in card.inner_text()
    if links.count():
        links.first.click()
        page.wait_for_url(re.compile(r"/method#"))
        assert page.locator("dl.principles dt:target").count() == 1


def test_ending_early_says_so_first(page: Any) -> None:
    say(page, RAISE_SCRIPT[0], new_items=1)
    page.get_by_role("button", name="End", exact=True).click()
    page.locator(".scorecard").wait_for()
    assert re.fullmatch(r"You ended before a deal \d+/100", page.locator(".scorecard h2").inner_text())
    assert page.evaluate("document.activeElement.id") == "scorecard-title"
