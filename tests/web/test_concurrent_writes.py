"""Parallel clients against a real `sparring serve`: one base version gives one new version, and
one new name gives one case, however many requests race for it.

Each round opens one connection per client, lines the clients up on a barrier and sends all
the requests at once, so the server handles them in parallel (its thread pool), as it does
for several browser tabs or API scripts. Many rounds make the race all but certain to show.
"""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from urllib.parse import urlencode, urlsplit

import pytest

from tests.store.conftest import BACKENDS, case_data
from tests.web.live_server import LiveServer, live_server

ROUNDS = 10
CLIENTS = 4


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`sparring serve` over a SQLite file in its data folder, or over a database on a real PostgreSQL."""
    db = request.getfixturevalue("pg_server").new_database() if request.param == "postgresql" else None
    with live_server(tmp_path_factory.mktemp("home"), db=db) as running:
        yield running


Request = tuple[str, str, bytes, dict[str, str]]


def race(server: LiveServer, requests: list[Request]) -> list[tuple[int, bytes]]:
    """Send every request at the same moment, each on its own connection; (status, body) in order."""
    address = urlsplit(server.base)
    barrier = threading.Barrier(len(requests))
    results: list[tuple[int, bytes] | BaseException] = [RuntimeError("no answer")] * len(requests)

    def client(index: int) -> None:
        method, path, body, headers = requests[index]
        connection = http.client.HTTPConnection(address.hostname or "127.0.0.1", address.port, timeout=60)
        try:
            connection.connect()
            barrier.wait(timeout=30)
            connection.request(method, path, body, {"Authorization": f"Bearer {server.token}", **headers})
            response = connection.getresponse()
            results[index] = (response.status, response.read())
        except BaseException as exc:  # reported below, with the server's log
            results[index] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(len(requests))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    answers = []
    for result in results:
        if isinstance(result, BaseException):
            raise AssertionError(f"a client failed: {result!r}\n{server.dump_log()}")
        answers.append(result)
    return answers


def api(server: LiveServer, method: str, path: str, payload: object | None = None) -> tuple[int, object]:
    status, body = race(server, [(method, path, json.dumps(payload).encode() if payload is not None else b"", JSON)])[0]
    return status, json.loads(body)


JSON = {"Content-Type": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def versions(server: LiveServer, slug: str) -> list[tuple[int, str]]:
    status, body = api(server, "GET", f"/api/v1/cases/{slug}/versions")
    assert status == 200, body
    assert isinstance(body, list)
    return [(v["version"], v["note"]) for v in body]


def create(server: LiveServer, slug: str) -> None:
    status, body = api(server, "POST", "/api/v1/cases", {"slug": slug, "case": case_data(), "note": "created"})
    assert status == 201, body


def error_kinds(answers: list[tuple[int, bytes]], ok: int) -> list[str]:
    return [json.loads(body)["error"]["kind"] for status, body in answers if status != ok]


@pytest.mark.slow
def test_parallel_puts_from_one_base_version_save_exactly_one(server: LiveServer) -> None:
    slug = "put-race"
    create(server, slug)
    for round_number in range(ROUNDS):
        base = len(versions(server, slug))
        notes = [f"r{round_number}-c{i}" for i in range(CLIENTS)]
        requests = [
            (
                "PUT",
                f"/api/v1/cases/{slug}",
                json.dumps({"case": case_data(title=f"edit {note}"), "note": note, "base_version": base}).encode(),
                JSON,
            )
            for note in notes
        ]
        answers = race(server, requests)
        statuses = sorted(status for status, _ in answers)
        assert statuses == [200] + [409] * (CLIENTS - 1), f"round {round_number}: {statuses}"
        assert error_kinds(answers, 200) == ["conflict"] * (CLIENTS - 1)
        winner = next(json.loads(body) for status, body in answers if status == 200)
        assert winner["version"] == base + 1
        history = versions(server, slug)
        assert [v for v, _ in history] == list(range(1, base + 2)), f"round {round_number}"
        assert history[-1][1] == winner["note"]
        status, latest = api(server, "GET", f"/api/v1/cases/{slug}")
        assert status == 200
        assert isinstance(latest, dict)
        assert latest["case"]["title"] == f"edit {winner['note']}"


@pytest.mark.slow
def test_parallel_yaml_editor_saves_from_one_base_version_save_exactly_one(server: LiveServer) -> None:
    slug = "yaml-race"
    create(server, slug)
    clients = 3
    for round_number in range(ROUNDS):
        base = len(versions(server, slug))
        notes = [f"r{round_number}-y{i}" for i in range(clients)]
        requests = [
            (
                "POST",
                f"/cases/{slug}/yaml",
                urlencode(
                    {"text": json.dumps(case_data(title=f"yaml {note}")), "base_version": base, "note": note}
                ).encode(),
                FORM,
            )
            for note in notes
        ]
        statuses = sorted(status for status, _ in race(server, requests))
        assert statuses == [303] + [409] * (clients - 1), f"round {round_number}: {statuses}"
        history = versions(server, slug)
        assert [v for v, _ in history] == list(range(1, base + 2)), f"round {round_number}"
        assert history[-1][1] in notes


@pytest.mark.slow
def test_parallel_creates_of_one_new_slug_make_exactly_one_case(server: LiveServer) -> None:
    for round_number in range(ROUNDS):
        slug = f"new-race-{round_number}"
        notes = [f"c{i}" for i in range(CLIENTS)]
        requests = [
            (
                "POST",
                "/api/v1/cases",
                json.dumps({"slug": slug, "case": case_data(title=f"made by {note}"), "note": note}).encode(),
                JSON,
            )
            for note in notes
        ]
        answers = race(server, requests)
        statuses = sorted(status for status, _ in answers)
        assert statuses == [201] + [409] * (CLIENTS - 1), f"round {round_number}: {statuses}"
        assert error_kinds(answers, 201) == ["conflict"] * (CLIENTS - 1)
        history = versions(server, slug)
        assert len(history) == 1, f"round {round_number}: {history}"
        assert history[0][1] in notes
