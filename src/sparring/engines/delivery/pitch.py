"""Fundamental frequency of voiced frames (YIN), for the pitch range and the rise or fall on a word.

YIN (de Cheveigné & Kawahara, 2002) in its autocorrelation form, in NumPy: it is accurate
enough for a range in semitones, and needs no model.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from sparring.engines.delivery.frames import HOP_S

F0_MIN_HZ = 70.0
F0_MAX_HZ = 400.0
WINDOW_S = 0.04
"""Two periods of the lowest pitch searched."""
YIN_THRESHOLD = 0.15
"""A frame is voiced when its normalised difference dips below this (the paper's 0.1-0.15)."""
MAX_FRAMES = 60_000
"""Ten minutes of frames; longer inputs are cut before the FFT (the reader bounds them earlier)."""

Floats = NDArray[np.float64]


def f0_track(samples: Floats, rate: int, voiced: NDArray[np.bool_]) -> Floats:
    """F0 in Hz of each :data:`HOP_S` frame; NaN where a frame is silent or unvoiced."""
    hop = max(1, round(HOP_S * rate))
    size = round(WINDOW_S * rate)
    lag_min, lag_max = int(rate / F0_MAX_HZ), int(np.ceil(rate / F0_MIN_HZ))
    out = np.full(len(voiced), np.nan)
    frames_at = np.flatnonzero(voiced[:MAX_FRAMES])
    frames_at = frames_at[frames_at * hop + size + lag_max <= len(samples)]
    if len(frames_at) == 0 or lag_max >= size:
        return out
    index = frames_at[:, None] * hop + np.arange(size + lag_max)[None, :]
    block = samples[index]
    block = block - block.mean(axis=1, keepdims=True)
    window = block[:, :size]
    spectrum_len = 1 << int(np.ceil(np.log2(size + lag_max + size)))
    cross = np.fft.irfft(np.fft.rfft(block, spectrum_len) * np.conj(np.fft.rfft(window, spectrum_len)), spectrum_len)[
        :, : lag_max + 1
    ]
    energy = np.concatenate([np.zeros((len(block), 1)), np.cumsum(block**2, axis=1)], axis=1)
    lags = np.arange(lag_max + 1)
    shifted = energy[:, lags + size] - energy[:, lags]
    diff = energy[:, [size]] + shifted - 2.0 * cross
    diff[:, 0] = 0.0
    running = np.cumsum(diff[:, 1:], axis=1) / np.arange(1, lag_max + 1)
    cmnd = np.ones_like(diff)
    cmnd[:, 1:] = np.where(running > 1e-12, diff[:, 1:] / np.maximum(running, 1e-12), 1.0)
    for row, frame in enumerate(frames_at.tolist()):
        lag = _first_dip(cmnd[row], lag_min, lag_max)
        if lag is not None:
            out[frame] = rate / lag
    return out


def _first_dip(cmnd: Floats, lag_min: int, lag_max: int) -> float | None:
    """The first lag under the threshold, walked down to its local minimum and refined by a parabola."""
    below = np.flatnonzero(cmnd[lag_min:lag_max] < YIN_THRESHOLD)
    if len(below) == 0:
        return None
    lag = lag_min + int(below[0])
    while lag + 1 < lag_max and cmnd[lag + 1] < cmnd[lag]:
        lag += 1
    left, mid, right = cmnd[lag - 1], cmnd[lag], cmnd[lag + 1]
    curve = left - 2.0 * mid + right
    return lag + (0.5 * (left - right) / curve if curve > 1e-12 else 0.0)


def semitones(high_hz: float, low_hz: float) -> float:
    return float(12.0 * np.log2(high_hz / low_hz))


def pitch_range_st(f0: Floats) -> float | None:
    """Spread of the voiced pitch, 5th to 95th percentile, in semitones (None under 10 voiced frames)."""
    voiced = f0[~np.isnan(f0)]
    if len(voiced) < 10:
        return None
    return semitones(float(np.percentile(voiced, 95)), float(np.percentile(voiced, 5)))
