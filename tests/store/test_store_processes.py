"""Real processes: a writer SIGKILLed mid-save loses nothing it reported, and two writers never collide."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sparring.store.db import BUSY_MESSAGE
from sparring.store.repository import CaseStore
from tests.store.conftest import BACKENDS, case_data

WORKER = Path(__file__).with_name("worker.py")
REPO_ROOT = Path(__file__).resolve().parents[2]


def start_worker(url: str, slug: str, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, str(WORKER), url, slug, json.dumps(case_data()), *extra]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT)


def read_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        stderr = proc.stderr.read() if proc.stderr else ""
        raise AssertionError(f"worker ended early (exit {proc.wait()}):\n{stderr}")
    return line.rstrip("\n")


def committed(lines: list[str]) -> dict[int, str]:
    """``{version: note}`` for every ``committed`` line."""
    out: dict[int, str] = {}
    for line in lines:
        if line.startswith("committed "):
            _, version, note = line.split(" ", 2)
            assert int(version) not in out, f"version {version} reported twice"
            out[int(version)] = note
    return out


def assert_versions_intact(store: CaseStore, slug: str, reported: dict[int, str]) -> None:
    """Versions are 1..N without gaps, each readable, and each reported commit holds what was saved."""
    history = store.history(slug)
    assert [v.version for v in history] == list(range(1, len(history) + 1))
    assert set(reported) <= {v.version for v in history}
    for info in history:
        stored = store.get(slug, info.version)
        assert stored.note == info.note
        assert stored.case.title == f"{case_data()['title']} ({info.note})"
        assert stored.yaml_text == f"# saved by {info.note}\n"
        if info.version in reported:
            assert info.note == reported[info.version]


def integrity(path: Path) -> list[tuple[str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_a_sigkilled_writer_loses_nothing_it_reported(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    url = f"sqlite:///{path}"
    reported: dict[int, str] = {}
    for round_number in range(3):
        proc = start_worker(url, "crash", "--name", f"r{round_number}")
        lines = [read_line(proc)]
        assert lines == ["ready"]
        while len(committed(lines)) < 15 + 5 * round_number:
            lines.append(read_line(proc))
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        lines += rest.splitlines()
        this_round = committed(lines)
        assert not set(this_round) & set(reported)
        reported.update(this_round)

        with CaseStore(url) as store:
            assert_versions_intact(store, "crash", reported)
        assert integrity(path) == [("ok",)]
    assert len(reported) >= 15 + 20 + 25


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
def test_two_writers_on_one_slug_get_distinct_versions(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if backend == "sqlite":
        path: Path | None = tmp_path / "race.db"
        url = f"sqlite:///{path}"
    else:
        path = None
        url = request.getfixturevalue("pg_server").new_database()
    start = tmp_path / "go"
    saves = 25
    procs = [
        start_worker(url, "race", "--name", name, "--count", str(saves), "--start-file", str(start))
        for name in ("a", "b")
    ]
    for proc in procs:
        assert read_line(proc) == "ready"
    start.touch()
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outputs.append(out.splitlines())

    all_lines = [line for lines in outputs for line in lines]
    assert len(all_lines) == 2 * saves
    for line in all_lines:
        assert line.startswith("committed ") or line == f"busy {BUSY_MESSAGE}"
    by_worker = [committed(lines) for lines in outputs]
    assert not set(by_worker[0]) & set(by_worker[1])
    reported = {**by_worker[0], **by_worker[1]}
    with CaseStore(url) as store:
        assert_versions_intact(store, "race", reported)
        assert len(store.history("race")) == len(reported)
        assert [s.version for s in store.list()] == [len(reported)]
    if path is not None:
        assert integrity(path) == [("ok",)]
