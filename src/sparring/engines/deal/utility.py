"""Additive utility: what a package of lever values is worth to you (or, estimated, to them).

Each lever maps to 0..1 (linear within its range in the preferred direction, or a
piecewise-linear ``curve``; categorical by rank, best first), and a package is the
weight-averaged sum over *all* levers of the case: a lever the package does not mention
counts as worth 0, so incomplete packages rank low.
"""

from __future__ import annotations

import itertools
from typing import Literal

from sparring.model.case import Case
from sparring.model.levers import Lever, LeverValue, Package

Side = Literal["you", "them"]


def lever_utility(lever: Lever, value: LeverValue, side: Side = "you") -> float:
    """0..1: how good ``value`` is on this lever for ``side`` (0 when they have no stated view)."""
    pref = lever.you if side == "you" else lever.them
    if pref is None:
        return 0.0
    if lever.values is not None:
        order = pref.prefer if isinstance(pref.prefer, list) else lever.values
        if value not in order:
            return 0.0
        return 1.0 if len(order) == 1 else 1.0 - order.index(str(value)) / (len(order) - 1)
    if lever.range is None or isinstance(value, str):
        return 0.0
    if pref.curve is not None:
        return curve_value(pref.curve, float(value))
    low, high = lever.range
    if high == low:
        return 1.0
    share = (float(value) - low) / (high - low)
    share = min(1.0, max(0.0, share))
    return share if pref.prefer == "higher" else 1.0 - share


def curve_value(curve: list[tuple[float, float]], x: float) -> float:
    """Piecewise-linear interpolation, flat beyond the first and last points."""
    if x <= curve[0][0]:
        return float(curve[0][1])
    for (x0, y0), (x1, y1) in itertools.pairwise(curve):
        if x <= x1:
            return float(y0 + (y1 - y0) * (x - x0) / (x1 - x0))
    return float(curve[-1][1])


def package_utility(case: Case, package: Package, side: Side = "you") -> float:
    """0..1: the weighted value of ``package`` over every lever of the case."""
    total = 0.0
    weights = 0.0
    for lever in case.levers:
        pref = lever.you if side == "you" else lever.them
        weight = float(pref.weight) if pref is not None else 0.0
        weights += weight
        if lever.id in package:
            total += weight * lever_utility(lever, package[lever.id], side)
    return total / weights if weights > 0 else 0.0


def worse_for_you(lever: Lever, value: float, than: float) -> bool:
    """Whether ``value`` on a numeric lever is worse for you than ``than``."""
    return value < than if lever.you.prefer == "higher" else value > than


def inside_walk_away(case: Case, package: Package) -> bool:
    """Whether every lever the package sets respects your walk-away limits (levers it leaves out pass)."""
    limits = case.walk_away.limits if case.walk_away else {}
    for lever_id, limit in limits.items():
        value = package.get(lever_id)
        if value is None:
            continue
        if isinstance(value, str):
            if limit.accept is not None and value not in limit.accept:
                return False
            continue
        if limit.min is not None and float(value) < float(limit.min) - 1e-9:
            return False
        if limit.max is not None and float(value) > float(limit.max) + 1e-9:
            return False
    return True
