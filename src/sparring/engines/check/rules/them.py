"""Step 3 and its practices: research the counterpart, their constraints, their shoes, leaders."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.engines.check.registry import rule
from sparring.engines.check.rules.tiers import tiers_of
from sparring.engines.check.text import amount, normal, quote, shapes_the_process
from sparring.model.case import Case
from sparring.model.levers import Lever, LeverLimit, LeverValue

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
    "team lead",
    "tech lead",
    "lead of",
    "founder",
    "partner",
)
# "Manager" or "partner" names a function, not a team, after these words: a procurement
# manager is measured on spend and savings, an HR business partner advises leaders.
_FUNCTION_TITLES = re.compile(
    r"\b(procurement|purchasing|category|sourcing|vendor|supplier|contracts?|account|accounts|product|"
    r"project|programme|program|office|case|property|facilities|release|community|buyer|key account|"
    r"relationship|portfolio|compensation|benefits|payroll|recruitment|talent acquisition)\s+manager\b"
    r"|\b(business|talent|hr|people|finance|learning|channel|delivery)\s+partner\b"
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
    yield from _tiers_a_constraint_forbids(case)
    for item in constraints:
        if not item.why:
            yield Finding(
                p,
                "tip",
                f"counterpart.constraints[{item.id}].why",
                f"{quote(item.text)} has no reason.",
                "Add `why`: knowing the reason shows whether it can bend (and how).",
            )


def _tiers_a_constraint_forbids(case: Case) -> Iterator[Finding]:
    """A tier asking what a fixed constraint forbids cannot be granted: Likely or Minimum is a
    blocker (the realistic win is impossible), Ideal a warning (an anchor they must refuse)."""
    levers = {lever.id: lever for lever in case.levers}
    for item in case.counterpart.constraints:
        if not item.fixed:
            continue
        for name, pkg in tiers_of(case):
            for lever_id, limit in item.binds.items():
                if lever_id not in pkg or lever_id not in levers:
                    continue
                breach = forbidden(levers[lever_id], pkg[lever_id], limit)
                if breach:
                    yield Finding(
                        "THEM.CONSTRAINTS",
                        "warning" if name == "ideal" else "blocker",
                        f"tiers.{name}.{lever_id}",
                        f"The {name.title()} tier asks for {levers[lever_id].label} {breach}, which the fixed "
                        f"constraint {quote(item.text)} forbids.",
                        "Move that lever inside the constraint and ask on one they can move; if you think it "
                        "can bend, find out why it is fixed before the meeting (and mark it fixed: false).",
                    )


def forbidden(lever: Lever, value: LeverValue, limit: LeverLimit) -> str | None:
    """How ``value`` is outside what a constraint allows on ``lever``, or None."""
    if isinstance(value, str):
        if limit.accept is not None and value not in limit.accept:
            return f"{value!r} (it allows {', '.join(limit.accept)})"
        return None
    if limit.max is not None and value > limit.max:
        return f"{amount(value, lever.unit)} (it allows at most {amount(limit.max, lever.unit)})"
    if limit.min is not None and value < limit.min:
        return f"{amount(value, lever.unit)} (it needs at least {amount(limit.min, lever.unit)})"
    return None


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


def is_leader(role_text: str | None) -> bool:
    """Does the role lead people? "Engineering Manager" does; "Procurement Manager" does not."""
    words = " ".join(re.findall(r"[a-z&]+", normal(role_text)))
    if not re.search(r"\b(team|people manager|manages|reports)\b", words):
        words = _FUNCTION_TITLES.sub(" ", words)
    return any(f" {r} " in f" {words} " for r in _LEADER_ROLES)


@rule("LEADER.INCENTIVES")
def leader_incentives(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    if not is_leader(case.counterpart.role):
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
    process = case.counterpart.decision_process
    if not process:
        yield Finding(
            "PROCESS.SHAPE",
            "tip",
            "counterpart.decision_process",
            "The decision process is not described.",
            "Ask how the decision is made, by whom and by what criteria; propose a shape (phases, a "
            "pilot, a review date) instead of accepting a one-sided process.",
        )
    elif not shapes_the_process(process):
        yield Finding(
            "PROCESS.SHAPE",
            "warning",
            "counterpart.decision_process",
            f"The decision process {quote(process)} is one-sided: it says how papers move, not how the "
            "decision is made, by whom or by what criteria.",
            "Ask who decides and on which criteria, and propose a shape: a joint review of the scope, a "
            "pilot or phases, a decision date.",
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
