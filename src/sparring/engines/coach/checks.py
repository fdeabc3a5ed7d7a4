"""Checks on what a model wrote: numbers, commitments and concessions, language.

A model may word things; it may not change the substance. These checks are how the coach
tells the two apart without a model of its own: numbers are compared as values, commitments
and concessions are recognised by their phrasing, and the script of the letters tells one
language from another. Each check returns a problem (a short sentence) or None.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sparring.engines.language.alignment import concepts
from sparring.engines.sim.mouth import numbers_in

_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s*([kKmM])\b")

NEW_TERMS = re.compile(
    r"\b(i can also|we can also|i could also|i('ll| will) (also )?(add|throw in|include|give you)|throw in|"
    r"free|extra|bonus|on top|in addition|additionally|waive|discount|guarantee|i promise|we promise)\b",
    re.IGNORECASE,
)
"""Words that add a commitment or a concession; allowed only where the original line has them."""

COMMITMENT = re.compile(
    r"\b(?:i|we)\s*(?:will|'ll|’ll|can|commit to|promise to|am happy to|'m happy to|’m happy to)\s+([^.;!?]+)",
    re.IGNORECASE,
)


def amounts(text: str) -> list[float]:
    """Every number in ``text`` as a value, with ``136k`` read as 136000 and ``1.2m`` as 1200000."""
    scaled = [float(m.group(1)) * (1000 if m.group(2) in "kK" else 1_000_000) for m in _SCALED.finditer(text)]
    return numbers_in(_SCALED.sub(" ", text)) + scaled


def invented_numbers(text: str, allowed: Iterable[float], tolerance: float = 0.0) -> list[float]:
    """Numbers in ``text`` that are not among ``allowed`` (within a relative ``tolerance``)."""
    pool = list(allowed)
    return [n for n in amounts(text) if not any(abs(n - a) <= tolerance * max(abs(a), 1.0) for a in pool)]


def new_terms(reply: str, original: str) -> list[str]:
    """Commitment or concession phrases in ``reply`` that ``original`` does not contain."""
    said = original.lower()
    return sorted({m.group(0).lower() for m in NEW_TERMS.finditer(reply) if m.group(0).lower() not in said})


def commitments(text: str) -> list[str]:
    """What ``text`` commits to: the clause after "I will / I can / I'll …"."""
    return [m.group(1).strip() for m in COMMITMENT.finditer(text)]


def commitments_kept(original: str, rewritten: str) -> list[str]:
    """The commitments of ``original`` whose content ``rewritten`` no longer carries (most concepts lost)."""
    words = concepts(rewritten)
    lost = []
    for clause in commitments(original):
        needed = concepts(clause)
        if needed and len(needed & words) < 0.75 * len(needed):
            lost.append(clause)
    return lost


def foreign_script(reply: str, original: str) -> str | None:
    """A script (Latin, Cyrillic, CJK, …) used in ``reply`` but not in ``original``: a change of language."""
    allowed = _scripts(original) | {"LATIN"}
    extra = sorted(_scripts(reply) - allowed)
    return extra[0] if extra else None


def _scripts(text: str) -> set[str]:
    names = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            names.add(name.split(" ")[0] if name else "UNKNOWN")
    return names


def same_numbers(reply: str, expected: Iterable[float]) -> str | None:
    """A problem when the numbers in ``reply`` are not exactly the ``expected`` values (as a set)."""
    got, want = set(numbers_in(reply)), set(expected)
    if got == want:
        return None
    missing = sorted(want - got)
    extra = sorted(got - want)
    parts = []
    if missing:
        parts.append("leaves out " + ", ".join(_fmt(n) for n in missing))
    if extra:
        parts.append("adds " + ", ".join(_fmt(n) for n in extra))
    return "the numbers differ from the decided ones: it " + " and ".join(parts)


def _fmt(number: float) -> str:
    return f"{number:,.0f}" if number.is_integer() else f"{number:,}"
