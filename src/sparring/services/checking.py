"""Use case: is my plan ready? Check one case (with its history when stored) or many."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sparring.engines.check import CheckContext, CheckReport, SavedVersion, check
from sparring.model.errors import SparringError
from sparring.services.cases import ResolvedCase, resolve
from sparring.services.templates import template_cases

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
    """The checker's outside inputs: today's date, the templates' samples and, for stored cases,
    the history up to this version and the rehearsal count.

    Versions saved after the one checked are left out, so a version's readiness does not
    change when later ones are saved.
    """
    history: tuple[SavedVersion, ...] = ()
    rehearsals: int | None = None
    if store is not None and resolved.slug is not None:
        from sparring.services.rehearsal import rehearsal_count

        history = tuple(
            SavedVersion(v.saved_at.date(), store.get(resolved.slug, v.version).case.to_json_data())
            for v in store.history(resolved.slug)
            if resolved.version is None or v.version <= resolved.version
        )
        rehearsals = rehearsal_count(store, resolved.slug)
    return CheckContext(today=today, history=history, rehearsals=rehearsals, templates=template_cases())


def draft_context(today: dt.date) -> CheckContext:
    """The context for a document that is not stored (a draft sent to the API): no history."""
    return CheckContext(today=today, templates=template_cases())


def readiness(resolved: ResolvedCase, store: CaseStore | None, today: dt.date) -> CheckReport:
    """The one readiness of a case version: ``check``, the editor, the API and the brief all show this."""
    return check(resolved.case, context_for(resolved, store, today))


def check_ref(ref: str, store: CaseStore | None, today: dt.date, version: int | None = None) -> CheckedCase:
    """Check a case file or a stored case."""
    resolved = resolve(ref, store, version)
    return CheckedCase(ref, resolved, readiness(resolved, store, today))


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
