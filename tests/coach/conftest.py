"""Coach fixtures: the raise example, an in-memory exchange log, and the LLM fixtures of tests/llm.

The real llama.cpp server (Gemma 3 270M) and the clean LLM environment come from
``tests/llm/conftest.py``, imported here so both test folders share one definition.
"""

from __future__ import annotations

from typing import Any

import pytest

from sparring.model.case import Case
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file
from tests.llm.conftest import clean_llm_env, gguf, llama_server  # noqa: F401  (fixtures shared with tests/llm)


class ListLog:
    """An ExchangeLog that keeps rows in memory."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def record(self, **row: Any) -> int:
        self.rows.append(row)
        return len(self.rows)


@pytest.fixture
def raise_case() -> Case:
    return load_case_file(str(example_path("raise"))).case


@pytest.fixture
def log() -> ListLog:
    return ListLog()
