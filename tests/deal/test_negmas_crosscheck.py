"""The same frontier and Nash point as NegMAS on random instances.

NegMAS is a test-only dependency (never imported at run time). Its frontier may keep tied
points (equal utilities for both sides) that ours folds into one, so frontiers are compared
as sets of utility pairs. Its Nash search uses each ufun's reserved value as the disagreement
point when the utility range (computed over all outcomes) contains it, which ours does.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from sparring.engines.deal.bargain import acceptable_to_both, disagreement, nash_index
from sparring.engines.deal.frontier import pareto_indices
from sparring.engines.deal.space import Space, build_space
from sparring.model.case import parse_case
from tests.deal.strategies import deal_cases

pytestmark = pytest.mark.filterwarnings("ignore::Warning")
negmas = pytest.importorskip("negmas", reason="negmas is a test-only dependency: pip install -e '.[dev]'")
from negmas import make_issue  # noqa: E402
from negmas.preferences import LinearAdditiveUtilityFunction  # noqa: E402
from negmas.preferences.ops import nash_points, pareto_frontier  # noqa: E402
from negmas.preferences.value_fun import TableFun  # noqa: E402


def _ufun(space: Space, side: str, reserved: float | None, issues: list[Any]) -> LinearAdditiveUtilityFunction:
    weights = space.w_you if side == "you" else space.w_them
    values = {a.lever.id: TableFun(dict(zip(a.values, getattr(a, side).tolist(), strict=True))) for a in space.axes}
    return LinearAdditiveUtilityFunction(
        values=values,
        weights={a.lever.id: float(w) for a, w in zip(space.axes, weights, strict=True)},
        issues=issues,
        reserved_value=float("-inf") if reserved is None else reserved,
    )


def _pairs(utilities: Any) -> set[tuple[float, float]]:
    return {(round(float(u[0]), 9), round(float(u[1]), 9)) for u in utilities}


def _same_frontier(ours: set[tuple[float, float]], theirs: set[tuple[float, float]]) -> bool:
    """Equal, except that NegMAS may keep points that only floating-point noise keeps
    undominated (e.g. 0.8999999999999999 vs 0.9): each such extra point must be dominated by
    one of ours within 1e-9."""
    if not ours <= theirs:
        return False
    return all(any(a >= x - 1e-9 and b >= y - 1e-9 and (a, b) != (x, y) for a, b in ours) for x, y in theirs - ours)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deal_cases(max_levers=3))
def test_frontier_and_nash_match_negmas(data: dict[str, Any]) -> None:
    case = parse_case(data)
    space = build_space(case)
    you, them = space.utilities()
    feasible = acceptable_to_both(space, case)
    d = disagreement(space, case)
    issues = [make_issue(values=list(a.values), name=a.lever.id) for a in space.axes]
    # NegMAS's frontier keeps only outcomes above the reserved values: compare the full frontier
    # with no reservation, and the Nash point with both walk-aways as reserved values.
    plain = [_ufun(space, "you", None, issues), _ufun(space, "them", None, issues)]
    ufuns = [_ufun(space, "you", d[0], issues), _ufun(space, "them", d[1], issues)]
    all_outcomes = [tuple(space.package(i).values()) for i in range(space.size)]

    ours = pareto_indices(you, them)
    theirs, _ = pareto_frontier(plain, outcomes=all_outcomes)
    assert _same_frontier(_pairs(zip(you[ours], them[ours], strict=True)), _pairs(theirs))

    among = np.flatnonzero(feasible)
    if among.size == 0:
        return
    feasible_outcomes = [all_outcomes[i] for i in among]
    front, _ = pareto_frontier(plain, outcomes=feasible_outcomes)
    ours_front = _pairs(zip(you[pareto_indices(you, them, among)], them[pareto_indices(you, them, among)], strict=True))
    assert _same_frontier(ours_front, _pairs(front))
    rational = [u for u in front if u[0] >= d[0] - 1e-9 and u[1] >= d[1] - 1e-9]
    ours_at = nash_index(you, them, feasible, d)
    if not rational:
        assert ours_at is None
        return
    best = nash_points(ufuns, rational, outcomes=all_outcomes)
    assert ours_at is not None
    assert (round(float(you[ours_at]), 9), round(float(them[ours_at]), 9)) in _pairs(u for u, _ in best)
