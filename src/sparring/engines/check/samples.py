"""The template's sample values never count as the user's.

``sparring new`` and the web's "new case" start from a template full of sample text and
figures (a claim "a result you delivered", tiers of 125k/118k/112k, a walk-away of 110k). A
value that is still exactly the template's, for a case of that kind, is taken out before the
rules run, so a rule sees it as missing; each one is then reported with "still the template's
sample — replace it with your own", folded into the finding it causes or as a finding of its
own. What counts, per part of the case (text compared ignoring case and spacing):

- list items (evidence, incentives, pressures, constraints, risks, ripple effects, asks,
  non-negotiables, objections, obstacles, pitch, offer reasons, task rows): the whole item
  when its main text is one of the template's and nothing else in it is the user's;
  otherwise each optional text field still equal to the template's (a placeholder outcome);
- ``goal.why_now``, ``goal.objective``, ``counterpart.decision_process``, the flexibility
  notes: the field; a goal whose what and amount are both the template's (the
  flexibility and resources templates give one) cannot be removed, so it is a blocker;
- a tier equal to the template's tier, and the walk-away limits when all of them are the
  template's, over levers still defined as in the template (on levers you redefined, the
  same numbers are your choice); the BATNA when its text is the template's; the market range when all of it is
  (a range filled by ``sparring market`` carries its date, so it is the user's).

Lever definitions, current terms, units and choices (status, kind, style…) are structure,
not claims, and are never treated as samples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from sparring.engines.check.findings import Finding, Severity
from sparring.engines.check.text import amount, quote
from sparring.model.case import Case
from sparring.model.levers import LeverLimit, Package

SAMPLE = "still the template's sample — replace it with your own"
SAMPLES = "still the template's samples — replace them with your own"
FIX = "Write your own in its place, or delete it: the template's sample text and figures never count as yours."

# Who reports a sample that no finding covers: the first of these rules that applies to the kind.
OWNERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("goal.objective", ("GOAL.MACRO_MICRO", "GOAL.SPECIFIC")),
    ("goal", ("GOAL.SPECIFIC",)),
    ("evidence", ("VALUE.RECEIPTS",)),
    ("counterpart.constraints", ("THEM.CONSTRAINTS",)),
    ("counterpart.risks_of_yes", ("THEM.SHOES",)),
    ("counterpart.ripple_effects", ("THEM.SHOES",)),
    ("counterpart.decision_process", ("PROCESS.SHAPE",)),
    ("counterpart", ("THEM.RESEARCH",)),
    ("asks", ("MAP.OVERLAP",)),
    ("tiers", ("TIERS.THREE",)),
    ("walk_away.batna", ("NO_DESPERATION",)),
    ("walk_away", ("WALKAWAY.DEFINED",)),
    ("objections", ("OBJECTIONS.FORECAST",)),
    ("obstacles", ("MIND.DEFENSIVE_PESSIMISM",)),
    ("pitch", ("REHEARSE",)),
    ("market", ("RANGE.RESEARCH", "WIN.FAIR_SHARE")),
    ("job_offer", ("OFFER.VALID_REASON",)),
    ("flexibility", ("POLICY.RESEARCH",)),
)

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class SampleHit:
    """One place where the case still holds the template's sample."""

    path: str
    shown: str
    severity: Severity = "warning"
    """Used when no finding covers it; ``goal.what`` cannot be removed, so it is a blocker."""


def _norm(text: object) -> str:
    return " ".join(str(text).split()).casefold() if text is not None else ""


def _texts(items: Sequence[BaseModel], field: str) -> set[str]:
    return {_norm(v) for item in items if (v := getattr(item, field, None))}


