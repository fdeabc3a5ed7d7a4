"""Use case: is my plan ready? Check one case (with its history when stored) or many."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sparring.engines.check import CheckContext, CheckReport, SavedVersion, check
from sparring.model.errors import SparringError
from sparring.services.cases import ResolvedCase, resolve

if TYPE_CHECKING:
    from sparring.store.repository import CaseStore


@dataclass(frozen=True)
class CheckedCase:
    """One checked case, or the error that prevented checking it."""

    name: str
    resolved: ResolvedCase | None
    report: CheckReport | None
    error: SparringError | None = None


def context_for(resolved: ResolvedCase, store: CaseStore | None, today: dt.date) -> CheckContext:
    """The checker's outside inputs: today's date and, for stored cases, the version history."""
    history: tuple[SavedVersion, ...] = ()
    rehearsals: int | None = None
    if store is not None and resolved.slug is not None:
        from sparring.services.rehearsal import rehearsal_count

        history = tuple(
            SavedVersion(v.saved_at.date(), store.get(resolved.slug, v.version).case.to_json_data())
            for v in store.history(resolved.slug)
        )
        rehearsals = rehearsal_count(store, resolved.slug)
    return CheckContext(today=today, history=history, rehearsals=rehearsals)


def check_ref(ref: str, store: CaseStore | None, today: dt.date, version: int | None = None) -> CheckedCase:
    """Check a case file or a stored case."""
    resolved = resolve(ref, store, version)
    return CheckedCase(ref, resolved, check(resolved.case, context_for(resolved, store, today)))


def check_folder(folder: str, today: dt.date) -> list[CheckedCase]:
    """Check every ``*.yaml``/``*.yml`` file in ``folder``; a bad file is reported, not fatal."""
    path = Path(folder)
    if not path.is_dir():
        raise SparringError(
            f"{folder}: not a folder", hint="Pass a folder of case files, or omit it to check the store."
        )
    files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not files:
        raise SparringError(f"{folder}: no .yaml case files here", kind="not_found")
    return [_safe(str(p), None, today) for p in files]


def check_store(store: CaseStore, today: dt.date) -> list[CheckedCase]:
    """Check the latest version of every stored case."""
    return [_safe(summary.slug, store, today) for summary in store.list()]


def _safe(ref: str, store: CaseStore | None, today: dt.date) -> CheckedCase:
    try:
        return check_ref(ref, store, today)
    except SparringError as error:
        return CheckedCase(ref, None, None, error)
