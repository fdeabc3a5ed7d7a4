"""Store fixtures: a small valid case, and a store URL for each backend (SQLite and a real PostgreSQL)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sparring.model.case import Case, parse_case
from sparring.store.repository import CaseStore
from tests.store.pg_server import PgServer

CASE_DATA: dict[str, Any] = {
    "kind": "raise",
    "title": "Raise before the Q3 review",
    "goal": {"what": "base salary increase", "amount": 132000, "unit": "USD/year"},
    "evidence": [
        {"id": "ev-ramp", "claim": "new-hire ramp cut from 9 to 5 weeks", "quantity": {"value": 4, "unit": "weeks"}},
    ],
    "levers": [
        {
            "id": "salary",
            "unit": "USD/year",
            "range": [100000, 150000],
            "step": 1000,
            "you": {"prefer": "higher", "weight": 0.7},
        },
    ],
    "tiers": {"ideal": {"salary": 132000}, "likely": {"salary": 127000}, "minimum": {"salary": 122000}},
    "objections": [
        {"id": "obj-freeze", "text": "the merit budget is frozen", "counter": "October fits the new budget"},
    ],
}

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def case_data(**changes: Any) -> dict[str, Any]:
    """A fresh copy of the test case as plain data, with top-level fields replaced."""
    data = copy.deepcopy(CASE_DATA)
    data.update(changes)
    return data


@pytest.fixture
def make_case() -> Callable[..., Case]:
    """Build a valid case, optionally with top-level fields replaced."""

    def build(**changes: Any) -> Case:
        return parse_case(case_data(**changes))

    return build


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a new SQLite file, or a new database on the session's PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sparring.db'}"
    server: PgServer = request.getfixturevalue("pg_server")
    return server.new_database()


@pytest.fixture
def store(store_url: str) -> Iterator[CaseStore]:
    with CaseStore(store_url) as opened:
        yield opened
