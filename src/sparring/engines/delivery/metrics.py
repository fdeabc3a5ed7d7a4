"""Per-utterance delivery from samples and timed words: pace, pauses, lead-in, runs, fillers, volume, pitch.

Silences come from the signal (:mod:`.frames`) when it has a clear background level, else
from the gaps between Whisper's word times; words only decide which silences are inside speech.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from sparring.engines.delivery import frames, pitch
from sparring.engines.delivery.fillers import is_filler
from sparring.engines.delivery.measures import Pause, Utterance, Word, join_words
from sparring.engines.delivery.numbers import numbers_said
from sparring.engines.delivery.spoken import spoken_words

PAUSE_S = 0.6
"""A pause is a silence of at least this long inside speech (the issue's definition)."""
EDGE_BLUR_S = frames.FRAME_S
"""A word's quiet tail and onset fill part of a frame at each edge, so a silence measures up to one
frame short; a silence from ``PAUSE_S - EDGE_BLUR_S`` counts as a pause (and keeps its measured length)."""
UTTERANCE_GAP_S = 2.5
"""A silence this long ends one utterance and starts the next."""

Floats = NDArray[np.float64]
Span = tuple[float, float]


def measure(samples: Floats, rate: int, words: Sequence[Word]) -> list[Utterance]:
    """Every utterance in the audio, in order; [] when no word was heard."""
    spoken = sorted((w for w in words if w.text.strip()), key=lambda w: w.start)
    if not spoken:
        return []
    level = frames.energy(samples, rate)
    speech, gaps = _speech_and_gaps(level, spoken)
    f0 = pitch.f0_track(samples, rate, level.sounding)
    spans = _split(speech, [g for g in gaps if g[1] - g[0] >= UTTERANCE_GAP_S])
    owner = [_nearest(spans, (w.start + w.end) / 2) for w in spoken]
    out: list[Utterance] = []
    previous_end = 0.0
    audio_end = len(samples) / rate
    for index, (start, end) in enumerate(spans):
        mine = tuple(w for w, o in zip(spoken, owner, strict=True) if o == index)
        if not mine:
            continue
        inside = [g for g in gaps if g[0] >= start - 1e-6 and g[1] <= end + 1e-6 and g[1] - g[0] < UTTERANCE_GAP_S]
        until = spans[index + 1][0] if index + 1 < len(spans) else audio_end
        out.append(_utterance(start, end, previous_end, until, mine, inside, level, f0))
        previous_end = end
    return out


def _speech_and_gaps(level: frames.Energy, words: list[Word]) -> tuple[Span, list[Span]]:
    """The speech span (first sound to last sound around the words) and the pauses inside it."""
    first, last = words[0], words[-1]
    if level.reliable:
        sound = frames.sounds(level)
        starts = [s for s in sound if s[1] > first.start]
        ends = [s for s in sound if s[0] < last.end]
        if starts and ends and starts[0][0] < ends[-1][1]:
            speech = (starts[0][0], ends[-1][1])
            gaps = [g for g in frames.silences(level, PAUSE_S - EDGE_BLUR_S) if g[0] > speech[0] and g[1] < speech[1]]
            return speech, gaps
    gaps = [(a.end, b.start) for a, b in itertools.pairwise(words) if b.start - a.end >= PAUSE_S - 1e-9]
    return (first.start, max(w.end for w in words)), gaps


def _nearest(spans: list[Span], at: float) -> int:
    """The span holding ``at``, else the closest: Whisper puts a first word at 0.0 however long the lead-in."""
    return min(range(len(spans)), key=lambda i: max(spans[i][0] - at, at - spans[i][1], 0.0))


def _split(speech: Span, long_gaps: list[Span]) -> list[Span]:
    spans, start = [], speech[0]
    for gap_start, gap_end in long_gaps:
        spans.append((start, gap_start))
        start = gap_end
    spans.append((start, speech[1]))
    return spans


def _utterance(
    start: float,
    end: float,
    previous_end: float,
    until: float,
    words: tuple[Word, ...],
    gaps: list[Span],
    level: frames.Energy,
    f0: Floats,
) -> Utterance:
    pauses = tuple(Pause(a, b - a) for a, b in gaps)
    speaking = max(0.0, end - start - sum(p.duration for p in pauses))
    runs = _split((start, end), gaps)
    longest = max(runs, key=lambda r: r[1] - r[0])
    run_words = sum(1 for w in words if longest[0] <= (w.start + w.end) / 2 <= longest[1])
    lo, hi = round(start / frames.HOP_S), round(end / frames.HOP_S)
    rms, change = _volume(level.db[lo:hi][level.sounding[lo:hi]])
    voiced_f0 = f0[lo:hi][~np.isnan(f0[lo:hi])]
    count = len(spoken_words(join_words(words)))
    return Utterance(
        start=start,
        end=end,
        words=words,
        lead_in_s=max(0.0, start - previous_end),
        pauses=pauses,
        speaking_s=speaking,
        spoken_count=count,
        wpm=60.0 * count / speaking if speaking > 0.2 else None,
        filler_count=sum(1 for w in words if is_filler(w.text)),
        longest_run_s=longest[1] - longest[0],
        longest_run_words=run_words,
        rms_db=rms,
        volume_change_db=change,
        pitch_median_hz=float(np.median(voiced_f0)) if len(voiced_f0) >= 10 else None,
        pitch_range_st=pitch.pitch_range_st(voiced_f0),
        pitch_change_st=_thirds_change(voiced_f0),
        numbers=numbers_said(words, pauses, until, level, f0, rms),
    )


def _power_db(db: Floats) -> float:
    return float(10.0 * np.log10(np.mean(10.0 ** (db / 10.0))))


def _volume(db: Floats) -> tuple[float | None, float | None]:
    """Mean level of the sounding frames, and the last third's level minus the first third's."""
    if len(db) < 3:
        return None, None
    third = len(db) // 3
    return _power_db(db), _power_db(db[-third:]) - _power_db(db[:third])


def _thirds_change(f0: Floats) -> float | None:
    """Median pitch of the last third of voiced frames over the first third's, in semitones."""
    if len(f0) < 15:
        return None
    third = len(f0) // 3
    return pitch.semitones(float(np.median(f0[-third:])), float(np.median(f0[:third])))
