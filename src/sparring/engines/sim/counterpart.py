"""The counterpart's hidden state and its geometry: reservation, concession path, acceptance.

Built from a case with a seed: a reservation on every lever you estimated, drawn (PERT) inside
your low/likely/high guess; a concession style (your stated style; hard = Boulware exponent
0.35, balanced = 1, soft = 2.5); a deadline of 6-10 turns; goodwill from the relationship. It
accepts a package only inside its reservation (plus the bounded shift your arguments earned)
and worth at least its current aspiration; its counters are the packages on its concession
path closest to what you asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from sparring.engines.deal.population import STYLE_EXPONENT, pert
from sparring.engines.deal.space import Space, build_space
from sparring.engines.sim.bounds import bounds
from sparring.engines.sim.effects import MAX_SHIFT, PACE_RANGE
from sparring.model.case import Case
from sparring.model.levers import Lever, LeverValue, Package

GOODWILL_BY_TRUST = {"high": 0.75, "medium": 0.6, "low": 0.45}
DEADLINE_TURNS = (6, 10)


@dataclass
class CounterpartState:
    """Everything the counterpart knows and feels; hidden from the user during the session."""

    reservation: dict[str, LeverValue]
    opening: Package
    exponent: float
    deadline: int
    goodwill: float
    pace: float = 1.0
    shift: dict[str, float] = field(default_factory=dict)
    turn: int = 0
    revealed: list[str] = field(default_factory=list)
    objections_raised: list[str] = field(default_factory=list)
    asked_scope: bool = False
    paused_once: bool = False
    last_counter: Package | None = None
    acknowledged: list[str] = field(default_factory=list)
    """The receipts it has acknowledged (each once)."""
    final: Package | None = None
    """Its final position, once it has said one: repeated, never reopened."""
    progress: float = 0.0
    credited: list[str] = field(default_factory=list)
    """The goals a give of yours has already moved it for (each once)."""
    your_ask: Package | None = None
    """Everything you have asked for so far, lever by lever (its counters never give more)."""
    business: bool = False
    """Whether the user has put any business on the table yet (before that, small talk is met as such)."""
    last_move: str | None = None
    """Its previous move's kind, so it does not push two objections in a row."""


