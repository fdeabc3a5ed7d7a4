"""The practice API through the ASGI client: analyze, live rehearsal and flip sessions with their
turns, adding gaps, saved sessions; statuses and documents, and that the spec lists them."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.test_rehearsal import SCRIPT

NO_ID = "AAAAAAAAAAAAAAAA"


def _start(api: TestClient, slug: str = "raise", **body: Any) -> dict[str, Any]:
    response = api.post(f"/api/v1/cases/{slug}/rehearsals", json=body)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("POST", "/api/v1/analyze", {"text": "Sorry, I was wondering if maybe 130k?"}, 200),
        ("POST", "/api/v1/analyze", {"text": "I cut costs by 20%.", "case": "raise"}, 200),
        ("POST", "/api/v1/analyze", {"text": "x", "case": "raise", "version": 9}, 404),
        ("POST", "/api/v1/analyze", {"text": "x", "case": "nope"}, 404),
        ("POST", "/api/v1/analyze", {"text": "x", "case": "Bad Slug"}, 422),
        ("POST", "/api/v1/analyze", {"text": "x " * 10_001}, 422),
        ("POST", "/api/v1/analyze", {"text": "0," * 150}, 422),
        ("POST", "/api/v1/analyze", {}, 422),
        ("POST", "/api/v1/cases/raise/rehearsals", {}, 201),
        ("POST", "/api/v1/cases/raise/rehearsals", {"mode": "flip"}, 201),
        ("POST", "/api/v1/cases/raise/rehearsals", {"style": "hard", "seed": 3}, 201),
        ("POST", "/api/v1/cases/raise/rehearsals", {"style": "shouty"}, 422),
        ("POST", "/api/v1/cases/raise/rehearsals", {"seed": -1}, 422),
        ("POST", "/api/v1/cases/raise/rehearsals", {"extra": 1}, 422),
        ("POST", "/api/v1/cases/nope/rehearsals", {}, 404),
        ("GET", f"/api/v1/rehearsals/{NO_ID}", None, 404),
        ("GET", "/api/v1/rehearsals/short", None, 422),
        ("POST", f"/api/v1/rehearsals/{NO_ID}/turns", {"text": "hi"}, 404),
        ("POST", f"/api/v1/rehearsals/{NO_ID}/gaps", {}, 404),
        ("GET", "/api/v1/cases/raise/sessions", None, 200),
        ("GET", "/api/v1/cases/raise/sessions?mode=duel", None, 422),
        ("GET", "/api/v1/cases/nope/sessions", None, 404),
        ("GET", "/api/v1/cases/raise/sessions/1", None, 404),
        ("GET", "/api/v1/cases/raise/sessions/0", None, 422),
    ],
)
def test_routes(api: TestClient, method: str, path: str, body: dict[str, Any] | None, status: int) -> None:
    response = api.request(method, path, json=body)
    assert response.status_code == status, response.text[:400]
    if status >= 400:
        assert response.json()["error"]["kind"]


def test_analyze_is_the_analysers_document(api: TestClient) -> None:
    body = api.post("/api/v1/analyze", json={"text": "Sorry. I cut the cloud bill by 20%.", "case": "raise"}).json()
    tags = [t["tag"] for s in body["sentences"] for t in s["tags"]]
    assert "apology" in tags and "evidence" in tags
    apology = next(t for s in body["sentences"] for t in s["tags"] if t["tag"] == "apology")
    assert apology["polarity"] == "-" and apology["principle"] == "CONFIDENCE" and apology["suggestion"]
    assert body["summary"]["incentives_not_mentioned"]  # aligned with the case's incentives


def test_a_rehearsal_over_the_api_reaches_a_deal_and_is_saved(api: TestClient) -> None:
    started = _start(api)
    assert started["mode"] == "rehearse" and started["version"] == 1 and not started["ended"]
    assert started["transcript"][0]["speaker"] == "them" and "scorecard" not in started
    sid = started["id"]
    hint = api.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": "/hint"}).json()
    assert hint["entries"] == [] and hint["reply"] and not hint["ended"]
    for line in SCRIPT[:-1]:
        out = api.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": line}).json()
        assert out["entries"][0]["speaker"] == "you" and out["entries"][-1]["speaker"] == "them"
        assert out["move"] in {"ACCEPT", "COUNTER", "OBJECT", "ASK", "ANSWER", "PAUSE", "WALK"}
    last = api.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": SCRIPT[-1]}).json()
    assert last["ended"] and last["move"] == "ACCEPT" and last["saved_session"] == 1
    assert last["scorecard"]["outcome"] == "deal" and 0 <= last["scorecard"]["score"] <= 100
    state = api.get(f"/api/v1/rehearsals/{sid}").json()
    assert state["ended"] and state["outcome"] == "deal" and state["scorecard"] == last["scorecard"]
    saved = api.get("/api/v1/cases/raise/sessions/1").json()
    assert saved["mode"] == "rehearse" and saved["score"] == last["scorecard"]["score"]
    assert saved["transcript"] == state["transcript"] and saved["scorecard"]["outcome"] == "deal"


def test_turn_feedback_names_tags_and_principles(api: TestClient) -> None:
    sid = _start(api)["id"]
    out = api.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": "Sorry, I was wondering if maybe 130k?"}).json()
    you = out["entries"][0]
    assert {"apology", "hedge"} <= set(you["tags"])
    assert "− apology (CONFIDENCE)" in out["feedback"]


def test_a_flip_session_over_the_api_adds_its_gaps(api: TestClient) -> None:
    started = _start(api, mode="flip")
    assert started["gaps"] == [] and started["transcript"][0]["speaker"] == "coach"
    sid = started["id"]
    answered = api.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": "The merit budget is frozen."}).json()
    assert answered["gaps"] == [] and answered["entries"][1]["speaker"] == "coach"
    gap = "Your peers would all want the same."
    assert api.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": gap}).json()["gaps"] == [gap]
    added = api.post(f"/api/v1/rehearsals/{sid}/gaps", json={}).json()
    assert added == {"slug": "raise", "version": 2, "added": [gap]}
    assert api.post(f"/api/v1/rehearsals/{sid}/gaps", json={}).status_code == 422  # nothing left to add
    assert api.post(f"/api/v1/rehearsals/{sid}/gaps", json={"gaps": ["not a gap"]}).status_code == 422
    objections = api.get("/api/v1/cases/raise").json()["case"]["objections"]
    assert objections[-1]["text"] == gap
    ended = api.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": "/end"}).json()
    assert ended["ended"] and ended["saved_session"] == 1
    assert api.get("/api/v1/cases/raise/sessions?mode=flip").json()[0]["outcome"] == "ended"


def test_gaps_only_for_flip_sessions(api: TestClient) -> None:
    sid = _start(api)["id"]
    refused = api.post(f"/api/v1/rehearsals/{sid}/gaps", json={})
    assert refused.status_code == 422 and "flip" in refused.json()["error"]["message"]


def test_turn_text_is_bounded(api: TestClient) -> None:
    sid = _start(api)["id"]
    assert api.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": "x" * 2001}).status_code == 422
    assert api.post(f"/api/v1/rehearsals/{sid}/turns", json={}).status_code == 422


def test_a_case_without_levers_cannot_be_rehearsed(api: TestClient) -> None:
    bare = {"kind": "custom", "title": "Bare", "goal": {"what": "x"}, "counterpart": {"role": "boss"}}
    api.post("/api/v1/cases", json={"slug": "bare", "case": bare})
    refused = api.post("/api/v1/cases/bare/rehearsals", json={})
    assert refused.status_code == 422 and "no levers" in refused.json()["error"]["message"]


def test_cookie_clients_need_csrf_for_the_practice_api(browser_like: TestClient) -> None:
    del browser_like.headers["X-CSRF-Token"]
    assert browser_like.post("/api/v1/analyze", json={"text": "x"}).status_code == 403
    assert browser_like.post("/api/v1/cases/raise/rehearsals", json={}).status_code == 403


def test_the_spec_lists_the_practice_routes(api: TestClient) -> None:
    paths = set(api.get("/api/v1/openapi.json").json()["paths"])
    assert {
        "/api/v1/analyze",
        "/api/v1/cases/{slug}/rehearsals",
        "/api/v1/rehearsals/{session_id}",
        "/api/v1/rehearsals/{session_id}/turns",
        "/api/v1/rehearsals/{session_id}/gaps",
        "/api/v1/cases/{slug}/sessions",
        "/api/v1/cases/{slug}/sessions/{session_id}",
    } <= paths
