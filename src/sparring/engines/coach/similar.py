"""When two short texts make the same point: how the coach keeps suggestions from repeating the case."""

from __future__ import annotations

from collections.abc import Mapping

from sparring.engines.language.alignment import concepts


def same_point(a: str, b: str) -> bool:
    """Whether two short texts make the same point: equal words, or most concepts shared.

    The same rule as the simulator uses to keep objections apart (60% of the shorter one).
    """
    if " ".join(a.lower().split()) == " ".join(b.lower().split()):
        return True
    left, right = concepts(a), concepts(b)
    if not left or not right:
        return False
    return len(left & right) >= 0.6 * min(len(left), len(right))


def first_duplicate(text: str, existing: Mapping[str, str]) -> str | None:
    """The id of the first existing item (id → text) that makes the same point as ``text``."""
    return next((key for key, other in existing.items() if same_point(text, other)), None)
