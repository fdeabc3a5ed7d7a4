"""The one-page brief as plain rows of text, built once and rendered as Markdown, HTML or PDF.

Building is separate from rendering so every format says the same thing with the same
numbers, and tests can check the content without parsing markup.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sparring.engines.check import CheckReport
from sparring.engines.deal.utility import package_utility
from sparring.model.case import Case
from sparring.model.counterpart import Incentive
from sparring.model.levers import Lever, LeverLimit, LeverValue, Package
from sparring.model.specifics import Checklist, Flexibility, JobOffer, Money

MAX_OBJECTIONS = 5
CURRENT = "Current terms"
KIND_LABELS = {
    "raise": "Raise",
    "promotion": "Promotion",
    "job_offer": "Job offer",
    "deal": "Deal",
    "flexibility": "Flexibility",
    "resources": "Resources",
    "custom": "Negotiation",
}
_LIKELIHOOD_ORDER = {"high": 0, "medium": 1, "low": 2, None: 3}


@dataclass(frozen=True)
class IncentiveCell:
    """One counterpart incentive as the map shows it; hypotheses are marked so they get checked."""

    text: str
    importance: str
    validated: bool

    @property
    def note(self) -> str:
        return f"{self.importance}, {'validated' if self.validated else 'hypothesis'}"


@dataclass(frozen=True)
class MapRow:
    """An ask in your column and the incentives it serves in theirs; no link means no overlap yet."""

    ask: str
    serves: tuple[IncentiveCell, ...]

    @property
    def linked(self) -> bool:
        return bool(self.serves)


@dataclass(frozen=True)
class EvidenceRow:
    claim: str
    number: str
    outcome: str


@dataclass(frozen=True)
class TierRow:
    """A package: one value per lever (with its unit) and what it is worth to you, 0-100."""

    name: str
    values: tuple[str, ...]
    points: int | None


@dataclass(frozen=True)
class ObjectionRow:
    text: str
    counter: str | None
    likelihood: str | None


@dataclass(frozen=True)
class Pair:
    """A labelled line: an obstacle and its response, a checklist item and its notes…"""

    label: str
    text: str | None
    status: str | None = None


@dataclass(frozen=True)
class FindingRow:
    severity: str
    principle: str
    path: str
    message: str
    fix: str


@dataclass(frozen=True)
class Brief:
    """Everything the one-page brief shows, already worded and formatted."""

    title: str
    kind: str
    meeting: str | None
    counterpart: str | None
    authority: str | None
    goal_line: str
    why_now: str | None
    objective: str | None
    map_rows: tuple[MapRow, ...]
    unserved: tuple[IncentiveCell, ...]
    evidence: tuple[EvidenceRow, ...]
    market: str | None
    tier_levers: tuple[str, ...]
    tiers: tuple[TierRow, ...]
    limits: tuple[str, ...]
    non_negotiables: tuple[str, ...]
    batna: str | None
    batna_value: str | None
    objections: tuple[ObjectionRow, ...]
    objections_total: int
    specifics_title: str | None
    specifics: tuple[Pair, ...]
    obstacles: tuple[Pair, ...]
    score: int
    ready: bool
    findings: tuple[FindingRow, ...]
    blockers: int
    warnings: int
    tips: int

    @property
    def readiness_line(self) -> str:
        state = "ready" if self.ready else "not ready"
        return (
            f"Readiness {self.score}/100 · {state} · {_count(self.blockers, 'blocker')}, "
            f"{_count(self.warnings, 'warning')}, {_count(self.tips, 'tip')}"
        )


def build_brief(case: Case, report: CheckReport) -> Brief:
    """Word and format ``case`` and its check ``report`` for the one-page brief."""
    incentives = {item.id: item for item in case.counterpart.incentives}
    served = {inc for ask in case.asks for inc in ask.serves}
    walk = case.walk_away
    batna = walk.batna if walk else None
    ranked = sorted(case.objections, key=lambda o: _LIKELIHOOD_ORDER[o.likelihood])
    open_findings = [f for f in report.findings if f.severity != "tip"]
    specifics_title, specifics = _specifics(case)
    return Brief(
        title=case.title,
        kind=KIND_LABELS[case.kind],
        meeting=_meeting(case),
        counterpart=_counterpart(case),
        authority=_authority(case),
        goal_line=goal_line(case),
        why_now=case.goal.why_now,
        objective=case.goal.objective,
        map_rows=tuple(
            MapRow(ask.text, tuple(_cell(incentives[i]) for i in ask.serves if i in incentives)) for ask in case.asks
        ),
        unserved=tuple(_cell(item) for item in case.counterpart.incentives if item.id not in served),
        evidence=tuple(
            EvidenceRow(
                ev.claim, with_unit(ev.quantity.value, ev.quantity.unit) if ev.quantity else "", ev.outcome or ""
            )
            for ev in case.evidence
        ),
        market=_market(case),
        tier_levers=tuple(lever.label[:1].upper() + lever.label[1:] for lever in case.levers),
        tiers=_tiers(case),
        limits=tuple(_limit(case.lever(key), key, limit) for key, limit in (walk.limits.items() if walk else ())),
        non_negotiables=tuple(note.text for note in walk.non_negotiables) if walk else (),
        batna=batna.text if batna else None,
        batna_value=with_unit(batna.value, batna.unit) if batna and batna.value is not None else None,
        objections=tuple(ObjectionRow(o.text, o.counter, o.likelihood) for o in ranked[:MAX_OBJECTIONS]),
        objections_total=len(case.objections),
        specifics_title=specifics_title,
        specifics=specifics,
        obstacles=tuple(Pair(o.text, o.response) for o in case.obstacles),
        score=report.score,
        ready=report.ready,
        findings=tuple(FindingRow(f.severity, f.principle, f.path, f.message, f.fix) for f in open_findings),
        blockers=report.count("blocker"),
        warnings=report.count("warning"),
        tips=report.count("tip"),
    )


# --- formatting -------------------------------------------------------------------------


def number(value: float) -> str:
    """``132000`` → ``132,000``; ``99.96`` stays; ``4.0`` → ``4``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def with_unit(value: LeverValue, unit: str | None) -> str:
    """A value and its unit as a person writes it: ``132,000 USD/year``, ``99.96% uptime``."""
    text = value if isinstance(value, str) else number(value)
    if not unit or isinstance(value, str):
        return text
    if unit.startswith("%"):
        return f"{text}{unit}"
    return f"{text} {_singular(unit) if value == 1 else unit}"


