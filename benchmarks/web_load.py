"""Page and fragment latency of a real `sparring serve` with 20 (or more) concurrent users.

Usage: python benchmarks/web_load.py [--users 20 [100 ...]] [--workers 1 [2 ...]] [--postgres]
       [--rounds 6] [--think 0.5] [--seed 0]

Each (workers, users) pair gets a fresh server (``--workers N``) over a fresh store holding
the six example cases: the throwaway demo store (SQLite), or with ``--postgres`` a database
on a throwaway PostgreSQL cluster started from the system's server binaries (as the tests
do). A summary table of every pair ends the run.

Each simulated user walks a realistic session over the demo cases (cases list, editor, three
live checks as if typing, incentive map, deal, stress test, history, brief, market search, an
analysed text, a short rehearsal: start, three turns and /end, which saves it; the sessions page),
pausing a random think time between requests (uniform 0..2×``--think`` seconds; 0 = no pause,
which measures the saturated server instead). The server runs on 127.0.0.1 only; the run is
bounded by users × rounds requests. A warm-up pass first visits every page once, so the
figures are for warm pages; the cold (first) times are printed separately.
Prints p50/p95/p99/max per route and overall, the errors (any answer but the expected one),
and whether p99 < 100 ms with no error.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

SLUGS = ("raise", "promotion", "job-offer", "deal", "flexibility", "resources")
TARGET_MS = 100.0
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
ERRORS: list[str] = []
"""Answers other than the expected status, in this run: counted and shown, they fail the target."""


def start_server(home: str, workers: int = 1, db: str | None = None) -> tuple[subprocess.Popen[str], str, str]:
    """``sparring serve`` on a free port: over ``db`` (holding the examples), else the demo store."""
    script = shutil.which("sparring", path=str(Path(sys.executable).parent)) or "sparring"
    env = {**os.environ, "SPARRING_HOME": home, "PYTHONUNBUFFERED": "1"}
    env.pop("SPARRING_TOKEN", None)
    store = ["--db", db] if db else []
    process = subprocess.Popen(
        [script, *store, "serve", *([] if db else ["--demo"]), "--port", "0", "--workers", str(workers)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+)/\?token=(\S+)", line)
    if not match:
        process.kill()
        raise SystemExit(f"sparring serve did not print its URL: {line!r}")
    return process, match.group(1), match.group(2)


def steps(slug: str, n: int) -> list[tuple[str, str, str, str | None]]:
    """(label, method, path, form body) for one pass of a user's session on ``slug``."""
    check = f"/cases/{slug}/check"
    return [
        ("GET /", "GET", "/", None),
        ("GET editor", "GET", f"/cases/{slug}", None),
        ("POST live check", "POST", check, f"base_version=1&goal.why_now=typing+{n}"),
        ("POST live check", "POST", check, f"base_version=1&goal.why_now=typing+{n}+more"),
        ("POST live check", "POST", check, f"base_version=1&goal.why_now=typing+{n}+more+words"),
        ("GET map", "GET", f"/cases/{slug}/map", None),
        ("GET deal", "GET", f"/cases/{slug}/deal", None),
        ("GET stress", "GET", f"/cases/{slug}/stress", None),
        ("GET history", "GET", f"/cases/{slug}/history", None),
        ("GET brief", "GET", f"/cases/{slug}/brief", None),
        ("GET market (htmx)", "GET", "/market?q=software+developer", None),
        (
            "POST analyze (htmx)",
            "POST",
            "/analyze",
            f"text=I+was+wondering+if+maybe+we+could+do+{n}+more%3F&case={slug}",
        ),
        ("POST start rehearsal", "POST", f"/cases/{slug}/rehearse", f"seed={n}"),
        ("POST turn (htmx)", "POST", "{chat}/turn", "text=Thanks+for+making+the+time.+What+matters+most+to+you%3F"),
        ("POST turn (htmx)", "POST", "{chat}/turn", "text=%2Fhint"),
        ("POST turn (htmx)", "POST", "{chat}/turn", "text=I%27d+like+a+10%25+better+package%2C+or+5%25+with+a+bonus."),
        ("POST turn (htmx, end)", "POST", "{chat}/turn", "text=%2Fend"),
        ("GET sessions", "GET", f"/cases/{slug}/sessions", None),
    ]


async def request(
    client: httpx.AsyncClient,
    method: str,
    path: str,
    body: str | None,
    csrf: dict[str, str],
    state: dict[str, str] | None = None,
) -> float:
    """One request; a started rehearsal's address is kept in ``state`` for the turns that follow."""
    state = state if state is not None else {}
    path = path.replace("{chat}", state.get("chat", ""))
    start = time.perf_counter()
    if method == "GET":
        headers = {"HX-Request": "true"} if "market" in path else {}
        response = await client.get(path, headers=headers)
    else:
        htmx = {"HX-Request": "true"} if path.endswith(("/turn", "/analyze")) else {}
        response = await client.post(path, content=body or "", headers={**FORM, **csrf, **htmx})
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code == 303 and path.endswith("/rehearse"):
        state["chat"] = response.headers["location"]
    elif response.status_code != 200:
        ERRORS.append(f"{method} {path}: HTTP {response.status_code} {response.text[:120]!r}")
    return elapsed


async def user(
    n: int,
    base: str,
    token: str,
    csrf: dict[str, str],
    rounds: int,
    think: float,
    seed: int,
    out: dict[str, list[float]],
) -> None:
    rng = random.Random(seed * 1000 + n)
    async with httpx.AsyncClient(base_url=base, cookies={cookie_name(base): token}, timeout=30) as client:
        if think:  # users arrive over the first think time, not all in the same millisecond
            await asyncio.sleep(rng.uniform(0, 2 * think))
        state: dict[str, str] = {}
        for r in range(rounds):
            slug = SLUGS[(n + r) % len(SLUGS)]
            for label, method, path, body in steps(slug, r):
                out[label].append(await request(client, method, path, body, csrf, state))
                if think:
                    await asyncio.sleep(rng.uniform(0, 2 * think))


