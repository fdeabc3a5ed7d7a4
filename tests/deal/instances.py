"""Small deal instances with answers worked out by hand (see test_small_instance.py)."""

from __future__ import annotations

from typing import Any


def two_lever(tiers: bool = True) -> dict[str, Any]:
    """Two levers with values 0, 1, 2; you prefer higher on both, they prefer lower on both.

    Normalised weights: you a 0.8, b 0.2; them a 0.2, b 0.8. Per lever, your utility is v/2 and
    theirs 1 - v/2, so u_you = 0.4a + 0.1b and u_them = 1 - 0.1a - 0.4b:

        (a,b)  you  them        (a,b)  you  them        (a,b)  you  them
        (0,0)  0.0  1.0         (1,0)  0.4  0.9         (2,0)  0.8  0.8
        (0,1)  0.1  0.6         (1,1)  0.5  0.5         (2,1)  0.9  0.4
        (0,2)  0.2  0.2         (1,2)  0.6  0.1         (2,2)  1.0  0.0

    Your walk-away: a ≥ 1. Their likely limit: b ≤ 1 (a up to 2 is fine for them).
    """
    data: dict[str, Any] = {
        "kind": "deal",
        "title": "two-lever instance",
        "goal": {"what": "a contract"},
        "levers": [
            {
                "id": "a",
                "range": [0, 2],
                "step": 1,
                "you": {"prefer": "higher", "weight": 0.8},
                "them": {"prefer": "lower", "weight": 0.2, "limit": {"low": 1, "likely": 2, "high": 2}},
            },
            {
                "id": "b",
                "range": [0, 2],
                "step": 1,
                "you": {"prefer": "higher", "weight": 0.2},
                "them": {"prefer": "lower", "weight": 0.8, "limit": {"low": 0, "likely": 1, "high": 2}},
            },
        ],
        "walk_away": {"limits": {"a": {"min": 1}}},
    }
    if tiers:
        data["tiers"] = {"ideal": {"a": 2, "b": 1}, "likely": {"a": 1, "b": 1}, "minimum": {"a": 1, "b": 0}}
    return data
