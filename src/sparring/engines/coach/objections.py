"""Offline objection forecast (OBJECTIONS.FORECAST): "the top five reasons they might say no", each with a counter.

Objections are derived from the plan itself, strongest first: the counterpart's fixed
constraints, their limited authority, the checker's blockers and warnings, the risks a yes
carries for them, their flexible constraints, their important incentives that no receipt
speaks to, and their pressures. Anything the plan already prepares for is left out.
Counters are in the first person and cite the receipt (evidence) closest to the objection;
where there is nothing to cite yet, the counter is left empty and a note says what to
prepare, so the checker keeps asking for it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

from sparring.engines.check import CheckContext, check
from sparring.engines.coach.similar import first_duplicate
from sparring.engines.language.alignment import align, concepts
from sparring.model.case import Case
from sparring.model.goal import Evidence

TOP = 5
_APPROVAL = re.compile(r"\b(approv\w*|sign[- ]?off|sign\w*|decid\w*|decision)\b", re.IGNORECASE)
Likelihood = Literal["high", "medium", "low"]

FINDING_OBJECTIONS: dict[str, str] = {
    "GOAL.SPECIFIC": "what exactly are you asking for, and by when?",
    "VALUE.RECEIPTS": "what results can you show me, in numbers?",
    "MAP.OVERLAP": "what's in it for my team?",
    "THEM.SHOES": "I'm not sure I'm the one who can approve this",
    "THEM.SHOES:counterpart.risks_of_yes": "what's the risk for me if I say yes?",
    "WIN.FAIR_SHARE": "that's above what the market pays for this",
    "RANGE.RESEARCH": "how do you know that's the going rate?",
    "OFFER.VALID_REASON": "why should we change an offer that is already fair?",
    "OFFER.MARKET": "we have other strong candidates for this role",
    "OFFER.HOW": "that's a long list of demands",
    "SCOPE.BEFORE_PRICE": "we haven't agreed what's in scope yet",
    "MISTAKE.NO_MUTUAL_WIN": "this sounds like take it or leave it",
    "POLICY.RESEARCH": "how would this work for the rest of the team?",
}
"""How a weakness the checker finds sounds when the counterpart uses it against you.

Keyed by principle, or by ``principle:path`` where one principle covers different gaps."""


@dataclass(frozen=True)
class SuggestedObjection:
    """One forecast objection, ready to be added to the case's objections."""

    text: str
    counter: str | None
    evidence: list[str]
    likelihood: Likelihood
    basis: str
    """Where it comes from: ``constraint con-band``, ``finding VALUE.RECEIPTS``, ``AI suggestion …``."""
    note: str | None = None
    """What to prepare when there is no counter (or no receipt) yet."""
    duplicate_of: str | None = None
    """The id of an objection already in the case that makes the same point."""


@dataclass
class _Candidate:
    text: str
    likelihood: Likelihood
    basis: str
    counter: str | None = None
    evidence: list[str] = field(default_factory=list)
    note: str | None = None


def offline_objections(case: Case, today: dt.date, limit: int = TOP) -> list[SuggestedObjection]:
    """The strongest objections the plan does not prepare for yet, derived from the case."""
    known = {o.id: o.text for o in case.objections}
    kept: list[_Candidate] = []
    for candidate in _candidates(case, today):
        earlier = {str(i): k.text for i, k in enumerate(kept)}
        if first_duplicate(candidate.text, known) is None and first_duplicate(candidate.text, earlier) is None:
            kept.append(candidate)
        if len(kept) == limit:
            break
    return [SuggestedObjection(c.text, c.counter, c.evidence, c.likelihood, c.basis, c.note) for c in kept]


