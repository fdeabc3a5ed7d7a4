"""Conditional saves under real concurrency: of writers that start from one base version (or
create one new name) exactly one saves, the rest get a ``conflict`` error, on both backends.

Threads share one store (its connection pool), processes each open their own; both line up
before saving so the saves overlap, and many rounds make a check-then-write race show.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import inspect

from sparring.model.case import Case, parse_case
from sparring.model.errors import SparringError
from sparring.store.repository import CaseStore, VersionInfo
from tests.store.conftest import BACKENDS, case_data
from tests.store.test_store_processes import read_line, start_worker

ROUNDS = 10
THREADS = 6


def in_parallel(count: int, action: Callable[[int], VersionInfo]) -> list[VersionInfo | SparringError]:
    """Run ``action(i)`` in ``count`` threads released at once; each result or SparringError, in order."""
    barrier = threading.Barrier(count)
    results: list[VersionInfo | BaseException | None] = [None] * count

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = action(index)
        except BaseException as exc:
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    out: list[VersionInfo | SparringError] = []
    for result in results:
        if isinstance(result, SparringError | VersionInfo):
            out.append(result)
        else:
            raise AssertionError(f"a writer failed unexpectedly: {result!r}")
    return out


def kinds(results: list[VersionInfo | SparringError]) -> Counter[str]:
    return Counter("saved" if isinstance(r, VersionInfo) else r.kind for r in results)


def test_threads_saving_from_one_base_version_save_exactly_one(
    store: CaseStore, make_case: Callable[..., Case]
) -> None:
    store.save("race", make_case(), note="v1")
    for round_number in range(ROUNDS):
        base = round_number + 1

        def edit(i: int, r: int = round_number, b: int = base) -> VersionInfo:
            return store.save("race", make_case(title=f"r{r} t{i}"), note=f"r{r} t{i}", base_version=b)

        results = in_parallel(THREADS, edit)
        assert kinds(results) == {"saved": 1, "conflict": THREADS - 1}, f"round {round_number}"
        [winner] = [r for r in results if isinstance(r, VersionInfo)]
        assert winner.version == base + 1
        for lost in results:
            if isinstance(lost, SparringError):
                assert lost.message == f"race was saved as version {base + 1} after you opened version {base}"
        stored = store.get("race")
        assert (stored.version, stored.note, stored.case.title) == (base + 1, winner.note, winner.note)
    assert [v.version for v in store.history("race")] == list(range(1, ROUNDS + 2))


def test_threads_creating_one_new_case_make_exactly_one(store: CaseStore, make_case: Callable[..., Case]) -> None:
    for round_number in range(ROUNDS):
        slug = f"new-{round_number}"

        def create(i: int, s: str = slug) -> VersionInfo:
            return store.save(s, make_case(title=f"{s} t{i}"), note=f"t{i}", new=True)

        results = in_parallel(THREADS, create)
        assert kinds(results) == {"saved": 1, "conflict": THREADS - 1}, f"round {round_number}"
        [winner] = [r for r in results if isinstance(r, VersionInfo)]
        assert winner.version == 1
        assert {r.message for r in results if isinstance(r, SparringError)} == {f"a case named {slug!r} exists already"}
        assert [(v.version, v.note) for v in store.history(slug)] == [(1, winner.note)]
    assert len(store.list()) == ROUNDS


def test_plain_saves_from_many_threads_all_land_in_order(store: CaseStore, make_case: Callable[..., Case]) -> None:
    """Without a base version every save lands, as the next version (the CLI's import)."""
    results = in_parallel(THREADS, lambda i: store.save("plain", make_case(title=f"t{i}"), note=f"t{i}"))
    assert kinds(results) == {"saved": THREADS}
    assert sorted(r.version for r in results if isinstance(r, VersionInfo)) == list(range(1, THREADS + 1))


def test_a_base_version_that_was_never_saved_is_refused(store: CaseStore, make_case: Callable[..., Case]) -> None:
    store.save("gap", make_case())
    with pytest.raises(SparringError) as raised:
        store.save("gap", make_case(), base_version=3)
    assert raised.value.kind == "conflict"
    assert raised.value.message == "case 'gap' has no version 3 to start an edit from; its latest is 1"
    assert [v.version for v in store.history("gap")] == [1]


def test_a_base_version_of_a_missing_case_is_not_found(store: CaseStore, make_case: Callable[..., Case]) -> None:
    with pytest.raises(SparringError) as raised:
        store.save("ghost", make_case(), base_version=1)
    assert raised.value.kind == "not_found"
    assert not store.exists("ghost")


@pytest.mark.parametrize("bad", [0, -1, True, "1"])
def test_a_base_version_must_be_a_version_number(store: CaseStore, make_case: Callable[..., Case], bad: object) -> None:
    with pytest.raises(SparringError) as raised:
        store.save("bad", make_case(), base_version=bad)  # type: ignore[arg-type]
    assert raised.value.kind == "invalid"
    assert not store.exists("bad")


def test_a_new_case_cannot_have_a_base_version(store: CaseStore, make_case: Callable[..., Case]) -> None:
    with pytest.raises(SparringError) as raised:
        store.save("both", make_case(), base_version=1, new=True)
    assert raised.value.kind == "invalid"


def test_the_unique_keys_that_make_the_insert_the_check_exist(store: CaseStore) -> None:
    inspector = inspect(store.engine)
    assert ("case_id", "version") in {
        tuple(u["column_names"]) for u in inspector.get_unique_constraints("case_versions")
    }
    assert ("slug",) in {tuple(u["column_names"]) for u in inspector.get_unique_constraints("cases")}


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("mode", ["--chain", "--new"])
def test_processes_racing_conditional_saves_win_each_step_once(
    backend: str, mode: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'race.db'}"
        if backend == "sqlite"
        else request.getfixturevalue("pg_server").new_database()
    )
    steps, workers = 15, 4
    if mode == "--chain":
        with CaseStore(url) as setup:
            setup.save("chain", parse_case(case_data()), note="v1")
    start = tmp_path / "go"
    procs = [
        start_worker(url, "chain", "--name", f"w{n}", "--count", str(steps), "--start-file", str(start), mode)
        for n in range(workers)
    ]
    for proc in procs:
        assert read_line(proc) == "ready"
    start.touch()
    lines: list[str] = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        lines += [line for line in out.splitlines() if not line.startswith("busy ")]
    outcome = Counter(line.split(" ", 1)[0] for line in lines)
    assert outcome == {"committed": steps, "conflict": steps * (workers - 1)}
    won = {line.rsplit("-", 1)[1] for line in lines if line.startswith("committed ")}
    assert won == {str(i) for i in range(steps)}  # each step saved by exactly one worker
    with CaseStore(url) as opened:
        if mode == "--chain":
            history = opened.history("chain")
            assert [v.version for v in history] == list(range(1, steps + 2))
            assert [v.note.rsplit("-", 1)[1] for v in history[1:] if v.note] == [str(i) for i in range(steps)]
        else:
            assert {(s.slug, s.version) for s in opened.list()} == {(f"chain-{i}", 1) for i in range(steps)}
