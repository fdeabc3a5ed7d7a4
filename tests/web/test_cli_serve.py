"""`sparring serve`: registered in the CLI, safe by default, refuses to expose itself silently."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from sparring.cli.main import app
from sparring.web.server import is_loopback


def test_serve_is_a_command() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0, result.output
    assert "--allow-remote" in result.output and "--demo" in result.output


def test_a_reachable_host_needs_the_explicit_flag() -> None:
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--port", "0"])
    assert result.exit_code == 2
    assert "not a loopback address" in result.stderr and "--allow-remote" in result.stderr


def test_a_busy_port_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    import socket

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    port = taken.getsockname()[1]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "sparring", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            env={**os.environ, "SPARRING_HOME": str(tmp_path)},
            timeout=60,
        )
    finally:
        taken.close()
    assert done.returncode == 3, done.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert "Traceback" not in done.stderr


def test_loopback_addresses() -> None:
    assert all(is_loopback(h) for h in ("127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "192.168.1.2", "example.com", "::"))
