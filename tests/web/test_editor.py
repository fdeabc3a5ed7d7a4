"""The guided editor: a posted form round-trips, findings land beside their fields as the user
types, invalid values are shown beside their fields (never a 500), and every save is a version."""

from __future__ import annotations

import html
import html.parser
import re

import pytest
from fastapi.testclient import TestClient

from tests.web.helpers import form_items, post_form, replace
from tests.web.test_pages import SLUGS


def _slot(html: str, slot_id: str) -> str:
    match = re.search(rf'<div class="fx" id="{re.escape(slot_id)}"[^>]*>(.*?)</div>', html, re.S)
    assert match, f"no slot {slot_id}"
    return match.group(1)


@pytest.mark.parametrize("slug", SLUGS)
def test_saving_the_unchanged_form_changes_nothing(browser_like: TestClient, api: TestClient, slug: str) -> None:
    items = form_items(browser_like.get(f"/cases/{slug}").text)
    saved = post_form(browser_like, f"/cases/{slug}", items, follow_redirects=False)
    assert saved.status_code == 303, saved.text[:2000]
    assert saved.headers["location"] == f"/cases/{slug}?saved=2"
    assert api.get(f"/api/v1/cases/{slug}/diff?old=1&new=2").json() == []


@pytest.mark.parametrize(
    ("field", "value", "slot", "expect"),
    [
        ("goal.amount", "", "fx-goal--amount", "GOAL.SPECIFIC"),
        ("goal.amount", "132k", "fx-goal--amount", "expected a number"),
        ("goal.deadline", "", "fx-goal--deadline", "GOAL.SPECIFIC"),
        ("counterpart.authority.decides", "unknown", "fx-counterpart--authority--decides", "THEM.SHOES"),
        ("goal.what", "", "fx-goal--what", "required field is missing"),
        ("tiers.likely.salary", "200000", "fx-tiers--likely--salary", "above the lever"),
        ("evidence.0.outcome", "", "fx-evidence--0--outcome", "VALUE.RECEIPTS"),
        ("levers.0.you.weight", "7", "fx-levers--0--you--weight", "outside 0..1"),
        ("meeting", "not a date", "fx-meeting", "not a valid date"),
    ],
)
def test_live_check_puts_each_note_beside_its_field(
    browser_like: TestClient, field: str, value: str, slot: str, expect: str
) -> None:
    items = replace(form_items(browser_like.get("/cases/raise").text), field, value)
    fragment = post_form(browser_like, "/cases/raise/check", items)
    assert fragment.status_code == 200
    assert "<html" not in fragment.text
    html = _slot(fragment.text, slot)
    assert 'class="note' in html, fragment.text[:3000]
    assert expect in html
    assert fragment.text.count('hx-swap-oob="true"') > 100  # every slot is refreshed, so fixed notes disappear


def test_a_fixed_problem_disappears(browser_like: TestClient) -> None:
    page = browser_like.get("/cases/raise").text
    broken = post_form(browser_like, "/cases/raise/check", replace(form_items(page), "goal.amount", ""))
    assert "GOAL.SPECIFIC" in _slot(broken.text, "fx-goal--amount")
    fixed = post_form(browser_like, "/cases/raise/check", form_items(page))
    assert _slot(fixed.text, "fx-goal--amount").strip() == ""


def test_an_invalid_save_keeps_the_draft_and_shows_the_problem(browser_like: TestClient, api: TestClient) -> None:
    items = replace(form_items(browser_like.get("/cases/raise").text), "goal.amount", "132k")
    items = replace(items, "goal.why_now", "a reason I typed")
    response = post_form(browser_like, "/cases/raise", items)
    assert response.status_code == 422
    assert "Not saved" in response.text
    assert 'value="132k"' in response.text and "a reason I typed" in response.text
    assert "expected a number" in _slot(response.text, "fx-goal--amount")
    assert [v["version"] for v in api.get("/api/v1/cases/raise/versions").json()] == [1]


def test_every_save_is_a_version_with_a_diff(browser_like: TestClient, api: TestClient) -> None:
    items = replace(form_items(browser_like.get("/cases/raise").text), "goal.amount", "140,000")
    items.append(("note", "aim higher"))
    assert post_form(browser_like, "/cases/raise", items, follow_redirects=False).status_code == 303
    assert api.get("/api/v1/cases/raise/diff?old=1&new=2").json() == [
        {"path": "goal.amount", "kind": "changed", "old": 136000, "new": 140000}
    ]
    history = browser_like.get("/cases/raise/history").text
    assert "aim higher" in history and "goal.amount" in history
    assert "Saved version 2" in browser_like.get("/cases/raise?saved=2").text


