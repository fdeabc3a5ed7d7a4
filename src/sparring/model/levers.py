"""Levers: the dimensions of a deal, with your preference and your estimate of theirs.

A numeric lever has a ``range`` (and usually a ``step``); a categorical lever has ``values``.
``them.limit`` is your low/likely/high guess of the counterpart's limit on the lever: the
uncertainty the stress test and the simulated counterpart sample from.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from sparring.model.base import Id, Number, StrictModel, Text, Weight

MAX_LEVER_STEPS = 10_000
"""Steps a numeric lever's ``range``/``step`` may hold (so at most 10,001 values). The deal grid
and the stress test list every value; a step of 1 over a range of a billion once took the web
server to 8.5 GB."""

Direction = Literal["higher", "lower"]
LeverValue = Number | str
Package = dict[str, LeverValue]
"""A set of lever values, keyed by lever id: a tier, an offer, an agreed outcome."""


class LimitEstimate(StrictModel):
    """Your three-point estimate of the counterpart's limit on a lever."""

    low: LeverValue
    likely: LeverValue
    high: LeverValue


CurvePoint = tuple[Number, Number]


class YourSide(StrictModel):
    """How you value a lever: a direction (numeric) or values best-first (categorical).

    ``curve`` optionally replaces the straight line of a numeric lever with a piecewise-linear
    value function: ``[[value, utility 0..1], ...]`` with increasing values, e.g. a start date
    that is best two months out.
    """

    prefer: Direction | list[str]
    weight: Weight
    curve: list[CurvePoint] | None = Field(default=None, min_length=2)


class TheirSide(StrictModel):
    """Your estimate of how the counterpart values a lever, and where their limit lies."""

    prefer: Direction | list[str]
    weight: Weight
    curve: list[CurvePoint] | None = Field(default=None, min_length=2)
    limit: LimitEstimate | None = None


class Lever(StrictModel):
    """One negotiable term (salary, start date, price, payment terms, title…)."""

    id: Id
    name: Text | None = None
    unit: str | None = None
    range: list[Number] | None = Field(default=None, min_length=2, max_length=2)
    step: Number | None = None
    values: list[str] | None = Field(default=None, min_length=2)
    you: YourSide
    them: TheirSide | None = None
    fixed: bool = False
    purpose: Text | None = None
    say: Text | None = None
    """How the counterpart says a value of this lever in a rehearsal: a template with ``{value}``
    (the number in figures) or ``{words}`` (small numbers in words), e.g. ``"net {value}"`` or
    ``"{words} remote days a week"``. Without it the phrasing follows the lever's unit."""

    @field_validator("range")
    @classmethod
    def _finite_width(cls, bounds: list[int | float] | None) -> list[int | float] | None:
        """[-1e308, 1e308] is two finite numbers, but its width overflows and every utility with it."""
        if bounds is not None and len(bounds) == 2 and not math.isfinite(float(bounds[1]) - float(bounds[0])):
            raise ValueError(
                f"range [{_show(bounds[0])}, {_show(bounds[1])}] is too wide to compute with "
                "(its width is beyond the largest number); narrow it"
            )
        return bounds

    @field_validator("step")
    @classmethod
    def _bounded_grid(cls, step: int | float | None, info: ValidationInfo) -> int | float | None:
        """A step that cuts the range into more than :data:`MAX_LEVER_STEPS` steps is refused here."""
        bounds = info.data.get("range")
        steps = grid_steps(bounds, step)
        if bounds and step and steps > MAX_LEVER_STEPS + 1e-9:
            width = float(bounds[1]) - float(bounds[0])
            count = f"{round(steps):,}" if steps < 1e15 else f"{steps:.3g}"
            raise ValueError(
                f"step {_show(step)} cuts the range [{_show(bounds[0])}, {_show(bounds[1])}] into {count} steps; "
                f"a lever may have at most {MAX_LEVER_STEPS:,} (use a step of at least "
                f"{_show(width / MAX_LEVER_STEPS)})"
            )
        return step

    @field_validator("say")
    @classmethod
    def _say_template(cls, template: str | None) -> str | None:
        """A template with an unknown placeholder would fail mid-rehearsal; refuse it here."""
        if template is None:
            return template
        try:
            template.format(value="1", words="one")
        except (KeyError, IndexError, ValueError):
            raise ValueError(
                "a phrasing template may use only {value} and {words} (write {{ and }} for literal braces)"
            ) from None
        return template

    @property
    def is_numeric(self) -> bool:
        return self.range is not None

    @property
    def label(self) -> str:
        return self.name or self.id.replace("_", " ")


def grid_steps(bounds: list[int | float] | None, step: int | float | None) -> float:
    """How many steps of ``step`` the range ``bounds`` holds (0 without a positive step and width).

    ``inf`` when the width overflows; callers that list values compare it with :data:`MAX_LEVER_STEPS`.
    """
    if not bounds or len(bounds) != 2 or not step or step <= 0:
        return 0.0
    width = float(bounds[1]) - float(bounds[0])
    if width <= 0:
        return 0.0
    return width / float(step) if math.isfinite(width) else math.inf


def _show(value: float) -> str:
    return f"{value:.6g}"


class Margin(StrictModel):
    """A walk-away written as a margin over your cost (price minus cost), for a lever you sell.

    ``min`` is the least margin per unit (``cost: 32, min: 8`` → a price of at least 40),
    ``min_pct`` the least margin as a share of the price (``cost: 32, min_pct: 20`` → at
    least 40, since (40 - 32) / 40 = 20%).
    """

    cost: Number
    min: Number | None = None
    min_pct: Number | None = None

    @field_validator("min_pct")
    @classmethod
    def _share(cls, value: int | float | None) -> int | float | None:
        if value is not None and not 0 <= value < 100:
            raise ValueError(f"{value} is outside 0..100 (a margin share below 100%)")
        return value

    @property
    def floor(self) -> float:
        """The lowest value of the lever that keeps the margin."""
        by_amount = float(self.cost) + float(self.min or 0)
        by_share = float(self.cost) / (1 - float(self.min_pct) / 100) if self.min_pct is not None else by_amount
        return max(by_amount, by_share)


class LeverLimit(StrictModel):
    """A walk-away limit on one lever: a bound for numeric levers, accepted values otherwise.

    ``margin`` writes the bound as price minus cost; without an explicit ``min`` it sets
    ``min`` to the margin's floor (not written back to the file), so every part of Sparring
    that reads the walk-away respects it.
    """

    min: Number | None = None
    max: Number | None = None
    accept: list[str] | None = None
    margin: Margin | None = None

    @model_validator(mode="after")
    def _margin_floor(self) -> LeverLimit:
        if self.margin is not None and self.min is None:
            floor = self.margin.floor
            # Set without marking it as written, so the file round-trips as the user wrote it.
            object.__setattr__(self, "min", int(floor) if floor.is_integer() else round(floor, 6))
        return self

    @property
    def min_from_margin(self) -> bool:
        """True when ``min`` was derived from ``margin`` rather than written."""
        return self.margin is not None and "min" not in self.model_fields_set


class Tiers(StrictModel):
    """Step 5: never one option. Ideal, Likely and Minimum packages."""

    ideal: Package | None = None
    likely: Package | None = None
    minimum: Package | None = None
