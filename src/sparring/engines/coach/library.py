"""The offline incentive library: what people in typical roles are usually measured on (LEADER.INCENTIVES).

Leaders are measured on their team's results, succession, risk and optics; specialists such as
procurement or HR on their own function's metrics. Without a language model, the coach seeds
incentive hypotheses from here, matched from the counterpart's role text by keywords. The
library is data, not a model: the same role text always gives the same profile.

Matching order matters: a function (HR, procurement, sales, technology, the company's top
job) says more about someone's metrics than their level, so "Regional Sales Director" is a
sales leader and "Senior Category Manager, IT Procurement" is procurement; only then do the
levels apply (VP, director, manager). Anything else gets the generic profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TypicalIncentive:
    """One usual incentive of a role: what they want, how it is measured, and why it matters to them."""

    text: str
    metric: str
    why: str


@dataclass(frozen=True)
class RoleProfile:
    key: str
    title: str
    patterns: tuple[str, ...]
    """Regular expressions (matched case-insensitively against the role text)."""
    incentives: tuple[TypicalIncentive, ...]


def _i(text: str, metric: str, why: str) -> TypicalIncentive:
    return TypicalIncentive(text, metric, why)


HR = RoleProfile(
    "hr",
    "HR business partner",
    (r"\bhr\b", r"\bhrbp\b", r"human resources", r"\bpeople (partner|operations|team|officer)", r"talent",
     r"recruit", r"compensation", r"total rewards"),
    (
        _i("keep pay fair and inside the salary bands", "pay equity and compa-ratio by band",
           "internal equity is their responsibility, and every exception becomes a precedent they must defend"),
        _i("reduce regrettable attrition in the teams they support", "attrition and exit-interview trends",
           "losing people the business wanted to keep is counted against the HR partner too"),
        _i("apply policy consistently and avoid legal or precedent risk", "exceptions granted and grievances raised",
           "an inconsistent decision can turn into a complaint, a claim or a wave of similar requests"),
        _i("support managers' succession and development plans", "promotion readiness and development plans completed",
           "a bench of ready successors is one of the outcomes they report to leadership"),
        _i("stay within the compensation budget", "merit and off-cycle spend against budget",
           "overspending the pay budget is visible to finance and the leadership team"),
    ),
)  # fmt: skip

PROCUREMENT = RoleProfile(
    "procurement",
    "procurement",
    (r"procurement", r"purchasing", r"\bbuyer\b", r"sourcing", r"category manager", r"supply chain",
     r"vendor management", r"supplier"),
    (
        _i("achieve savings against budget or last year's price", "negotiated savings and price variance",
           "procurement teams are usually measured on the savings they can show"),
        _i("reduce supplier risk", "supplier risk score and single-source dependencies",
           "a supplier failure lands on them even when the business chose the supplier"),
        _i("keep contracts compliant with policy and standard terms", "contract compliance and non-standard clauses",
           "every non-standard term needs approval and is audited later"),
        _i("improve payment terms and working capital", "days payable outstanding",
           "finance counts longer payment terms as cash the company keeps"),
        _i("deliver what the business stakeholders need on time", "stakeholder satisfaction and sourcing cycle time",
           "internal customers judge procurement on whether it helped or slowed them down"),
    ),
)  # fmt: skip

SALES = RoleProfile(
    "sales",
    "sales leader",
    (r"\bsales\b", r"\bcro\b", r"chief revenue", r"revenue officer", r"business development", r"commercial director",
     r"account director"),
    (
        _i("hit the quarterly revenue quota", "bookings against quota",
           "quota attainment decides their bonus and their standing with leadership"),
        _i("build a pipeline that covers next quarter", "pipeline coverage ratio",
           "a thin pipeline now is a missed number next quarter"),
        _i("protect deal margin and limit discounting", "average discount and gross margin",
           "heavy discounting is reviewed by finance and erodes the targets above them"),
        _i("keep and ramp good sellers quickly", "rep attainment, ramp time and sales attrition",
           "territories without a productive seller miss quota"),
        _i("forecast accurately to leadership", "forecast accuracy",
           "surprises in the forecast damage their credibility more than a modest number"),
    ),
)  # fmt: skip

CTO = RoleProfile(
    "cto",
    "CTO",
    (r"\bcto\b", r"chief technology", r"chief technical", r"\bcio\b", r"chief information officer",
     r"chief digital"),
    (
        _i("ship the product roadmap the business depends on", "roadmap delivery and release cadence",
           "the rest of the leadership team judges technology by whether it ships what was promised"),
        _i("keep systems reliable and secure", "uptime, major incidents and security findings",
           "an outage or a breach is the most visible failure a CTO can have"),
        _i("control cloud and tooling spend", "infrastructure cost as a share of revenue",
           "technology cost is one of the largest lines the board and the CFO watch"),
        _i("hire and keep strong engineers", "time to hire and engineering attrition",
           "the roadmap depends on a stable team of experienced people"),
        _i("reduce technical debt and platform risk", "share of time spent on unplanned work",
           "debt slows every future project and raises the risk of incidents"),
    ),
)  # fmt: skip

FOUNDER = RoleProfile(
    "founder",
    "founder/CEO",
    (r"\bceo\b", r"chief executive", r"founder", r"\bowner\b", r"managing director",
     r"(?<!vice )(?<!vice-)\bpresident\b", r"general manager"),
    (
        _i("grow revenue and hit the targets promised to the board or investors", "revenue growth and ARR",
           "the board and investors judge the CEO first on growth against plan"),
        _i("extend runway and protect cash", "burn rate and months of runway",
           "running out of cash ends the company, so every cost is weighed against runway"),
        _i("keep the people the company cannot afford to lose", "key-person retention",
           "in a small company one departure can stall a product or a customer"),
        _i("win and keep customers and protect the company's reputation", "customer retention, NPS and references",
           "customers and reputation are what the next round or sale is priced on"),
        _i("raise the company's value for the next round or exit", "valuation milestones",
           "founders' own outcome is tied to the company's value"),
    ),
)  # fmt: skip

VP = RoleProfile(
    "vp",
    "VP",
    (r"\bvp\b", r"\bsvp\b", r"\bevp\b", r"vice[ -]president", r"\bcoo\b", r"chief operating"),
    (
        _i("deliver the organisation's annual plan and strategic bets", "annual goals and board-level milestones",
           "a VP is judged on the whole organisation's results, reported to the executive team"),
        _i("keep headcount cost in line with the plan", "headcount and cost per unit of output against plan",
           "cost overruns at this level are discussed at the executive table"),
        _i("keep senior leaders and key talent", "senior attrition and succession cover for director roles",
           "losing a senior leader puts several teams' plans at risk at once"),
        _i("manage risk and reputation with the executive team", "major incidents, audit findings and escalations",
           "optics matter: a VP is expected to have no surprises"),
        _i("show the organisation scaling efficiently", "output per head and delivery predictability",
           "efficiency is how growth in headcount is justified upward"),
    ),
)  # fmt: skip

DIRECTOR = RoleProfile(
    "director",
    "director",
    (r"director", r"\bhead of\b"),
    (
        _i("hit the department's quarterly objectives across several teams", "objective (OKR) attainment",
           "a director is judged on the combined results of the teams below them"),
        _i("build a bench of managers and seniors ready to step up", "succession cover for key roles",
           "a ready bench lets the director take on more scope and is reviewed in talent planning"),
        _i("keep costs within the annual plan", "operating spend against plan",
           "budget variances are explained upward, line by line"),
        _i("avoid surprises for the VP and the leadership team", "escalations and missed commitments",
           "predictability is how directors are trusted with more"),
        _i("retain key talent through freezes and reorganisations", "retention of top performers",
           "top performers leave first when budgets tighten, and their plans leave with them"),
    ),
)  # fmt: skip

MANAGER = RoleProfile(
    "manager",
    "manager",
    (r"manager", r"team lead", r"tech lead", r"supervisor", r"\bhead of team\b", r"\blead\b"),
    (
        _i("deliver the team's committed work on time", "delivery against quarterly commitments",
           "a manager is judged on what the team delivers, not on their own output"),
        _i("keep regrettable attrition low and the team stable", "regrettable attrition, trailing 12 months",
           "replacing a strong person costs months of hiring and ramp-up and reflects on the manager"),
        _i("grow a successor who can run the team when they are away", "decisions and reviews run without them",
           "a ready number two frees the manager for promotion (LEADER.INCENTIVES)"),
        _i("stay inside the team's headcount and salary budget", "spend against the team's budget",
           "anything over budget needs sign-off above them and costs political capital"),
        _i("keep the team engaged and avoid burnout", "engagement survey score",
           "engagement results are reviewed by their own manager"),
    ),
)  # fmt: skip

GENERIC = RoleProfile(
    "generic",
    "decision-maker",
    (),
    (
        _i("meet the goals they are measured on this year", "their performance objectives",
           "people decide by their own success criteria, not by fairness"),
        _i("stay within their budget", "spend against plan",
           "an unplanned cost has to be justified to someone above them"),
        _i("avoid risk and surprises for their own boss", "escalations and exceptions",
           "a decision that goes wrong reflects on the person who approved it"),
        _i("be seen to make good decisions", "visible wins reported upward",
           "optics: a yes that makes them look good is easier to give"),
    ),
)  # fmt: skip

PROFILES: tuple[RoleProfile, ...] = (HR, PROCUREMENT, SALES, CTO, FOUNDER, VP, DIRECTOR, MANAGER)
"""In matching order: functions before levels (see the module docstring)."""

_COMPILED = tuple((profile, tuple(re.compile(p, re.IGNORECASE) for p in profile.patterns)) for profile in PROFILES)


def match_role(role: str | None) -> RoleProfile:
    """The profile for a counterpart's role text; the generic profile when nothing matches."""
    text = " ".join((role or "").split())
    for profile, patterns in _COMPILED:
        if any(p.search(text) for p in patterns):
            return profile
    return GENERIC