def test_a_stale_form_is_a_conflict(browser_like: TestClient) -> None:
    items = form_items(browser_like.get("/cases/raise").text)
    assert post_form(browser_like, "/cases/raise", items, follow_redirects=False).status_code == 303
    stale = post_form(browser_like, "/cases/raise", items)
    assert stale.status_code == 409
    assert "after you opened version 1" in stale.text


def test_rows_can_be_added_and_removed(browser_like: TestClient, api: TestClient) -> None:
    items = form_items(browser_like.get("/cases/raise").text)
    row = post_form(browser_like, "/cases/raise/row?list=objections", items)
    assert row.status_code == 200
    names = re.findall(r'name="(objections\.\d+\.\w+)"', row.text)
    token = names[0].split(".")[1]
    assert f"objections.{token}.text" in names
    added = [*items, (f"objections.{token}.id", ""), (f"objections.{token}.text", "you are new here")]
    added.append((f"objections.{token}.counter", "two years of results in the band"))
    post_form(browser_like, "/cases/raise", added, follow_redirects=False)
    objections = api.get("/api/v1/cases/raise").json()["case"]["objections"]
    assert objections[-1]["text"] == "you are new here" and objections[-1]["id"].startswith("obj-")
    without_first = [(k, v) for k, v in form_items(browser_like.get("/cases/raise").text) if not k.startswith("objections.0.")]
    post_form(browser_like, "/cases/raise", without_first, follow_redirects=False)
    after = api.get("/api/v1/cases/raise").json()["case"]["objections"]
    assert len(after) == len(objections) - 1 and after[0] == objections[1]
    assert post_form(browser_like, "/cases/raise/row?list=nope", items).status_code == 404


def test_kind_specific_sections(browser_like: TestClient) -> None:
    assert "Deal checklist" in browser_like.get("/cases/deal").text
    job = browser_like.get("/cases/job-offer").text
    assert "Valid reasons" in job and "Market condition" in job and "Deal checklist" not in job
    assert "Task table" in browser_like.get("/cases/flexibility").text
    for slug in SLUGS:
        page = browser_like.get(f"/cases/{slug}").text
        steps = re.findall(r'<span class="stepno">Step (\d)</span>', page)
        assert steps == ["1", "2", "3", "4", "5", "6", "7"]
        assert "Obstacles" in page


class _Controls(html.parser.HTMLParser):
    """Every visible form control, and whether a label names it (for=, wrapping, or aria-label)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.controls: list[tuple[dict[str, str], bool]] = []
        self.targets: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "label":
            self.depth += 1
            if a.get("for"):
                self.targets.add(a["for"])
        elif tag in ("input", "select", "textarea") and a.get("type") != "hidden":
            self.controls.append((a, self.depth > 0 or "aria-label" in a))

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.depth -= 1


@pytest.mark.parametrize("slug", SLUGS)
def test_every_field_has_a_label(browser_like: TestClient, slug: str) -> None:
    reader = _Controls()
    reader.feed(browser_like.get(f"/cases/{slug}").text)
    assert len(reader.controls) > 50
    for attrs, wrapped in reader.controls:
        assert wrapped or attrs.get("id") in reader.targets, attrs


def test_the_yaml_editor_validates_and_saves(browser_like: TestClient, api: TestClient) -> None:
    page = browser_like.get("/cases/raise/yaml").text
    found = re.search(r'<textarea[^>]*name="text"[^>]*>(.*?)</textarea>', page, re.S)
    assert found
    text = html.unescape(found.group(1))
    ok = browser_like.post("/cases/raise/yaml/check", data={"text": text})
    assert "valid case" in ok.text
    bad = browser_like.post("/cases/raise/yaml/check", data={"text": text.replace("style: balanced", "style: shouty")})
    assert "counterpart.style" in bad.text and "line" in bad.text
    edited = text.replace("kind: raise", "kind: raise  # edited in the browser", 1)
    saved = browser_like.post("/cases/raise/yaml", data={"text": edited, "base_version": "1"}, follow_redirects=False)
    assert saved.status_code == 303
    assert "# edited in the browser" in api.get("/api/v1/cases/raise/export").text
