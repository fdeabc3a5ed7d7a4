"""Nothing typed into the editor is lost, in a real Chromium against a real `sparring serve`.

A reload offers the autosaved draft back and a save clears it; leaving with unsaved changes
asks first; Enter in a one-line field saves nothing; a save comes back at the same scroll
position; "Use this range" merges into the draft; the conflict page shows both sides and leads
back to the draft; a stress input that is not a number is shown beside its box. And the
polish: no CSP violation and no 404 on the main pages, a favicon, the plural of "Risk of
saying yes", no server path in the YAML tab. Screenshots go to ``out/screenshots/``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.live_server import LiveServer, live_server, request
from tests.web.test_browser import CHROMIUM, PAGES, shot

playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed (make test installs it)")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("home"), "--demo") as running:
        yield running


@pytest.fixture
def page(browser: Any, server: LiveServer) -> Iterator[Any]:
    """A tab holding the token; every dialog it raises is recorded (and accepted unless a test says otherwise)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.dialogs = []
    tab.dismiss_dialogs = False

    def on_dialog(dialog: Any) -> None:
        tab.dialogs.append(dialog.type)
        dialog.dismiss() if tab.dismiss_dialogs else dialog.accept()

    tab.on("dialog", on_dialog)
    tab.goto(server.url)
    yield tab
    context.close()


def _drafts(tab: Any, slug: str) -> list[str]:
    return list(
        tab.evaluate("s => Object.keys(localStorage).filter(k => k.startsWith('sparring:draft:' + s + ':'))", slug)
    )


def _wait_for_draft(tab: Any, slug: str) -> None:
    tab.wait_for_function(
        "s => Object.keys(localStorage).some(k => k.startsWith('sparring:draft:' + s + ':'))", arg=slug
    )


def _version(tab: Any) -> int:
    match = re.search(r"version (\d+)", tab.text_content(".case-head .kind") or "")
    assert match, tab.inner_text(".case-head")
    return int(match.group(1))


def _flash(tab: Any, text: str) -> None:
    tab.wait_for_function("t => document.querySelector('#flash').textContent.includes(t)", arg=text)
    tab.wait_for_load_state("load")  # and the page's script has run


def test_a_reload_offers_the_draft_back_and_a_save_clears_it(page: Any, server: LiveServer) -> None:
    page.goto(server.base + "/cases/raise")
    version = _version(page)
    amount = page.get_by_label("Amount", exact=True)
    stored = amount.input_value()
    amount.fill("151000")
    _wait_for_draft(page, "raise")
    page.reload()
    offer = page.locator("#draft-offer")
    offer.wait_for(state="visible")
    assert re.fullmatch(r"Restore your unsaved draft from \d\d:\d\d\?", offer.locator("strong").inner_text())
    assert amount.input_value() == stored  # the form shows the stored version until the user chooses
    shot(page, "nothing-lost-draft-offer")

    page.get_by_role("button", name="Restore draft").click()
    _flash(page, "Your unsaved draft is back")
    assert amount.input_value() == "151000" and _version(page) == version
    assert "Not saved yet" in page.inner_text(".savebar")
    shot(page, "nothing-lost-draft-restored")

    page.get_by_role("button", name="Save version").click()
    _flash(page, f"Saved version {version + 1}")
    assert _drafts(page, "raise") == []  # a successful save clears the kept copy
    assert "saved=" not in page.url
    page.reload()
    assert page.locator("#draft-offer").is_hidden()
    assert amount.input_value() == "151000"


def test_leaving_with_unsaved_changes_asks_first(page: Any, server: LiveServer) -> None:
    page.goto(server.base + "/cases/promotion")
    page.get_by_label("Note for this version").click()
    history = page.get_by_role("navigation", name="Case").get_by_role("link", name="History")
    history.click()  # nothing changed yet: no question
    page.wait_for_url(re.compile(r"/history$"))
    assert page.dialogs == []

    page.goto(server.base + "/cases/promotion")
    box = page.locator("#editor textarea").first
    box.click()
    box.press("Control+End")
    page.keyboard.type(" and more")
    page.dismiss_dialogs = True  # the user answers "stay"
    history.click()
    page.wait_for_timeout(800)
    assert page.dialogs == ["beforeunload"]
    assert page.url.endswith("/cases/promotion")
    assert box.input_value().endswith(" and more")


