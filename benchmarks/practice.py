"""Does practice pay? Scripted strategies over every example case and many seeds.

Usage: python benchmarks/practice.py [--seeds 20]
Prints, per strategy, the mean outcome value for the user (0-100; no deal counts the walk-away
package's value), the deal rate and the final goodwill, overall and per example. Target
(issue 6): strong at least 15 points above weak with a deal rate no lower; pushy loses
goodwill and deals.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sparring.services.examples import EXAMPLE_NAMES, example_path
from sparring.store.casefile import load_case_file
from strategies import STRATEGIES, play


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=20)
    seeds = range(parser.parse_args().seeds)
    cases = {name: load_case_file(example_path(name)).case for name in EXAMPLE_NAMES}
    table: dict[str, dict[str, list[tuple[float, bool, float]]]] = {s: {n: [] for n in cases} for s in STRATEGIES}
    for strategy in STRATEGIES:
        for name, case in cases.items():
            for seed in seeds:
                table[strategy][name].append(play(case, strategy, seed))
    print(f"{'strategy':<8} {'value':>7} {'deals':>7} {'goodwill':>9}   per example (value / deal rate)")
    summary = {}
    for strategy, per_case in table.items():
        runs = [r for rs in per_case.values() for r in rs]
        value = statistics.mean(r[0] for r in runs)
        deals = sum(r[1] for r in runs) / len(runs)
        goodwill = statistics.mean(r[2] for r in runs)
        summary[strategy] = (value, deals, goodwill)
        detail = "  ".join(
            f"{n} {statistics.mean(r[0] for r in rs):.0f}/{sum(r[1] for r in rs) / len(rs):.0%}"
            for n, rs in per_case.items()
        )
        print(f"{strategy:<8} {value:7.1f} {deals:7.0%} {goodwill:9.2f}   {detail}")
    gap = summary["strong"][0] - summary["weak"][0]
    print(
        f"strong − weak = {gap:+.1f} points (target ≥ +15: {'met' if gap >= 15 else 'NOT met'}); "
        f"strong deal rate {summary['strong'][1]:.0%} vs weak {summary['weak'][1]:.0%} "
        f"({'met' if summary['strong'][1] >= summary['weak'][1] else 'NOT met'}); "
        f"pushy goodwill {summary['pushy'][2]:.2f} and deals {summary['pushy'][1]:.0%}"
    )


if __name__ == "__main__":
    main()
