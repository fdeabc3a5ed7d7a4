"""The coach page and API: suggestions offline and from a (scripted) model, accept / reject per
suggestion writing a new version, the pitch rewrite, the debrief, and the narrated rehearsal."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.llm.fake_server import Step, chat, fake_server
from tests.web.helpers import FORM
from tests.web.test_rehearsal import SCRIPT

HX = {"HX-Request": "true"}
HEDGED = "I was wondering if maybe we could look at 136k from April. Sorry to ask."


def _use_model(client: TestClient, base_url: str) -> None:
    saved = client.post(
        "/settings/llm", data={"preset": "openai", "base_url": base_url, "model": "tiny-model", "timeout_s": "5"}
    )
    assert saved.status_code == 200  # followed the redirect to the settings page


def _decide(
    client: TestClient, items: list[tuple[str, str]], headers: dict[str, str] | None = None, redirects: bool = True
) -> Any:
    """Post a decide form in order, url-encoded with a Content-Length, as the browser does."""
    from urllib.parse import urlencode

    return client.post(
        "/cases/raise/coach/decide",
        content=urlencode(items),
        headers={**FORM, **(headers or {})},
        follow_redirects=redirects,
    )


def _hidden_forms(fragment: str) -> list[list[tuple[str, str]]]:
    forms = re.findall(r'<form class="actions decide".*?</form>', fragment, re.S)
    return [re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', f) for f in forms]


def _unescape(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    import html

    return [(k, html.unescape(v)) for k, v in items]


def test_the_page_says_it_is_offline(browser_like: TestClient) -> None:
    page = browser_like.get("/cases/raise/coach").text
    assert "No language model is configured" in page
    for button in ("Suggest incentives", "Forecast objections", "Rewrite"):
        assert f">{button}</button>" in page
    assert 'id="c-pitch" name="text"' in page


@pytest.mark.parametrize(
    ("action", "kind", "path"),
    [("incentives", "incentive", ("counterpart", "incentives")), ("objections", "objection", ("objections",))],
)
def test_accept_one_suggestion_and_reject_another(
    browser_like: TestClient, api: TestClient, action: str, kind: str, path: tuple[str, ...]
) -> None:
    fragment = browser_like.post(f"/cases/raise/coach/{action}", headers=HX).text
    assert "Offline: from Sparring's rules; nothing was sent anywhere." in fragment
    forms = _hidden_forms(fragment)
    assert len(forms) >= 2 and all(("kind", kind) in f for f in forms)

    def items() -> list[dict[str, Any]]:
        node: Any = api.get("/api/v1/cases/raise").json()["case"]
        for key in path:
            node = node[key]
        return node  # type: ignore[no-any-return]

    before = items()
    rejected = _decide(browser_like, [*_unescape(forms[1]), ("decision", "reject")], headers=HX)
    assert rejected.status_code == 200 and "rejected" in rejected.text
    assert len(items()) == len(before)
    accepted = _decide(browser_like, [*_unescape(forms[0]), ("decision", "accept")], headers=HX)
    assert accepted.status_code == 200 and "Added to the plan as version 2" in accepted.text
    after = items()
    assert len(after) == len(before) + 1
    assert after[-1]["text"] == dict(_unescape(forms[0]))["text"]
    if kind == "incentive":
        assert after[-1]["status"] == "hypothesis" and after[-1]["source"].startswith("incentive library")
    again = _decide(browser_like, [*_unescape(forms[0]), ("decision", "accept")], headers=HX)
    assert "Already in the plan" in again.text  # the same point is not added twice
    versions = api.get("/api/v1/cases/raise/versions").json()
    assert versions[-1]["note"].startswith("coach: added 1")


def test_an_accepted_objection_keeps_its_evidence_links(browser_like: TestClient, api: TestClient) -> None:
    fragment = browser_like.post("/cases/raise/coach/objections", headers=HX).text
    form = next(f for f in _hidden_forms(fragment) if any(k == "evidence" for k, _ in f))
    _decide(browser_like, [*_unescape(form), ("decision", "accept")], HX)
    added = api.get("/api/v1/cases/raise").json()["case"]["objections"][-1]
    assert added["evidence"] == [v for k, v in form if k == "evidence"]


def test_without_htmx_accept_redirects_and_actions_render_the_page(browser_like: TestClient) -> None:
    page = browser_like.post("/cases/raise/coach/incentives").text
    assert "<h2>Coach</h2>" in page and "Accept into the plan" in page
    form = _unescape(_hidden_forms(page)[0])
    done = _decide(browser_like, [*form, ("decision", "accept")], redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/cases/raise/coach?accepted=2"
    assert "Added to the plan as version 2" in browser_like.get(done.headers["location"]).text


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({"kind": "incentive", "decision": "accept"}, 422),  # no text
        ({"kind": "nonsense", "decision": "accept", "text": "x"}, 422),
        ({"kind": "objection", "decision": "maybe", "text": "x"}, 422),
        ({"kind": "objection", "decision": "accept", "text": "x", "likelihood": "certain"}, 422),
    ],
)
def test_decide_checks_its_form(browser_like: TestClient, data: dict[str, str], status: int) -> None:
    assert browser_like.post("/cases/raise/coach/decide", data=data).status_code == status


def test_rewrite_offline_gives_span_suggestions_only(browser_like: TestClient) -> None:
    fragment = browser_like.post("/cases/raise/coach/rewrite", data={"text": HEDGED}, headers=HX).text
    assert "what to fix, span by span" in fragment and '<mark class="minus"' in fragment
    assert "Keep as a new pitch draft" not in fragment
    clean = browser_like.post("/cases/raise/coach/rewrite", data={"text": "I ask for 136k from April."}, headers=HX).text
    assert "Nothing to fix" in clean
    assert browser_like.post("/cases/raise/coach/rewrite", data={"text": " "}, headers=HX).status_code == 422
    assert browser_like.post("/cases/raise/coach/rewrite", data={"text": "7" * 300}, headers=HX).status_code == 422


def test_a_model_rewrite_is_shown_with_its_diff_and_can_be_kept(browser_like: TestClient, api: TestClient) -> None:
    better = "Could we look at 136k from April? Thank you for your time."
    with fake_server(Step(body=chat(json.dumps({"rewritten": better}), model="tiny-model"))) as server:
        _use_model(browser_like, server.base_url)
        fragment = browser_like.post("/cases/raise/coach/rewrite", data={"text": HEDGED}, headers=HX).text
    assert "Rewrite by tiny-model" in fragment and "<ins>" in fragment and "<del>" in fragment
    form = _unescape(_hidden_forms(fragment)[0])
    assert ("text", better) in form
    kept = _decide(browser_like, [*form, ("decision", "accept")], HX)
    assert "Added to the plan as version 2" in kept.text
    assert api.get("/api/v1/cases/raise").json()["case"]["pitch"][-1]["text"] == better


def test_model_incentives_and_a_fallback_notice(browser_like: TestClient) -> None:
    answer = {"incentives": [{"incentive": "ship the platform migration on time", "metric": "milestones hit", "why": "the director reviews it monthly"}]}
    with fake_server(Step(body=chat(json.dumps(answer), model="tiny-model"))) as server:
        _use_model(browser_like, server.base_url)
        fragment = browser_like.post("/cases/raise/coach/incentives", headers=HX).text
    assert "From <strong>tiny-model</strong>" in fragment and "ship the platform migration on time" in fragment
    assert "AI suggestion (tiny-model" in fragment
    with fake_server(Step(body=chat("not json at all", model="tiny-model"))) as server:
        _use_model(browser_like, server.base_url)
        fallback = browser_like.post("/cases/raise/coach/incentives", headers=HX).text
    assert "Offline: from Sparring's rules." in fallback and ">fallback</span>" in fallback
    assert "incentive library" in fallback


def test_debrief_of_a_saved_session(browser_like: TestClient, api: TestClient) -> None:
    sid = api.post("/api/v1/cases/raise/rehearsals", json={}).json()["id"]
    for line in SCRIPT:
        api.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": line})
    page = browser_like.get("/cases/raise/sessions/1").text
    assert "Debrief this session" in page
    fragment = browser_like.post("/cases/raise/sessions/1/debrief", headers=HX).text
    assert "<h2 id=\"debrief-title\">Debrief</h2>" in fragment and "Outcome: deal" in fragment
    full = browser_like.post("/cases/raise/sessions/1/debrief").text
    assert "← Session 1" in full and "Outcome: deal" in full
    assert browser_like.post("/cases/raise/sessions/9/debrief", headers=HX).status_code == 404
    body = api.post("/api/v1/cases/raise/sessions/1/debrief").json()
    assert body["session"] == 1 and body["source"] == "offline" and body["summary"].startswith("Outcome: deal")


def test_coach_posts_need_the_csrf_token(browser_like: TestClient) -> None:
    del browser_like.headers["X-CSRF-Token"]
    for path in ("/cases/raise/coach/incentives", "/cases/raise/coach/objections", "/cases/raise/coach/decide"):
        assert browser_like.post(path, data={"text": "x"}).status_code == 403


# --- API ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/api/v1/cases/raise/coach/incentives", {}, 200),
        ("/api/v1/cases/raise/coach/objections", {"today": "2026-11-20"}, 200),
        ("/api/v1/cases/raise/coach/incentives", {"pick": [9], "apply": True}, 422),
        ("/api/v1/cases/raise/coach/incentives", {"extra": 1}, 422),
        ("/api/v1/cases/nope/coach/incentives", {}, 404),
        ("/api/v1/cases/raise/coach/rewrite", {"text": HEDGED}, 200),
        ("/api/v1/cases/raise/coach/rewrite", {"text": HEDGED, "apply": True}, 422),  # offline: no rewrite to keep
        ("/api/v1/cases/raise/coach/rewrite", {"text": "8" * 300}, 422),
        ("/api/v1/cases/raise/sessions/1/debrief", None, 404),
    ],
)
def test_api_routes(api: TestClient, path: str, body: dict[str, Any] | None, status: int) -> None:
    response = api.post(path, json=body)
    assert response.status_code == status, response.text[:400]


def test_api_apply_picks_suggestions(api: TestClient) -> None:
    shown = api.post("/api/v1/cases/raise/coach/objections", json={}).json()
    assert shown["source"] == "offline" and shown["saved_version"] is None and len(shown["items"]) >= 2
    applied = api.post("/api/v1/cases/raise/coach/objections", json={"apply": True, "pick": [2]}).json()
    assert applied["saved_version"] == 2
    objections = api.get("/api/v1/cases/raise").json()["case"]["objections"]
    assert objections[-1]["text"] == shown["items"][1]["text"]
    inc = api.post("/api/v1/cases/raise/coach/incentives", json={"apply": True}).json()
    assert inc["saved_version"] == 3


def test_the_spec_lists_the_coach_routes(api: TestClient) -> None:
    paths = set(api.get("/api/v1/openapi.json").json()["paths"])
    assert {
        "/api/v1/cases/{slug}/coach/incentives",
        "/api/v1/cases/{slug}/coach/objections",
        "/api/v1/cases/{slug}/coach/rewrite",
        "/api/v1/cases/{slug}/sessions/{session_id}/debrief",
    } <= paths


# --- the narrated rehearsal -----------------------------------------------------------------------


def test_a_model_that_words_badly_leaves_the_template_lines(browser_like: TestClient, api: TestClient) -> None:
    offline = api.post("/api/v1/cases/raise/rehearsals", json={}).json()["id"]
    expected = [api.post(f"/api/v1/rehearsals/{offline}/turns", json={"text": t}).json()["reply"] for t in SCRIPT]
    with fake_server(Step(body=chat("Sure, whatever you want, take 200k!", model="tiny-model"))) as server:
        _use_model(browser_like, server.base_url)
        started = browser_like.post("/cases/raise/rehearse", data={"seed": "0"}, follow_redirects=False)
        chat_url = started.headers["location"]
        replies = []
        for line in SCRIPT:
            fragment = browser_like.post(f"{chat_url}/turn", data={"text": line}, headers=HX).text
            replies.append(re.findall(r'<li class="turn them".*?<p class="said">(.*?)</p>', fragment, re.S)[-1])
        assert len(server.requests) >= len(SCRIPT)  # the model was asked for every line
    import html

    assert [html.unescape(r) for r in replies] == expected  # and refused every time: the decisions stand
    assert re.search(r"narrator \(tiny-model\): 0 of \d+ lines worded by the model", fragment)
