"""A case may name only its OEWS source; the loader fills the published range."""

from __future__ import annotations

from pathlib import Path

import pytest

from sparring.model.errors import SparringError
from sparring.store.casefile import load_case_text

BASE = "kind: raise\ntitle: t\ngoal: {what: base salary}\n"


def test_source_only_market_is_filled_from_oews() -> None:
    case = load_case_text(BASE + 'market: {source: "oews:15-1252"}\n', "m.yaml").case
    assert case.market is not None
    assert (case.market.low, case.market.median, case.market.high, case.market.unit) == (103050, 133080, 169000, "USD/year")
    assert str(case.market.as_of) == "2024-05-01"


def test_a_written_range_is_kept_as_written() -> None:
    text = BASE + "market: {low: 1, median: 2, high: 3, source: 'oews:15-1252'}\n"
    case = load_case_text(text, "m.yaml").case
    assert case.market is not None
    assert (case.market.low, case.market.median, case.market.high) == (1, 2, 3)


def test_unknown_code_is_located(tmp_path: Path) -> None:
    with pytest.raises(SparringError) as caught:
        load_case_text(BASE + 'market: {source: "oews:99-9999"}\n', "m.yaml")
    assert caught.value.message == "m.yaml:4:10: no OEWS occupation with the code '99-9999'"
