"""An optional second ear: a sentence encoder's vector of a turn, read into acts and language tags.

Measured against the lexical ear in ``benchmarks/hear_encoder.py`` (docs/language.md, "Optional
sentence encoder, measured"). Pure: the caller passes a loaded :class:`SentenceModel` (loading a
model file is an edge's job, ``sparring.llm.encoder``), and the label readers are fit here from
labelled vectors with a plain L2-regularised logistic regression per label (Newton steps from
zero weights: deterministic, no random state), so the same data always gives the same reader.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]
Combine = Literal["lexical", "encoder", "union", "confident"]
"""How the two ears' labels are put together: one of them alone, every label either hears, or
the lexical labels plus those the encoder is confident of (:data:`CONFIDENT`)."""

CONFIDENT = 0.8
"""Probability above which ``confident`` adds an encoder label the lexical ear did not hear."""


class SentenceModel(Protocol):
    """Anything that turns texts into one L2-normalised vector each (rows of a float32 matrix)."""

    @property
    def name(self) -> str: ...

    def embed(self, texts: Sequence[str]) -> Vectors: ...


@dataclass(frozen=True)
class LabelReader:
    """One logistic regression per label over a turn's vector; ``weights`` has the bias last."""

    labels: tuple[str, ...]
    weights: NDArray[np.float64]  # (dimension + 1, labels)
    threshold: float = 0.5

    def probabilities(self, vectors: Vectors) -> NDArray[np.float64]:
        """(turns, labels) probabilities; a label never seen in training stays at 0."""
        x = _with_bias(vectors)
        return np.asarray(_sigmoid(x @ self.weights), dtype=np.float64)

    def read(self, vectors: Vectors) -> list[frozenset[str]]:
        return [
            frozenset(label for label, p in zip(self.labels, row, strict=True) if p >= self.threshold)
            for row in self.probabilities(vectors)
        ]


def fit_reader(
    vectors: Vectors,
    label_sets: Sequence[Collection[str]],
    labels: Sequence[str],
    *,
    l2: float = 1.0,
    balanced: bool = True,
    threshold: float = 0.5,
    steps: int = 25,
) -> LabelReader:
    """Fit one reader from labelled vectors (a turn may carry several labels or none).

    ``balanced`` weighs each label's positives and negatives equally, so a label seen on five
    turns of two hundred is not simply never predicted.
    """
    if len(vectors) != len(label_sets):
        raise ValueError("one label set per vector")
    x = _with_bias(vectors).astype(np.float64)
    n, d = x.shape
    weights = np.zeros((d, len(labels)), dtype=np.float64)
    penalty = np.full(d, l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    for j, label in enumerate(labels):
        y = np.array([1.0 if label in s else 0.0 for s in label_sets])
        positives = float(y.sum())
        if positives == 0:
            weights[-1, j] = -30.0  # never seen: never predicted
            continue
        if positives == n:
            weights[-1, j] = 30.0
            continue
        sample = np.where(y == 1, n / (2 * positives), n / (2 * (n - positives))) if balanced else np.ones(n)
        weights[:, j] = _newton(x, y, sample, penalty, steps)
    return LabelReader(tuple(labels), weights, threshold)


def _newton(
    x: NDArray[np.float64],
    y: NDArray[np.float64],
    sample: NDArray[np.float64],
    penalty: NDArray[np.float64],
    steps: int,
) -> NDArray[np.float64]:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = _sigmoid(x @ w)
        gradient = x.T @ (sample * (p - y)) + penalty * w
        hessian = (x.T * (sample * p * (1 - p))) @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-6:
            break
    return w


def _with_bias(vectors: Vectors) -> NDArray[np.float64]:
    v = np.asarray(vectors, dtype=np.float64)
    return np.hstack([v, np.ones((v.shape[0], 1))])


def _sigmoid(z: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))), dtype=np.float64)


@dataclass(frozen=True)
class EncoderEar:
    """A sentence model and the two readers fit on its vectors: acts and language tags."""

    model: SentenceModel
    acts: LabelReader
    tags: LabelReader

    def hear(self, texts: Sequence[str]) -> list[tuple[dict[str, float], dict[str, float]]]:
        """For each text, the probability of each act and of each tag."""
        vectors = self.model.embed(texts)
        act_p, tag_p = self.acts.probabilities(vectors), self.tags.probabilities(vectors)
        return [
            (
                dict(zip(self.acts.labels, map(float, a), strict=True)),
                dict(zip(self.tags.labels, map(float, t), strict=True)),
            )
            for a, t in zip(act_p, tag_p, strict=True)
        ]


def fit_ear(
    model: SentenceModel,
    texts: Sequence[str],
    acts: Sequence[Collection[str]],
    tags: Sequence[Collection[str]],
    act_labels: Sequence[str],
    tag_labels: Sequence[str],
    *,
    l2: float = 1.0,
    threshold: float = 0.5,
) -> EncoderEar:
    """Embed the labelled texts once and fit both readers on them."""
    vectors = model.embed(texts)
    return EncoderEar(
        model,
        fit_reader(vectors, acts, act_labels, l2=l2, threshold=threshold),
        fit_reader(vectors, tags, tag_labels, l2=l2, threshold=threshold),
    )


def combine(
    lexical: Collection[str], probabilities: Mapping[str, float], how: Combine, *, threshold: float = 0.5
) -> frozenset[str]:
    """The labels of one turn when the lexical ear and the encoder are put together ``how``."""
    heard = frozenset(label for label, p in probabilities.items() if p >= threshold)
    if how == "lexical":
        return frozenset(lexical)
    if how == "encoder":
        return heard
    if how == "union":
        return frozenset(lexical) | heard
    return frozenset(lexical) | {label for label, p in probabilities.items() if p >= CONFIDENT}
