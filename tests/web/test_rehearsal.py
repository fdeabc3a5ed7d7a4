"""Rehearsal chat, flip mode and the sessions history through the ASGI client: pages, htmx
fragments, commands, reloads, saving at the end, the bounded live-session cache over the store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sparring.web.charts.trend import ScorePoint, trend_svg
from sparring.web.live_sessions import LiveSessions

HX = {"HX-Request": "true"}
SCRIPT = [
    line
    for line in (Path(__file__).resolve().parents[2] / "examples" / "rehearsal-raise.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
]


def _start(client: TestClient, slug: str = "raise", **form: str) -> str:
    started = client.post(f"/cases/{slug}/rehearse", data={"seed": "0", **form}, follow_redirects=False)
    assert started.status_code == 303, started.text[:400]
    location = started.headers["location"]
    assert re.fullmatch(rf"/cases/{slug}/rehearse/[A-Za-z0-9_-]{{16}}", location)
    return location


def _say(client: TestClient, chat: str, text: str) -> str:
    response = client.post(f"{chat}/turn", data={"text": text}, headers=HX)
    assert response.status_code == 200, response.text[:400]
    return response.text


@pytest.mark.parametrize("slug", ["raise", "promotion", "job-offer", "deal", "flexibility", "resources"])
def test_every_example_can_be_rehearsed(browser_like: TestClient, slug: str) -> None:
    assert "Start rehearsal" in browser_like.get(f"/cases/{slug}/rehearse").text
    chat = _start(browser_like, slug)
    page = browser_like.get(chat).text
    assert 'class="turn them"' in page and 'id="composer"' in page
    assert _say(browser_like, chat, "What matters most to you this quarter?").count('class="turn ') >= 2


def test_a_turn_fragment_carries_the_tags_and_the_feedback(browser_like: TestClient) -> None:
    chat = _start(browser_like)
    fragment = _say(browser_like, chat, "I was wondering if maybe we could look at 130k? Sorry to ask.")
    assert "<html" not in fragment and "<h1" not in fragment
    you = fragment.split('class="turn them"')[0]
    assert 'class="chip minus" title="CONFIDENCE: ' in you  # colour by polarity, principle in the title
    assert 'class="chip plus" title="GOAL.SPECIFIC: ' in you
    assert '<p class="feedback">' in you and "hedge (CONFIDENCE)" in you
    assert 'class="turn them"' in fragment  # their reply follows
    assert "hx-swap-oob" not in fragment  # still going: the composer stays


def test_each_turn_shows_what_the_counterpart_heard(browser_like: TestClient) -> None:
    chat = _start(browser_like)
    fragment = _say(
        browser_like, chat, "I cut failed card payments by 31% last quarter, and I'm asking for 136k from April."
    )
    you = fragment.split('class="turn them"')[0]
    heard = re.search(r'<p class="heard"[^>]*>([^<]*)</p>', you)
    assert heard is not None
    assert heard.group(1) == ("Marta heard: a proposal (136k from April) · a receipt · not an offer: 31% (a result)")


@pytest.mark.parametrize(
    ("command", "expect", "kind"),
    [
        ("/hint", "<strong>Hint:</strong>", "note"),
        ("/offer", "Their standing offer", "note"),
        ("/offer salary=lots", "is not a number for salary", "note"),
        ("/offer colour=red", "Write /offer lever=value", "note"),
        ("/frobnicate", "Unknown command /frobnicate", "note"),
        ("", "Say something", "note"),
        ("/pause", "pause (MIND.DISTANCE)", "turn"),
        ("/accept", "There is no offer from them to accept yet", "note"),
    ],
)
def test_commands(browser_like: TestClient, command: str, expect: str, kind: str) -> None:
    chat = _start(browser_like)
    fragment = _say(browser_like, chat, command)
    assert expect in fragment or expect in browser_like.get(chat).text
    if kind == "note":
        assert 'class="turn note' in fragment and 'class="turn you"' not in fragment


def test_offer_with_lever_values_is_a_proposal(browser_like: TestClient) -> None:
    chat = _start(browser_like)
    fragment = _say(browser_like, chat, "/offer salary=136000")
    assert 'class="turn you"' in fragment and "I propose" in fragment and 'class="turn them"' in fragment


def test_the_raise_script_reaches_a_deal_and_the_scorecard_is_saved(browser_like: TestClient, api: TestClient) -> None:
    chat = _start(browser_like)
    for line in SCRIPT[:-1]:
        assert "hx-swap-oob" not in _say(browser_like, chat, line)
    last = _say(browser_like, chat, SCRIPT[-1])
    assert 'id="chat-foot" hx-swap-oob="true"' in last
    assert "Scorecard" in last and "Outcome</dt><dd>deal" in last and "Saved as session 1" in last
    page = browser_like.get(chat).text  # a reload shows the same, and does not save twice
    assert "Saved as session 1" in page and 'id="composer"' not in page
    assert page.count('class="turn you"') == len(SCRIPT)
    saved = api.get("/api/v1/cases/raise/sessions").json()
    assert [(s["mode"], s["outcome"]) for s in saved] == [("rehearse", "deal")]
    assert saved[0]["score"] == int(re.search(r'score-big">(\d+)/100', last).group(1))  # type: ignore[union-attr]


def test_a_session_survives_a_reload_with_its_notes(browser_like: TestClient) -> None:
    chat = _start(browser_like)
    _say(browser_like, chat, "Since April I cut the cloud bill by 256,800 USD a year.")
    _say(browser_like, chat, "/hint")
    page = browser_like.get(chat).text
    assert "cut the cloud bill" in page and "<strong>Hint:</strong>" in page
    assert page.index("cut the cloud bill") < page.index("<strong>Hint:</strong>")


def test_end_saves_and_a_turn_after_the_end_changes_nothing(browser_like: TestClient, api: TestClient) -> None:
    chat = _start(browser_like)
    ended = _say(browser_like, chat, "/end")
    assert "Saved as session 1" in ended and "Outcome</dt><dd>ended" in ended
    assert "has ended" in _say(browser_like, chat, "hello")
    assert [s["outcome"] for s in api.get("/api/v1/cases/raise/sessions").json()] == ["ended"]


def test_without_htmx_a_turn_redirects_to_the_chat(browser_like: TestClient) -> None:
    chat = _start(browser_like)
    posted = browser_like.post(f"{chat}/turn", data={"text": "/hint"}, follow_redirects=False)
    assert posted.status_code == 303 and posted.headers["location"] == f"{chat}#composer"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/cases/raise/rehearse/AAAAAAAAAAAAAAAA", 404),
        ("/cases/nope/rehearse", 404),
        ("/cases/raise/flip/AAAAAAAAAAAAAAAA", 404),
        ("/cases/raise/sessions/99", 404),
        ("/cases/raise/sessions/x", 422),
    ],
)
def test_unknown_sessions(browser_like: TestClient, path: str, status: int) -> None:
    assert browser_like.get(path).status_code == status


def test_a_session_belongs_to_its_case(browser_like: TestClient) -> None:
    chat = _start(browser_like)
    other = chat.replace("/cases/raise/", "/cases/deal/")
    assert browser_like.get(other).status_code == 404
    flip = chat.replace("/rehearse/", "/flip/")
    assert browser_like.get(flip).status_code == 404


def test_a_case_without_levers_explains_instead_of_failing(browser_like: TestClient, api: TestClient) -> None:
    bare = {"kind": "custom", "title": "Bare", "goal": {"what": "x"}, "counterpart": {"role": "boss"}}
    assert api.post("/api/v1/cases", json={"slug": "bare", "case": bare}).status_code == 201
    page = browser_like.post("/cases/bare/rehearse", data={"seed": "0"})
    assert page.status_code == 422 and "no levers" in page.text and "Start rehearsal" in page.text


@pytest.mark.parametrize(("form", "status"), [({"seed": "-1"}, 422), ({"seed": "x"}, 422), ({"style": "shouty"}, 422)])
def test_start_parameters_are_checked(browser_like: TestClient, form: dict[str, str], status: int) -> None:
    assert browser_like.post("/cases/raise/rehearse", data=form).status_code == status


@pytest.mark.parametrize("text", ["x " * 1001, "9" * 201, "0," * 101])
def test_turns_too_long_or_not_prose_are_refused(browser_like: TestClient, text: str) -> None:
    """A run of digits hundreds of characters long would keep the analyser busy for seconds."""
    chat = _start(browser_like)
    refused = browser_like.post(f"{chat}/turn", data={"text": text}, headers=HX)
    assert refused.status_code == 422 and refused.headers["hx-retarget"] == "#flash"
    assert browser_like.get(chat).text.count('class="turn you"') == 0


def test_style_and_seed_are_used(browser_like: TestClient) -> None:
    chat = _start(browser_like, style="hard", seed="7")
    page = browser_like.get(chat).text
    assert '<p class="cp-style">Firm: gives ground slowly and tests every number</p>' in page and "Seed 7." in page


def test_turns_need_the_csrf_token(browser_like: TestClient, settings: object) -> None:
    chat = _start(browser_like)
    del browser_like.headers["X-CSRF-Token"]
    assert browser_like.post(f"{chat}/turn", data={"text": "hi"}).status_code == 403
    assert browser_like.post("/cases/raise/rehearse", data={"seed": "0"}).status_code == 403
    assert browser_like.post("/cases/raise/flip").status_code == 403


def test_the_chat_page_has_the_commands_and_enter_to_send(browser_like: TestClient) -> None:
    page = browser_like.get(_start(browser_like)).text
    for command in ("/hint", "/pause", "/offer", "/accept", "/end"):
        assert f'name="text" value="{command}"' in page
    assert "data-enter-submits" in page and 'hx-target="#chat-log"' in page
    assert page.count('name="csrf"') == 2


# --- flip -----------------------------------------------------------------------------------


def _flip(client: TestClient, slug: str = "raise") -> str:
    started = client.post(f"/cases/{slug}/flip", follow_redirects=False)
    assert started.status_code == 303
    return started.headers["location"]


def test_flip_answers_from_the_plan_and_lists_gaps(browser_like: TestClient, api: TestClient) -> None:
    assert "Start flip session" in browser_like.get("/cases/raise/flip").text
    flip = _flip(browser_like)
    page = browser_like.get(flip).text
    assert "Coach (your side)" in page and "agree my move into the Senior II band now" in page  # your pitch
    answered = browser_like.post(f"{flip}/turn", data={"text": "The merit budget is frozen."}, headers=HX).text
    assert "None yet" in answered  # the gaps list is refreshed out of band, still empty
    gap = "Your peers would all want the same."
    with_gap = browser_like.post(f"{flip}/turn", data={"text": gap}, headers=HX).text
    assert "fair challenge" in with_gap and 'id="gaps" aria-labelledby="gaps-title" hx-swap-oob="true"' in with_gap
    assert "Add to my objections" in with_gap
    before = len(api.get("/api/v1/cases/raise").json()["case"]["objections"])
    added = browser_like.post(f"{flip}/gaps", data={"gap": "0"}, headers=HX)
    assert added.status_code == 200 and "Added to your objections as version 2" in added.text
    assert "Add to my objections" not in added.text and "badge ready" in added.text
    objections = api.get("/api/v1/cases/raise").json()["case"]["objections"]
    assert len(objections) == before + 1 and objections[-1]["text"] == gap
    assert browser_like.post(f"{flip}/gaps", data={"gap": "0"}, headers=HX).status_code == 422  # only once
    ended = browser_like.post(f"{flip}/turn", data={"text": "ok, you've convinced me"}, headers=HX).text
    assert "has ended and is saved as session 1" in ended
    saved = api.get("/api/v1/cases/raise/sessions?mode=flip").json()
    assert saved[0]["mode"] == "flip" and saved[0]["score"] is None


def test_flip_gaps_need_csrf_and_a_real_gap(browser_like: TestClient) -> None:
    flip = _flip(browser_like)
    assert browser_like.post(f"{flip}/gaps", data={"gap": "5"}).status_code == 422
    assert browser_like.post(f"{flip}/gaps", data={}).status_code == 422
    del browser_like.headers["X-CSRF-Token"]
    assert browser_like.post(f"{flip}/gaps", data={"gap": "0"}).status_code == 403


def test_flip_gap_without_htmx_redirects_with_the_version(browser_like: TestClient) -> None:
    flip = _flip(browser_like)
    browser_like.post(f"{flip}/turn", data={"text": "I worry the rest of the team will feel it is unfair."})
    posted = browser_like.post(f"{flip}/gaps", data={"gap": "0"}, follow_redirects=False)
    assert posted.status_code == 303 and posted.headers["location"] == f"{flip}?added=2"
    assert "Added to your objections as version 2" in browser_like.get(posted.headers["location"]).text


# --- sessions history -------------------------------------------------------------------------


def test_sessions_page_has_a_table_and_a_trend_chart(browser_like: TestClient) -> None:
    empty = browser_like.get("/cases/raise/sessions").text
    assert "No saved sessions yet" in empty and "<svg" not in empty
    for script in (["/end"], SCRIPT, ["I need 200k or I quit.", "/end"]):
        chat = _start(browser_like)
        for line in script:
            _say(browser_like, chat, line)
    flip = _flip(browser_like)
    browser_like.post(f"{flip}/turn", data={"text": "/end"})
    page = browser_like.get("/cases/raise/sessions").text
    assert page.count('<circle cx="') == 3  # rehearsals only: the flip session has no score
    assert 'aria-labelledby="trend-title"' in page
    assert page.count('<tr><td class="num"><a href="/cases/raise/sessions/') == 4
    assert 'class="trend up"' in page and 'class="trend down"' in page
    detail = browser_like.get("/cases/raise/sessions/2").text
    assert (
        "Scorecard" in detail and "Outcome</dt><dd>deal" in detail and detail.count('class="turn you"') == len(SCRIPT)
    )
    flip_detail = browser_like.get("/cases/raise/sessions/4").text
    assert "Answered from your plan" in flip_detail and "Scorecard" not in flip_detail


def test_trend_chart_draws_one_dot_per_session() -> None:
    points = [ScorePoint(f"#{i}", "2026-11-20 10:00", "deal", s) for i, s in enumerate([10, 55, 100, 0], 1)]
    svg = trend_svg(points)
    assert svg.startswith("<svg") and svg.count("<circle") == 4 and "<polyline" in svg
    assert "#3 · 2026-11-20 10:00 · deal · score 100" in svg
    single = trend_svg(points[:1])
    assert single.count("<circle") == 1 and "<polyline" not in single
    assert "&lt;b&gt;" in trend_svg([ScorePoint("<b>", "", "", 5)])
    with pytest.raises(ValueError):
        trend_svg([])


# --- the live registry --------------------------------------------------------------------------


def test_the_live_cache_is_bounded_and_expires() -> None:
    from sparring.web.live_sessions import Live, new_id

    now = [0.0]
    live = LiveSessions(max_live=3, ttl_s=60, clock=lambda: now[0])
    first, second, third = (live.put(Live(new_id(), "flip", "raise", 1)) for _ in range(3))
    assert live.find(first.id) is first  # used: now the newest
    fourth = live.put(Live(new_id(), "flip", "raise", 1))
    assert len(live) == 3
    assert live.find(second.id) is None  # the least recently used went first
    assert {s.id for s in (first, third, fourth)} == {live.find(s.id).id for s in (first, third, fourth)}  # type: ignore[union-attr]
    older = Live(first.id, "flip", "raise", 1)
    assert live.put(older) is first  # the copy already here, at the same revision, wins
    newer = Live(first.id, "flip", "raise", 1, revision=1)
    assert live.put(newer) is newer and live.find(first.id) is newer and len(live) == 3
    newer.stale = True
    assert live.find(first.id) is None  # a copy ahead of the store is never handed out
    live.drop(third.id)
    assert live.find(third.id) is None
    now[0] = 61
    assert len(live) == 0
    assert live.find(fourth.id) is None
    assert len(new_id()) == 16 and new_id() != new_id()


def test_a_session_dropped_from_the_cache_goes_on_from_the_store(settings: object) -> None:
    """More sessions than the cache holds: the first one is rebuilt and continues, no 404."""
    from dataclasses import replace

    from sparring.web.app import create_app
    from tests.web.conftest import BASE, TOKEN

    with TestClient(create_app(replace(settings, live_sessions=2)), base_url=BASE) as client:  # type: ignore[type-var]
        client.headers["Authorization"] = f"Bearer {TOKEN}"
        first = _start(client)
        _say(client, first, SCRIPT[0])
        others = [_start(client) for _ in range(3)]
        assert len(client.app.state.live) == 2  # type: ignore[attr-defined]
        fragment = _say(client, first, SCRIPT[1])
        assert SCRIPT[1].split()[0] in fragment
        reference = _start(client)
        for line in SCRIPT[:2]:
            _say(client, reference, line)
        assert client.get(others[0]).status_code == 200
        transcript = _transcript(client, first)
        assert transcript == _transcript(client, reference)
        assert len(transcript) == 5 and SCRIPT[0] in transcript[1] and SCRIPT[1] in transcript[3]


def _transcript(client: TestClient, chat: str) -> list[str]:
    page = client.get(chat)
    assert page.status_code == 200, page.text[:300]
    return re.findall(r'<li class="turn .*?</li>', page.text, re.S)


def test_the_log_names_routes_not_sessions_or_lines(browser_like: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    with caplog.at_level(logging.INFO, logger="sparring.web"):
        chat = _start(browser_like)
        _say(browser_like, chat, "My secret number is 131313 USD.")
        browser_like.post("/analyze", data={"text": "Sorry, secret pitch.", "case": "raise"}, headers=HX)
        browser_like.post("/cases/raise/coach/rewrite", data={"text": "Sorry, secret pitch."}, headers=HX)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "POST /cases/{slug}/rehearse/{sid}/turn 200" in text and "POST /analyze 200" in text
    for secret in (chat.rsplit("/", 1)[1], "raise", "131313", "secret"):
        assert secret not in text, secret
