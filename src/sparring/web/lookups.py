"""Service calls the pages share, memoized per stored version (see :mod:`sparring.web.cache`).

Every function takes the version it is about, or asks the store for the latest one, so a
memoized result is always the one for the version the page shows. Cases come from the store
only, by a name checked in :mod:`sparring.web.slugs`: never through the CLI's references, which
also accept a file path or ``-`` for stdin.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sparring.services.cases import ResolvedCase
from sparring.services.workspace import CaseStore, StoredCase
from sparring.web.cache import VersionMemo
from sparring.web.slugs import case_slug

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
    case_slug(slug)
    number = version if version is not None else latest(store, slug)
    return memo.get(("stored", slug, number), lambda: store.get(slug, number))


def resolved(store: CaseStore, memo: VersionMemo, slug: str, version: int | None = None) -> ResolvedCase:
    """A stored version in the shape the services take (for exports and the checker's context)."""
    found = stored(store, memo, slug, version)
    return ResolvedCase(found.case, f"{found.slug} v{found.version}", found.slug, found.version, found.yaml_text)


def rehearsals(store: CaseStore, slug: str) -> int:
    """How often the case was rehearsed: part of every readiness memo key, since a rehearsal
    changes the readiness of a version without saving a new one."""
    from sparring.services.rehearsal import rehearsal_count

    return rehearsal_count(store, slug)


def report(store: CaseStore, memo: VersionMemo, slug: str, version: int, today: dt.date) -> CheckReport:
    """The version's one readiness (:func:`sparring.services.checking.readiness`)."""
    from sparring.services.checking import readiness

    key = ("report", slug, version, rehearsals(store, slug), today)
    return memo.get(key, lambda: readiness(resolved(store, memo, slug, version), store, today))


def deal(store: CaseStore, memo: VersionMemo, slug: str, version: int) -> DealAnalysis:
    from sparring.engines.deal.analysis import analyse

    return memo.get(("deal", slug, version), lambda: analyse(stored(store, memo, slug, version).case))


def stress(store: CaseStore, memo: VersionMemo, slug: str, version: int, params: StressParams) -> StressResult:
    """The stress test of one stored version."""
    from sparring.engines.deal.stress import stress_test

    def compute() -> StressResult:
        return stress_test(
            stored(store, memo, slug, version).case,
            population=params.population,
            seed=params.seed,
            risk_limit=params.risk,
            rounds=params.rounds,
        )

    return memo.get(("stress", slug, version, params), compute)
