"""Page and fragment latency of a real `sparring serve --demo` with 20 concurrent users.

Usage: python benchmarks/web_load.py [--users 20] [--rounds 6] [--think 0.5] [--seed 0]

Each simulated user walks a realistic session over the demo cases (cases list, editor, three
live checks as if typing, incentive map, deal, stress test, history, brief, market search, an
analysed text, a short rehearsal: start, three turns and /end, which saves it; the sessions page),
pausing a random think time between requests (uniform 0..2×``--think`` seconds; 0 = no pause,
which measures the saturated server instead). The server runs on 127.0.0.1 only; the run is
bounded by users × rounds requests. A warm-up pass first visits every page once, so the
figures are for warm pages; the cold (first) times are printed separately.
Prints p50/p95/p99/max per route and overall, and whether p99 < 100 ms.
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


def start_server(home: str) -> tuple[subprocess.Popen[str], str, str]:
    script = shutil.which("sparring", path=str(Path(sys.executable).parent)) or "sparring"
    env = {**os.environ, "SPARRING_HOME": home, "PYTHONUNBUFFERED": "1"}
    env.pop("SPARRING_TOKEN", None)
    process = subprocess.Popen(
        [script, "serve", "--demo", "--port", "0"],
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
        raise SystemExit(f"{method} {path}: HTTP {response.status_code}")
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


async def run(args: argparse.Namespace, base: str, token: str) -> None:
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
    print(f"target p99 < {TARGET_MS:.0f} ms: {'met' if p99 < TARGET_MS else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=6, help="passes over the session per user")
    parser.add_argument("--think", type=float, default=0.5, help="mean think time between requests (s)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sparring-load-") as home:
        process, base, token = start_server(home)
        try:
            for _ in range(100):
                try:
                    if (
                        httpx.get(f"{base}/api/v1/cases", headers={"Authorization": f"Bearer {token}"}).status_code
                        == 200
                    ):
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            asyncio.run(run(args, base, token))
        finally:
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
