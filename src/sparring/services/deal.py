"""Use cases: the deal maths and the stress test for a case (file or stored)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sparring.engines.deal.analysis import DealAnalysis, analyse
from sparring.engines.deal.stress import StressResult, stress_test
from sparring.services.cases import resolve

if TYPE_CHECKING:
    from sparring.store.repository import CaseStore


def deal_for(ref: str, store: CaseStore | None, version: int | None = None) -> tuple[str, DealAnalysis]:
    resolved = resolve(ref, store, version)
    return resolved.case.title, analyse(resolved.case)


def stress_for(
    ref: str,
    store: CaseStore | None,
    *,
    population: int,
    seed: int,
    risk: float,
    rounds: int,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[str, StressResult]:
    resolved = resolve(ref, store)
    result = stress_test(
        resolved.case, population=population, seed=seed, risk_limit=risk, rounds=rounds, progress=progress
    )
    return resolved.case.title, result


def stress_svg(result: StressResult, unit: str | None) -> str:
    """The chart of P(agreement) and expected value against the opening ask."""
    from sparring.report.charts import stress_chart

    xs = [float(r.primary) for r in result.results]
    return stress_chart(
        xs,
        [r.p_agreement for r in result.results],
        [r.expected_value for r in result.results],
        x_label=f"opening {result.primary_lever}" + (f" ({unit})" if unit else ""),
        recommended=result.recommended,
    )