class Counterpart:
    """The geometry of one simulated counterpart over the case's lever grid."""

    def __init__(self, case: Case, seed: int, style: str | None = None, space: Space | None = None):
        self.case = case
        self.space = space or build_space(case)
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.style = style or case.counterpart.style
        self.u_you, self.u_them = self.space.utilities()
        self.bounds = bounds(case)
        """What its own constraints allow on a lever ("the band is 125k-155k"): it offers inside."""
        trust = case.counterpart.relationship.trust if case.counterpart.relationship else None
        goodwill = GOODWILL_BY_TRUST.get(trust or "medium", 0.6) - (0.05 if self.style == "hard" else 0.0)
        self.state = CounterpartState(
            reservation={lv.id: self._sample_reservation(lv) for lv in case.levers},
            opening=self._opening(),
            exponent=STYLE_EXPONENT[self.style] * float(np.exp(self.rng.normal(0.0, 0.1))),
            deadline=int(self.rng.integers(DEADLINE_TURNS[0], DEADLINE_TURNS[1] + 1)),
            goodwill=goodwill,
        )

    # --- construction -------------------------------------------------------------------
    def _sample_reservation(self, lever: Lever) -> LeverValue:
        them = lever.them
        axis = self.space.axes[self.case.levers.index(lever)]
        if them is None or them.limit is None or lever.fixed:
            return axis.values[int(np.argmin(axis.them))]  # no estimate: anything acceptable to them
        if lever.values is not None:
            order = them.prefer if isinstance(them.prefer, list) else list(lever.values)
            pick = self.rng.choice(
                [str(them.limit.low), str(them.limit.likely), str(them.limit.likely), str(them.limit.high)]
            )
            return str(pick) if str(pick) in order else order[-1]
        low, likely, high = (float(v) for v in (them.limit.low, them.limit.likely, them.limit.high))
        return float(pert(self.rng, low, likely, high, 1)[0])

    def _opening(self) -> Package:
        current = self.case.current or {}
        out: Package = {}
        limits = bounds(self.case)
        for axis in self.space.axes:
            lever_id = axis.lever.id
            out[lever_id] = current[lever_id] if lever_id in current else axis.values[int(np.argmax(axis.them))]
            if lever_id in limits and isinstance(out[lever_id], int | float):
                inside = [v for v in axis.values if limits[lever_id][0] <= float(v) <= limits[lever_id][1]]
                if inside and not limits[lever_id][0] <= float(out[lever_id]) <= limits[lever_id][1]:
                    out[lever_id] = min(inside, key=lambda v: abs(float(v) - float(out[lever_id])))
        return out

    # --- reservation and aspiration ------------------------------------------------------
    def effective_reservation(self, lever: Lever) -> LeverValue:
        """Their limit on a numeric lever after the bounded shift your arguments earned."""
        base = self.state.reservation[lever.id]
        if lever.values is not None or lever.range is None or isinstance(base, str):
            return base
        width = float(lever.range[1]) - float(lever.range[0])
        shift = max(-MAX_SHIFT, min(MAX_SHIFT, self.state.shift.get(lever.id, 0.0))) * width
        toward_you = 1.0 if lever.you.prefer == "higher" else -1.0
        return float(base) + toward_you * shift

    def within_reservation(self, package: Package) -> bool:
        for lever in self.case.levers:
            if lever.id not in package:
                continue
            if not self.lever_ok(lever, package[lever.id]):
                return False
        return True

    def lever_ok(self, lever: Lever, value: LeverValue) -> bool:
        them = lever.them
        limit = self.effective_reservation(lever)
        if them is None:
            return True
        if lever.values is not None:
            order = them.prefer if isinstance(them.prefer, list) else list(lever.values)
            return order.index(str(value)) <= order.index(str(limit)) if str(value) in order else False
        if isinstance(value, str) or isinstance(limit, str):
            return False
        return float(value) <= float(limit) + 1e-9 if them.prefer == "lower" else float(value) >= float(limit) - 1e-9

    def concession(self) -> float:
        """How far along its path from opening to reservation it is (0..1)."""
        t = min(1.0, self.state.turn / max(1, self.state.deadline - 1))
        return float(min(1.0, max(self.state.progress, (t ** (1.0 / self.state.exponent)) * self.state.pace)))

    def aspiration_package(self) -> Package:
        c = self.concession()
        out: Package = {}
        for lever in self.case.levers:
            start, limit = self.state.opening[lever.id], self.effective_reservation(lever)
            if lever.values is not None or isinstance(start, str) or isinstance(limit, str):
                out[lever.id] = limit if c >= 0.5 else start
            else:
                out[lever.id] = float(start) + c * (float(limit) - float(start))
        return out

    def them_value(self, package: Package) -> float:
        return self.space.value_of(self.complete(package))[1]

    def you_value(self, package: Package) -> float:
        return self.space.value_of(self.complete(package))[0]

    def complete(self, package: Package) -> Package:
        """A partial offer is read with their current position on the levers it leaves out."""
        base = self.state.last_counter or self.state.opening
        return {**base, **package}

    def acceptable(self, package: Package) -> bool:
        full = self.complete(package)
        return (
            self.within_reservation(full) and self.them_value(full) >= self.them_value(self.aspiration_package()) - 1e-9
        )

    # --- counters ------------------------------------------------------------------------
    def counter(self, toward: Package | None, asked: Package | None = None) -> Package:
        """The package on its concession path closest to ``toward`` (grid values, on steps), never
        giving more on a lever than ``asked`` (your own latest ask): a buyer does not pay above
        the seller's price."""
        aspiration = self.them_value(self.aspiration_package())
        masks = []
        for axis in self.space.axes:
            masks.append(np.array([self.lever_ok(axis.lever, v) for v in axis.values]))
        ok = np.ravel(self._grid(masks)) & (self.u_them >= aspiration - 1e-9)
        # No lever worse for you than what you have today, nor than its own previous counter:
        # a counter that takes back what it gave, or goes below the status quo, reads as bad faith.
        floors = [np.array([self._no_worse(axis.lever, v) for v in axis.values]) for axis in self.space.axes]
        kept = ok & np.ravel(self._grid(floors))
        if kept.any():
            ok = kept
        if asked:  # all your asks as caps; if nothing fits, the first (main) lever's alone
            main = {self.case.levers[0].id: asked[self.case.levers[0].id]} if self.case.levers[0].id in asked else {}
            for limit in (asked, main):
                caps = [
                    np.array([self._within_ask(axis.lever, v, limit) for v in axis.values]) for axis in self.space.axes
                ]
                capped = ok & np.ravel(self._grid(caps))
                if capped.any():
                    ok = capped
                    break
        if not ok.any():
            ok = np.ravel(self._grid(masks)) if masks else ok
        target = self.complete(toward or self.aspiration_package())
        distance = None
        for axis in self.space.axes:
            index = np.arange(len(axis.values)) / max(1, len(axis.values) - 1)
            want = axis.index_of(target[axis.lever.id]) / max(1, len(axis.values) - 1)
            d = np.abs(index - want)
            distance = d if distance is None else np.add.outer(distance, d)
        assert distance is not None
        flat = np.ravel(distance)
        candidates = np.flatnonzero(ok)
        # Closest to what you asked; among equals, the best for them; then the lowest index.
        order = np.lexsort((candidates, -self.u_them[candidates], np.round(flat[candidates], 9)))
        return self.space.package(int(candidates[order[0]]))

    def _within_ask(self, lever: Lever, value: LeverValue, asked: Package) -> bool:
        """Whether ``value`` gives you no more than you asked for on this lever."""
        want = asked.get(lever.id)
        if want is None or isinstance(value, str) or isinstance(want, str):
            return True
        if lever.you.prefer == "higher":
            return float(value) <= float(want) + 1e-9
        if lever.you.prefer == "lower":
            return float(value) >= float(want) - 1e-9
        return True

    def _no_worse(self, lever: Lever, value: LeverValue) -> bool:
        """Whether ``value`` is at least as good for you as today's and as its previous counter's,
        and inside the range its own constraints state."""
        limit = self.bounds.get(lever.id)
        if limit is not None and not isinstance(value, str) and not limit[0] <= float(value) <= limit[1]:
            return False
        for reference in (self.case.current or {}, self.state.last_counter or {}):
            before = reference.get(lever.id)
            if before is None or isinstance(value, str) or isinstance(before, str):
                continue
            if lever.you.prefer == "higher" and float(value) < float(before) - 1e-9:
                return False
            if lever.you.prefer == "lower" and float(value) > float(before) + 1e-9:
                return False
        return True

    def _grid(self, masks: list[np.ndarray]) -> np.ndarray:
        grid = masks[0]
        for mask in masks[1:]:
            grid = np.logical_and.outer(grid, mask)
        return grid

    # --- state changes -------------------------------------------------------------------
    def add_pace(self, factor: float) -> None:
        self.state.pace = min(PACE_RANGE[1], max(PACE_RANGE[0], self.state.pace * factor))

    def add_shift(self, amount: float) -> None:
        for lever in self.case.levers:
            current = self.state.shift.get(lever.id, 0.0)
            self.state.shift[lever.id] = max(-MAX_SHIFT, min(MAX_SHIFT, current + amount * MAX_SHIFT))

    def add_goodwill(self, amount: float) -> None:
        self.state.goodwill = min(1.0, max(0.0, self.state.goodwill + amount))