def _items(
    path: str, items: Sequence[M], template: Sequence[M], main: str, optional: Iterable[str] = ()
) -> tuple[list[M], list[SampleHit]]:
    """The user's own items of one list, with the template's ones (and fields) taken out.

    An item is the template's when its main text is one of the template's and none of its
    other fields is the user's; an item the user has worked on is theirs (its main text
    included), less any optional field still equal to the template's.
    """
    optional = tuple(optional)
    samples = {name: _texts(template, name) for name in (main, *optional)}
    kept: list[M] = []
    hits: list[SampleHit] = []
    for item in items:
        at = f"{path}[{getattr(item, 'id', None)}]"
        stale = {n for n in optional if (v := getattr(item, n)) and _norm(v) in samples[n]}
        own = [n for n in optional if getattr(item, n) and n not in stale]
        if _norm(getattr(item, main)) in samples[main] and not own:
            hits.append(SampleHit(at, quote(str(getattr(item, main)))))
            continue
        hits += [SampleHit(f"{at}.{n}", quote(str(getattr(item, n)))) for n in optional if n in stale]
        kept.append(item.model_copy(update=dict.fromkeys(stale)) if stale else item)
    return kept, hits


def _fields(path: str, model: M, template: BaseModel | None, names: Iterable[str]) -> tuple[M, list[SampleHit]]:
    """``model`` with each optional text field equal to the template's taken out."""
    if template is None:
        return model, []
    cleared = {n: None for n in names if (v := getattr(model, n)) and _norm(v) == _norm(getattr(template, n, None))}
    hits = [SampleHit(f"{path}.{n}", quote(str(getattr(model, n)))) for n in cleared]
    return (model.model_copy(update=cleared) if cleared else model), hits


def _package(pkg: Package) -> str:
    return ", ".join(f"{k} {amount(v)}" for k, v in pkg.items())


def _limit(lever: str, limit: LeverLimit) -> str:
    parts = [f"min {amount(limit.min)}" if limit.min is not None else ""]
    parts.append(f"max {amount(limit.max)}" if limit.max is not None else "")
    parts.append(f"accept {', '.join(limit.accept)}" if limit.accept else "")
    return f"{lever} {' '.join(p for p in parts if p)}"


