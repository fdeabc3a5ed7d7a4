"""Measured quality, pinned as regression guards (the figures are reported in docs/language.md).

dev.jsonl is the set the rules were developed on; test.jsonl was held out from rule writing;
CaSiNo is scored by 5-fold cross-validation by dialogue, refitting the model on training folds.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sparring.engines.language.model_store import MODEL_FILE, strategy_model
from sparring.services.language_eval import casino_cross_validation, casino_rows, labelled_report

DATA = Path(__file__).resolve().parents[1] / "data" / "language"
CASINO = Path(__file__).resolve().parents[3] / "shared" / "data" / "casino"


def test_every_tag_reaches_085_on_the_development_set() -> None:
    report = labelled_report("dev", DATA / "dev.jsonl")
    assert {s.tag: s.f1 for s in report.table if s.f1 < 0.85} == {}
    assert report.macro_f1 >= 0.95


def test_held_out_set_does_not_regress() -> None:
    report = labelled_report("test", DATA / "test.jsonl")
    assert report.macro_f1 >= 0.64  # measured 0.648; the 0.85 target is not met on held-out text


def test_casino_cross_validation_does_not_regress() -> None:
    if not (CASINO / "casino_train.json").exists():
        pytest.skip(f"CaSiNo is not beside the repository ({CASINO})")
    report = casino_cross_validation(casino_rows(CASINO / "casino_train.json"))
    assert report.macro_f1 >= 0.55  # measured 0.554; the 0.60 target is not met


def test_shipped_model_is_the_one_the_script_builds() -> None:
    if not (CASINO / "casino_train.json").exists():
        pytest.skip(f"CaSiNo is not beside the repository ({CASINO})")
    from sparring.services.language_eval import fit_strategy_model

    shipped = strategy_model()
    assert shipped is not None
    rebuilt = fit_strategy_model(casino_rows(CASINO / "casino_train.json"), version=shipped.version)
    packaged = Path(__file__).resolve().parents[2] / "src" / "sparring" / "engines" / "language" / MODEL_FILE
    assert gzip.compress(rebuilt.to_json().encode("utf-8"), mtime=0) == packaged.read_bytes()