def test_enter_in_a_single_line_field_saves_nothing(page: Any, server: LiveServer) -> None:
    page.goto(server.base + "/cases/deal")
    version = _version(page)
    page.evaluate("window.stillHere = true")  # gone if Enter submitted the form and the page was replaced
    note = page.get_by_label("Note for this version")
    note.fill("typed, then Enter")
    note.press("Enter")
    field = page.locator("#editor input[type=text]:not([name=note])").first
    field.press("End")
    field.press("Enter")
    page.wait_for_timeout(1_500)
    assert page.evaluate("window.stillHere") is True
    assert "saved=" not in page.url and _version(page) == version
    page.goto(server.base + "/cases/deal/history")
    assert f">{version + 1}<" not in page.content()  # no version was made


def test_a_save_comes_back_at_the_same_scroll_position(page: Any, server: LiveServer) -> None:
    page.goto(server.base + "/cases/flexibility")
    box = page.locator("#rows-fx-obstacles textarea").last
    box.fill("the review moves to Friday")
    before = page.evaluate("window.scrollY")
    assert before > 2_000
    page.get_by_role("button", name="Save version").click()
    page.wait_for_function("() => document.querySelector('[data-save-state]').textContent.includes('Saved version')")
    page.wait_for_load_state("load")
    after = page.evaluate("window.scrollY")
    assert abs(after - before) <= 120, (before, after)
    assert box.input_value() == "the review moves to Friday" and box.is_visible()
    assert "Saved version" in page.inner_text(".savebar")  # the confirmation is where the user looks
    shot(page, "nothing-lost-saved-in-place")


def test_use_this_range_merges_into_the_draft(page: Any, server: LiveServer) -> None:
    page.goto(server.base + "/cases/job-offer")
    version = _version(page)
    page.locator("#i-fx-goal--amount").fill("149500")
    _wait_for_draft(page, "job-offer")
    page.get_by_role("link", name="Look up a market range").click()
    page.wait_for_url(re.compile(r"/market\?case=job-offer"))
    assert page.dialogs == []  # the draft travels along: no need to ask
    page.get_by_label("Job title").fill("registered nurse")
    use = page.get_by_role("button", name=re.compile("Use this range")).first
    use.click()
    _flash(page, "The market range is in your draft")
    assert page.locator("#i-fx-goal--amount").input_value() == "149500"  # the draft is kept
    assert page.locator("input[name='market.source']").input_value().startswith("oews:")  # and the range is in
    assert _version(page) == version  # nothing saved behind the user's back
    shot(page, "nothing-lost-market-merged")
    page.get_by_role("button", name="Save version").click()
    _flash(page, f"Saved version {version + 1}")


