"""A small multi-label logistic-regression model on sparse features, trained with NumPy.

Trained offline (``scripts/train_language.py``) and shipped as a versioned JSON file; at run
time only :meth:`LinearModel.scores` runs: a dictionary look-up and a sum per tag. Training is
deterministic (full-batch Adam from zero weights), with class-balanced weights and L2.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class LinearModel:
    """Per-tag weights over named features, and per-tag decision thresholds."""

    version: str
    tags: tuple[str, ...]
    weights: dict[str, dict[str, float]]
    thresholds: dict[str, float]

    def scores(self, feats: dict[str, float]) -> dict[str, float]:
        """Probability per tag."""
        out = {}
        for tag in self.tags:
            w = self.weights[tag]
            z = sum(w.get(name, 0.0) * value for name, value in feats.items())
            out[tag] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return out

    def predict(self, feats: dict[str, float]) -> set[str]:
        return {tag for tag, p in self.scores(feats).items() if p >= self.thresholds[tag]}

    def to_json(self) -> str:
        return json.dumps(
            {"version": self.version, "tags": list(self.tags), "thresholds": self.thresholds, "weights": self.weights},
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        data = json.loads(text)
        return cls(data["version"], tuple(data["tags"]), data["weights"], data["thresholds"])


def train(
    samples: Sequence[dict[str, float]],
    labels: Sequence[set[str]],
    tags: Sequence[str],
    *,
    version: str,
    l2: float = 1e-3,
    steps: int = 300,
    learning_rate: float = 0.1,
    min_count: int = 2,
    threshold: float = 0.5,
) -> LinearModel:
    """Fit one logistic regression per tag; features seen fewer than ``min_count`` times are dropped."""
    counts: dict[str, int] = {}
    for feats in samples:
        for name in feats:
            counts[name] = counts.get(name, 0) + 1
    vocab = sorted(name for name, c in counts.items() if c >= min_count or name == "bias")
    index = {name: i for i, name in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for r, feats in enumerate(samples):
        for name, value in feats.items():
            if name in index:
                rows.append(r)
                cols.append(index[name])
                vals.append(value)
    row = np.array(rows, dtype=np.int64)
    col = np.array(cols, dtype=np.int64)
    val = np.array(vals, dtype=np.float64)
    n, d = len(samples), len(vocab)
    weights: dict[str, dict[str, float]] = {}
    for tag in tags:
        y = np.array([1.0 if tag in lab else 0.0 for lab in labels])
        pos = max(1.0, y.sum())
        sample_w = np.where(y == 1, n / (2 * pos), n / (2 * max(1.0, n - pos)))
        w = _fit(row, col, val, n, d, y, sample_w, l2, steps, learning_rate)
        weights[tag] = {vocab[i]: round(float(w[i]), 6) for i in np.flatnonzero(np.abs(w) > 1e-4)}
    return LinearModel(version, tuple(tags), weights, {t: threshold for t in tags})


def _fit(
    row: np.ndarray,
    col: np.ndarray,
    val: np.ndarray,
    n: int,
    d: int,
    y: np.ndarray,
    sw: np.ndarray,
    l2: float,
    steps: int,
    lr: float,
) -> np.ndarray:
    w = np.zeros(d)
    m = np.zeros(d)
    v = np.zeros(d)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = np.bincount(row, weights=val * w[col], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        r = sw * (p - y) / n
        grad = np.bincount(col, weights=val * r[row], minlength=d) + l2 * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
    return w
