"""A population of simulated counterparts, sampled (seeded) from your uncertainty about them.

Per counterpart: a reservation value on every lever you estimated (PERT over your
low/likely/high guess of their limit), a concession style (your stated style with
probability 0.6, each other style 0.2; hard = Boulware exponent 0.35, balanced = linear 1.0,
soft = conceder 2.5, each jittered by a log-normal factor), a deadline in rounds (uniform
3-8), and one uniform draw per round for the offer-withdrawal risk.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sparring.model.case import Case

STYLE_EXPONENT = {"hard": 0.35, "balanced": 1.0, "soft": 2.5}
OWN_STYLE_SHARE = 0.6
DEADLINE_ROUNDS = (3, 8)
MAX_ROUNDS = DEADLINE_ROUNDS[1]
PERT_SHAPE = 4.0

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class Population:
    """Counterparts as columns of arrays (``n`` of each)."""

    reservation: FloatArray  # (n, levers); ±inf where you gave no estimate
    exponent: FloatArray  # (n,)
    deadline: NDArray[np.int64]  # (n,) rounds, >= 3
    draws: FloatArray  # (n, MAX_ROUNDS) uniforms for withdrawal

    @property
    def size(self) -> int:
        return int(self.exponent.size)


def pert(rng: np.random.Generator, low: float, likely: float, high: float, n: int) -> FloatArray:
    """PERT (scaled beta) samples; a degenerate estimate gives a constant."""
    if high <= low:
        return np.full(n, float(likely))
    alpha = 1 + PERT_SHAPE * (likely - low) / (high - low)
    beta = 1 + PERT_SHAPE * (high - likely) / (high - low)
    return low + (high - low) * rng.beta(alpha, beta, n)


def sample(case: Case, n: int, rng: np.random.Generator) -> Population:
    """Draw ``n`` counterparts for ``case``'s numeric levers (categorical ones are held fixed)."""
    columns = []
    for lever in case.levers:
        them = lever.them
        if lever.values is not None or them is None or them.limit is None or lever.fixed:
            sign = -np.inf if them is not None and them.prefer == "higher" else np.inf
            columns.append(np.full(n, sign))
            continue
        lim = them.limit
        columns.append(pert(rng, float(lim.low), float(lim.likely), float(lim.high), n))
    reservation = np.stack(columns, axis=1) if columns else np.zeros((n, 0))
    styles = list(STYLE_EXPONENT)
    own = case.counterpart.style
    probs = np.array([OWN_STYLE_SHARE if s == own else (1 - OWN_STYLE_SHARE) / 2 for s in styles])
    chosen = rng.choice(len(styles), size=n, p=probs)
    exponent = np.array([STYLE_EXPONENT[s] for s in styles])[chosen] * np.exp(rng.normal(0.0, 0.15, n))
    deadline = rng.integers(DEADLINE_ROUNDS[0], DEADLINE_ROUNDS[1] + 1, n)
    draws = rng.random((n, MAX_ROUNDS))
    return Population(reservation, exponent, deadline.astype(np.int64), draws)
