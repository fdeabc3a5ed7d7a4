"""Properties of the deal maths on random cases (hypothesis)."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings

from sparring.engines.deal.analysis import analyse
from sparring.engines.deal.frontier import pareto_indices
from sparring.engines.deal.space import build_space
from sparring.engines.deal.stress import stress_test
from sparring.model.case import Case, parse_case
from tests.deal.strategies import deal_cases

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _inside_walkaway(case: Case, package: dict[str, Any]) -> bool:
    limits = case.walk_away.limits if case.walk_away else {}
    for lever_id, limit in limits.items():
        value = package[lever_id]
        if limit.min is not None and value < limit.min - 1e-9:
            return False
        if limit.max is not None and value > limit.max + 1e-9:
            return False
    return True


@SETTINGS
@given(deal_cases())
def test_frontier_points_are_not_dominated_and_not_tied(data: dict[str, Any]) -> None:
    space = build_space(parse_case(data))
    you, them = space.utilities()
    front = pareto_indices(you, them)
    for i in front:
        dominated = (you >= you[i]) & (them >= them[i]) & ((you > you[i]) | (them > them[i]))
        assert not dominated.any()
    pairs = {(float(you[i]), float(them[i])) for i in front}
    assert len(pairs) == len(front)
    # Every package is matched or beaten by some frontier point.
    best = np.zeros(you.size, dtype=bool)
    for i in front:
        best |= (you <= you[i]) & (them <= them[i])
    assert best.all()


@SETTINGS
@given(deal_cases())
def test_nothing_is_proposed_beyond_your_walk_away(data: dict[str, Any]) -> None:
    case = parse_case(data)
    result = analyse(case)
    for valued in [*result.meso, *result.suggested_tiers.values(), *([result.nash] if result.nash else [])]:
        assert _inside_walkaway(case, valued.package)
    for trade in result.trades:
        assert trade.gain_you > 0 and trade.gain_them > 0
        base = dict(case.tiers.likely or {})
        base.update({trade.give: trade.give_to, trade.get: trade.get_to})
        assert _inside_walkaway(case, base)


@SETTINGS
@given(deal_cases())
def test_meso_values_are_within_the_stated_tolerance(data: dict[str, Any]) -> None:
    result = analyse(parse_case(data))
    assert len(result.meso) <= 3
    for valued in result.meso:
        assert abs(valued.you - result.meso_target) <= result.meso_tolerance + 0.051  # points are rounded to 0.1
    them = [v.them for v in result.meso]
    assert them == sorted(them, reverse=True)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deal_cases(kind="job_offer"))
def test_stress_probabilities_are_bounded_and_monotone_in_the_opening(data: dict[str, Any]) -> None:
    data["job_offer"] = {"market_condition": "employer", "reasons": [{"text": "I deserve more"}]}
    result = stress_test(parse_case(data), population=400, seed=3)
    p_agree = [r.p_agreement for r in result.results]
    for r in result.results:
        assert 0 <= r.p_agreement <= 1 and 0 <= r.p_withdrawn <= 1 - r.p_agreement + 1e-9
        assert r.p10 <= r.p50 <= r.p90
    # Openings run from the Minimum tier upwards; asking more never makes agreement more likely.
    assert all(b <= a + 1e-12 for a, b in itertools.pairwise(p_agree))
