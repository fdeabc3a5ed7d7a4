"""Job-offer discipline: `OFFER.VALID_REASON`, `OFFER.MARKET`, `OFFER.HOW`."""

from __future__ import annotations

from collections.abc import Iterator

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.engines.check.registry import rule
from sparring.engines.check.text import (
    amount,
    invalid_reason,
    invalid_reasons_in_pitch,
    quote,
    valid_reason,
    wants_the_job,
)
from sparring.model.case import Case
from sparring.model.specifics import OfferReason

GAP_TOLERANCE = 0.03
VALID_KINDS = ("below_previous_earnings", "larger_scope", "terms_differ", "competing_offer")
_VALID_FIX = (
    "Negotiate only for a real obstacle to saying yes: pay below what you earn now, a larger scope than "
    "standard (with evidence), terms different from what was described, or a competing offer you would "
    "take."
)


def classify(reason: OfferReason) -> str:
    """The reason's kind: a valid kind, ``other`` (valid only with evidence) or ``invalid:<why>``."""
    bad = invalid_reason(reason.text)
    if bad:
        return f"invalid:{bad}"
    if reason.kind in VALID_KINDS:
        return reason.kind
    read = valid_reason(reason.text)
    if read:
        return read
    return "other"


def valid_reasons(case: Case) -> list[tuple[OfferReason, str]]:
    offer = case.job_offer
    reasons = offer.reasons if offer else []
    return [(r, k) for r in reasons if not (k := classify(r)).startswith("invalid") and (k != "other" or r.evidence)]


