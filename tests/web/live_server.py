"""A real `sparring serve` on a free port, for the browser tests and the load benchmark.

Started as the user starts it; its first line gives the URL with the token; we wait until it
answers, and keep its log so a failing test can show what the server said.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from tests.llm_env import LLM_ENV

READY_TIMEOUT_S = 30.0
QUICK_S = 5.0
"""How long :func:`request` waits for an answer by default: a request that would hang fails instead."""
_NOT_INHERITED = frozenset(
    {*LLM_ENV, "SPARRING_DB", "SPARRING_TOKEN", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}
)


@dataclass
class LiveServer:
    url: str
    base: str
    token: str
    process: subprocess.Popen[str]
    log: list[str] = field(default_factory=list)

    def dump_log(self) -> str:
        return "\n".join(self.log[-200:])


def sparring_script() -> str:
    return shutil.which("sparring", path=str(Path(sys.executable).parent)) or "sparring"


@contextmanager
def live_server(
    home: Path, *args: str, db: str | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> Iterator[LiveServer]:
    """Run ``sparring serve --port 0 ARGS`` with ``SPARRING_HOME=home`` (or ``--db db``) until the block ends.

    The server is hermetic whatever the fixture's scope: no LLM settings or data folders of the
    developer's, ``HOME`` inside ``home``, plus ``env``. It runs in ``cwd`` (default: ours) with
    its stdin an open pipe nobody writes to, as under a terminal: anything that reads stdin hangs.
    """
    full = {k: v for k, v in os.environ.items() if k not in _NOT_INHERITED}
    full.update({"SPARRING_HOME": str(home), "HOME": str(home), "PYTHONUNBUFFERED": "1", **(env or {})})
    process = subprocess.Popen(
        [sparring_script(), *(("--db", db) if db else ()), "serve", "--port", "0", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=full,
        cwd=cwd,
    )
    log: list[str] = []
    assert process.stdout is not None
    first = _first_line(process, log)
    match = re.search(r"(http://\S+)/\?token=(\S+)", first)
    if not match:
        process.kill()
        raise RuntimeError(f"sparring serve printed no URL:\n{first}\n" + "\n".join(log))
    reader = threading.Thread(target=_drain, args=(process, log), daemon=True)
    reader.start()
    server = LiveServer(f"{match.group(1)}/?token={match.group(2)}", match.group(1), match.group(2), process, log)
    try:
        _wait_ready(server)
        yield server
    finally:
        if process.stdin is not None:
            process.stdin.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _first_line(process: subprocess.Popen[str], log: list[str]) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        log.append(line.rstrip())
        if "http://" in line:
            return line
    process.kill()
    rest = process.stdout.read() if process.stdout else ""
    raise RuntimeError("sparring serve did not start:\n" + "\n".join(log) + rest)


def _drain(process: subprocess.Popen[str], log: list[str]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        log.append(line.rstrip())


def _wait_ready(server: LiveServer) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    request = urllib.request.Request(f"{server.base}/api/v1/cases", headers={"Authorization": f"Bearer {server.token}"})
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError("sparring serve exited:\n" + server.dump_log())
        try:
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError("sparring serve never became ready:\n" + server.dump_log())


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: str


def request(
    server: LiveServer,
    method: str,
    path: str,
    *,
    auth: bool = True,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = QUICK_S,
) -> Reply:
    """One request with the raw ``path`` (no client-side normalisation), answered within ``timeout``."""
    conn = http.client.HTTPConnection(urlsplit(server.base).netloc, timeout=timeout)
    sent = {"Authorization": f"Bearer {server.token}"} if auth else {}
    sent.update(headers or {})
    try:
        conn.request(method, path, body=body, headers=sent)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, text)
    finally:
        conn.close()


def multipart(filename: str, content: bytes, fields: dict[str, str] | None = None) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body with one file (``file``) and plain fields; and its content type."""
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in (fields or {}).items()
    ]
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: application/yaml\r\n\r\n"
    ).encode()
    body = b"".join(parts) + head + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"
