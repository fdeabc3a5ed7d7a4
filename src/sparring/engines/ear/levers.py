"""What a lever is, for the ear: its kind (money, a count, months from the meeting…), the words
people use for it, and the scale of its values.

A number in a sentence can only become a value of a lever whose kind fits the number's form:
"3 days a week" fits remote days, "$40k" fits money, "net 45" fits payment days. The words come
from the lever's id, name and unit, widened by a small table of workplace synonyms (salary ~
base ~ pay; seats ~ licences ~ users), so a case needs no special wording to be understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sparring.model.levers import Lever

LeverKind = Literal[
    "money",  # an amount of money (a salary, a bonus, a budget)
    "unit_price",  # money per seat, per unit, per hour…
    "percent",
    "months_from",  # a delay: months from the meeting / the plan lock (a month name maps onto it)
    "months",  # a duration in months (a term, a trial, a guarantee)
    "weeks",
    "days",  # a number of days (support days, payment days)
    "per_week",  # days (or hours) per week
    "hours",
    "count",  # seats, engineers, hires, shares…
    "categorical",
]

_MONEY = re.compile(r"\b(usd|eur|gbp|chf|cad|aud|dollars?|euros?|pounds?)\b|[$€£]", re.I)
_PER = re.compile(r"/\s*(seat|user|unit|licen[cs]e|hour|head)\b|\bper (seat|user|unit|hour|licen[cs]e|head)\b", re.I)

SYNONYMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(keys.split()), frozenset(words.split()))
    for keys, words in (
        ("salary base pay", "salary base pay comp compensation wage"),
        ("bonus", "bonus"),
        ("sign signing sign_on", "sign-on signing sign bonus"),
        ("retention", "retention bonus"),
        ("equity options shares stock rsu", "equity options shares stock rsus grant"),
        ("price rate fee cost", "price rate fee cost seat"),
        ("seats seat licences licenses users", "seats seat licences licenses users"),
        ("term contract length", "term contract length commitment year years"),
        ("payment net", "payment net terms invoice invoices pay"),
        ("remote home wfh hybrid", "remote home wfh hybrid"),
        (
            "headcount hires engineers requisitions heads roles",
            "headcount hire hires engineers engineer heads roles requisitions reqs people",
        ),
        ("tooling tools", "tooling tools tool licences"),
        ("contractor contractors", "contractor contractors consultant"),
        ("trial pilot review", "trial pilot review"),
        ("guarantee guaranteed draw", "guarantee guaranteed draw"),
        ("support implementation onboarding", "support implementation onboarding days"),
        ("sla uptime", "sla uptime availability"),
        ("hours core", "hours core"),
        ("effective start starts takes", "start starting effective"),
        ("relocation", "relocation moving"),
        ("vacation pto leave holiday", "vacation pto leave holiday holidays days"),
        ("budget spend", "budget spend"),
    )
)
_NOISE = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "per",
        "from",
        "to",
        "in",
        "on",
        "for",
        "with",
        "and",
        "or",
        "until",
        "before",
        "after",
        "its",
        "it",
        "is",
        "are",
        "be",
        "month",
        "months",
        "year",
        "years",
        "day",
        "days",
        "week",
        "weeks",
        "usd",
        "eur",
        "gbp",
        "one",
        "off",
        "one-off",
        "now",
        "meeting",
        "lock",
        "plan",
    ]
)


@dataclass(frozen=True)
class Profile:
    """A lever as the ear sees it."""

    lever: Lever
    kind: LeverKind
    words: frozenset[str]
    low: float
    high: float

    @property
    def id(self) -> str:
        return self.lever.id

    def contains(self, value: float) -> bool:
        return self.low - 1e-9 <= value <= self.high + 1e-9


def kind_of(lever: Lever) -> LeverKind:
    """The lever's kind, read from its unit (and name when the unit is bare)."""
    if lever.values is not None:
        return "categorical"
    unit = (lever.unit or "").lower()
    label = f"{lever.id} {lever.name or ''}".lower().replace("_", " ")
    if _MONEY.search(unit):
        return "unit_price" if _PER.search(unit) else "money"
    if "%" in unit or "percent" in unit:
        return "percent"
    if "month" in unit and re.search(r"\bfrom\b|until|after|delay|start", unit + " " + label):
        return "months_from"
    if re.search(r"/\s*week|per week|a week|days/wk|/wk\b", unit):
        return "per_week"
    if "hour" in unit:
        return "hours"
    if "month" in unit:
        return "months"
    if "week" in unit:
        return "weeks"
    if "day" in unit:
        return "days"
    if re.search(r"\b(salary|pay|bonus|price|budget|fee|cost)\b", label) and lever.range and lever.range[1] >= 1000:
        return "money"
    return "count"


def _words(lever: Lever) -> frozenset[str]:
    text = f"{lever.id} {lever.name or ''} {lever.unit or ''}".lower().replace("_", " ").replace("/", " ")
    own = {w for w in re.findall(r"[a-z][a-z-]+", text) if w not in _NOISE and len(w) > 2}
    out = set(own)
    for keys, synonyms in SYNONYMS:
        if keys & own:
            out |= synonyms
    return frozenset(out)


def profile(lever: Lever) -> Profile:
    low, high = (float(lever.range[0]), float(lever.range[1])) if lever.range else (0.0, 0.0)
    return Profile(lever, kind_of(lever), _words(lever), low, high)


def profiles(levers: list[Lever]) -> list[Profile]:
    """The negotiable levers (fixed ones are never offered)."""
    return [profile(lv) for lv in levers if not lv.fixed]