def test_the_conflict_page_shows_both_sides_and_leads_back_to_the_draft(page: Any, server: LiveServer) -> None:
    page.goto(server.base + "/cases/resources")
    version = _version(page)
    page.get_by_label("Amount", exact=True).fill("4242")
    _wait_for_draft(page, "resources")

    document = json.loads(request(server, "GET", "/api/v1/cases/resources").body)["case"]
    document["title"] = "Changed in another window"
    put = request(
        server,
        "PUT",
        "/api/v1/cases/resources",
        body=json.dumps({"case": document, "note": "the other window"}).encode(),
        headers={"Content-Type": "application/json"},
    )
    assert put.status == 200, put.body

    page.get_by_role("button", name="Save version").click()
    page.wait_for_selector("text=Saved elsewhere")
    theirs = page.inner_text("section[aria-labelledby=c-theirs]")
    yours = page.inner_text("section[aria-labelledby=c-yours]")
    assert "title" in theirs and "Changed in another window" in theirs and "the other window" in theirs
    assert "goal.amount" in yours and "4242" in yours
    assert _drafts(page, "resources")  # the browser still holds the draft
    shot(page, "nothing-lost-conflict")

    page.get_by_role("button", name=re.compile("Back to my draft")).click()
    _flash(page, f"your changes are now on top of version {version + 1}")
    assert page.get_by_label("Amount", exact=True).input_value() == "4242"  # mine
    assert page.locator("#i-fx-title").input_value() == "Changed in another window"  # theirs, kept
    assert _version(page) == version + 1
    page.get_by_role("button", name="Save version").click()
    _flash(page, f"Saved version {version + 2}")
    saved = json.loads(request(server, "GET", "/api/v1/cases/resources").body)["case"]
    assert saved["title"] == "Changed in another window" and saved["goal"]["amount"] == 4242


def test_a_stress_input_that_is_not_a_number_is_shown_beside_its_box(page: Any, server: LiveServer) -> None:
    page.goto(server.base + "/cases/job-offer/stress")
    population = page.get_by_label("Simulated counterparts")
    population.fill("abc")
    page.get_by_role("button", name="Run again").click()
    page.wait_for_selector("#st-population[aria-invalid=true]")
    assert population.input_value() == "abc"  # what was typed stays, to be corrected
    note = page.locator("#st-population-error")
    assert "“abc” is not a number" in note.inner_text()
    assert note.evaluate("n => n.parentElement.contains(document.getElementById('st-population'))")
    assert page.get_by_role("navigation", name="Case").is_visible()  # the case page, not a dead end
    shot(page, "nothing-lost-stress-invalid")
    population.fill("2000")
    page.get_by_role("button", name="Run again").click()
    page.wait_for_selector("text=Recommended opening")


def test_the_main_pages_break_no_csp_rule_and_miss_no_file(page: Any, server: LiveServer) -> None:
    violations: list[str] = []
    missing: list[str] = []

    def on_console(message: Any) -> None:
        if "Content Security Policy" in message.text:
            violations.append(f"{page.url}: {message.text}")

    def on_response(response: Any) -> None:
        if response.status == 404:
            missing.append(response.url)

    page.on("console", on_console)
    page.on("response", on_response)
    for _name, path in PAGES:
        response = page.goto(server.base + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
    assert violations == []
    assert missing == []
    icon = page.evaluate("document.querySelector('link[rel=icon]').href")
    for url in (icon, server.base + "/favicon.ico"):
        answer = page.request.get(url)
        assert answer.status == 200 and answer.headers["content-type"].startswith("image/svg+xml"), url
    page.goto(server.base + "/")
    heading = page.locator(".actions h2").bounding_box()
    button = page.get_by_role("link", name="New case").bounding_box()
    assert button["x"] > heading["x"] + heading["width"]  # the stylesheet's layout applies: button at the end


def test_the_texts_read_right(page: Any, server: LiveServer) -> None:
    page.goto(server.base + "/cases/raise")
    legends = page.locator("legend").all_inner_texts()
    assert "Risks of saying yes" in legends and not any("yess" in text for text in legends)

    page.goto(server.base + "/new")
    page.get_by_label("raise").check()
    page.get_by_label("Name (optional)").first.fill("my-own-raise")
    page.get_by_role("button", name="Create case").click()
    page.wait_for_url(re.compile(r"/cases/my-own-raise$"))
    page.goto(server.base + "/cases/my-own-raise/yaml")
    first = page.locator("textarea").input_value().splitlines()[0]
    assert first == "# yaml-language-server: $schema=case.schema.json"  # no path of the server's
    for _name, path in PAGES:
        page.goto(server.base + path)
        text = page.inner_text("body")
        for bad in (r"\byess\b", r"because [A-Z]", r"Good — [A-Z]", r"\b1 months\b"):
            assert not re.search(bad, text), f"{path}: {bad}"
