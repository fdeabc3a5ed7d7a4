"""Stateless web workers: any `sparring serve` process over one store can play any turn.

Real processes on 127.0.0.1 over one store: two servers on two ports taking a rehearsal's
turns alternately, a `--workers 2` server, and 200 rehearsals in progress at once. What each
plays must equal the same seed and turns played by one process alone.
"""

from __future__ import annotations

import json
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from sparring.services import rehearsal
from sparring.services.cases import import_file
from sparring.services.examples import example_path
from sparring.store.repository import CaseStore
from tests.store.conftest import BACKENDS
from tests.web.live_server import LiveServer, live_server, request
from tests.web.test_rehearsal import SCRIPT

SEED = 5
TURNS = [*SCRIPT[:4], "/hint", "/end"]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store holding the raise example: a SQLite file (WAL), or a database on a real PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'sparring.db'}"
    else:
        url = request.getfixturevalue("pg_server").new_database()
    with CaseStore(url) as store:
        import_file(store, str(example_path("raise")), "raise", "the example")
    return url


def _api(server: LiveServer, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    sent = json.dumps(body).encode() if body is not None else None
    reply = request(
        server, method, f"/api/v1{path}", body=sent, headers={"Content-Type": "application/json"}, timeout=30
    )
    assert reply.status in (200, 201), (method, path, reply.status, reply.body, server.dump_log())
    return json.loads(reply.body)


def _play(servers: list[LiveServer], turns: list[str], seed: int = SEED) -> dict[str, Any]:
    """Start on the first server, send turn n to server n mod len(servers); the state as the last one reads it."""
    sid = _api(servers[0], "POST", "/cases/raise/rehearsals", {"mode": "rehearse", "seed": seed})["id"]
    for n, text in enumerate(turns):
        _api(servers[(n + 1) % len(servers)], "POST", f"/rehearsals/{sid}/turns", {"text": text})
    return dict(_api(servers[-1], "GET", f"/rehearsals/{sid}"))


def _same_game(state: dict[str, Any], alone: dict[str, Any]) -> None:
    assert state["ended"] and state["saved_session"] is not None
    assert state["transcript"] == alone["transcript"]
    assert state["scorecard"] == alone["scorecard"] and state["scorecard"] is not None


def _workers(server: LiveServer, expected: int) -> set[str]:
    """The worker processes that said they serve (uvicorn's start line names each one's pid),
    once ``expected`` did or 30 s passed: the first to start answers before the others are up."""
    deadline = time.monotonic() + 30
    while True:
        found = set(re.findall(r"Started server process \[(\d+)\]", server.dump_log()))
        if len(found) >= expected or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def _cpu_s(pid: str) -> float:
    """CPU seconds process ``pid`` has used (user + system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_turns_sent_alternately_to_two_servers_play_the_rehearsal_one_server_plays(
    store_url: str, tmp_path: Path
) -> None:
    with live_server(tmp_path / "a", db=store_url) as one, live_server(tmp_path / "b", db=store_url) as two:
        shared = _play([one, two], TURNS)
        alone = _play([one], TURNS)
        _same_game(shared, alone)
        saved = _api(two, "GET", "/cases/raise/sessions")
        assert sorted(s["id"] for s in saved) == sorted([shared["saved_session"], alone["saved_session"]])


def test_a_server_with_two_workers_plays_the_rehearsal_one_server_plays(store_url: str, tmp_path: Path) -> None:
    with live_server(tmp_path / "w", "--workers", "2", db=store_url) as workers:
        started = _workers(workers, 2)
        assert len(started) == 2 and str(workers.process.pid) not in started, workers.dump_log()
        assert "2 worker processes" in workers.dump_log()
        shared = _play([workers], TURNS)
    with live_server(tmp_path / "one", db=store_url) as one:
        _same_game(shared, _play([one], TURNS))


def test_two_hundred_rehearsals_at_once_lose_no_turn(store_url: str, tmp_path: Path) -> None:
    """200 started, then two turns each, interleaved over two workers from 16 clients at once:
    both workers do a share of the work (their CPU time), and every transcript is complete."""
    count, turns = 200, SCRIPT[:2]
    with live_server(tmp_path / "w", "--workers", "2", db=store_url) as server:
        workers = _workers(server, 2)
        before = {pid: _cpu_s(pid) for pid in workers}
        with ThreadPoolExecutor(16) as pool:
            ids = list(
                pool.map(lambda n: _api(server, "POST", "/cases/raise/rehearsals", {"seed": n})["id"], range(count))
            )
            for text in turns:  # every session's first turn, then every second: 200 in progress throughout
                list(
                    pool.map(
                        lambda sid, text=text: _api(server, "POST", f"/rehearsals/{sid}/turns", {"text": text}), ids
                    )
                )
            states = list(pool.map(lambda sid: _api(server, "GET", f"/rehearsals/{sid}"), ids))
        used = [_cpu_s(pid) - before[pid] for pid in workers]
        assert len(used) == 2 and min(used) > sum(used) / 4, used  # both workers served the turns
        assert len(set(ids)) == count
    with CaseStore(store_url) as store:
        case = store.get("raise").case
    for n, state in enumerate(states):
        alone = rehearsal.start(case, seed=n)
        for text in turns:
            alone.turn(text)
        assert state["transcript"] == [e.as_json() for e in alone.transcript], n
        assert [e["text"] for e in state["transcript"] if e["speaker"] == "you"] == turns


def test_with_workers_a_store_that_cannot_be_reached_is_the_parents_error_before_any_url(tmp_path: Path) -> None:
    import subprocess

    from tests.web.live_server import sparring_script

    done = subprocess.run(
        [
            sparring_script(),
            "--db",
            "postgresql+psycopg://nobody@127.0.0.1:1/x",
            "serve",
            "--workers",
            "2",
            "--port",
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SPARRING_HOME": str(tmp_path)},
        check=False,
    )
    assert done.returncode == 3 and done.stdout == ""
    assert done.stderr.startswith("error: cannot reach the database postgresql+psycopg://nobody@127.0.0.1:1/x")
    assert "Traceback" not in done.stderr


def test_a_worker_builds_the_app_its_parent_described(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from sparring.model.errors import SparringError
    from sparring.web import server
    from sparring.web.settings import WebSettings

    monkeypatch.delenv(server.WORKER_ENV, raising=False)
    with pytest.raises(SparringError) as missing:
        server.worker_app()
    assert missing.value.message == f"{server.WORKER_ENV} is not set"
    given = WebSettings(store_url=f"sqlite:///{tmp_path / 's.db'}", token="t" * 20, port=9999, extra_hosts=("box",))
    described = json.loads(server._settings_json(given))
    assert described.pop("parent") == os.getpid()  # a worker of ours would end with this process
    monkeypatch.setenv(server.WORKER_ENV, json.dumps(described))
    app = server.worker_app()
    try:
        assert app.state.settings == WebSettings(
            store_url=given.store_url, token=given.token, port=9999, extra_hosts=("box",), demo=False
        )
        assert app.state.settings.allowed_hosts == given.allowed_hosts
    finally:
        app.state.store.close()


def _gone(pid: str) -> bool:
    """No such process, or only its zombie (exited, waiting for whoever adopted it to reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_workers_stop_when_their_parent_is_killed(tmp_path: Path) -> None:
    """A SIGKILLed `sparring serve` cannot stop its workers itself; they must not keep the port alone."""
    with live_server(tmp_path / "w", "--demo", "--workers", "2") as server:
        workers = _workers(server, 2)
        assert len(workers) == 2 and _api(server, "GET", "/cases")
        server.process.kill()
        server.process.wait(timeout=10)
        deadline = time.monotonic() + 15
        while not all(_gone(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert all(_gone(pid) for pid in workers), server.dump_log()
        with pytest.raises(OSError):
            request(server, "GET", "/api/v1/cases", timeout=2)
