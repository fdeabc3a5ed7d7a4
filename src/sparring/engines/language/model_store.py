"""The shipped strategy model (trained on CaSiNo by scripts/train_language.py), loaded once."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from sparring.engines.language.linear import LinearModel

MODEL_FILE = "strategy_model.json.gz"


@lru_cache(maxsize=1)
def strategy_model() -> LinearModel | None:
    """The model, or None when the file is absent (the analyser then uses its rules alone)."""
    path = resources.files("sparring.engines.language").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return LinearModel.from_json(gzip.decompress(path.read_bytes()).decode("utf-8"))
