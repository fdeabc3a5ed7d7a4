"""Plan-checker speed: one example case, and a batch of 1,000 cases, on one core.

Usage: python benchmarks/check_speed.py
Targets (issue 3): one check under 20 ms; a batch at 1,000 cases/s or more.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from sparring.engines.check import CheckContext, check
from sparring.services.examples import EXAMPLE_NAMES, example_path
from sparring.store.casefile import load_case_file

TODAY = dt.date(2026, 11, 25)


def main() -> None:
    cases = [load_case_file(example_path(name)).case for name in EXAMPLE_NAMES]
    ctx = CheckContext(today=TODAY)
    check(cases[0], ctx)  # warm-up: imports and lexicons
    per_case = []
    for case in cases:
        samples = []
        for _ in range(50):
            start = time.perf_counter()
            check(case, ctx)
            samples.append((time.perf_counter() - start) * 1000)
        per_case.append(statistics.median(samples))
    batch = [cases[i % len(cases)] for i in range(1000)]
    start = time.perf_counter()
    for case in batch:
        check(case, ctx)
    elapsed = time.perf_counter() - start
    for name, ms in zip(EXAMPLE_NAMES, per_case, strict=True):
        print(f"check {name:<12}: {ms:6.3f} ms (median of 50)")
    print(f"batch of 1,000 : {elapsed * 1000:7.1f} ms = {1000 / elapsed:,.0f} cases/s (one core, one process)")
    print(
        f"targets: single < 20 ms {'met' if max(per_case) < 20 else 'NOT met'}; "
        f"batch >= 1,000 cases/s {'met' if 1000 / elapsed >= 1000 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
