"""Latency of `market` title search: cold load once, then the median over 200 distinct queries.

Usage: python benchmarks/market_search.py [--queries N]
Cold load runs in a fresh interpreter (import, read and unpack the table, build the search
index, first query). The warm figures are per query in one process; the queries are
synonyms, official titles and deterministic one-letter typos of them, all different, so
the per-word spelling cache rarely helps.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time

COLD = """
import time
t0 = time.perf_counter()
from sparring.engines.market import occupations, search
t1 = time.perf_counter()
occupations()
t2 = time.perf_counter()
search("software engineer")
t3 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f} {(t3 - t2) * 1000:.1f}")
"""


def _queries(count: int) -> list[str]:
    from sparring.engines.market import occupations
    from sparring.engines.market.synonyms import SYNONYMS

    rng = random.Random(0)
    pool = list(SYNONYMS) + [occ.title.split(",")[0] for occ in occupations().values()]
    rng.shuffle(pool)
    queries: list[str] = []
    for text in pool:
        if len(queries) >= count:
            break
        if len(queries) % 3 == 2 and len(text) > 6:  # every third: drop one letter
            at = rng.randrange(1, len(text) - 1)
            text = text[:at] + text[at + 1 :]
        queries.append(text)
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=200)
    count = parser.parse_args().queries

    cold = [subprocess.run([sys.executable, "-c", COLD], check=True, capture_output=True, text=True) for _ in range(5)]
    imports, loads, firsts = zip(*([float(x) for x in run.stdout.split()] for run in cold), strict=True)
    print(
        f"cold: import {statistics.median(imports):.1f} ms, load table {statistics.median(loads):.1f} ms, "
        f"index + first search {statistics.median(firsts):.1f} ms (median of 5 fresh interpreters)"
    )

    from sparring.engines.market import search
    from sparring.model.errors import SparringError

    search("nurse")  # the index is built once per process
    samples = []
    misses = 0
    for query in _queries(count):
        start = time.perf_counter()
        try:
            search(query)
        except SparringError:
            misses += 1
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(
        f"warm: median {statistics.median(samples):.2f} ms, p95 {p95:.2f} ms, max {samples[-1]:.2f} ms "
        f"over {len(samples)} distinct queries ({misses} found nothing)"
    )


if __name__ == "__main__":
    main()
