"""Trade suggestions: give on what is cheap for you and valuable to them, ask for the reverse.

From a base package, each ordered pair of movable levers (give on A, ask on B) is tried with
small moves (up to ``MAX_STEPS`` grid steps each way). A trade is suggested when both sides
gain, with the value moved for each, and it never crosses your walk-away (their limits are
only estimates, so they do not forbid a trade). Trades are ranked by
the smaller of the two gains (a fair trade first), then the total.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sparring.engines.deal.bargain import acceptable_mask
from sparring.engines.deal.space import Space
from sparring.model.case import Case
from sparring.model.levers import LeverValue, Package

MAX_STEPS = 3


@dataclass(frozen=True)
class Trade:
    """Give ``give`` from → to, get ``get`` from → to; gains are points (0-100 scale) per side."""

    give: str
    give_from: LeverValue
    give_to: LeverValue
    get: str
    get_from: LeverValue
    get_to: LeverValue
    gain_you: float
    gain_them: float


def trades(space: Space, case: Case, base: Package, limit: int = 5) -> list[Trade]:
    idx = list(space.indices(base))
    masks = [acceptable_mask(a, case, "you") for a in space.axes]
    found: list[Trade] = []
    for g, give in enumerate(space.axes):
        for k, get in enumerate(space.axes):
            if g == k or give.lever.fixed or get.lever.fixed:
                continue
            best: Trade | None = None
            for dg in _moves(len(give.values), idx[g]):
                ng = idx[g] + dg
                if not masks[g][ng]:
                    continue
                d_you_g = space.w_you[g] * (give.you[ng] - give.you[idx[g]])
                d_them_g = space.w_them[g] * (give.them[ng] - give.them[idx[g]])
                if not (d_them_g > 0 and d_you_g < 0):
                    continue  # a give must cost you something and help them
                for dk in _moves(len(get.values), idx[k]):
                    nk = idx[k] + dk
                    if not masks[k][nk]:
                        continue
                    d_you = float(d_you_g + space.w_you[k] * (get.you[nk] - get.you[idx[k]]))
                    d_them = float(d_them_g + space.w_them[k] * (get.them[nk] - get.them[idx[k]]))
                    if d_you > 1e-9 and d_them > 1e-9:
                        candidate = Trade(
                            give.lever.id,
                            give.values[idx[g]],
                            give.values[ng],
                            get.lever.id,
                            get.values[idx[k]],
                            get.values[nk],
                            round(100 * d_you, 2),
                            round(100 * d_them, 2),
                        )
                        if best is None or _rank(candidate) > _rank(best):
                            best = candidate
            if best is not None:
                found.append(best)
    found.sort(key=_rank, reverse=True)
    return found[:limit]


def _rank(trade: Trade) -> tuple[float, float]:
    return (min(trade.gain_you, trade.gain_them), trade.gain_you + trade.gain_them)


def _moves(size: int, at: int) -> list[int]:
    return [d for d in np.r_[-MAX_STEPS:0, 1 : MAX_STEPS + 1].tolist() if 0 <= at + d < size]