def _singular(unit: str) -> str:
    """``1 months from now`` reads wrong: units are written for many, so drop the first word's s."""
    word = re.split(r"[\s/]", unit, maxsplit=1)[0]
    rest = unit[len(word) :]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word.isalpha() and word.islower():
        return word[:-1] + rest
    return unit


def day(value: dt.date) -> str:
    """``19 Jan 2027``: unambiguous in every locale."""
    return f"{value.day} {value:%b %Y}"


def goal_line(case: Case) -> str:
    goal = case.goal
    line = goal.what
    if goal.amount is not None:
        line += f": {with_unit(goal.amount, goal.unit)}"
    if goal.deadline is not None:
        line += f" by {day(goal.deadline)}"
    return line


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# --- parts -------------------------------------------------------------------------------


def _meeting(case: Case) -> str | None:
    if case.meeting is None:
        return None
    line = day(case.meeting)
    return line + (f" · follow-up {day(case.follow_up)}" if case.follow_up else "")


def _counterpart(case: Case) -> str | None:
    cp = case.counterpart
    who = ", ".join(part for part in (cp.name, cp.role) if part)
    if cp.organisation:
        who = f"{who} at {cp.organisation}" if who else cp.organisation
    return who or None


def _authority(case: Case) -> str | None:
    auth = case.counterpart.authority
    words = {"yes": "decides alone", "partly": "decides partly", "no": "does not decide", "unknown": None}
    line = words[auth.decides]
    if auth.with_:
        others = auth.with_[0] if len(auth.with_) == 1 else f"{', '.join(auth.with_[:-1])} and {auth.with_[-1]}"
        line = f"{line or 'decides'} with {others}"
    return line


def _cell(item: Incentive) -> IncentiveCell:
    return IncentiveCell(item.text, item.importance, item.status == "validated")


def _market(case: Case) -> str | None:
    m = case.market
    if m is None:
        return None
    line = f"low {number(m.low)} · median {number(m.median)} · high {with_unit(m.high, m.unit)}"
    as_of = day(m.as_of) if m.as_of else None
    if as_of and m.source and as_of in m.source:
        as_of = None
    source = ", ".join(part for part in (m.source, as_of) if part)
    return f"{line} ({source})" if source else line


