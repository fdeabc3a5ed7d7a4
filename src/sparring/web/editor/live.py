"""Checking and saving a draft: validate it, run the checker with the case's history, place
every note beside its field, and save it as a new version when asked.

Saving reuses the stored YAML so the user's comments survive an edit in the browser, exactly
as :func:`sparring.services.cases.revise` does for field edits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sparring.engines.check import CheckContext, CheckReport, check
from sparring.model.case import Case, parse_case
from sparring.model.errors import CaseInvalid, Problem, SparringError
from sparring.services.cases import ResolvedCase
from sparring.services.checking import context_for
from sparring.services.workspace import CaseStore, VersionInfo
from sparring.web.cache import VersionMemo
from sparring.web.editor.form import Draft
from sparring.web.editor.slots import Note, list_ids, place, split_path
from sparring.web.editor.view import EditorView, build_view
from sparring.web.lookups import rehearsals


@dataclass
class Evaluation:
    """A draft with its form view, its report (when valid) or its problems, and notes by slot."""

    view: EditorView
    case: Case | None
    report: CheckReport | None
    problems: list[Problem] = field(default_factory=list)
    notes: dict[str, list[Note]] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return self.case is not None


def latest_version(store: CaseStore, slug: str) -> int:
    return store.history(slug)[-1].version


def history_context(store: CaseStore, memo: VersionMemo, slug: str, today: dt.date) -> CheckContext:
    """The checker's context for ``slug`` (its saved versions, rehearsals and the templates'
    samples: :func:`context_for`, as for the stored version's readiness), computed once per
    latest version and rehearsal count."""
    version = latest_version(store, slug)

    def compute() -> CheckContext:
        stored = store.get(slug, version)
        resolved = ResolvedCase(stored.case, f"{slug} v{version}", slug, version, stored.yaml_text)
        return context_for(resolved, store, today)

    return memo.get(("context", slug, version, rehearsals(store, slug), today), compute)


def evaluate(draft: Draft, context: CheckContext, source: str) -> Evaluation:
    view = build_view(draft.data, draft.tokens)
    try:
        case = parse_case(draft.data, source)
    except CaseInvalid as exc:
        located = [(list(p.path), Note("invalid", p.message)) for p in exc.problems]
        notes = place(located, draft, {}, view.slots)
        return Evaluation(view, None, None, exc.problems, notes)
    report = check(case, context)
    found = [(split_path(f.path), Note(f.severity, f.message, f.principle, f.fix)) for f in report.findings]
    notes = place(found, draft, list_ids(case.to_json_data(), draft), view.slots)
    return Evaluation(view, case, report, [], notes)


def save(
    store: CaseStore, slug: str, case: Case, base_version: int | None, note: str, text: str | None = None
) -> VersionInfo:
    """Save ``case`` as the next version, unless someone saved another since the form was opened.

    ``text`` is the YAML the user wrote, when they wrote YAML; otherwise the stored YAML is
    updated in place so its comments survive.
    """
    stored = store.get(slug)
    if base_version is not None and stored.version != base_version:
        raise SparringError(
            f"{slug} was saved as version {stored.version} after you opened version {base_version}",
            hint="Open the editor again to see the newer version; your changes here were not saved.",
            kind="conflict",
        )
    yaml_text = text
    if text is None and stored.yaml_text:
        from sparring.store.casefile import load_case_text

        try:
            yaml_text = load_case_text(stored.yaml_text, slug).dump(case)
        except SparringError:
            yaml_text = None  # the stored text predates a migration; the store renders it afresh
    return store.save(slug, case, yaml_text=yaml_text, note=note, base_version=base_version)
