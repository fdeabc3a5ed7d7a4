"""The package space: every lever's allowed values, and both sides' utilities over the grid.

Numeric levers contribute ``range``/``step`` values (21 evenly spaced points when there is no
step; ``MAX_LEVER_STEPS + 1`` values spread evenly on the step when a lever that skipped
validation holds more, and ``coarsened`` says so); categorical levers their values; fixed
levers a single value. Utilities are additive with weights normalised to sum to 1 per side,
so every package is worth 0..1 to each side.
The grid is the Cartesian product; when it would exceed ``max_packages`` the axis with the
most points is thinned (every other value, keeping both ends) until it fits, and
``coarsened`` says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import reduce
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sparring.engines.deal.utility import lever_utility
from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.model.levers import MAX_LEVER_STEPS, Lever, LeverValue, Package, grid_steps

DEFAULT_POINTS = 21
MAX_PACKAGES = 2_000_000
ROUND = 12  # utilities are rounded so that equal packages tie exactly

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class Axis:
    """One lever's allowed values and what each is worth to you and (estimated) to them."""

    lever: Lever
    values: tuple[LeverValue, ...]
    you: FloatArray
    them: FloatArray

    @property
    def numeric(self) -> bool:
        return self.lever.values is None

    def index_of(self, value: LeverValue) -> int:
        """The grid index of ``value`` (the nearest allowed value for numbers)."""
        if not self.numeric:
            return self.values.index(value)
        return int(np.argmin([abs(float(v) - float(value)) for v in self.values]))


@dataclass(frozen=True)
class Space:
    """The lever grid with both sides' weights; packages are addressed by flat grid index."""

    axes: tuple[Axis, ...]
    w_you: FloatArray
    w_them: FloatArray
    coarsened: bool

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(len(a.values) for a in self.axes)

    @property
    def size(self) -> int:
        return int(np.prod(self.shape)) if self.axes else 0

    def utilities(self) -> tuple[FloatArray, FloatArray]:
        """Both sides' utility of every package, flattened in C order."""
        you = reduce(np.add.outer, [w * a.you for w, a in zip(self.w_you, self.axes, strict=True)])
        them = reduce(np.add.outer, [w * a.them for w, a in zip(self.w_them, self.axes, strict=True)])
        return (
            np.round(np.ravel(you), ROUND).astype(np.float64),
            np.round(np.ravel(them), ROUND).astype(np.float64),
        )

    def package(self, flat_index: int) -> Package:
        idx = np.unravel_index(flat_index, self.shape)
        return {a.lever.id: _plain(a.values[int(i)]) for a, i in zip(self.axes, idx, strict=True)}

    def indices(self, package: Package) -> tuple[int, ...]:
        return tuple(a.index_of(package[a.lever.id]) if a.lever.id in package else 0 for a in self.axes)

    def value_of(self, package: Package) -> tuple[float, float]:
        """(your utility, their utility) of any package, including off-grid numeric values."""
        you = sum(
            w * lever_utility(a.lever, package[a.lever.id], "you")
            for w, a in zip(self.w_you, self.axes, strict=True)
            if a.lever.id in package
        )
        them = sum(
            w * lever_utility(a.lever, package[a.lever.id], "them")
            for w, a in zip(self.w_them, self.axes, strict=True)
            if a.lever.id in package
        )
        return round(float(you), ROUND), round(float(them), ROUND)


def _plain(value: LeverValue) -> LeverValue:
    if isinstance(value, str):
        return value
    number = float(value)
    return int(number) if number.is_integer() else number


def lever_values(lever: Lever, fixed_value: LeverValue | None = None) -> tuple[LeverValue, ...]:
    if lever.fixed and fixed_value is not None:
        return (fixed_value,)
    if lever.values is not None:
        return tuple(lever.values)
    assert lever.range is not None
    low, high = float(lever.range[0]), float(lever.range[1])
    if high == low:
        return (_plain(low),)
    if not math.isfinite(high - low):
        raise SparringError(
            f"lever {lever.id!r}: the range [{low:g}, {high:g}] is too wide to compute with",
            hint="Narrow the lever's range.",
        )
    steps = grid_steps(lever.range, lever.step)
    points: NDArray[np.floating[Any]]
    if lever.step and steps > MAX_LEVER_STEPS:
        # Validation refuses this; a lever built in code gets evenly spread values on its step.
        index = np.unique(np.floor(np.linspace(0.0, float(math.floor(steps)), MAX_LEVER_STEPS + 1)))
        points = low + float(lever.step) * index
    elif lever.step:
        count = round((high - low) / float(lever.step)) + 1
        points = low + float(lever.step) * np.arange(count)
        points = points[points <= high + 1e-9]
    else:
        points = np.linspace(low, high, DEFAULT_POINTS)
    return tuple(_plain(round(float(p), 9)) for p in points)


def build_space(case: Case, max_packages: int = MAX_PACKAGES) -> Space:
    """The grid over the case's levers (raises when the case has no levers)."""
    if not case.levers:
        raise SparringError(
            "the case has no levers, so there is nothing to compute",
            hint="Add `levers` (salary, start date, price, term…) with ranges and preferences.",
        )
    axes: list[Axis] = []
    for lever in case.levers:
        fixed = _fixed_value(case, lever)
        values = lever_values(lever, fixed)
        axes.append(_axis(lever, values))
    coarsened = any(not lever.fixed and grid_steps(lever.range, lever.step) > MAX_LEVER_STEPS for lever in case.levers)
    while int(np.prod([len(a.values) for a in axes])) > max_packages:
        widest = max(range(len(axes)), key=lambda i: len(axes[i].values))
        values = axes[widest].values
        if len(values) <= 2:
            raise SparringError(
                f"the lever grid is too large ({int(np.prod([len(a.values) for a in axes])):,} packages)",
                hint="Use fewer levers or coarser steps.",
            )
        thinned = values[::2] if values[-1] == values[::2][-1] else (*values[::2], values[-1])
        axes[widest] = _axis(axes[widest].lever, tuple(thinned))
        coarsened = True
    return Space(tuple(axes), _weights(case, "you"), _weights(case, "them"), coarsened)


def _axis(lever: Lever, values: tuple[LeverValue, ...]) -> Axis:
    you = np.array([lever_utility(lever, v, "you") for v in values], dtype=np.float64)
    them = np.array([lever_utility(lever, v, "them") for v in values], dtype=np.float64)
    return Axis(lever, values, you, them)


def _weights(case: Case, side: str) -> FloatArray:
    raw = np.array(
        [float(getattr(lever, side).weight) if getattr(lever, side) is not None else 0.0 for lever in case.levers]
    )
    total = raw.sum()
    return raw / total if total > 0 else raw


def _fixed_value(case: Case, lever: Lever) -> LeverValue | None:
    for package in (case.current, case.tiers.likely, case.tiers.ideal):
        if package and lever.id in package:
            return package[lever.id]
    if lever.values is not None:
        return lever.values[0]
    return lever.range[0] if lever.range else None
