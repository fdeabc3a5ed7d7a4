"""Steps 1-2: a precise goal (`GOAL.SPECIFIC`) proven with receipts (`VALUE.RECEIPTS`)."""

from __future__ import annotations

from collections.abc import Iterator

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.engines.check.registry import rule
from sparring.engines.check.text import (
    effort_in_pitch,
    has_number,
    invalid_reasons_in_pitch,
    is_effort_only,
    is_vague_goal,
    is_vague_time,
    names_an_outcome,
    quote,
)
from sparring.model.case import Case
from sparring.model.goal import Evidence

MONEY_KINDS = {"raise", "job_offer", "deal", "resources"}
# A benchmark or a competing offer proves a fact (the going rate, the other number); its
# "outcome" is the comparison, so it is not asked for a measurable result.
_FACTS = ("benchmark", "competing_offer")


@rule("GOAL.SPECIFIC")
def goal_specific(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    goal = case.goal
    p = "GOAL.SPECIFIC"
    if is_vague_goal(goal.what) and goal.amount is None:
        yield Finding(
            p,
            "blocker",
            "goal.what",
            f"{quote(goal.what)} is a category, not a goal.",
            "Name the exact outcome: an amount and unit (e.g. 'base salary of 132,000 USD/year'), "
            "a title, a budget or a number of days.",
        )
    elif goal.amount is None and case.kind in MONEY_KINDS and not has_number(goal.what):
        yield Finding(
            p,
            "blocker",
            "goal.amount",
            f"The goal {quote(goal.what)} has no amount.",
            "Add `amount` and `unit`, e.g. `amount: 132000` and `unit: USD/year`.",
        )
    if goal.deadline is None:
        example = f"the meeting on {case.meeting:%d %b %Y}" if case.meeting else "the Q3 budget review on 12 Sep"
        yield Finding(
            p,
            "blocker",
            "goal.deadline",
            "The goal has no deadline: by when must it be decided?",
            f"Add a deadline, e.g. a date shortly after {example} (`deadline: YYYY-MM-DD`).",
        )
    if not goal.why_now or is_vague_time(goal.why_now):
        said = f" ({quote(goal.why_now)} is not a reason)" if goal.why_now else ""
        yield Finding(
            p,
            "blocker",
            "goal.why_now",
            f"The goal does not say why it matters now{said}.",
            "Add `why_now`: the event that makes this the moment, e.g. 'the Q3 review sets next year's bands'.",
        )


@rule("VALUE.RECEIPTS")
def value_receipts(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "VALUE.RECEIPTS"
    if not case.evidence:
        yield Finding(
            p,
            "blocker",
            "evidence",
            "There is no evidence of your value.",
            "Add at least one receipt: a result with a number and unit, tied to a business outcome, "
            "e.g. 'ramp time cut from 9 to 5 weeks → six hires productive a month sooner'.",
        )
        return
    for item in case.evidence:
        at = f"evidence[{item.id}]"
        counted = _counted(item)
        if is_effort_only(item.claim) and not counted:
            yield Finding(
                p,
                "warning",
                at,
                f"{quote(item.claim)} describes effort, not a result.",
                "Replace effort with a measured result: what changed, by how much, for whom.",
            )
        elif item.quantity is None:
            yield Finding(
                p,
                "warning",
                f"{at}.quantity",
                f"{quote(item.claim)} has no number.",
                "Add `quantity: {value: …, unit: …}` (money, %, time saved, customers, incidents…).",
            )
        elif not counted:
            yield Finding(
                p,
                "warning",
                f"{at}.quantity.value",
                f"{quote(item.claim)} has the number 0, out of nothing: it proves nothing.",
                "Put the size of the result in `quantity.value` (money, %, time saved…); for a result of "
                "zero, say out of how many, e.g. `value: 0, unit: missed deadlines in 3 remote weeks`.",
            )
        if not item.outcome:
            yield Finding(
                p,
                "warning",
                f"{at}.outcome",
                f"{quote(item.claim)} is not tied to a business outcome.",
                "Add `outcome`: the result the counterpart cares about (revenue, cost, risk, retention…).",
            )
        elif item.kind not in _FACTS and not names_an_outcome(item.outcome) and not has_number(item.outcome):
            yield Finding(
                p,
                "tip",
                f"{at}.outcome",
                f"The outcome {quote(item.outcome)} names no measurable result.",
                "Say it in the counterpart's terms: money, time, customers, risk or a metric they report.",
            )


def _counted(item: Evidence) -> bool:
    """Zero is a result only against a base ("0 missed deadlines in 3 remote weeks"); a bare 0
    is the template's placeholder, not a number."""
    q = item.quantity
    return q is not None and (q.value != 0 or has_number(q.unit) or has_number(item.claim))


def is_effort(item: Evidence) -> bool:
    """A receipt that shows effort ("I always stay late") and no measured result."""
    return is_effort_only(item.claim) and not _counted(item)


@rule("MISTAKE.LEVERAGE_NO_PROOF")
def leverage_no_proof(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """People decide by their incentives, not by how hard you worked: effort alone is no leverage."""
    p = "MISTAKE.LEVERAGE_NO_PROOF"
    effort = [item for item in case.evidence if is_effort(item)]
    if effort and len(effort) == len(case.evidence):
        said = "; ".join(quote(item.claim) for item in effort[:2])
        yield Finding(
            p,
            "blocker",
            "evidence",
            f"Your evidence is effort, not results ({said}): hours and dedication prove nothing they are measured on.",
            "Replace it with what the effort achieved, in their terms: a number, a unit and the business "
            "outcome (deadlines met out of how many, money saved, customers kept).",
        )
    for draft in case.pitch:
        claim = next((cue for kind, cue in invalid_reasons_in_pitch(draft.text) if kind == "I deserve it"), None)
        if claim and case.kind != "job_offer":  # job offers: OFFER.VALID_REASON reads the pitch
            yield Finding(
                p,
                "warning",
                f"pitch[{draft.id}].text",
                f"The pitch claims merit ({quote(claim)}) instead of proving it.",
                "Replace the claim with the receipt: the result, its number and what it did for them.",
            )
        words = effort_in_pitch(draft.text)
        if words:
            yield Finding(
                p,
                "warning",
                f"pitch[{draft.id}].text",
                f"The pitch argues from effort ({quote(words)}), not from results.",
                "Say the result and what it did for them instead; effort invites 'everyone works hard'.",
            )
