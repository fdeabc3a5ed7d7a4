"""Walk-aways, the zone of possible agreement (ZOPA) and the Nash bargaining point.

Your walk-away is ``walk_away.limits`` (a lever without a limit accepts its whole range);
theirs is your *likely* estimate of their limit (``them.limit.likely``). A package is
*acceptable to both* when it respects every limit of both sides. The disagreement utilities
are what each side's walk-away package (every lever at its limit) is worth to that side, and
the Nash point maximises the product of both sides' gains over them, among the packages
acceptable to both (it is always on their frontier).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sparring.engines.deal.frontier import pareto_indices
from sparring.engines.deal.space import Axis, Space
from sparring.model.case import Case
from sparring.model.levers import LeverValue

BoolArray = NDArray[np.bool_]


@dataclass(frozen=True)
class LeverZopa:
    """Where both sides' acceptable values of one lever overlap (``empty`` when they don't)."""

    lever: str
    yours: tuple[LeverValue, LeverValue] | tuple[str, ...]
    theirs: tuple[LeverValue, LeverValue] | tuple[str, ...]
    overlap: tuple[LeverValue, LeverValue] | tuple[str, ...] | None

    @property
    def empty(self) -> bool:
        return self.overlap is None


def acceptable_mask(axis: Axis, case: Case, side: str) -> BoolArray:
    """Which of the axis's values ``side`` accepts."""
    lever = axis.lever
    if side == "you":
        limit = case.walk_away.limits.get(lever.id) if case.walk_away else None
        if limit is None:
            return np.ones(len(axis.values), dtype=bool)
        if not axis.numeric:
            return np.array([limit.accept is None or v in limit.accept for v in axis.values])
        values = np.array(axis.values, dtype=np.float64)
        low = -np.inf if limit.min is None else float(limit.min)
        high = np.inf if limit.max is None else float(limit.max)
        return (values >= low - 1e-9) & (values <= high + 1e-9)
    them = lever.them
    if them is None or them.limit is None:
        return np.ones(len(axis.values), dtype=bool)
    likely = them.limit.likely
    if not axis.numeric:
        order = them.prefer if isinstance(them.prefer, list) else list(axis.values)
        worst = order.index(str(likely))
        return np.array([order.index(str(v)) <= worst for v in axis.values])
    values = np.array(axis.values, dtype=np.float64)
    if them.prefer == "lower":
        return values <= float(likely) + 1e-9
    return values >= float(likely) - 1e-9


def acceptable_to_both(space: Space, case: Case) -> BoolArray:
    """Flat mask over the grid: packages inside every limit of both sides."""
    return grid_mask([acceptable_mask(a, case, "you") & acceptable_mask(a, case, "them") for a in space.axes])


def acceptable_to_you(space: Space, case: Case) -> BoolArray:
    """Flat mask over the grid: packages inside your walk-away (what you may ever propose)."""
    return grid_mask([acceptable_mask(a, case, "you") for a in space.axes])


def grid_mask(masks: list[BoolArray]) -> BoolArray:
    """The Cartesian product of per-lever masks, flattened like the grid."""
    grid = masks[0]
    for mask in masks[1:]:
        grid = np.logical_and.outer(grid, mask)
    return np.ravel(grid)


def disagreement(space: Space, case: Case) -> tuple[float, float]:
    """(your, their) utility of each side's own walk-away package."""
    you = sum(
        w * float(a.you[acceptable_mask(a, case, "you")].min()) for w, a in zip(space.w_you, space.axes, strict=True)
    )
    them = sum(
        w * float(a.them[acceptable_mask(a, case, "them")].min()) for w, a in zip(space.w_them, space.axes, strict=True)
    )
    return round(you, 12), round(them, 12)


def lever_zopas(space: Space, case: Case) -> list[LeverZopa]:
    out = []
    for axis in space.axes:
        mine, theirs = acceptable_mask(axis, case, "you"), acceptable_mask(axis, case, "them")
        both = mine & theirs
        out.append(
            LeverZopa(axis.lever.id, _span(axis, mine), _span(axis, theirs), _span(axis, both) if both.any() else None)
        )
    return out


def _span(axis: Axis, mask: BoolArray) -> tuple[LeverValue, LeverValue] | tuple[str, ...]:
    chosen = [v for v, m in zip(axis.values, mask, strict=True) if m]
    if not chosen:
        return ()
    if not axis.numeric:
        return tuple(str(v) for v in chosen)
    return (chosen[0], chosen[-1])


def nash_index(
    u_you: NDArray[np.float64], u_them: NDArray[np.float64], feasible: BoolArray, d: tuple[float, float]
) -> int | None:
    """Grid index of the Nash point among feasible packages, or None when there is none.

    Ties (equal products) go to the higher joint utility, then the lower index.
    """
    candidates = np.flatnonzero(feasible & (u_you >= d[0]) & (u_them >= d[1]))
    if candidates.size == 0:
        return None
    frontier = pareto_indices(u_you, u_them, candidates)
    product = np.round((u_you[frontier] - d[0]) * (u_them[frontier] - d[1]), 12)
    joint = u_you[frontier] + u_them[frontier]
    order = np.lexsort((frontier, -joint, -product))
    return int(frontier[order[0]])
