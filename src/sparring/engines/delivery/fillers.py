"""Filler words in a transcript. Speech to text drops many of them, so every count here is a floor."""

from __future__ import annotations

import re

FILLERS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm", "hm", "mm", "mhm"})
"""Vocal fillers only: "like" and "you know" are often meant, and counting them would accuse the speaker."""

_WORD = re.compile(r"[a-z']+")


def normalise(token: str) -> str:
    """A transcript token as a bare lower-case word ("Um," -> "um")."""
    found = _WORD.findall(token.lower())
    return "".join(found)


def is_filler(token: str) -> bool:
    return normalise(token) in FILLERS
