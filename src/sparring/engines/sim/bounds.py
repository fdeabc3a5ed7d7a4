"""The ranges a counterpart's own constraints put on its offers: "M1 manager band is 125k-155k",
"pay must stay inside the Senior II band (124k-146k)". A person bound by a band does not offer
below its floor or above its ceiling, so its opening and every counter stay inside it
(CONSISTENT: an offer outside its own stated rule reads as a mistake or bad faith).

A constraint's ``binds`` (``{pto: {max: 15}}``) says it outright. Otherwise a constraint (or the
decision process: "trials of 3-6 months are common") binds a lever when it states a range (a band,
a grid, "between … and", "from … to") whose two ends both fall near that lever's own range; the
closest such lever takes it.
"""

from __future__ import annotations

import re

from sparring.engines.ear.numbers import mentions
from sparring.model.case import Case

_RANGE_WORDS = re.compile(
    r"\b(band|range|ranges|grid|scale|bracket|between|from|common|standard|usual|typical|normally)\b", re.I
)


def bounds(case: Case) -> dict[str, tuple[float, float]]:
    """Lever id → (low, high) that its counterpart's stated constraints allow."""
    out: dict[str, tuple[float, float]] = {}
    for constraint in case.counterpart.constraints:  # what the case states outright comes first
        for lever_id, limit in constraint.binds.items():
            lever = case.lever(lever_id)
            if lever is None or lever.range is None or (limit.min is None and limit.max is None):
                continue
            low = float(limit.min) if limit.min is not None else float(lever.range[0])
            high = float(limit.max) if limit.max is not None else float(lever.range[1])
            out.setdefault(lever_id, (low, high))
    texts = [c.text for c in case.counterpart.constraints] + [case.counterpart.decision_process or ""]
    for text in texts:
        if not _RANGE_WORDS.search(text):
            continue
        for mention in mentions(text):
            if mention.range_end is None:
                continue
            low, high = sorted((float(mention.value), float(mention.range_end)))
            found = _lever_for(case, low, high)
            if found is not None and found not in out:
                out[found] = (low, high)
    return out


def _lever_for(case: Case, low: float, high: float) -> str | None:
    best: tuple[float, str] | None = None
    for lever in case.levers:
        if lever.values is not None or lever.range is None:
            continue
        start, end = float(lever.range[0]), float(lever.range[1])
        if not (start / 2 <= low and high <= end * 2):
            continue
        overlap = min(end, high) - max(start, low)
        if overlap <= 0:
            continue
        share = overlap / max(1e-9, high - low)
        if best is None or share > best[0]:
            best = (share, lever.id)
    return best[1] if best else None
