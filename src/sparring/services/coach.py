"""The AI coach: incentive hypotheses, objection forecast, pitch rewrite, narrated counterpart, debrief.

Each feature is a versioned prompt (:mod:`sparring.services.prompts`), a pydantic-validated
answer, and an offline answer that is useful on its own; the features live in
``coach_*.py``, their deterministic rules (offline answers, checks on what a model wrote) in
:mod:`sparring.engines.coach`, and this module is their one front door. Services get a
:class:`~sparring.llm.base.Provider` and, optionally, an
:class:`~sparring.llm.log.ExchangeLog`; the interfaces choose both.

Accepted suggestions are written into a stored case as a new version, so the history shows
what the coach added and when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sparring.engines.coach.incentives import SuggestedIncentive
from sparring.engines.coach.lines import line_problem
from sparring.engines.coach.objections import SuggestedObjection
from sparring.engines.coach.similar import first_duplicate as _first_duplicate
from sparring.services.coach_base import CoachResult, has_model
from sparring.services.coach_debrief import Debrief, debrief
from sparring.services.coach_incentives import incentive_hypotheses
from sparring.services.coach_narrator import Narrator, flip_turn, narrator
from sparring.services.coach_objections import objection_forecast
from sparring.services.coach_rewrite import Rewrite, Suggestion, pitch_rewrite

if TYPE_CHECKING:
    from sparring.store.repository import CaseStore, VersionInfo

__all__ = [
    "CoachResult",
    "Debrief",
    "Narrator",
    "Rewrite",
    "SuggestedIncentive",
    "SuggestedObjection",
    "Suggestion",
    "apply_incentives",
    "apply_objections",
    "apply_pitch",
    "debrief",
    "flip_turn",
    "has_model",
    "incentive_hypotheses",
    "line_problem",
    "narrator",
    "objection_forecast",
    "pitch_rewrite",
]


def apply_incentives(store: CaseStore, slug: str, items: Sequence[SuggestedIncentive]) -> VersionInfo | None:
    """Add the incentives to the stored case as a new version (hypotheses, with their reason and source).

    Items that make the same point as an incentive already there are skipped; None when
    nothing is left to add. Ids are derived from the text, as for hand-written items.
    """
    from sparring.services.cases import revise

    case = store.get(slug).case
    known = {i.id: i.text for i in case.counterpart.incentives}
    added: list[dict[str, str]] = []
    for item in items:
        if _first_duplicate(item.text, known) is not None:
            continue
        entry = {"text": item.text, "status": "hypothesis", "reason": item.reason, "source": item.source}
        if item.metric:
            entry["metric"] = item.metric
        added.append(entry)
        known[f"new-{len(added)}"] = item.text
    if not added:
        return None
    current = [i.model_dump(mode="json", by_alias=True, exclude_unset=True) for i in case.counterpart.incentives]
    note = f"coach: added {len(added)} incentive hypothes{'is' if len(added) == 1 else 'es'} (THEM.RESEARCH)"
    return revise(store, slug, {("counterpart", "incentives"): current + added}, note)


def apply_objections(store: CaseStore, slug: str, items: Sequence[SuggestedObjection]) -> VersionInfo | None:
    """Add the objections (with counters and evidence links) to the stored case as a new version.

    Items that make the same point as an objection already there are skipped; evidence ids
    the case does not have are dropped. None when nothing is left to add.
    """
    from sparring.services.cases import revise

    case = store.get(slug).case
    evidence = {e.id for e in case.evidence}
    known = {o.id: o.text for o in case.objections}
    added: list[dict[str, object]] = []
    for item in items:
        if _first_duplicate(item.text, known) is not None:
            continue
        entry: dict[str, object] = {"text": item.text, "likelihood": item.likelihood}
        if item.counter:
            entry["counter"] = item.counter
        links = [e for e in item.evidence if e in evidence]
        if links:
            entry["evidence"] = links
        added.append(entry)
        known[f"new-{len(added)}"] = item.text
    if not added:
        return None
    current = [o.model_dump(mode="json", by_alias=True, exclude_unset=True) for o in case.objections]
    note = f"coach: added {len(added)} forecast objection{'s' if len(added) != 1 else ''} (OBJECTIONS.FORECAST)"
    return revise(store, slug, {("objections",): current + added}, note)


def apply_pitch(store: CaseStore, slug: str, text: str, title: str = "coach rewrite") -> VersionInfo | None:
    """Keep an accepted rewrite as a new pitch draft (the earlier drafts stay); None if it is already there."""
    from sparring.services.cases import revise

    case = store.get(slug).case
    if any(" ".join(p.text.split()) == " ".join(text.split()) for p in case.pitch):
        return None
    current = [p.model_dump(mode="json", by_alias=True, exclude_unset=True) for p in case.pitch]
    added = {"title": title, "text": text, "written": dt.date.today().isoformat()}
    return revise(store, slug, {("pitch",): [*current, added]}, "coach: added a rewritten pitch draft (REHEARSE)")
