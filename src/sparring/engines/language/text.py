"""Sentences and words: the splitter and tokeniser every tag and feature works on.

The splitter keeps abbreviations (e.g., Mr., approx.), decimals (5.5), money ($125k.) and
initials together, treats ?!… and line breaks as boundaries, and returns character offsets so
tags can point at spans of the original text (any Unicode, curly quotes included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "dept",
        "est",
        "inc",
        "ltd",
        "co",
        "corp",
        "no",
        "nos",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "u.s",
        "a.m",
        "p.m",
    ]
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)|[。！？]+|\n\s*\n|\n(?=\s*[-•*]\s)")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[$€£%]")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their offsets; blank input gives no sentences."""
    out: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        candidate = text[start:end]
        if _ends_with_abbreviation(candidate):
            continue
        _append(out, text, start, end)
        start = end
    _append(out, text, start, len(text))
    return out


def _ends_with_abbreviation(candidate: str) -> bool:
    stripped = candidate.rstrip()
    if not stripped.endswith("."):
        return False
    words = stripped[:-1].split()
    last = words[-1].lower().strip("(\"'“‘") if words else ""
    return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Sentence(stripped, s, s + len(stripped)))


def normalise(text: str) -> str:
    """Lower-case with straight quotes and single spaces, for matching."""
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())


def words(text: str) -> list[str]:
    """Lower-case word tokens; numbers become ``<num>`` so features generalise across amounts."""
    return ["<num>" if w[0].isdigit() else w.replace("’", "'") for w in _WORD.findall(text.lower())]