def cookie_name(base: str) -> str:
    return f"sparring_token_{base.rsplit(':', 1)[1]}"


def csrf_token(base: str, token: str) -> str:
    page = httpx.get(f"{base}/cases/raise", cookies={cookie_name(base): token}).text
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match, "no CSRF token on the editor page"
    return match.group(1)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def run(args: argparse.Namespace, base: str, token: str) -> tuple[float, int, float, int]:
    """Warm up, then ``args.users`` users at once; prints per-route figures; returns (p99, requests, req/s, errors)."""
    ERRORS.clear()
    csrf = {"X-CSRF-Token": csrf_token(base, token)}
    cold: dict[str, list[float]] = defaultdict(list)
    async with httpx.AsyncClient(base_url=base, cookies={cookie_name(base): token}, timeout=60) as client:
        state: dict[str, str] = {}
        for slug in SLUGS:
            for label, method, path, body in steps(slug, 0):
                cold[label].append(await request(client, method, path, body, csrf, state))
    print("cold (first visit, computes and memoizes per version):")
    for label, values in cold.items():
        print(f"  {label:22s} max {max(values):7.1f} ms")
    out: dict[str, list[float]] = defaultdict(list)
    started = time.perf_counter()
    await asyncio.gather(
        *(user(n, base, token, csrf, args.rounds, args.think, args.seed, out) for n in range(args.users))
    )
    wall = time.perf_counter() - started
    every = [v for values in out.values() for v in values]
    print(
        f"\n{args.users} concurrent users, think time {args.think:.2f} s mean, {len(every)} requests in {wall:.1f} s "
        f"({len(every) / wall:.0f} req/s)"
    )
    print(f"  {'route':22s} {'n':>5s} {'p50':>8s} {'p95':>8s} {'p99':>8s} {'max':>8s}")
    for label, values in sorted(out.items()):
        print(
            f"  {label:22s} {len(values):5d} {statistics.median(values):7.1f}ms {pct(values, 95):7.1f}ms "
            f"{pct(values, 99):7.1f}ms {max(values):7.1f}ms"
        )
    p99 = pct(every, 99)
    print(
        f"  {'all':22s} {len(every):5d} {statistics.median(every):7.1f}ms {pct(every, 95):7.1f}ms {p99:7.1f}ms "
        f"{max(every):7.1f}ms"
    )
    for error in ERRORS[:5]:
        print(f"  error: {error}")
    met = p99 < TARGET_MS and not ERRORS
    print(f"errors: {len(ERRORS)}; target p99 < {TARGET_MS:.0f} ms and no error: {'met' if met else 'NOT met'}")
    return p99, len(every), len(every) / wall, len(ERRORS)


def example_store(url: str) -> str:
    """Put the six example cases into the (empty) store at ``url``, as the demo store has them."""
    from sparring.services.cases import import_file
    from sparring.services.examples import EXAMPLE_NAMES, example_path
    from sparring.store.repository import CaseStore

    with CaseStore(url) as store:
        for name in EXAMPLE_NAMES:
            import_file(store, str(example_path(name)), name.replace("_", "-"), "load benchmark")
    return url


def wait_ready(base: str, token: str) -> None:
    for _ in range(300):
        try:
            if httpx.get(f"{base}/api/v1/cases", headers={"Authorization": f"Bearer {token}"}).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit("sparring serve never answered")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="+", default=[20], help="concurrent users (one run each)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1], help="worker processes (one run each)")
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL store instead of SQLite")
    parser.add_argument("--rounds", type=int, default=6, help="passes over the session per user")
    parser.add_argument("--think", type=float, default=0.5, help="mean think time between requests (s)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    pg = None
    if args.postgres:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from tests.store.pg_server import find_bindir
        from tests.store.pg_server import start_server as start_pg

        bindir = find_bindir()
        if bindir is None:
            raise SystemExit("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
        pg = start_pg(bindir)
    summary: list[tuple[int, int, float, int, float, int]] = []
    try:
        for workers in args.workers:
            for users in args.users:
                print(f"\n=== {workers} worker(s), {users} users, store: {'PostgreSQL' if pg else 'SQLite'} ===")
                with tempfile.TemporaryDirectory(prefix="sparring-load-") as home:
                    db = example_store(pg.new_database()) if pg else None
                    process, base, token = start_server(home, workers, db)
                    try:
                        wait_ready(base, token)
                        time.sleep(1.0 if workers > 1 else 0)  # the other workers start after the first answers
                        p99, count, rate, errors = asyncio.run(
                            run(argparse.Namespace(**{**vars(args), "users": users}), base, token)
                        )
                        summary.append((workers, users, p99, count, rate, errors))
                    finally:
                        process.terminate()
                        process.wait(timeout=10)
    finally:
        if pg is not None:
            pg.stop()
    print(f"\nsummary (store: {'PostgreSQL' if pg else 'SQLite'}, {os.cpu_count()} CPUs)")
    print(f"  {'workers':>7s} {'users':>5s} {'requests':>8s} {'req/s':>6s} {'p99':>8s} {'errors':>6s}  target")
    for workers, users, p99, count, rate, errors in summary:
        verdict = "met" if p99 < TARGET_MS and not errors else "NOT met"
        print(f"  {workers:7d} {users:5d} {count:8d} {rate:6.0f} {p99:7.1f}ms {errors:6d}  {verdict}")
    print(f"  (target: p99 < {TARGET_MS:.0f} ms and no error)")


if __name__ == "__main__":
    main()
