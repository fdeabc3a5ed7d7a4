"""The words a transcript stands for when read out: Whisper writes "130,000" where the speaker said four words.

Pace counts spoken words, so "I want 130,000" is five words however the recogniser spells it.
"""

from __future__ import annotations

import re

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
MAX_DIGITS = 15
"""Longer digit strings are read digit by digit (a phone or account number, not an amount)."""

_TOKEN = re.compile(
    r"(?P<cur>[$€£])?(?P<num>\d+(?:\s?,\d{3})*(?:\.\d+)?)(?P<suffix>[kKmM]\b|%)?|(?P<word>[A-Za-z]+(?:'[A-Za-z]+)?)"
)
_SUFFIX = {"k": "thousand", "m": "million", "%": "percent"}
_CURRENCY = {"$": "dollars", "€": "euros", "£": "pounds"}


def number_words(n: int) -> list[str]:
    """English words for a whole number ("one hundred thirty two thousand")."""
    if n < 20:
        return [_ONES[n]]
    if n < 100:
        return [_TENS[n // 10]] + ([_ONES[n % 10]] if n % 10 else [])
    if n < 1000:
        return [_ONES[n // 100], "hundred"] + (number_words(n % 100) if n % 100 else [])
    for size, name in _SCALES:
        if n >= size:
            return number_words(n // size) + [name] + (number_words(n % size) if n % size else [])
    raise ValueError(n)


def spoken_words(text: str) -> list[str]:
    """Lower-case words as spoken: digits spelt out, currency and % read as words, punctuation dropped."""
    out: list[str] = []
    for match in _TOKEN.finditer(text):
        if match["word"]:
            out.append(match["word"].lower())
            continue
        digits = re.sub(r"[\s,]", "", match["num"])
        whole, _, frac = digits.partition(".")
        if len(whole) > MAX_DIGITS:
            out.extend(_ONES[int(d)] for d in whole)
        else:
            out.extend(number_words(int(whole)))
        if frac:
            out.append("point")
            out.extend(_ONES[int(d)] for d in frac[:MAX_DIGITS])
        if match["suffix"]:
            out.append(_SUFFIX[match["suffix"].lower()])
        if match["cur"]:
            out.append(_CURRENCY[match["cur"]])
    return out
