"""The Pareto frontier of a set of packages, exactly: no dominated and no tied duplicates.

A package is on the frontier when no other package is at least as good for both sides and
strictly better for one. Of several packages with identical utilities for both sides only
the first (lowest index) is kept, so the frontier is a strict staircase.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

IntArray = NDArray[np.int64]


def pareto_indices(u_you: NDArray[np.float64], u_them: NDArray[np.float64], among: IntArray | None = None) -> IntArray:
    """Indices of the frontier, ordered from best-for-you to best-for-them.

    ``among`` restricts the search to those indices (e.g. the packages both sides accept).
    Sorting once (O(n log n)) and sweeping keeps this fast on 10^5-10^6 packages.
    """
    candidates = np.arange(u_you.size, dtype=np.int64) if among is None else np.asarray(among, dtype=np.int64)
    if candidates.size == 0:
        return candidates
    you, them = u_you[candidates], u_them[candidates]
    # Best for you first; among equals, best for them first; then lowest index for determinism.
    order = np.lexsort((candidates, -them, -you))
    them_sorted = them[order]
    best_them_before = np.maximum.accumulate(np.concatenate(([-np.inf], them_sorted[:-1])))
    keep = them_sorted > best_them_before
    return candidates[order[keep]]