def split(case: Case, template: Case) -> tuple[Case, list[SampleHit]]:
    """``case`` without the values it still shares with ``template`` (same kind), and where they were."""
    hits: list[SampleHit] = []
    update: dict[str, Any] = {}

    goal, found = _fields("goal", case.goal, template.goal, ("why_now", "objective"))
    hits += found
    sample_goal = template.goal.amount is not None and case.goal.amount == template.goal.amount
    if sample_goal and _norm(case.goal.what) == _norm(template.goal.what):
        hits.append(SampleHit("goal.what", f"The goal {quote(case.goal.what)}", "blocker"))
    update["goal"] = goal

    evidence, found = _items("evidence", case.evidence, template.evidence, "claim", ("outcome", "source"))
    hits += found
    update["evidence"] = evidence

    cp, tcp = case.counterpart, template.counterpart
    cp_update: dict[str, Any] = {}
    parts: tuple[tuple[str, str, tuple[str, ...]], ...] = (
        ("incentives", "text", ("metric", "source", "reason")),
        ("pressures", "text", ("source",)),
        ("constraints", "text", ("why",)),
        ("risks_of_yes", "text", ()),
        ("ripple_effects", "text", ()),
    )
    for name, main, optional in parts:
        kept, found = _items(f"counterpart.{name}", getattr(cp, name), getattr(tcp, name), main, optional)
        cp_update[name] = kept
        hits += found
    stripped_cp, found = _fields("counterpart", cp, tcp, ("decision_process",))
    hits += found
    update["counterpart"] = stripped_cp.model_copy(update=cp_update)

    for name, main, optional in (
        ("asks", "text", ()),
        ("objections", "text", ("counter",)),
        ("obstacles", "text", ("response",)),
        ("pitch", "text", ()),
    ):
        kept_items, found = _items(name, getattr(case, name), getattr(template, name), main, optional)
        update[name] = kept_items
        hits += found

    tiers: dict[str, Package | None] = {}
    # Over levers you redefined (another range, step or weights), the same numbers are your choice.
    own_levers = {lever.id for lever in case.levers if lever != template.lever(lever.id)}
    for name in ("ideal", "likely", "minimum"):
        pkg, sample = getattr(case.tiers, name), getattr(template.tiers, name)
        if pkg and sample and pkg == sample and not own_levers & set(pkg):
            tiers[name] = None
            hits.append(SampleHit(f"tiers.{name}", f"the {name.title()} tier ({_package(pkg)})"))
    if tiers:
        update["tiers"] = case.tiers.model_copy(update=tiers)

    walk, twalk = case.walk_away, template.walk_away
    if walk is not None and twalk is not None:
        limits = walk.limits
        if limits and limits == twalk.limits and not own_levers & set(limits):
            shown = "; ".join(_limit(lever, limit) for lever, limit in limits.items())
            hits.append(SampleHit("walk_away.limits", f"the walk-away limits ({shown})"))
            limits = {}
        musts, found = _items("walk_away.non_negotiables", walk.non_negotiables, twalk.non_negotiables, "text")
        hits += found
        batna = walk.batna
        if batna is not None and twalk.batna is not None and _norm(batna.text) == _norm(twalk.batna.text):
            hits.append(SampleHit("walk_away.batna", f"the BATNA {quote(batna.text)}"))
            batna = None
        empty = not limits and not musts and batna is None
        update["walk_away"] = (
            None if empty else walk.model_copy(update={"limits": limits, "non_negotiables": musts, "batna": batna})
        )

    if case.market is not None and template.market is not None and case.market == template.market:
        m = case.market
        hits.append(SampleHit("market", f"the market range {amount(m.low)}–{amount(m.high, m.unit)}"))
        update["market"] = None

    if case.job_offer is not None and template.job_offer is not None:
        reasons, found = _items("job_offer.reasons", case.job_offer.reasons, template.job_offer.reasons, "text")
        hits += found
        update["job_offer"] = case.job_offer.model_copy(update={"reasons": reasons})

    if case.flexibility is not None and template.flexibility is not None:
        flex, found = _fields("flexibility", case.flexibility, template.flexibility, ("policy_notes", "team_impact"))
        hits += found
        tasks, found = _items("flexibility.tasks", flex.tasks, template.flexibility.tasks, "task", ("notes",))
        hits += found
        update["flexibility"] = flex.model_copy(update={"tasks": tasks})

    return case.model_copy(update=update), hits


def _covers(finding_path: str, path: str) -> bool:
    """Whether a finding at ``finding_path`` is about ``path`` (the same place or a part of it)."""
    return path == finding_path or path.startswith((f"{finding_path}.", f"{finding_path}["))


def owner(path: str, applied: Sequence[str]) -> str:
    """The rule that reports an uncovered sample at ``path``: the first owner that applies."""
    for prefix, principles in OWNERS:
        if _covers(prefix, path):
            for principle in principles:
                if principle in applied:
                    return principle
    return "GOAL.SPECIFIC"


def fold(by_rule: dict[str, list[Finding]], hits: list[SampleHit]) -> None:
    """Say "still the template's sample" in the findings the samples cause, or as findings of their own."""
    applied = list(by_rule)
    covered: dict[tuple[str, int], list[SampleHit]] = {}
    for hit in hits:
        places = [
            (principle, i)
            for principle, findings in by_rule.items()
            for i, f in enumerate(findings)
            if _covers(f.path, hit.path)
        ]
        for place in places:
            covered.setdefault(place, []).append(hit)
        if not places:
            by_rule[owner(hit.path, applied)].append(
                Finding(owner(hit.path, applied), hit.severity, hit.path, f"{_capital(hit.shown)} is {SAMPLE}.", FIX)
            )
    for (principle, i), found in covered.items():
        f = by_rule[principle][i]
        shown = ", ".join(h.shown for h in found)
        note = f"{_capital(shown)}: {SAMPLES if len(found) > 1 else SAMPLE}."
        by_rule[principle][i] = Finding(f.principle, f.severity, f.path, f"{f.message} {note}", f.fix)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
