"""The stress test: your opening strategy played against thousands of simulated counterparts.

Protocol, per counterpart and candidate opening (all vectorised over the population):

* Round t = 0, 1, …: you offer X_t, conceding linearly from the opening to your floor (the
  Minimum tier, else your walk-away) over ``rounds`` rounds, then holding the floor.
* They accept X_t when it is inside their (sampled) reservation on every lever and worth to
  them at least what they would offer themselves now. At their deadline they walk.
* Job offers only: before answering, they may withdraw the offer. The chance per round is
  base rate (employer's market 12%, balanced 4%, candidate's 1%) × how hard you are pushing
  (the gap between what you ask and what they offer, in their utility, over 0.5, capped at 1)
  × 1 without a valid reason, 0.5 with valid reasons but no evidence, 0.2 with evidenced ones.
  These rates are modelling assumptions, not measurements; they make the direction of the
  risk visible ("don't push without a valid reason"), not its exact size.
* Otherwise they counter with Y_t, conceding from their opening (the case's ``current``
  package, else their best values) to their reservation with their style's curve
  (c = (t / (deadline-1)) ^ (1/exponent)); you accept Y_t when it is inside your walk-away
  and worth to you at least your next offer.

A deal is worth its utility to you (points 0-100); no deal is worth your walk-away package's
utility. The same population (same seed) plays every opening, so openings compare fairly
and, with everything else fixed, P(agreement) never rises as the opening rises.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sparring.engines.deal.bargain import acceptable_mask
from sparring.engines.deal.population import MAX_ROUNDS, Population, sample
from sparring.engines.deal.space import Axis, Space, build_space
from sparring.engines.deal.utility import lever_utility
from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.model.levers import Lever, Package

FloatArray = NDArray[np.float64]
CHUNK = 50_000
WITHDRAWAL_BASE = {"employer": 0.12, "balanced": 0.04, "candidate": 0.01}
PRESSURE_SCALE = 0.5
DEFAULT_OPENINGS = 13
BEYOND_IDEAL = 1.5


@dataclass(frozen=True)
class OpeningResult:
    """How one opening fared across the population."""

    opening: Package
    primary: float | str
    p_agreement: float
    p_withdrawn: float
    expected_value: float
    p10: float
    p50: float
    p90: float
    median_agreed_primary: float | None

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class StressResult:
    population: int
    seed: int
    rounds: int
    risk_limit: float
    primary_lever: str
    no_deal_value: float
    results: list[OpeningResult]
    recommended: int | None
    note: str

    @property
    def negotiations(self) -> int:
        return self.population * len(self.results)

    def as_json(self) -> dict[str, Any]:
        return {
            "population": self.population,
            "seed": self.seed,
            "rounds": self.rounds,
            "risk_limit": self.risk_limit,
            "primary_lever": self.primary_lever,
            "no_deal_value": self.no_deal_value,
            "negotiations": self.negotiations,
            "openings": [r.as_json() for r in self.results],
            "recommended": self.results[self.recommended].as_json() if self.recommended is not None else None,
            "note": self.note,
        }


def openings(case: Case, space: Space, count: int = DEFAULT_OPENINGS) -> list[Package]:
    """Candidate openings from the Minimum tier to beyond the Ideal (×1.5 of the way), on steps."""
    low = case.tiers.minimum or _walkaway_package(case, space)
    high = case.tiers.ideal or _best_package(space)
    out: list[Package] = []
    for lam in np.linspace(0.0, BEYOND_IDEAL if case.tiers.ideal else 1.0, count):
        package: Package = {}
        for axis in space.axes:
            lever = axis.lever
            a, b = low.get(lever.id, axis.values[0]), high.get(lever.id, axis.values[0])
            if not axis.numeric or isinstance(a, str) or isinstance(b, str):
                package[lever.id] = b if lam >= 0.5 else a
            else:
                package[lever.id] = _snap(lever, float(a) + lam * (float(b) - float(a)))
        if package not in out:  # snapping to steps can make neighbours equal
            out.append(package)
    return out


def _snap(lever: Lever, value: float) -> float:
    assert lever.range is not None
    low, high = float(lever.range[0]), float(lever.range[1])
    value = min(high, max(low, value))
    if lever.step:
        value = low + round((value - low) / float(lever.step)) * float(lever.step)
        value = min(high, value)
    value = round(value, 9)
    return int(value) if float(value).is_integer() else value


def _walkaway_package(case: Case, space: Space) -> Package:
    return {a.lever.id: _worst_ok(a, case) for a in space.axes}


def _worst_ok(axis: Axis, case: Case) -> Any:
    mask = acceptable_mask(axis, case, "you")
    ok = [i for i, m in enumerate(mask) if m]
    return axis.values[min(ok, key=lambda i: axis.you[i])]


def _best_package(space: Space) -> Package:
    return {a.lever.id: a.values[int(np.argmax(a.you))] for a in space.axes}


def _primary(case: Case) -> Lever:
    numeric = [lv for lv in case.levers if lv.range is not None and not lv.fixed]
    if not numeric:
        raise SparringError(
            "the stress test needs at least one negotiable numeric lever",
            hint="Add a numeric lever (salary, price, days…) with a range.",
        )
    return max(numeric, key=lambda lv: float(lv.you.weight))


def stress_test(
    case: Case,
    population: int = 20_000,
    seed: int = 0,
    risk_limit: float = 0.2,
    rounds: int = 5,
    count: int = DEFAULT_OPENINGS,
    progress: Callable[[int, int], None] | None = None,
    candidates: list[Package] | None = None,
) -> StressResult:
    """Play each candidate opening (by default :func:`openings`) against ``population`` sampled counterparts."""
    if population < 1 or not 0 <= risk_limit <= 1 or rounds < 1:
        raise SparringError("population must be ≥ 1, risk between 0 and 1, rounds ≥ 1")
    space = build_space(case, max_packages=10**9)
    primary = _primary(case)
    candidates = candidates if candidates is not None else openings(case, space, count)
    floor = case.tiers.minimum or _walkaway_package(case, space)
    sim = _Simulator(case, space, candidates, floor, rounds)
    values = np.empty((len(candidates), population))
    agreed = np.zeros((len(candidates), population), dtype=bool)
    withdrawn = np.zeros_like(agreed)
    primary_value = np.full((len(candidates), population), np.nan)
    done = 0
    for chunk, start in enumerate(range(0, population, CHUNK)):
        n = min(CHUNK, population - start)
        pop = sample(case, n, np.random.default_rng([seed, chunk]))
        v, a, w, p = sim.play(pop, primary)
        values[:, start : start + n], agreed[:, start : start + n] = v, a
        withdrawn[:, start : start + n], primary_value[:, start : start + n] = w, p
        done += n
        if progress:
            progress(done, population)
    results = []
    for g, package in enumerate(candidates):
        deals = primary_value[g][agreed[g]]
        p10, p50, p90 = (float(x) for x in np.percentile(values[g], [10, 50, 90]))
        results.append(
            OpeningResult(
                opening=package,
                primary=package[primary.id],
                p_agreement=round(float(agreed[g].mean()), 4),
                p_withdrawn=round(float(withdrawn[g].mean()), 4),
                expected_value=round(float(values[g].mean()), 2),
                p10=round(p10, 2),
                p50=round(p50, 2),
                p90=round(p90, 2),
                median_agreed_primary=float(np.median(deals)) if deals.size else None,
            )
        )
    within = [i for i, r in enumerate(results) if 1 - r.p_agreement <= risk_limit + 1e-12]
    if within:
        best = max(within, key=lambda i: (results[i].expected_value, -i))
        note = f"highest expected value with P(no deal) ≤ {risk_limit:.0%}"
    else:
        best = None
        note = f"no opening keeps P(no deal) within {risk_limit:.0%}; lower your floor or raise the risk limit"
    return StressResult(
        population, seed, rounds, risk_limit, primary.id, round(100 * sim.no_deal, 2), results, best, note
    )


class _Simulator:
    """Precomputes what does not depend on the population, then plays chunks of it."""

    def __init__(self, case: Case, space: Space, candidates: list[Package], floor: Package, rounds: int):
        self.case, self.space = case, space
        self.levers = [a.lever for a in space.axes]
        self.numeric = [a.numeric for a in space.axes]
        self.w_you, self.w_them = space.w_you, space.w_them
        t = np.arange(MAX_ROUNDS)
        share = np.minimum(1.0, t / max(1, rounds - 1))
        # Your offers: (openings, rounds, levers) numbers; categorical levers switch at halfway.
        self.x = np.zeros((len(candidates), MAX_ROUNDS + 1, len(self.levers)))
        self.x_you = np.zeros((len(candidates), MAX_ROUNDS + 1))
        self.x_them = np.zeros((len(candidates), MAX_ROUNDS + 1))
        share = np.append(share, 1.0)
        for g, opening in enumerate(candidates):
            for r, s in enumerate(share):
                package = {
                    lv.id: self._between(lv, opening.get(lv.id), floor.get(lv.id), float(s)) for lv in self.levers
                }
                for i, lv in enumerate(self.levers):
                    self.x[g, r, i] = float(package[lv.id]) if self.numeric[i] else 0.0
                you, them = space.value_of(package)
                self.x_you[g, r], self.x_them[g, r] = you, them
        self.their_open = np.array([self._their_opening(a) for a in space.axes])
        self.your_low = np.array([self._your_bound(a, "min") for a in space.axes])
        self.your_high = np.array([self._your_bound(a, "max") for a in space.axes])
        self.prefers_lower = np.array([a.lever.them is not None and a.lever.them.prefer == "lower" for a in space.axes])
        self.no_deal = float(
            sum(
                w * float(a.you[acceptable_mask(a, case, "you")].min())
                for w, a in zip(self.w_you, space.axes, strict=True)
            )
        )
        self.curves = [(self._curve(a, "you"), self._curve(a, "them")) for a in space.axes]
        self.withdraw_rate = self._withdraw_rate()

    def _between(self, lever: Lever, a: Any, b: Any, s: float) -> Any:
        if a is None:
            return b
        if b is None or lever.values is not None or isinstance(a, str):
            return a if s < 0.5 else b
        return float(a) + s * (float(b) - float(a))

    def _their_opening(self, axis: Axis) -> float:
        current = self.case.current or {}
        if not axis.numeric:
            return 0.0
        if axis.lever.id in current and not isinstance(current[axis.lever.id], str):
            return float(current[axis.lever.id])
        return float(axis.values[int(np.argmax(axis.them))])

    def _your_bound(self, axis: Axis, which: str) -> float:
        limit = self.case.walk_away.limits.get(axis.lever.id) if self.case.walk_away else None
        value = getattr(limit, which) if limit is not None else None
        if value is None:
            return -np.inf if which == "min" else np.inf
        return float(value)

    def _curve(self, axis: Axis, side: str) -> tuple[FloatArray, FloatArray]:
        if not axis.numeric:
            return np.array([0.0, 1.0]), np.array([0.0, 0.0])
        xs = np.array([float(v) for v in axis.values])
        ys = np.array([lever_utility(axis.lever, float(v), side) for v in axis.values])  # type: ignore[arg-type]
        return xs, ys

    def _withdraw_rate(self) -> float:
        offer = self.case.job_offer
        if self.case.kind != "job_offer" or offer is None:
            return 0.0
        from sparring.engines.check.rules.offer import valid_reasons

        reasons = valid_reasons(self.case)
        factor = 1.0 if not reasons else (0.2 if any(r.evidence for r, _ in reasons) else 0.5)
        return WITHDRAWAL_BASE[offer.market_condition or "balanced"] * factor

    def play(
        self, pop: Population, primary: Lever
    ) -> tuple[FloatArray, NDArray[np.bool_], NDArray[np.bool_], FloatArray]:
        n, rounds = pop.size, MAX_ROUNDS
        t = np.arange(rounds)
        last = (pop.deadline - 1)[:, None]
        alive = t[None, :] <= last
        conc = np.clip(t[None, :] / np.maximum(1, last), 0, 1) ** (1.0 / pop.exponent[:, None])  # (n, T)
        res = pop.reservation  # (n, L)
        # Their counter-offers per lever and what they are worth to each side.
        y_you = np.zeros((n, rounds))
        y_them = np.zeros((n, rounds))
        y_ok_you = np.ones((n, rounds), dtype=bool)
        for i, numeric in enumerate(self.numeric):
            if not numeric:
                continue
            target = np.where(np.isfinite(res[:, i]), res[:, i], self.their_open[i])
            y = self.their_open[i] + conc * (target - self.their_open[i])[:, None]
            (xy, uy), (xt, ut) = self.curves[i]
            y_you += self.w_you[i] * np.interp(y, xy, uy)
            y_them += self.w_them[i] * np.interp(y, xt, ut)
            y_ok_you &= (y >= self.your_low[i] - 1e-9) & (y <= self.your_high[i] + 1e-9)
        y_you += self._categorical_share("you")
        y_them += self._categorical_share("them")
        # Your offers vs their reservation: (openings, n, T).
        within = np.ones((self.x.shape[0], n, rounds), dtype=bool)
        for i, numeric in enumerate(self.numeric):
            if not numeric or not np.isfinite(res[:, i]).any():
                continue
            xs = self.x[:, None, :rounds, i]
            r = res[None, :, i, None]
            within &= (xs <= r + 1e-9) if self.prefers_lower[i] else (xs >= r - 1e-9)
        acc_x = within & (self.x_them[:, None, :rounds] >= y_them[None, :, :] - 1e-12) & alive[None]
        acc_y = y_ok_you[None] & (y_you[None, :, :] >= self.x_you[:, None, 1 : rounds + 1] - 1e-12) & alive[None]
        deadline = (t[None, :] == last)[None]
        if self.withdraw_rate > 0:
            pressure = np.clip((y_them[None] - self.x_them[:, None, :rounds]) / PRESSURE_SCALE, 0, 1)
            wd = (pop.draws[None, :, :rounds] < self.withdraw_rate * pressure) & alive[None]
        else:
            wd = np.zeros_like(acc_x)
        ended = acc_x | deadline | wd | acc_y
        first = np.argmax(ended, axis=2)  # (G, n); every counterpart ends by its deadline
        pick = (np.arange(acc_x.shape[0])[:, None], np.arange(n)[None, :], first)
        by_x, at_deadline, by_wd, by_y = acc_x[pick], deadline[0][np.arange(n)[None, :], first], wd[pick], acc_y[pick]
        agree_x = by_x
        withdrawn = ~agree_x & ~at_deadline & by_wd
        agree_y = ~agree_x & ~at_deadline & ~by_wd & by_y
        g_idx = np.arange(acc_x.shape[0])[:, None]
        value = np.full(first.shape, self.no_deal)
        value = np.where(agree_x, self.x_you[g_idx, first], value)
        value = np.where(agree_y, y_you[np.arange(n)[None, :], first], value)
        agreed = agree_x | agree_y
        p = self.levers.index(primary)
        their_primary = self._their_primary(res[:, p], conc, p)
        primary_value = np.where(agree_x, self.x[g_idx, first, p], np.nan)
        primary_value = np.where(agree_y, their_primary[np.arange(n)[None, :], first], primary_value)
        return 100 * value, agreed, withdrawn, primary_value

    def _their_primary(self, res: FloatArray, conc: FloatArray, i: int) -> FloatArray:
        target = np.where(np.isfinite(res), res, self.their_open[i])
        offers: FloatArray = self.their_open[i] + conc * (target - self.their_open[i])[:, None]
        return offers

    def _categorical_share(self, side: str) -> float:
        """Categorical levers do not move in the simulation: their value at your floor."""
        total = 0.0
        weights = self.w_you if side == "you" else self.w_them
        for i, (axis, numeric) in enumerate(zip(self.space.axes, self.numeric, strict=True)):
            if not numeric:
                value = (self.case.current or {}).get(axis.lever.id, axis.values[0])
                total += weights[i] * lever_utility(axis.lever, value, side)  # type: ignore[arg-type]
        return total
