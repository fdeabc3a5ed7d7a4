"""What a real `sparring serve` refuses to do, whatever the address it is sent.

Each test drives the server over a socket, so what uvicorn hands the app (decoded paths, raw
backslashes) is what the guards see; each request has a short timeout, so a request that
would hang the server fails the test instead of hanging it.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sparring.web.security import same_site_path
from tests.web.live_server import LiveServer, live_server, multipart, request, sparring_script

ROOT = Path(__file__).resolve().parents[2]
MARKER = "PRIVATE NOTES OF THE SERVER'S OWNER"
SECRET_KEY = "secret_key_of_the_owner"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The demo server, started in a folder holding a private case file and a config file."""
    cwd = tmp_path_factory.mktemp("cwd")
    example = (ROOT / "examples" / "raise.yaml").read_text(encoding="utf-8")
    (cwd / "private-notes.yaml").write_text(
        example.replace("title: Raise to the Senior II band during the merit freeze", f"title: {MARKER}"),
        encoding="utf-8",
    )
    (cwd / "config.yaml").write_text(f"{SECRET_KEY}: hunter2\ndatabase_password: hunter3\n", encoding="utf-8")
    (cwd / "raise").write_text(f"title: {MARKER}\n", encoding="utf-8")
    with live_server(tmp_path_factory.mktemp("home"), "--demo", cwd=cwd) as running:
        yield running


FILE_REFERENCES = [
    "/cases/private-notes.yaml/export.json",
    "/cases/private-notes.yaml/export.yaml",
    "/cases/config.yaml/export.json",
    "/cases/-/export.yaml",
    "/cases/-/export.json",
    "/cases/private-notes.yaml",
    "/cases/private-notes.yaml/yaml",
    "/cases/private-notes.yaml/map",
    "/cases/private-notes.yaml/deal",
    "/cases/private-notes.yaml/stress",
    "/cases/private-notes.yaml/brief.md",
    "/cases/config.yaml/history",
    "/cases/-/deal",
    "/cases/-/stress",
    "/cases/..%2Fconfig.yaml/export.json",
    "/cases/raise%0A/export.json",
    "/api/v1/cases/private-notes.yaml",
    "/api/v1/cases/private-notes.yaml/export",
    "/api/v1/cases/config.yaml/check",
    "/api/v1/cases/-/check",
    "/api/v1/cases/-/deal",
    "/api/v1/cases/-/stress",
    "/api/v1/cases/private-notes.yaml/brief",
]


@pytest.mark.parametrize("path", FILE_REFERENCES)
def test_a_file_name_or_stdin_in_a_case_address_is_a_404(server: LiveServer, path: str) -> None:
    reply = request(server, "GET", path)
    assert reply.status == 404, reply.body[:500]
    assert MARKER not in reply.body
    assert SECRET_KEY not in reply.body
    assert "database_password" not in reply.body


def test_the_server_still_answers_after_the_stdin_addresses(server: LiveServer) -> None:
    """45 requests for ``/cases/-/…`` once stopped the server: each waited on its stdin."""
    for _ in range(45):
        assert request(server, "GET", "/cases/-/export.yaml").status == 404
    reply = request(server, "GET", "/cases/raise/export.json")
    assert reply.status == 200
    assert MARKER not in reply.body


def test_a_stored_case_is_served_from_the_store_not_a_file_of_its_name(server: LiveServer) -> None:
    """The server's folder holds a file called ``raise``; the stored case ``raise`` is what comes back."""
    reply = request(server, "GET", "/cases/raise/export.yaml")
    assert reply.status == 200
    assert "title: Raise to the Senior II band during the merit freeze" in reply.body
    assert MARKER not in reply.body


@pytest.mark.parametrize(
    "path",
    [
        "/%2F%2Fevil.example",
        "/%2F%2Fevil.example/cases",
        "//evil.example",
        "/\\evil.example",
        "/%5Cevil.example",
        "/%5C%5Cevil.example",
        "/%2F%5Cevil.example",
        "/%09/evil.example",
        "/%0D%0ALocation:%20http://evil.example",
    ],
)
def test_the_token_login_redirects_to_this_server_only(server: LiveServer, path: str) -> None:
    reply = request(server, "GET", f"{path}?token={server.token}&x=1", auth=False)
    assert reply.status == 303
    location = reply.headers["location"]
    assert location.startswith("/")
    assert location[1:2] not in ("/", "\\")
    assert all(c.isascii() and c.isprintable() and c != "\\" for c in location)
    assert "token=" not in location
    assert location.endswith("?x=1")
    assert urlsplit(location).netloc == ""


def test_the_token_login_keeps_an_ordinary_address(server: LiveServer) -> None:
    reply = request(server, "GET", f"/cases/raise/deal?token={server.token}&x=1", auth=False)
    assert reply.status == 303
    assert reply.headers["location"] == "/cases/raise/deal?x=1"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "/"),
        ("/cases/raise/deal", "/cases/raise/deal"),
        ("//evil.example", "/evil.example"),
        ("/\\evil.example", "/evil.example"),
        ("/\\/\\evil.example", "/evil.example"),
        ("/\t/evil.example", "/%09/evil.example"),
        ("/a\\b", "/a%5Cb"),
        ("/café", "/caf%C3%A9"),
        ("/50%", "/50%25"),
    ],
)
def test_same_site_path(path: str, expected: str) -> None:
    assert same_site_path(path) == expected


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-8-sig"])
def test_the_web_import_reads_a_file_as_sparring_import_does(server: LiveServer, tmp_path: Path, encoding: str) -> None:
    """One decoder for both: a UTF-16 file with its byte-order mark is a case in the CLI and the browser."""
    text = (ROOT / "examples" / "raise.yaml").read_text(encoding="utf-8")
    raw = ("\ufeff" + text).encode(encoding) if encoding.startswith("utf-16") else text.encode(encoding)
    file = tmp_path / "bom.yaml"
    file.write_bytes(raw)
    env = {**os.environ, "SPARRING_HOME": str(tmp_path / "cli")}
    cli = subprocess.run([sparring_script(), "import", str(file)], env=env, capture_output=True, text=True, timeout=60)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    name = f"bom-{encoding}"
    body, content_type = multipart("bom.yaml", raw, {"name": name})
    reply = request(server, "POST", "/import", body=body, headers={"Content-Type": content_type}, timeout=30)
    assert reply.status == 303, reply.body[:500]
    assert reply.headers["location"] == f"/cases/{name}"
    stored = json.loads(request(server, "GET", f"/cases/{name}/export.json").body)
    assert stored["title"] == "Raise to the Senior II band during the merit freeze"
    shown = subprocess.run(
        [sparring_script(), "export", "bom", "--format", "json"], env=env, capture_output=True, text=True, timeout=60
    )
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert json.loads(shown.stdout) == stored