@rule("OFFER.VALID_REASON", kinds={"job_offer"})
def offer_valid_reason(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "OFFER.VALID_REASON"
    offer = case.job_offer
    if offer is None or not offer.reasons:
        yield Finding(p, "blocker", "job_offer.reasons", "No reason to negotiate the offer is given.", _VALID_FIX)
        return
    for reason in offer.reasons:
        kind = classify(reason)
        at = f"job_offer.reasons[{reason.id}]"
        if kind.startswith("invalid:"):
            yield Finding(
                p,
                "warning",
                at,
                f"{quote(reason.text)} reads as “{kind[8:]}”, which is not a valid reason to push back on an offer.",
                _VALID_FIX,
            )
        elif kind == "other" and not reason.evidence:
            yield Finding(
                p,
                "warning",
                at,
                f"{quote(reason.text)} is not one of the valid kinds and has no evidence.",
                "Link evidence (`evidence: [ev-…]`) or restate it as one of the valid kinds.",
            )
        elif kind == "below_previous_earnings" and offer.previous_earnings and offer.offer:
            if offer.offer.amount >= offer.previous_earnings.amount:
                yield Finding(
                    p,
                    "warning",
                    at,
                    f"The offer ({amount(offer.offer.amount, offer.offer.unit)}) is not below your previous "
                    f"earnings ({amount(offer.previous_earnings.amount, offer.previous_earnings.unit)}).",
                    "Use a reason that holds, or correct the figures.",
                )
        elif kind == "competing_offer" and (offer.competing_offer is None or not offer.competing_offer.would_take):
            yield Finding(
                p,
                "warning",
                at,
                "A competing offer is only leverage if you would sincerely take it.",
                "Record it under `job_offer.competing_offer` with `would_take: true`, or drop this reason.",
            )
    valid = valid_reasons(case)
    if not valid:
        yield Finding(
            p, "blocker", "job_offer.reasons", "None of the reasons given is a valid reason to negotiate.", _VALID_FIX
        )
    elif {kind for _, kind in valid} == {"below_previous_earnings"}:
        yield from _ask_beyond_the_gap(case)
    elif {kind for _, kind in valid} == {"terms_differ"}:
        yield from _pay_without_a_reason(case)
    for draft in case.pitch:
        said = invalid_reasons_in_pitch(draft.text)
        if said:
            words = ", ".join(quote(cue) for _, cue in said)
            kinds = ", ".join(f"“{kind}”" for kind, _ in said)
            yield Finding(
                p,
                "warning",
                f"pitch[{draft.id}].text",
                f"The pitch says {words}: it reads {kinds} aloud, which "
                f"{'is not a valid reason' if len(said) == 1 else 'are not valid reasons'} to push back on an offer.",
                "Say only the real obstacle to yes (the gap to your previous pay, the larger scope, the other "
                "offer), and that you want the job.",
            )


def offer_ask(case: Case) -> float | None:
    """What the plan asks for on the offer's money lever: the Ideal tier's value, else the goal's amount."""
    offer = case.job_offer
    unit = offer.offer.unit if offer and offer.offer else None
    lever = next((lv for lv in case.levers if lv.range is not None and lv.unit == unit), None)
    value = (case.tiers.ideal or {}).get(lever.id) if lever else None
    if isinstance(value, (int, float)):
        return float(value)
    return case.goal.amount


def _pay_without_a_reason(case: Case) -> Iterator[Finding]:
    """Terms that differ from what was described justify asking for those terms, not for more pay."""
    offer = case.job_offer
    assert offer is not None
    ask, offered = offer_ask(case), offer.offer
    if ask is None or offered is None or ask <= offered.amount * (1 + GAP_TOLERANCE):
        return
    yield Finding(
        "OFFER.VALID_REASON",
        "warning",
        "job_offer.reasons",
        f"Your valid reasons are about terms that differ from what was described, not pay, yet you ask "
        f"{amount(ask, offered.unit)} against an offer of {amount(offered.amount, offered.unit)}.",
        "Ask for the terms you were promised; keep a pay ask only with a reason for it (pay below what you "
        "earn now, a larger scope, a competing offer you would take).",
    )


def _ask_beyond_the_gap(case: Case) -> Iterator[Finding]:
    """Pay below your previous earnings justifies closing that gap, not an ask well beyond it."""
    offer = case.job_offer
    assert offer is not None
    ask, previous, offered = offer_ask(case), offer.previous_earnings, offer.offer
    if ask is None or previous is None or offered is None or offered.amount >= previous.amount:
        return
    if ask <= previous.amount * (1 + GAP_TOLERANCE):
        return
    unit = offered.unit
    yield Finding(
        "OFFER.VALID_REASON",
        "warning",
        "job_offer.reasons",
        f"Your only reason, pay below your previous {amount(previous.amount, previous.unit)}, covers "
        f"{amount(previous.amount - offered.amount)} of the {amount(ask - offered.amount)} you ask for "
        f"({amount(ask, unit)} against an offer of {amount(offered.amount, unit)}).",
        f"Ask for what the reason covers (about {amount(previous.amount, previous.unit)}), or give the "
        "real reason for the rest (a larger scope with evidence, a competing offer you would take).",
    )


@rule("OFFER.MARKET", kinds={"job_offer"})
def offer_market(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    offer = case.job_offer
    condition = offer.market_condition if offer else None
    if condition is None:
        yield Finding(
            "OFFER.MARKET",
            "warning",
            "job_offer.market_condition",
            "The market condition is not set.",
            "Set `market_condition` to employer, balanced or candidate: in an employer's market there are "
            "other strong candidates, and pushing without a real reason can lose the offer.",
        )
        return
    evidenced = [r for r, _ in valid_reasons(case) if r.evidence]
    if condition == "employer" and not evidenced:
        yield Finding(
            "OFFER.MARKET",
            "warning",
            "job_offer.reasons",
            "In an employer's market, none of your reasons is backed by evidence.",
            "Link each reason to evidence (a pay slip, the job description, the other offer) so the leverage is real.",
        )


@rule("OFFER.HOW", kinds={"job_offer"})
def offer_how(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    for draft in case.pitch:
        if not wants_the_job(draft.text):
            yield Finding(
                "OFFER.HOW",
                "warning",
                f"pitch[{draft.id}].text",
                "The pitch never says you want the job.",
                "Say it first ('I want this role and I'd like to say yes'), then the one or two gaps: an "
                "employer who doubts you want the job has less reason to close them.",
            )
    if len(case.asks) > 2:
        yield Finding(
            "OFFER.HOW",
            "warning",
            "asks",
            f"You have {len(case.asks)} asks: a list of demands.",
            "Keep to one or two items that close the real gap; be ready to accept the original offer.",
        )
    current, ideal = case.current, case.tiers.ideal
    if current and ideal:
        changed = [k for k, v in ideal.items() if k in current and current[k] != v]
        if len(changed) > 2:
            yield Finding(
                "OFFER.HOW",
                "warning",
                "tiers.ideal",
                f"Your Ideal changes {len(changed)} terms of the offer ({', '.join(changed)}).",
                "Ask for one or two changes, clearly tied to your reason; more reads as a list of demands.",
            )
