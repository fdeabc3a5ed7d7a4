"""Deal maths and stress-test speed on one core, with the equivalent NegMAS runs in the same run.

Usage: python benchmarks/deal_speed.py [--negmas-runs N]
Targets (issue 4): 1,000,000 simulated negotiations in at most 2 s on one core; the Pareto
frontier of a 10^5-package grid in under 200 ms. NegMAS (a test/benchmark-only dependency)
runs its SAO mechanism with time-based (aspiration) negotiators on the same case; its time
per negotiation is extrapolated to 1,000,000 to give the ratio.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402

from sparring.engines.deal.frontier import pareto_indices  # noqa: E402
from sparring.engines.deal.space import build_space  # noqa: E402
from sparring.engines.deal.stress import stress_test  # noqa: E402
from sparring.model.case import Case, parse_case  # noqa: E402
from sparring.services.examples import example_path  # noqa: E402
from sparring.store.casefile import load_case_file  # noqa: E402


def grid_case(per_lever: int = 10, levers: int = 5) -> Case:
    """A case whose lever grid has per_lever ** levers packages (10^5 by default)."""
    return parse_case(
        {
            "kind": "deal",
            "title": "grid",
            "goal": {"what": "x"},
            "levers": [
                {
                    "id": f"l{i}",
                    "range": [0, per_lever - 1],
                    "step": 1,
                    "you": {"prefer": "higher", "weight": 0.1 + 0.2 * i},
                    "them": {"prefer": "lower", "weight": 0.9 - 0.15 * i},
                }
                for i in range(levers)
            ],
        }
    )


def timed(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def negmas_sao_per_negotiation(case: Case, runs: int) -> float | None:
    try:
        from negmas import AspirationNegotiator, SAOMechanism, make_issue
        from negmas.preferences import LinearAdditiveUtilityFunction
        from negmas.preferences.value_fun import TableFun
    except ImportError:
        return None
    warnings.simplefilter("ignore")
    space = build_space(case)
    issues = [make_issue(values=list(a.values), name=a.lever.id) for a in space.axes]

    def ufun(side: str) -> LinearAdditiveUtilityFunction:
        weights = space.w_you if side == "you" else space.w_them
        return LinearAdditiveUtilityFunction(
            values={
                a.lever.id: TableFun(dict(zip(a.values, getattr(a, side).tolist(), strict=True))) for a in space.axes
            },
            weights={a.lever.id: float(w) for a, w in zip(space.axes, weights, strict=True)},
            issues=issues,
        )

    mine, theirs = ufun("you"), ufun("them")
    start = time.perf_counter()
    for _ in range(runs):
        mechanism = SAOMechanism(issues=issues, n_steps=8)
        mechanism.add(AspirationNegotiator(name="you"), ufun=mine)
        mechanism.add(AspirationNegotiator(name="them"), ufun=theirs)
        mechanism.run()
    return (time.perf_counter() - start) / runs


def negmas_frontier_seconds(case: Case) -> float | None:
    try:
        from negmas import make_issue
        from negmas.preferences import LinearAdditiveUtilityFunction
        from negmas.preferences.ops import pareto_frontier
        from negmas.preferences.value_fun import TableFun
    except ImportError:
        return None
    space = build_space(case)
    issues = [make_issue(values=list(a.values), name=a.lever.id) for a in space.axes]
    ufuns = [
        LinearAdditiveUtilityFunction(
            values={
                a.lever.id: TableFun(dict(zip(a.values, getattr(a, side).tolist(), strict=True))) for a in space.axes
            },
            weights={a.lever.id: float(w) for a, w in zip(space.axes, ws, strict=True)},
            issues=issues,
        )
        for side, ws in (("you", space.w_you), ("them", space.w_them))
    ]
    return timed(lambda: pareto_frontier(ufuns, issues=issues), repeat=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--negmas-runs", type=int, default=200)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    raise_case = load_case_file(example_path("raise")).case
    stress_test(raise_case, population=1000, seed=0)  # warm-up
    population = 1_000_000 // 13 + 1
    result = stress_test(raise_case, population=population, seed=0)
    seconds = timed(lambda: stress_test(raise_case, population=population, seed=0), repeat=3)
    per_second = result.negotiations / seconds
    print(
        f"stress test  : {result.negotiations:,} negotiations ({population:,} counterparts × {len(result.results)} "
        f"openings) in {seconds:.2f} s = {per_second / 1e6:.2f} M/s on one core (target ≤ 2 s: "
        f"{'met' if seconds <= 2 else 'NOT met'})"
    )

    grid = grid_case()
    space = build_space(grid)

    def frontier() -> None:
        you, them = build_space(grid).utilities()
        pareto_indices(you, them)

    front_s = timed(frontier)
    you, them = space.utilities()
    print(
        f"frontier     : {space.size:,}-package grid → {len(pareto_indices(you, them))} frontier points in "
        f"{front_s * 1000:.1f} ms incl. building the grid (target < 200 ms: {'met' if front_s < 0.2 else 'NOT met'})"
    )

    sao = negmas_sao_per_negotiation(raise_case, args.negmas_runs)
    if sao is None:
        print("NegMAS       : not installed (pip install -e '.[dev]'); ratios skipped")
        return
    print(
        f"NegMAS SAO   : {sao * 1000:.2f} ms per negotiation (AspirationNegotiator, 8 steps, {args.negmas_runs} runs) "
        f"→ {sao * 1e6 / 3600:.1f} h for 1,000,000; Sparring is {sao * per_second:,.0f}× faster per negotiation"
    )
    neg_front = negmas_frontier_seconds(grid)
    if neg_front is not None:
        print(
            f"NegMAS front : {neg_front * 1000:.0f} ms for the same {space.size:,}-package grid "
            f"({neg_front / front_s:.1f}× Sparring's time)"
        )


if __name__ == "__main__":
    main()
