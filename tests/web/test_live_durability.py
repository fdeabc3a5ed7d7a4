"""A rehearsal in progress survives what used to lose it: a server killed between two turns, a
second worker over the same store, and the lines a model worded; it expires after its time.

The restart test runs real `sparring serve` processes on 127.0.0.1 over one store (a SQLite
file, and a real PostgreSQL where its binaries are installed): two turns on the first server,
which is then killed (SIGKILL: nothing is flushed on the way out), the third on a new server,
and the scorecard must equal the one of the same seed and turns played without a break.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sparring.engines.sim.moves import Move
from sparring.services import live as live_store
from sparring.services import rehearsal
from sparring.services.examples import example_path
from sparring.store.repository import CaseStore
from sparring.web.app import create_app
from sparring.web.settings import WebSettings
from tests.store.conftest import BACKENDS
from tests.web.conftest import BASE, TOKEN
from tests.web.live_server import LiveServer, live_server, request
from tests.web.test_rehearsal import SCRIPT

SEED = 3


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store holding the raise example: a SQLite file, or a database on a real PostgreSQL."""
    from sparring.services.cases import import_file

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'sparring.db'}"
    else:
        url = request.getfixturevalue("pg_server").new_database()
    with CaseStore(url) as store:
        import_file(store, str(example_path("raise")), "raise", "the example")
    return url


