"""A slow request must not stop other users' requests: heavy work never runs on the event loop.

Against a real `sparring serve`: while heavy requests are being worked on (importing a case
file of nearly 1 MB, the YAML editor's live check of that file, many big stress tests), a cheap page
answers within a second. Each test checks that the heavy request was still running when the
cheap one came back, so it cannot pass by the heavy one having finished first.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from sparring.store.yaml_reader import MAX_BYTES
from tests.web.live_server import LiveServer, Reply, live_server, multipart, request

ROOT = Path(__file__).resolve().parents[2]
CHEAP_S = 1.0
HEAVY_TIMEOUT_S = 120.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("home"), "--demo") as running:
        yield running


def slow_case_file(size_limit: int = MAX_BYTES - 100) -> bytes:
    """A case file (just under 1 MB by default) whose many unknown keys take the parser seconds (it is refused)."""
    text = (ROOT / "examples" / "raise.yaml").read_text(encoding="utf-8") + "extra:\n"
    lines, i = [text], 0
    size = len(text)
    while size < size_limit:
        line = f"  k{i}: value {i}\n"
        lines.append(line)
        size, i = size + len(line), i + 1
    return "".join(lines).encode()


def while_running(heavy: list[Callable[[], Reply]], cheap: Callable[[], Reply]) -> tuple[Reply, list[Reply]]:
    """Start the heavy requests, then time one cheap request (within CHEAP_S, while they still run)."""
    replies: list[Reply] = []
    threads = [threading.Thread(target=lambda call=call: replies.append(call()), daemon=True) for call in heavy]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    start = time.perf_counter()
    answer = cheap()
    elapsed = time.perf_counter() - start
    still_running = sum(thread.is_alive() for thread in threads)
    for thread in threads:
        thread.join(HEAVY_TIMEOUT_S)
    assert elapsed < CHEAP_S, f"a cheap page took {elapsed:.2f} s while heavy requests ran"
    assert still_running > 0, f"the heavy requests ended before the cheap one: the test proves nothing ({replies})"
    return answer, replies


def cheap_page(server: LiveServer) -> Callable[[], Reply]:
    return lambda: request(server, "GET", "/new")


def test_a_large_import_does_not_stop_other_requests(server: LiveServer) -> None:
    body, content_type = multipart("slow.yaml", slow_case_file())

    def heavy() -> Reply:
        return request(
            server, "POST", "/import", body=body, headers={"Content-Type": content_type}, timeout=HEAVY_TIMEOUT_S
        )

    answer, replies = while_running([heavy], cheap_page(server))
    assert answer.status == 200
    assert [r.status for r in replies] == [422]
    assert "unknown field" in replies[0].body


def test_the_yaml_editors_live_checks_do_not_stop_other_requests(server: LiveServer) -> None:
    body = urlencode({"text": slow_case_file(700_000).decode()}).encode()  # a form field is at most 1 MB

    def heavy() -> Reply:
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        return request(server, "POST", "/cases/raise/yaml/check", body=body, headers=headers, timeout=HEAVY_TIMEOUT_S)

    answer, replies = while_running([heavy, heavy], cheap_page(server))
    assert answer.status == 200
    assert [r.status for r in replies] == [200, 200]
    assert all("unknown field" in r.body for r in replies)


def test_many_heavy_requests_at_once_leave_room_for_a_page(server: LiveServer) -> None:
    """More stress tests than the heavy-work limit: they queue; a page still answers."""

    def heavy(seed: int) -> Callable[[], Reply]:
        path = f"/api/v1/cases/flexibility/stress?population=200000&seed={seed}"
        return lambda: request(server, "GET", path, timeout=HEAVY_TIMEOUT_S)

    answer, replies = while_running([heavy(seed) for seed in range(1, 9)], cheap_page(server))
    assert answer.status == 200
    assert [r.status for r in replies] == [200] * 8
