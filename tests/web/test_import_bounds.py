"""The web app answers bad case files quickly, against a real ``sparring serve``.

The five-line file of a bad date and ``loop: &l [*l]`` once kept a worker thread at 100% CPU
for ever, both when imported and in the YAML editor's live check; each request here must be
answered within :data:`BOUND_S` with the located message, and the server must still serve.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.web.live_server import LiveServer, live_server, multipart, request

ROOT = Path(__file__).resolve().parents[2]
HANG = ROOT / "tests/data/bad_input/recursive_alias_bad_date.yaml"
BOUND_S = 20.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("home"), "--demo") as running:
        yield running


def test_importing_a_recursive_alias_is_answered_in_time(server: LiveServer) -> None:
    body, content_type = multipart("loop.yaml", HANG.read_bytes(), {"name": "loop"})
    reply = request(server, "POST", "/import", body=body, headers={"Content-Type": content_type}, timeout=BOUND_S)
    assert reply.status == 422
    assert "loop.yaml:5:11: the alias *l refers to the collection it is part of (a recursive alias)" in reply.body
    assert request(server, "GET", "/cases/loop").status == 404


def test_the_yaml_editors_live_check_of_a_recursive_alias_is_answered_in_time(server: LiveServer) -> None:
    body = urlencode({"text": HANG.read_text(encoding="utf-8")}).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    reply = request(server, "POST", "/cases/raise/yaml/check", body=body, headers=headers, timeout=BOUND_S)
    assert reply.status == 200
    assert "raise.yaml:5:11: the alias *l refers to the collection it is part of (a recursive alias)" in reply.body
    assert request(server, "GET", "/new").status == 200
