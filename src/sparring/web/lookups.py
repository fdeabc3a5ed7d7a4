"""Service calls the pages share, memoized per stored version (see :mod:`sparring.web.cache`).

Every function takes the version it is about, or asks the store for the latest one, so a
memoized result is always the one for the version the page shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sparring.store.repository import CaseStore, StoredCase
from sparring.web.cache import VersionMemo

if TYPE_CHECKING:
    from sparring.engines.check import CheckReport
    from sparring.engines.deal.analysis import DealAnalysis
    from sparring.engines.deal.stress import StressResult


@dataclass(frozen=True)
class StressParams:
    population: int = 20_000
    seed: int = 0
    risk: float = 0.2
    rounds: int = 5


def latest(store: CaseStore, slug: str) -> int:
    return store.history(slug)[-1].version


def stored(store: CaseStore, memo: VersionMemo, slug: str, version: int | None = None) -> StoredCase:
    """One version of a case (the latest by default), parsed once."""
    number = version if version is not None else latest(store, slug)
    return memo.get(("stored", slug, number), lambda: store.get(slug, number))


def report(store: CaseStore, memo: VersionMemo, slug: str, version: int, today: dt.date) -> CheckReport:
    from sparring.services.checking import check_ref

    def compute() -> CheckReport:
        checked = check_ref(slug, store, today, version)
        assert checked.report is not None
        return checked.report

    return memo.get(("report", slug, version, today), compute)


def deal(store: CaseStore, memo: VersionMemo, slug: str, version: int) -> DealAnalysis:
    from sparring.services.deal import deal_for

    return memo.get(("deal", slug, version), lambda: deal_for(slug, store, version)[1])


def stress(store: CaseStore, memo: VersionMemo, slug: str, version: int, params: StressParams) -> StressResult:
    """The stress test of the latest version (the service always runs the latest)."""
    from sparring.services.deal import stress_for

    def compute() -> StressResult:
        return stress_for(
            slug, store, population=params.population, seed=params.seed, risk=params.risk, rounds=params.rounds
        )[1]

    return memo.get(("stress", slug, version, params), compute)
