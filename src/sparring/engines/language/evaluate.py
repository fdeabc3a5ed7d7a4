"""Precision, recall and F1 per tag, and macro-F1: how the analyser is judged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class TagScore:
    tag: str
    support: int
    precision: float
    recall: float
    f1: float


def scores(gold: Sequence[set[str]], predicted: Sequence[set[str]], tags: Sequence[str]) -> list[TagScore]:
    out = []
    for tag in tags:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if tag in g and tag in p)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if tag not in g and tag in p)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if tag in g and tag not in p)
        precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.append(TagScore(tag, tp + fn, round(precision, 4), round(recall, 4), round(f1, 4)))
    return out


def macro_f1(table: Sequence[TagScore]) -> float:
    """Mean F1 over the tags that occur in the gold data (a tag with no examples has no F1)."""
    present = [s for s in table if s.support > 0]
    return round(sum(s.f1 for s in present) / len(present), 4) if present else 0.0


def dialogue_folds(dialogue_ids: Sequence[str], k: int = 5) -> list[set[str]]:
    """Split dialogue ids into ``k`` folds deterministically (sorted ids, round robin)."""
    unique = sorted(set(dialogue_ids))
    return [set(unique[i::k]) for i in range(k)]
