"""What the counterpart objects with, in which order, and when an objection is not raised.

Its objections are the case's fixed constraints, forecast objections by likelihood, flexible
constraints and pressures, with the ones that say the same thing folded together; within a band
the order is drawn from the seed. An objection is never raised when the user already spoke to it
(two of its concepts, or one of its names, in anything they said) or when its own counter already
broke it ("our policy is net 90" after it offered net 60): raising it then would not listen, or
would contradict itself (OBJECTIONS.FORECAST, LISTEN.WHY).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from sparring.engines.ear.numbers import mentions
from sparring.engines.language.alignment import concepts
from sparring.engines.sim.counterpart import Counterpart
from sparring.model.case import Case


def objections(case: Case) -> list[tuple[str, str]]:
    """(id, text) of what the counterpart may object with: fixed constraints first, then the
    forecast objections by likelihood, then flexible constraints and pressures. An item that
    says the same thing as an earlier one (most of its concepts shared) is left out."""
    cp = case.counterpart
    order = {"high": 0, "medium": 1, "low": 2, None: 1}
    items = [(c.id, c.text) for c in cp.constraints if c.fixed]
    items += [(o.id, o.text) for o in sorted(case.objections, key=lambda o: order[o.likelihood])]
    items += [(c.id, c.text) for c in cp.constraints if not c.fixed]
    items += [(p.id, p.text) for p in cp.pressures]
    return list(_distinct(tuple(items)))


@lru_cache(maxsize=256)
def _distinct(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The items without those that say what an earlier one says (memoised per case's texts)."""
    kept: list[tuple[str, str]] = []
    for item in items:
        words = concepts(item[1])
        if all(len(words & concepts(k[1])) < 0.6 * max(1, min(len(words), len(concepts(k[1])))) for k in kept):
            kept.append(item)
    return tuple(kept)


def objection_order(cp: Counterpart) -> list[tuple[str, str]]:
    """Its objections in the order it raises them: the strongest band first (fixed constraints,
    then forecast objections by likelihood, …), and within a band an order drawn from the seed,
    so two counterparts of one case do not push back in the same sequence."""
    items = objections(cp.case)
    cp_ = cp.case.counterpart
    order = {"high": 1, "medium": 2, "low": 3, None: 2}
    likelihood = {o.id: order[o.likelihood] for o in cp.case.objections}
    fixed = {c.id for c in cp_.constraints if c.fixed}

    def band(item_id: str) -> int:
        if item_id in fixed:
            return 0
        return likelihood.get(item_id, 4)

    draw = np.random.default_rng(cp.seed + 104_729).random(len(items))
    ranked = sorted(range(len(items)), key=lambda i: (band(items[i][0]), draw[i]))
    return [items[i] for i in ranked]


def next_objection(cp: Counterpart, said: list[str]) -> tuple[str, str] | None:
    """Its strongest objection not raised yet, unless the user already spoke to it (raising it would
    not listen) or its own counter already gave on what it is about (it would contradict itself)."""
    for item in objection_order(cp):
        if item[0] in cp.state.objections_raised:
            continue
        if any(_spoken_to(item[1], text) for text in said) or _contradicted(cp, item[1]):
            continue
        return item
    return None


def _spoken_to(objection: str, text: str) -> bool:
    """The user already addressed it: two of its concepts, or one of its names (a day, an acronym)."""
    shared = concepts(objection) & concepts(text)
    if len(shared) >= 2:
        return True
    names = {m.group(0).lower().rstrip("s") for m in re.finditer(r"\b[A-Z][A-Za-z0-9]+\b", objection) if m.start() > 0}
    return any(w.rstrip("s") in names for w in shared)


def _contradicted(cp: Counterpart, objection: str) -> bool:
    """Its own counter already moved on a lever the objection is about ("our policy is net 90"
    after it offered net 60; "everyone starts on the same base" after it raised the base)."""
    last = cp.state.last_counter
    if last is None:
        return False
    words = concepts(objection)
    numbers = {m.value for m in mentions(objection)}
    for lever in cp.case.levers:
        tied = bool(words & concepts(f"{lever.name or ''} {lever.id.replace('_', ' ')}"))
        opening = cp.state.opening.get(lever.id)
        tied |= isinstance(opening, int | float) and float(opening) in numbers
        if tied and lever.id in last and last[lever.id] != opening:
            return True
    return False


def resolved_by(text: str, objection: str, tags: frozenset[str]) -> bool:
    """Whether the user's turn answers an objection: speaks to it, with a receipt or an
    acknowledgement of the constraint behind it."""
    overlap = len(concepts(text) & concepts(objection))
    return overlap >= 1 and bool({"evidence", "acknowledges_constraints", "their_goals", "options"} & tags)
