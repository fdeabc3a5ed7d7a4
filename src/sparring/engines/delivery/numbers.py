"""How the numbers in an utterance were said: level against the rest, pitch rise, silence held after.

A number is where an ask lives ("132,000"): said quieter, with a rising "question" pitch, or
followed at once by more words, it reads as unsure. Word edges are Whisper's (±0.2 s), so
these are coarse; each needs a few voiced frames or is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sparring.engines.delivery import frames, pitch
from sparring.engines.delivery.measures import Pause, Word, join_words

FOLLOW_S = 0.4
"""A pause that starts this soon after the number counts as the silence held after it."""
_DIGIT = re.compile(r"\d")

Floats = NDArray[np.float64]


@dataclass(frozen=True)
class NumberDelivery:
    text: str
    start: float
    end: float
    level_vs_rest_db: float | None
    pitch_change_st: float | None
    held_after_s: float
    """Silence after the number before the next word (or until the next utterance / the end of the audio)."""
    last: bool
    """Nothing followed it in the utterance."""

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": round(self.start, 2),
            "end": round(self.end, 2),
            "level_vs_rest_db": None if self.level_vs_rest_db is None else round(self.level_vs_rest_db, 1),
            "pitch_change_st": None if self.pitch_change_st is None else round(self.pitch_change_st, 1),
            "held_after_s": round(self.held_after_s, 2),
            "last": self.last,
        }


def number_spans(words: tuple[Word, ...]) -> list[tuple[int, int]]:
    """``(first, end)`` word indexes of each number, joining Whisper's pieces ("132" ",000")."""
    spans: list[tuple[int, int]] = []
    for i, w in enumerate(words):
        if not _DIGIT.search(w.text):
            continue
        if spans and spans[-1][1] == i and not w.text[:1].isspace():
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


def numbers_said(
    words: tuple[Word, ...],
    pauses: tuple[Pause, ...],
    until_s: float,
    level: frames.Energy,
    f0: Floats,
    utterance_db: float | None,
) -> tuple[NumberDelivery, ...]:
    """Each number in the utterance and how it was said; ``until_s`` is where the silence after the utterance ends."""
    out = []
    for first, end in number_spans(words):
        start_s, end_s = words[first].start, words[end - 1].end
        lo, hi = round(start_s / frames.HOP_S), max(round(end_s / frames.HOP_S), round(start_s / frames.HOP_S) + 1)
        sounding = level.db[lo:hi][level.sounding[lo:hi]]
        level_db = None
        if len(sounding) >= 3 and utterance_db is not None:
            level_db = float(10.0 * np.log10(np.mean(10.0 ** (sounding / 10.0)))) - utterance_db
        voiced = f0[lo:hi][~np.isnan(f0[lo:hi])]
        change = None
        if len(voiced) >= 6:
            half = len(voiced) // 2
            change = pitch.semitones(float(np.median(voiced[-half:])), float(np.median(voiced[:half])))
        last = end == len(words)
        following = [p for p in pauses if end_s - FOLLOW_S <= p.start <= end_s + FOLLOW_S]
        if following:
            held = following[0].duration
        elif last:
            held = max(0.0, until_s - end_s)
        else:
            held = max(0.0, words[end].start - end_s)
        out.append(NumberDelivery(join_words(words[first:end]), start_s, end_s, level_db, change, held, last))
    return tuple(out)
