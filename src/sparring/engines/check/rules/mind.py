"""Rehearsal, objections, obstacles, range and policy research, the long game, moving goalposts."""

from __future__ import annotations

from collections.abc import Iterator

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.engines.check.registry import SALARY_KINDS, rule
from sparring.engines.check.rules.offer import valid_reasons
from sparring.engines.check.text import amount, quote
from sparring.model.case import Case

MIN_OBJECTIONS = 3
ANCHOR_TOLERANCE = 0.03


@rule("OBJECTIONS.FORECAST")
def objections_forecast(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "OBJECTIONS.FORECAST"
    count = len(case.objections)
    if count < MIN_OBJECTIONS:
        yield Finding(
            p,
            "warning",
            "objections",
            f"Only {count} objection{'s' if count != 1 else ''} forecast.",
            "List the top five reasons they might say no, each with a prepared counter.",
        )
    for item in case.objections:
        at = f"objections[{item.id}]"
        if not item.counter:
            yield Finding(
                p,
                "warning",
                f"{at}.counter",
                f"No counter for {quote(item.text)}.",
                "Prepare the answer now, ideally backed by evidence (`evidence: [ev-…]`).",
            )
        elif not item.evidence and case.evidence:
            yield Finding(
                p,
                "tip",
                f"{at}.evidence",
                f"The counter to {quote(item.text)} cites no evidence.",
                "Link the receipt that supports it (`evidence: [ev-…]`).",
            )


@rule("MIND.DEFENSIVE_PESSIMISM")
def defensive_pessimism(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "MIND.DEFENSIVE_PESSIMISM"
    if not case.obstacles:
        yield Finding(
            p,
            "warning",
            "obstacles",
            "No obstacles are planned for.",
            "Expect what could go wrong (the meeting moves, a new decision-maker, a freeze) and write how "
            "you would respond to each.",
        )
    for item in case.obstacles:
        if not item.response:
            yield Finding(
                p,
                "tip",
                f"obstacles[{item.id}].response",
                f"No response planned for {quote(item.text)}.",
                "Write the first thing you would do if it happens.",
            )


@rule("REHEARSE")
def rehearse(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    if ctx.rehearsals == 0:
        yield Finding(
            "REHEARSE",
            "warning",
            "rehearsals",
            "This plan has never been rehearsed.",
            "Role-play it: the counterpart pushing back from their priorities, then the flip, until "
            "saying no to you feels unwise.",
        )
    if not case.pitch:
        yield Finding(
            "REHEARSE",
            "tip",
            "pitch",
            "There is no written pitch.",
            "Write the opening in a few sentences: the ask, tied to their incentive, with one receipt.",
        )


@rule("LONG_GAME")
def long_game(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    if case.meeting is not None and case.follow_up is None:
        yield Finding(
            "LONG_GAME",
            "tip",
            "follow_up",
            "No follow-up date is set.",
            "Set `follow_up`: every no is 'not aligned yet'; decide when you will come back to it.",
        )
    if case.outcome and case.outcome.unforeseen_objections:
        first = case.outcome.unforeseen_objections[0]
        yield Finding(
            "LONG_GAME",
            "tip",
            "outcome.unforeseen_objections",
            f"{len(case.outcome.unforeseen_objections)} objection(s) came up that you had not forecast, "
            f"e.g. {quote(first)}.",
            "Add them to `objections` with counters for the next round.",
        )


@rule("WIN.SHARE_EARLY")
def share_early(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    if case.meeting is None or not ctx.history:
        return
    before = [v for v in ctx.history if v.saved_on <= case.meeting]
    after = [v for v in ctx.history if v.saved_on > case.meeting]
    if not before or not after:
        return
    base = before[-1].data
    for part in ("goal", "tiers"):
        if any(v.data.get(part) != base.get(part) for v in after):
            yield Finding(
                "WIN.SHARE_EARLY",
                "warning",
                part,
                f"The {part} changed after the meeting on {case.meeting:%d %b %Y}.",
                "Moving the goalposts after talks start costs trust; if it must change, say so openly and explain why.",
            )


@rule("RANGE.RESEARCH", kinds=SALARY_KINDS)
def range_research(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "RANGE.RESEARCH"
    market = case.market
    if market is None:
        yield Finding(
            p,
            "warning",
            "market",
            "No market range is recorded.",
            "Research the low, median and high for a similar role (e.g. `sparring market` once available, "
            "salary surveys, your network) and add `market` with its source.",
        )
        return
    lever = next((lv for lv in case.levers if lv.unit == market.unit and lv.range is not None), None)
    ideal = case.tiers.ideal or {}
    value = ideal.get(lever.id) if lever else None
    ask = float(value) if isinstance(value, (int, float)) else case.goal.amount
    if ask is None or (case.goal.unit and market.unit and case.goal.unit != market.unit and lever is None):
        return
    ask = _as_market_pay(case, lever.id if lever else None, ask)
    previous = case.job_offer.previous_earnings if case.job_offer else None
    anchored = (
        previous is not None
        and bool(previous.amount)
        and abs(ask - previous.amount) <= ANCHOR_TOLERANCE * previous.amount
    )
    # Closing the gap to what you earn now is the valid reason itself, not an anchor.
    justified = any(kind == "below_previous_earnings" for _, kind in valid_reasons(case))
    if anchored and previous is not None and not justified:
        yield Finding(
            p,
            "warning",
            "goal.amount",
            f"Your ask ({amount(ask, market.unit)}) is anchored on your previous pay "
            f"({amount(previous.amount, previous.unit)}).",
            f"Anchor on the market for the role (median {amount(market.median, market.unit)}), not your past salary.",
        )
    if ask < market.median and not anchored:
        yield Finding(
            p,
            "warning",
            "goal.amount",
            f"Your ask ({amount(ask, market.unit)}) is below the market median ({amount(market.median, market.unit)}).",
            "Ask near the upper end of the range with a rationale, unless you have a stated reason to be "
            "below the middle.",
        )
    elif not any(e.differentiating or e.kind == "benchmark" for e in case.evidence):
        yield Finding(
            p,
            "tip",
            "evidence",
            f"Your ask is above the median ({amount(market.median, market.unit)}) with no stated rationale.",
            "Add the evidence that puts you above average (`differentiating: true`, or a benchmark).",
        )


def _as_market_pay(case: Case, lever_id: str | None, ask: float) -> float:
    """The ask in the market's terms. OEWS wages include commissions, so when the offer is quoted as
    on-target earnings (base plus commission), a base ask is compared as the OTE it implies: the
    offered OTE moved by what the ask adds to today's base (72k base, 112k OTE, asking 80k → 120k)."""
    market, offer = case.market, case.job_offer.offer if case.job_offer else None
    if market is None or offer is None or "ote" not in (offer.unit or "").lower():
        return ask
    if not (market.source or "").lower().startswith("oews"):
        return ask
    base = (case.current or {}).get(lever_id or "")
    if not isinstance(base, int | float) or offer.amount is None:
        return ask
    return float(offer.amount) + ask - float(base)


@rule("POLICY.RESEARCH", kinds={"flexibility"})
def policy_research(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "POLICY.RESEARCH"
    flex = case.flexibility
    if flex is None or not flex.policy_notes:
        yield Finding(
            p,
            "warning",
            "flexibility.policy_notes",
            "The policy behind the request is not researched.",
            "Note what the policy says, why it exists and how it affects others.",
        )
    if flex is None or not flex.tasks:
        yield Finding(
            p,
            "warning",
            "flexibility.tasks",
            "There is no task table.",
            "List the parts of the job with `remote: true/false` and hours, to show what can be done "
            "remotely and what needs presence.",
        )
    if flex is None or not flex.team_impact:
        yield Finding(
            p,
            "tip",
            "flexibility.team_impact",
            "The effect on the team is not described.",
            "Say how the team's work, meetings and cover continue.",
        )