def _tiers(case: Case) -> tuple[TierRow, ...]:
    named: list[tuple[str, Package | None]] = [
        ("Ideal", case.tiers.ideal),
        ("Likely", case.tiers.likely),
        ("Minimum", case.tiers.minimum),
    ]
    if case.current is not None:
        named.append((CURRENT, case.current))
    rows = []
    for name, package in named:
        if package is None:
            rows.append(TierRow(name, tuple("" for _ in case.levers), None))
            continue
        values = tuple(_value(lever, package) for lever in case.levers)
        rows.append(TierRow(name, values, round(100 * package_utility(case, package, "you"))))
    return tuple(rows)


def _value(lever: Lever, package: Package) -> str:
    return with_unit(package[lever.id], lever.unit) if lever.id in package else "—"


def _limit(lever: Lever | None, key: str, limit: LeverLimit) -> str:
    label = lever.label if lever else key.replace("_", " ")
    unit = lever.unit if lever else None
    parts = []
    if limit.min is not None and limit.max is not None:
        parts.append(f"between {number(limit.min)} and {with_unit(limit.max, unit)}")
    elif limit.min is not None:
        parts.append(f"at least {with_unit(limit.min, unit)}")
    elif limit.max is not None:
        parts.append(f"at most {with_unit(limit.max, unit)}")
    if limit.accept:
        parts.append(f"one of {', '.join(limit.accept)}")
    return f"{label}: {'; '.join(parts) or 'no limit'}"


# --- kind specifics ---------------------------------------------------------------------


def _specifics(case: Case) -> tuple[str | None, tuple[Pair, ...]]:
    if case.kind == "deal" or case.checklist is not None:
        return "Deal checklist (settle before price)", _checklist(case.checklist or Checklist())
    if case.kind == "job_offer" or case.job_offer is not None:
        return "Job offer", _job_offer(case.job_offer or JobOffer())
    if case.kind == "flexibility" or case.flexibility is not None:
        return "Flexibility", _flexibility(case.flexibility or Flexibility())
    return None, ()


_CHECKLIST = (
    ("scope", "Scope"),
    ("quality", "Quality"),
    ("timing", "Timing"),
    ("payment", "Payment"),
    ("exit", "Exit, penalties, length"),
)


def _checklist(checklist: Checklist) -> tuple[Pair, ...]:
    rows = []
    for key, label in _CHECKLIST:
        item = getattr(checklist, key)
        status = item.status.replace("_", " ") if item else "not set"
        rows.append(Pair(label, item.notes if item else None, status))
    return tuple(rows)


_REASONS = {
    "below_previous_earnings": "below previous earnings",
    "larger_scope": "larger scope",
    "terms_differ": "terms differ from those described",
    "competing_offer": "competing offer",
    "other": "other",
}


def _money(money: Money | None) -> str | None:
    return with_unit(money.amount, money.unit) if money else None


def _job_offer(offer: JobOffer) -> tuple[Pair, ...]:
    rows = [
        Pair("Offer", _money(offer.offer)),
        Pair("Previous earnings", _money(offer.previous_earnings)),
        Pair("Market", f"{offer.market_condition}'s market" if offer.market_condition else None),
    ]
    rows += [Pair(f"Reason ({_REASONS[r.kind or 'other']})", r.text) for r in offer.reasons]
    if not offer.reasons:
        rows.append(Pair("Reason", None))
    other = offer.competing_offer
    if other is not None:
        amount = with_unit(other.amount, other.unit) if other.amount is not None else None
        text = ", ".join(part for part in (other.employer, amount) if part)
        rows.append(Pair("Competing offer", f"{text} ({'would take' if other.would_take else 'would not take'})"))
    return tuple(rows)


def _flexibility(flex: Flexibility) -> tuple[Pair, ...]:
    rows = []
    for remote, label in ((True, "Remote-able"), (False, "In person")):
        tasks = [t for t in flex.tasks if t.remote == remote]
        hours = sum(t.hours_per_week or 0 for t in tasks)
        names = "; ".join(t.task for t in tasks)
        rows.append(Pair(f"{label} ({number(hours)} h/week)", names or None))
    rows.append(Pair("Policy", flex.policy_notes))
    rows.append(Pair("Team impact", flex.team_impact))
    return tuple(rows)
