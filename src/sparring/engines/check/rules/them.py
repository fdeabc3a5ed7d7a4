"""Step 3 and its practices: research the counterpart, their constraints, their shoes, leaders."""

from __future__ import annotations

from collections.abc import Iterator

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.engines.check.registry import rule
from sparring.engines.check.text import normal, quote
from sparring.model.case import Case

RESEARCH_WINDOW_DAYS = 14
_LEADER_ROLES = (
    "manager",
    "director",
    "vp",
    "vice president",
    "head of",
    "cto",
    "ceo",
    "cfo",
    "coo",
    "chief",
    "lead",
    "founder",
    "partner",
    "principal",
)
_LEADER_METRICS = (
    "team", "attrition", "retention", "succession", "successor", "number two", "risk", "optics", "delivery",
    "headcount", "morale", "engagement", "promotion", "hiring", "roadmap", "reputation", "on-call", "oncall",
    "burnout", "budget", "audit", "compliance", "security", "incident", "breach", "board",
)  # fmt: skip


@rule("THEM.RESEARCH")
def them_research(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "THEM.RESEARCH"
    incentives = case.counterpart.incentives
    if not incentives:
        yield Finding(
            p,
            "blocker",
            "counterpart.incentives",
            "The counterpart has no incentives listed.",
            "Ask: 'If I were this person, what would my top three professional incentives be, and why?' "
            "Add each with its metric (how they are measured).",
        )
        return
    if all(i.status == "hypothesis" for i in incentives) and case.meeting is not None:
        days = (case.meeting - ctx.today).days
        if 0 <= days <= RESEARCH_WINDOW_DAYS:
            yield Finding(
                p,
                "warning",
                "counterpart.incentives",
                f"All {len(incentives)} incentives are unvalidated guesses and the meeting is in {days} days.",
                "Validate at least the top one before the meeting (a 1:1 question, their OKRs, a peer) and "
                "set `status: validated` with its `source`.",
            )


@rule("THEM.CONSTRAINTS")
def them_constraints(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "THEM.CONSTRAINTS"
    constraints = case.counterpart.constraints
    if not constraints:
        yield Finding(
            p,
            "warning",
            "counterpart.constraints",
            "No constraints of the counterpart are recorded.",
            "List what limits them (budget cycles, policy, internal equity, compliance) and mark each "
            "`fixed: true` or `false`; ask about them if you don't know.",
        )
        return
    for item in constraints:
        if not item.why:
            yield Finding(
                p,
                "tip",
                f"counterpart.constraints[{item.id}].why",
                f"{quote(item.text)} has no reason.",
                "Add `why`: knowing the reason shows whether it can bend (and how).",
            )


@rule("THEM.SHOES")
def them_shoes(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "THEM.SHOES"
    cp = case.counterpart
    if cp.authority.decides == "unknown":
        yield Finding(
            p,
            "blocker",
            "counterpart.authority.decides",
            "You don't know whether the counterpart can say yes.",
            "Find out who decides: set `authority.decides` to yes, partly or no, and list the others in "
            "`authority.with`.",
        )
    if not cp.risks_of_yes:
        yield Finding(
            p,
            "warning",
            "counterpart.risks_of_yes",
            "No risks of saying yes are recorded for them.",
            "Add what a yes costs them (a precedent, budget, their credibility) and how you reduce it.",
        )
    if not cp.ripple_effects:
        yield Finding(
            p,
            "tip",
            "counterpart.ripple_effects",
            "No ripple effects of a yes are recorded.",
            "Add who else a yes affects (peers asking for the same, other teams) and how to handle it.",
        )


@rule("LEADER.INCENTIVES")
def leader_incentives(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    role = normal(case.counterpart.role)
    if not role or not any(word in f" {role} " for word in (f" {r}" for r in _LEADER_ROLES)):
        return
    texts = " ".join(normal(f"{i.text} {i.metric or ''}") for i in case.counterpart.incentives)
    if case.counterpart.incentives and not any(word in texts for word in _LEADER_METRICS):
        yield Finding(
            "LEADER.INCENTIVES",
            "tip",
            "counterpart.incentives",
            f"The counterpart is a leader ({quote(case.counterpart.role)}) but none of their incentives is "
            "about their team, succession or risk.",
            "Leaders are measured on team results, succession, risk and optics: add the one your ask "
            "helps (e.g. 'a number two who can run the team when they are away').",
        )


@rule("PROCESS.SHAPE")
def process_shape(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    if not case.counterpart.decision_process:
        yield Finding(
            "PROCESS.SHAPE",
            "tip",
            "counterpart.decision_process",
            "The decision process is not described.",
            "Ask how the decision is made, by whom and by what criteria; propose a shape (phases, a "
            "pilot, a review date) instead of accepting a one-sided process.",
        )


@rule("WIN.TRUST")
def win_trust(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    rel = case.counterpart.relationship
    if rel is None:
        return
    low = rel.trust == "low" or rel.stage in ("new", "strained")
    has_track_record = any(e.kind == "track_record" for e in case.evidence)
    if low and not has_track_record:
        state = rel.trust + " trust" if rel.trust == "low" else f"a {rel.stage} relationship"
        yield Finding(
            "WIN.TRUST",
            "tip",
            "counterpart.relationship",
            f"With {state}, a plan that relies on openness is fragile.",
            "Lean on proof rather than goodwill: add a track record of promises kept, and offer a "
            "smaller first step (a pilot, a review date) that builds trust.",
        )
