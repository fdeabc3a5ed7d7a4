"""Evaluating the language analyser: on the hand-labelled set and on CaSiNo (5-fold CV by
dialogue, plus casino_valid). The model is refitted on the training folds only, each time.

CaSiNo: Chawla et al., "CaSiNo: A Corpus of Campsite Negotiation Dialogues for Automatic
Negotiation Systems", NAACL 2021, CC BY 4.0.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sparring.engines.language.analyser import MODEL_MIN, analyse
from sparring.engines.language.evaluate import TagScore, dialogue_folds, macro_f1, scores
from sparring.engines.language.features import features
from sparring.engines.language.linear import LinearModel, train
from sparring.engines.language.tags import CASINO_LABELS, STRATEGY_TAGS, TAGS
from sparring.model.errors import SparringError

MODEL_L2 = 3e-3


@dataclass(frozen=True)
class Row:
    group: str
    text: str
    tags: frozenset[str]
    previous: str | None = None


@dataclass(frozen=True)
class Report:
    name: str
    table: list[TagScore]

    @property
    def macro_f1(self) -> float:
        return macro_f1(self.table)


def _read_json(path: str | Path) -> object:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SparringError(f"{path}: no such file", hint="Pass the path of the data set.", kind="not_found") from None
    except json.JSONDecodeError as exc:
        raise SparringError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


def casino_rows(path: str | Path) -> list[Row]:
    """Annotated CaSiNo utterances with our strategy tags (non-strategic ones carry none)."""
    data = _read_json(path)
    if not isinstance(data, list):
        raise SparringError(f"{path}: expected a list of CaSiNo dialogues")
    rows = []
    for dialogue in data:
        previous = ""
        for utterance, labels in dialogue.get("annotations", []):
            tags = frozenset(CASINO_LABELS[x] for x in labels.split(",") if x in CASINO_LABELS)
            rows.append(Row(str(dialogue["dialogue_id"]), utterance, tags, previous))
            previous = utterance
    return rows


def labelled_rows(path: str | Path) -> list[Row]:
    """The hand-labelled workplace sentences (tests/data/language/*.jsonl)."""
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        item = json.loads(line)
        unknown = set(item["tags"]) - set(TAGS)
        if unknown:
            raise SparringError(f"{path}:{number}: unknown tags {sorted(unknown)}")
        rows.append(Row(str(number), item["text"], frozenset(item["tags"])))
    return rows


def fit_strategy_model(rows: Sequence[Row], version: str) -> LinearModel:
    return train(
        [features(r.text, r.previous) for r in rows],
        [set(r.tags) for r in rows],
        STRATEGY_TAGS,
        version=version,
        l2=MODEL_L2,
    )


CASINO_MODEL_MIN = 0.5
"""On CaSiNo (the model's own domain) the model runs at its native threshold."""


def predict(
    text: str, model: LinearModel | None, previous: str | None = None, model_min: float = MODEL_MIN
) -> set[str]:
    """The analyser's tags for a text (all its sentences together), with an explicit model."""
    return analyse(text, model=model, previous=previous, model_min=model_min).turn_tags


def evaluate_rows(name: str, rows: Sequence[Row], tags: Sequence[str], tagger: Callable[[str], set[str]]) -> Report:
    return Report(name, scores([set(r.tags) for r in rows], [tagger(r.text) & set(tags) for r in rows], tags))


def casino_cross_validation(rows: Sequence[Row], k: int = 5) -> Report:
    """k-fold CV split by dialogue; the model is fitted on the training folds only."""
    gold: list[set[str]] = []
    predicted: list[set[str]] = []
    for fold in dialogue_folds([r.group for r in rows], k):
        model = fit_strategy_model([r for r in rows if r.group not in fold], version="cv")
        for row in (r for r in rows if r.group in fold):
            gold.append(set(row.tags))
            predicted.append(predict(row.text, model, row.previous, CASINO_MODEL_MIN) & set(STRATEGY_TAGS))
    return Report(f"CaSiNo {k}-fold CV by dialogue", scores(gold, predicted, STRATEGY_TAGS))


def casino_validation(train_rows: Sequence[Row], valid_rows: Sequence[Row]) -> Report:
    """Fit on all of casino_train, score casino_valid (7 annotated dialogues, no uv-part)."""
    model = fit_strategy_model(train_rows, version="valid")
    gold = [set(r.tags) for r in valid_rows]
    predicted = [predict(r.text, model, r.previous, CASINO_MODEL_MIN) & set(STRATEGY_TAGS) for r in valid_rows]
    return Report("CaSiNo valid (model fitted on all of train)", scores(gold, predicted, STRATEGY_TAGS))


def labelled_report(name: str, path: str | Path) -> Report:
    """The shipped analyser (rules and the shipped model at its workplace threshold) on a labelled file."""
    return evaluate_rows(name, labelled_rows(path), TAGS, lambda text: analyse(text).turn_tags)
