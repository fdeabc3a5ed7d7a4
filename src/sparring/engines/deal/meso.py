"""MESO: multiple equivalent simultaneous offers.

Three packages worth the same to you (within a stated tolerance) that differ as much as
possible in their mix, so the counterpart's choice reveals what they value. Candidates are
the packages inside your walk-away whose value to you is within ``tolerance`` of the target
(whether each is inside their estimated limits is reported, not required: the choice they
make is the information); the first pick is the one best for them, each next pick the candidate farthest (in
normalised lever positions) from those already picked. The result is ranked by estimated
value to the counterpart. The tolerance widens in steps (up to ``MAX_TOLERANCE``) when too
few candidates exist, and the tolerance used is reported.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sparring.engines.deal.space import Space

DEFAULT_TOLERANCE = 0.02
MAX_TOLERANCE = 0.08


@dataclass(frozen=True)
class MesoSet:
    """The chosen grid indices (best for them first), the target and the tolerance used."""

    indices: tuple[int, ...]
    target: float
    tolerance: float


def meso(
    space: Space,
    u_you: NDArray[np.float64],
    u_them: NDArray[np.float64],
    allowed: NDArray[np.bool_],
    target: float,
    count: int = 3,
    tolerance: float = DEFAULT_TOLERANCE,
) -> MesoSet:
    tol = tolerance
    while True:
        candidates = np.flatnonzero(allowed & (np.abs(u_you - target) <= tol + 1e-12))
        if candidates.size >= count or tol >= MAX_TOLERANCE:
            break
        tol = round(min(MAX_TOLERANCE, tol * 2), 6)
    if candidates.size == 0:
        return MesoSet((), target, tol)
    positions = _positions(space, candidates)
    first = int(np.lexsort((candidates, -u_them[candidates]))[0])
    picked = [first]
    nearest = np.abs(positions - positions[first]).sum(axis=1)
    while len(picked) < min(count, candidates.size):
        # Farthest from everything picked; ties to the better package for them, then lower index.
        order = np.lexsort((candidates, -u_them[candidates], -np.round(nearest, 12)))
        nxt = next(int(i) for i in order if int(i) not in picked)
        picked.append(nxt)
        nearest = np.minimum(nearest, np.abs(positions - positions[nxt]).sum(axis=1))
    chosen = candidates[picked]
    ranked = chosen[np.lexsort((chosen, -u_them[chosen]))]
    return MesoSet(tuple(int(i) for i in ranked), target, tol)


def _positions(space: Space, flat: NDArray[np.int64]) -> NDArray[np.float64]:
    """Each package's lever positions scaled to 0..1, one column per lever."""
    idx = np.unravel_index(flat, space.shape)
    columns = [i / max(1, len(a.values) - 1) for i, a in zip(idx, space.axes, strict=True)]
    return np.stack(columns, axis=1).astype(np.float64)
