"""Frame energy and the silences in it: where the speaker is quiet, to the nearest 10 ms.

Whisper's word timestamps drift by a few hundred milliseconds around pauses, so pause and
lead-in lengths come from the signal's energy; the words only say which silences lie inside
speech.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

HOP_S = 0.01
"""Frame step: every time this module gives is a multiple of it."""
FRAME_S = 0.03
"""Frame length for energy: short enough to see a 0.6 s pause, long enough to smooth one pitch period."""
FLOOR_DB = -100.0
"""Digital silence is clipped here so the level statistics stay finite."""
MIN_CONTRAST_DB = 15.0
"""Below this gap between speech and background level the energy cannot tell silence apart."""

Floats = NDArray[np.float64]


@dataclass(frozen=True)
class Energy:
    """Per-frame level in dBFS, the threshold between silence and sound, and whether it can be trusted."""

    db: Floats
    threshold_db: float
    reliable: bool

    @property
    def voiced(self) -> NDArray[np.bool_]:
        return self.db > self.threshold_db

    @property
    def sounding(self) -> NDArray[np.bool_]:
        """Frames to measure volume and pitch on: the voiced ones, or all when silence cannot be told apart."""
        return self.voiced if self.reliable else np.ones(len(self.db), dtype=bool)


def frame_levels(samples: Floats, rate: int) -> Floats:
    """RMS level in dBFS of each :data:`FRAME_S` frame every :data:`HOP_S` (samples are floats in [-1, 1])."""
    hop = max(1, round(HOP_S * rate))
    size = max(hop, round(FRAME_S * rate))
    count = max(0, 1 + (len(samples) - size) // hop) if len(samples) >= size else (1 if len(samples) else 0)
    if count == 0:
        return np.zeros(0)
    padded = np.pad(samples, (0, max(0, (count - 1) * hop + size - len(samples))))
    squares = np.concatenate([[0.0], np.cumsum(padded.astype(np.float64) ** 2)])
    starts = np.arange(count) * hop
    mean_square = (squares[starts + size] - squares[starts]) / size
    levels: Floats = np.maximum(10.0 * np.log10(np.maximum(mean_square, 1e-12)), FLOOR_DB)
    return levels


def energy(samples: Floats, rate: int) -> Energy:
    """Levels with a threshold set between the background (10th percentile) and speech (95th) levels."""
    db = frame_levels(samples, rate)
    if len(db) == 0:
        return Energy(db, 0.0, False)
    floor, loud = float(np.percentile(db, 10)), float(np.percentile(db, 95))
    threshold = max(floor + 6.0, loud - 40.0)
    return Energy(db, threshold, loud - floor >= MIN_CONTRAST_DB)


def runs(mask: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """``(first, end)`` frame index ranges where ``mask`` is true (end exclusive)."""
    if len(mask) == 0:
        return []
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist(), strict=True))


def silences(level: Energy, min_s: float) -> list[tuple[float, float]]:
    """``(start, end)`` seconds of every silent stretch at least ``min_s`` long (edges as in :func:`sounds`)."""
    lag = FRAME_S - HOP_S
    quiet = [(first * HOP_S, end * HOP_S + lag) for first, end in runs(~level.voiced)]
    return [(start, end) for start, end in quiet if end - start >= min_s - 1e-9]


def sounds(level: Energy) -> list[tuple[float, float]]:
    """``(start, end)`` seconds of every sounding stretch.

    A frame sounds once its last :data:`HOP_S` reaches the sound, so an onset is at the first
    sounding frame's start plus ``FRAME_S - HOP_S``; an offset is at the first silent frame's
    start. :func:`silences` uses the same edges, so a pause ends where the next sound starts.
    """
    lag = FRAME_S - HOP_S
    return [(first * HOP_S + lag, end * HOP_S) for first, end in runs(level.voiced)]
