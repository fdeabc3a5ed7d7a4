"""Rehearsal turn latency: analysis, decision and reply, offline, on every example.

Usage: python benchmarks/rehearsal_speed.py
Target (issue 13): under 20 ms at p95 on one core (issue 6 asked for 50 ms).
"""

from __future__ import annotations

import statistics
import time

from sparring.engines.sim.session import RehearsalSession
from sparring.services.examples import EXAMPLE_NAMES, example_path
from sparring.store.casefile import load_case_file

TURNS = [
    "Thanks for making the time. I know your team's goals matter here.",
    "What matters most to you in this decision?",
    "I cut our costs by 20% last year, saving $40k a year.",
    "I'd like {ideal}, or {likely}.",
    "If you can meet me closer to {likely}, I can be flexible on timing.",
    "Could we look at {likely}?",
]


def _forget() -> None:
    from sparring.engines.ear.numbers import _mentions
    from sparring.engines.language.alignment import concepts
    from sparring.engines.sim.objecting import _distinct

    for cached in (_mentions, concepts, _distinct):
        cached.cache_clear()


def main() -> None:
    from sparring.engines.sim.phrasing import say_package

    samples: dict[str, list[float]] = {}
    for name in EXAMPLE_NAMES:
        case = load_case_file(example_path(name)).case
        times = []
        for seed in range(10):
            _forget()  # each session starts cold: the memoised readings would flatter repeated turns
            session = RehearsalSession(case, seed=seed)
            for turn in TURNS:
                text = turn.format(
                    ideal=say_package(case, case.tiers.ideal or {}),
                    likely=say_package(case, case.tiers.likely or {}),
                )
                start = time.perf_counter()
                reply = session.turn(text)
                times.append((time.perf_counter() - start) * 1000)
                if reply.ended:
                    break
        samples[name] = times
    every = sorted(t for ts in samples.values() for t in ts)
    p95 = every[int(0.95 * len(every)) - 1]
    for name, ts in samples.items():
        ts = sorted(ts)
        print(
            f"{name:<12} median {statistics.median(ts):6.2f} ms  "
            f"p95 {ts[int(0.95 * len(ts)) - 1]:6.2f} ms  ({len(ts)} turns)"
        )
    print(
        f"all examples : median {statistics.median(every):.2f} ms, p95 {p95:.2f} ms over {len(every)} turns "
        f"(target p95 < 20 ms: {'met' if p95 < 20 else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