def _candidates(case: Case, today: dt.date) -> Iterator[_Candidate]:
    cp = case.counterpart
    for con in (c for c in cp.constraints if c.fixed):
        why = f" ({con.why})" if con.why else ""
        ask = _closest_ask(case, con.text)
        yield _with_receipt(
            case,
            _Candidate(con.text, "high", f"fixed constraint {con.id}"),
            f"I'm not asking you to change that{why}. Let's look at how this fits within it: {ask}.",
            con.text,
            con.why or "",
        )
    if cp.authority.decides in ("partly", "no") and cp.authority.with_ and not _authority_prepared(case):
        names = " and ".join(cp.authority.with_)
        text = f"I can't decide this on my own; {names} {'has' if len(cp.authority.with_) == 1 else 'have'} a say"
        yield _with_receipt(
            case,
            _Candidate(text, "high" if cp.authority.decides == "no" else "medium", "authority"),
            f"I'll write a one-page case you can forward to {names}. What would they need to see?",
            text,
        )
    yield from _from_findings(case, today)
    for risk in cp.risks_of_yes:
        text = f"saying yes is a risk for me: {risk.text}"
        opening = "I understand the risk for you. This rests on results specific to me, so it is easy to explain."
        yield _with_receipt(case, _Candidate(text, "medium", f"risk of yes {risk.id}"), opening, risk.text)
    for con in (c for c in cp.constraints if not c.fixed):
        why = f" ({con.why})" if con.why else ""
        opening = f"I understand why it exists{why}; this is the kind of case it leaves room for."
        yield _with_receipt(case, _Candidate(con.text, "medium", f"constraint {con.id}"), opening, con.text)
    yield from _missing_receipts(case)
    for pressure in cp.pressures:
        text = f"this isn't the moment: {pressure.text}"
        opening = "I know, and this helps with exactly that."
        yield _with_receipt(case, _Candidate(text, "low", f"pressure {pressure.id}"), opening, pressure.text)


def _from_findings(case: Case, today: dt.date) -> Iterator[_Candidate]:
    seen: set[str] = set()
    for finding in check(case, CheckContext(today=today)).findings:
        key = f"{finding.principle}:{finding.path}"
        key = key if key in FINDING_OBJECTIONS else finding.principle
        text = FINDING_OBJECTIONS.get(key)
        if text is None or finding.severity == "tip" or key in seen:
            continue
        seen.add(key)
        likelihood: Likelihood = "high" if finding.severity == "blocker" else "medium"
        note = f"{finding.fix} ({finding.principle}, {finding.path})"
        yield _Candidate(text, likelihood, f"finding {finding.principle}", note=note)


def _missing_receipts(case: Case) -> Iterator[_Candidate]:
    """Their important incentives that no evidence speaks to: they will ask what you did for them."""
    receipts = [f"{e.claim} {e.outcome or ''}" for e in case.evidence]
    for incentive in case.counterpart.incentives:
        if incentive.importance != "high":
            continue
        target = {incentive.id: concepts(f"{incentive.text} {incentive.metric or ''}")}
        if any(align(r, target) is not None for r in receipts):
            continue
        metric = f" (their metric: {incentive.metric})" if incentive.metric else ""
        yield _Candidate(
            f"how does this help me {incentive.text}?",
            "medium",
            f"no receipt for {incentive.id}",
            note=f"prepare a receipt: a number showing how your work helps {incentive.text}{metric}",
        )


def _authority_prepared(case: Case) -> bool:
    """Whether a prepared objection already deals with who else decides (names them, or approval)."""
    names = concepts(" ".join(case.counterpart.authority.with_))
    return any(_APPROVAL.search(o.text) or names & concepts(o.text) for o in case.objections)


def _closest_ask(case: Case, about: str) -> str:
    words = concepts(about)
    if not case.asks:
        return case.goal.what
    return max(case.asks, key=lambda a: len(words & concepts(a.text))).text.rstrip(".")


def _with_receipt(case: Case, candidate: _Candidate, opening: str, *about: str) -> _Candidate:
    """The candidate with a first-person counter that cites the closest receipt."""
    evidence = _closest_receipt(case, " ".join(about))
    if evidence is None:
        return replace(candidate, counter=opening, note="add evidence that backs this counter (VALUE.RECEIPTS)")
    outcome = f" ({evidence.outcome.rstrip('.')})" if evidence.outcome else ""
    counter = f"{opening} The receipt: {evidence.claim.rstrip('.')}{outcome}."
    return replace(candidate, counter=counter, evidence=[evidence.id])


def _closest_receipt(case: Case, about: str) -> Evidence | None:
    """The evidence sharing most concepts with ``about``; ties go to differentiating, quantified, earlier items."""
    if not case.evidence:
        return None
    words = concepts(about)

    def shared(evidence: Evidence) -> int:
        count = len(words & concepts(f"{evidence.claim} {evidence.outcome or ''}"))
        return count if count >= 2 else 0  # one shared word is chance, not relevance

    ranked = sorted(
        enumerate(case.evidence),
        key=lambda pair: (
            -shared(pair[1]),
            not pair[1].differentiating,
            pair[1].quantity is None,
            pair[0],
        ),
    )
    return ranked[0][1]
