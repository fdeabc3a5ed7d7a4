"""One call that turns a case's levers, tiers and walk-away into the numbers `sparring deal` shows.

Values are reported as points (0-100) of each side's utility: yours from your weights, theirs
from your *estimate* of their weights.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from sparring.engines.deal.bargain import (
    LeverZopa,
    acceptable_to_both,
    acceptable_to_you,
    disagreement,
    lever_zopas,
    nash_index,
)
from sparring.engines.deal.frontier import pareto_indices
from sparring.engines.deal.meso import MesoSet, meso
from sparring.engines.deal.space import Space, build_space
from sparring.engines.deal.trades import Trade, trades
from sparring.model.case import Case
from sparring.model.levers import Package

TIER_NAMES = ("ideal", "likely", "minimum")


@dataclass(frozen=True)
class Valued:
    """A package with its value to both sides (points 0-100) and whether both accept it."""

    package: Package
    you: float
    them: float
    acceptable: bool

    def as_json(self) -> dict[str, Any]:
        return {"package": self.package, "you": self.you, "them": self.them, "acceptable_to_both": self.acceptable}


@dataclass(frozen=True)
class TierReview:
    """A user tier against the maths: its value, and a frontier package that is as good for
    you but better for them, when one exists (a free gain to offer)."""

    name: str
    tier: Valued
    on_frontier: bool
    better_for_them: Valued | None


@dataclass(frozen=True)
class DealAnalysis:
    packages: int
    coarsened: bool
    frontier: list[Valued]
    acceptable_count: int
    disagreement: tuple[float, float]
    nash: Valued | None
    zopa: list[LeverZopa]
    meso: list[Valued]
    meso_target: float
    meso_tolerance: float
    suggested_tiers: dict[str, Valued]
    tiers: list[TierReview]
    trades: list[Trade]

    @property
    def zopa_empty(self) -> bool:
        return self.acceptable_count == 0

    def as_json(self) -> dict[str, Any]:
        return {
            "packages": self.packages,
            "coarsened": self.coarsened,
            "frontier_size": len(self.frontier),
            "frontier": [v.as_json() for v in self.frontier],
            "zopa": {
                "empty": self.zopa_empty,
                "acceptable_packages": self.acceptable_count,
                "levers": [
                    {
                        "lever": z.lever,
                        "yours": list(z.yours),
                        "theirs": list(z.theirs),
                        "overlap": list(z.overlap) if z.overlap is not None else None,
                    }
                    for z in self.zopa
                ],
            },
            "disagreement": {"you": self.disagreement[0], "them": self.disagreement[1]},
            "nash": self.nash.as_json() if self.nash else None,
            "meso": {
                "target": self.meso_target,
                "tolerance": self.meso_tolerance,
                "packages": [v.as_json() for v in self.meso],
            },
            "suggested_tiers": {k: v.as_json() for k, v in self.suggested_tiers.items()},
            "tiers": [
                {
                    "tier": t.name,
                    **t.tier.as_json(),
                    "on_frontier": t.on_frontier,
                    "better_for_them": t.better_for_them.as_json() if t.better_for_them else None,
                }
                for t in self.tiers
            ],
            "trades": [t.__dict__ for t in self.trades],
        }


def _pts(value: float) -> float:
    return round(100 * float(value), 1)


def analyse(case: Case, space: Space | None = None) -> DealAnalysis:
    """Frontier, ZOPA, Nash point, MESO set, tier review and trades for ``case``."""
    space = space or build_space(case)
    u_you, u_them = space.utilities()
    feasible = acceptable_to_both(space, case)

    def valued(index: int) -> Valued:
        return Valued(space.package(index), _pts(u_you[index]), _pts(u_them[index]), bool(feasible[index]))

    frontier = pareto_indices(u_you, u_them)
    d = disagreement(space, case)
    nash_at = nash_index(u_you, u_them, feasible, d)
    nash = valued(nash_at) if nash_at is not None else None

    user_tiers = [(name, pkg) for name in TIER_NAMES if (pkg := getattr(case.tiers, name))]
    target = space.value_of(case.tiers.likely)[0] if case.tiers.likely else (float(u_you[nash_at]) if nash else 0.0)
    chosen: MesoSet = meso(space, u_you, u_them, acceptable_to_you(space, case), target)

    feasible_frontier = pareto_indices(u_you, u_them, np.flatnonzero(feasible))
    suggested: dict[str, Valued] = {}
    if not user_tiers and nash_at is not None and feasible_frontier.size:
        # Minimum: the package both accept that is nearest halfway between your walk-away and
        # the Nash point (below the Nash point; the lower one on a tie).
        floor_target = d[0] + (float(u_you[nash_at]) - d[0]) / 2
        below = feasible_frontier[u_you[feasible_frontier] < u_you[nash_at]]
        minimum = nash_at
        if below.size:
            minimum = int(below[np.lexsort((u_you[below], np.round(np.abs(u_you[below] - floor_target), 12)))[0]])
        suggested = {"ideal": valued(int(feasible_frontier[0])), "likely": valued(nash_at), "minimum": valued(minimum)}

    reviews = [_review(name, pkg, space, case, u_you, u_them, frontier, feasible) for name, pkg in user_tiers]
    base = case.tiers.likely or (space.package(nash_at) if nash_at is not None else None)
    return DealAnalysis(
        packages=space.size,
        coarsened=space.coarsened,
        frontier=[valued(int(i)) for i in frontier],
        acceptable_count=int(feasible.sum()),
        disagreement=(_pts(d[0]), _pts(d[1])),
        nash=nash,
        zopa=lever_zopas(space, case),
        meso=[valued(i) for i in chosen.indices],
        meso_target=_pts(chosen.target),
        meso_tolerance=_pts(chosen.tolerance),
        suggested_tiers=suggested,
        tiers=reviews,
        trades=trades(space, case, base) if base else [],
    )


def _review(
    name: str,
    package: Package,
    space: Space,
    case: Case,
    u_you: np.ndarray,
    u_them: np.ndarray,
    frontier: np.ndarray,
    feasible: np.ndarray,
) -> TierReview:
    you, them = space.value_of(package)
    flat = int(np.ravel_multi_index(space.indices(package), space.shape))
    tier = Valued(package, _pts(you), _pts(them), bool(feasible[flat]))
    on_frontier = bool(np.any((np.abs(u_you[frontier] - you) < 1e-9) & (np.abs(u_them[frontier] - them) < 1e-9)))
    better = np.flatnonzero(feasible & (u_you >= you - 1e-9) & (u_them > them + 1e-9))
    best = None
    if better.size:
        pick = int(better[np.lexsort((better, -u_you[better], -u_them[better]))[0]])
        best = Valued(space.package(pick), _pts(u_you[pick]), _pts(u_them[pick]), True)
    return TierReview(name, tier, on_frontier, best)