def _api(server: LiveServer, method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    sent = json.dumps(body).encode() if body is not None else None
    reply = request(
        server, method, f"/api/v1{path}", body=sent, headers={"Content-Type": "application/json"}, timeout=30
    )
    return reply.status, json.loads(reply.body)


def _turn(server: LiveServer, sid: str, text: str) -> dict[str, Any]:
    status, body = _api(server, "POST", f"/rehearsals/{sid}/turns", {"text": text})
    assert status == 200, (status, body, server.dump_log())
    return dict(body)


def test_a_rehearsal_goes_on_after_the_server_is_killed(store_url: str, tmp_path: Path) -> None:
    turns = SCRIPT[:3]
    with live_server(tmp_path / "first", db=store_url) as first:
        status, started = _api(first, "POST", "/cases/raise/rehearsals", {"mode": "rehearse", "seed": SEED})
        assert status == 201, started
        sid = started["id"]
        for text in turns[:2]:
            _turn(first, sid, text)
        first.process.kill()  # the replies were shown: the turns must be in the store already
        first.process.wait(timeout=10)
    with live_server(tmp_path / "second", db=store_url) as second:
        third = _turn(second, sid, turns[2])
        assert third["entries"][0] == {**third["entries"][0], "speaker": "you", "text": turns[2]}
        status, state = _api(second, "GET", f"/rehearsals/{sid}")
        assert status == 200
        said = [e["text"] for e in state["transcript"] if e["speaker"] == "you"]
        assert said == turns and len(state["transcript"]) == 7
        ended = _turn(second, sid, "/end")
        assert ended["ended"] and ended["saved_session"] is not None

        status, fresh = _api(second, "POST", "/cases/raise/rehearsals", {"mode": "rehearse", "seed": SEED})
        for text in [*turns, "/end"]:
            reference = _turn(second, fresh["id"], text)
        status, unbroken = _api(second, "GET", f"/rehearsals/{fresh['id']}")
        assert ended["scorecard"] == reference["scorecard"]
        status, resumed = _api(second, "GET", f"/rehearsals/{sid}")
        assert resumed["transcript"] == unbroken["transcript"] and resumed["scorecard"] == unbroken["scorecard"]
        status, saved = _api(second, "GET", "/cases/raise/sessions")
        assert [s["id"] for s in saved] == [ended["saved_session"], reference["saved_session"]]


def _client(settings: WebSettings) -> TestClient:
    client = TestClient(create_app(settings), base_url=BASE)
    client.headers["Authorization"] = f"Bearer {TOKEN}"
    return client


def test_two_workers_over_one_store_play_one_rehearsal(settings: WebSettings) -> None:
    """Turns sent alternately to two apps (two workers): each carries on where the other left off."""
    with _client(settings) as one, _client(settings) as two, _client(settings) as alone:
        sid = one.post("/api/v1/cases/raise/rehearsals", json={"seed": SEED}).json()["id"]
        ref = alone.post("/api/v1/cases/raise/rehearsals", json={"seed": SEED}).json()["id"]
        for n, text in enumerate([*SCRIPT[:4], "/hint", "/end"]):
            worker = (one, two)[n % 2]
            played = worker.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": text})
            assert played.status_code == 200, played.text
            assert (
                alone.post(f"/api/v1/rehearsals/{ref}/turns", json={"text": text}).json()["reply"]
                == played.json()["reply"]
            )
        mine, reference = one.get(f"/api/v1/rehearsals/{sid}").json(), alone.get(f"/api/v1/rehearsals/{ref}").json()
        assert mine["transcript"] == reference["transcript"] and mine["scorecard"] == reference["scorecard"]
        assert two.get(f"/api/v1/rehearsals/{sid}").json()["saved_session"] == mine["saved_session"] is not None
        page = two.get(f"/cases/raise/rehearse/{sid}").text
        assert "Hint:" in page and "Saved as session" in page  # the notes between turns came with it


def test_a_turn_on_an_old_copy_is_refused_not_forked(settings: WebSettings) -> None:
    """Two copies read at the same revision: the second write is a conflict, and nothing forks."""
    with CaseStore(settings.store_url) as store:
        case = store.get("raise").case
        live = live_store.Record("c" * 16, "rehearse", "raise", 1, SEED)
        live_store.begin(store, live)
        other = live_store.load(store, live.id)
        assert other is not None and other.revision == 0
        live.turns.append(live_store.Turn(SCRIPT[0]))
        live_store.commit(store, live)
        other.turns.append(live_store.Turn("something else"))
        with pytest.raises(Exception) as refused:
            live_store.commit(store, other)
        assert getattr(refused.value, "kind", None) == "conflict"
        kept = live_store.load(store, live.id)
        assert kept is not None and kept.revision == 1 and [t.text for t in kept.turns] == [SCRIPT[0]]
        assert [e.text for e in live_store.rebuild_rehearsal(case, kept).transcript][1] == SCRIPT[0]


def _worded(move: Move, line: str) -> str:
    """A narrator's wording (deterministic here): the same move, said differently."""
    return f"({move.kind.lower()}) {line.upper()}"


def test_a_rebuilt_rehearsal_shows_the_worded_lines_and_goes_on_alike(settings: WebSettings) -> None:
    with CaseStore(settings.store_url) as store:
        case = store.get("raise").case
    original = rehearsal.start(case, seed=SEED, narrator=_worded)
    record = live_store.Record("w" * 16, "rehearse", "raise", 1, SEED)
    for text in SCRIPT[:3]:
        start = len(original.transcript)
        original.turn(text)
        record.turns.append(live_store.Turn(text, live_store.said_since(original, start)))
    rebuilt = live_store.rebuild_rehearsal(case, record)
    assert [e.as_json() for e in rebuilt.transcript] == [e.as_json() for e in original.transcript]
    assert rebuilt.transcript[2].text.startswith("(") and rebuilt.phrase is None
    rebuilt.phrase = _worded
    for text in (SCRIPT[3], "/end"):
        assert rebuilt.turn(text) == original.turn(text)
    assert rebuilt.scorecard() == original.scorecard()


def test_a_rebuilt_flip_session_shows_the_worded_lines(settings: WebSettings) -> None:
    from sparring.engines.sim.flip import FlipSession

    with CaseStore(settings.store_url) as store:
        case = store.get("raise").case
    original = FlipSession(case)
    record = live_store.Record("f" * 16, "flip", "raise", 1)
    for text in ("The budget is frozen this year.", "No.", "What's in it for me?"):
        start = len(original.transcript)
        original.turn(text)
        original.transcript[-1]["text"] = "Worded: " + original.transcript[-1]["text"]
        record.turns.append(live_store.Turn(text, live_store.said_since(original, start)))
    rebuilt = live_store.rebuild_flip(case, record)
    assert rebuilt.transcript == original.transcript and rebuilt.summary() == original.summary()
    assert rebuilt.tier == original.tier and rebuilt.transcript[-1]["text"].startswith("Worded: ")


def test_a_live_session_expires_after_its_time_and_is_then_deleted(settings: WebSettings) -> None:
    with _client(replace(settings, live_keep_s=1.0)) as client:
        sid = client.post("/api/v1/cases/raise/rehearsals", json={"seed": SEED}).json()["id"]
        assert client.post(f"/api/v1/rehearsals/{sid}/turns", json={"text": SCRIPT[0]}).status_code == 200
        time.sleep(1.2)
        gone = client.get(f"/api/v1/rehearsals/{sid}")
        assert gone.status_code == 404
        assert "kept for 1 second after its last turn" in gone.json()["error"]["hint"]
        path = settings.store_url.removeprefix("sqlite:///")
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT id FROM live_sessions").fetchall() == [(sid,)]  # expired, still there
        client.post("/api/v1/cases/raise/rehearsals", json={"seed": SEED})  # a start deletes the expired ones
        with sqlite3.connect(path) as conn:
            assert sid not in {row[0] for row in conn.execute("SELECT id FROM live_sessions")}
    with _client(settings) as client:
        hint = client.get("/api/v1/rehearsals/" + "x" * 16).json()["error"]["hint"]
        assert "kept for 7 days after its last turn" in hint
