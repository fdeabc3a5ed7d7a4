"""Clean cases (no findings at all) per kind, as plain data, for the rule tests to break."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from sparring.engines.check import CheckContext, CheckReport, check
from sparring.model.case import parse_case

TODAY = dt.date(2026, 11, 25)

_RAISE: dict[str, Any] = {
    "kind": "raise",
    "title": "Raise before the Q3 budget review",
    "meeting": dt.date(2027, 1, 19),
    "follow_up": dt.date(2027, 2, 2),
    "goal": {
        "what": "base salary of 132,000 USD/year",
        "amount": 132000,
        "unit": "USD/year",
        "deadline": dt.date(2027, 2, 1),
        "why_now": "the February plan sets next year's bands",
        "objective": "lead the reliability roadmap",
    },
    "evidence": [
        {
            "id": "ev-ramp",
            "claim": "cut new-hire ramp time from 9 to 5 weeks",
            "quantity": {"value": 4, "unit": "weeks"},
            "outcome": "six hires productive a month sooner",
            "kind": "result",
            "differentiating": True,
        },
        {
            "id": "ev-band",
            "claim": "my base is below the band",
            "quantity": {"value": 133080, "unit": "USD/year"},
            "outcome": "fixes a retention risk at no budget exception",
            "kind": "benchmark",
        },
    ],
    "counterpart": {
        "role": "Engineering Manager",
        "authority": {"decides": "partly", "with": ["Director"]},
        "decision_process": "manager proposes, director approves",
        "incentives": [
            {
                "id": "inc-retention",
                "text": "keep team attrition under 5%",
                "importance": "high",
                "status": "validated",
            },
            {"id": "inc-cost", "text": "cut cloud cost 15%", "status": "validated"},
        ],
        "constraints": [{"id": "con-freeze", "text": "merit budget frozen", "fixed": True, "why": "cost programme"}],
        "risks_of_yes": [{"text": "a precedent for the team"}],
        "ripple_effects": [{"text": "two peers may ask too"}],
    },
    "asks": [{"id": "ask-base", "text": "base to 132k from February", "serves": ["inc-retention", "inc-cost"]}],
    "levers": [
        {
            "id": "salary",
            "unit": "USD/year",
            "range": [110000, 150000],
            "step": 1000,
            "purpose": "the goal itself",
            "you": {"prefer": "higher", "weight": 0.7},
            "them": {"prefer": "lower", "weight": 0.6, "limit": {"low": 124000, "likely": 130000, "high": 136000}},
        },
        {
            "id": "effective",
            "unit": "months",
            "range": [0, 6],
            "step": 1,
            "purpose": "when it is paid",
            "you": {"prefer": "lower", "weight": 0.3},
            "them": {"prefer": "higher", "weight": 0.4, "limit": {"low": 0, "likely": 1, "high": 2}},
        },
    ],
    "tiers": {
        "ideal": {"salary": 140000, "effective": 0},
        "likely": {"salary": 132000, "effective": 1},
        "minimum": {"salary": 126000, "effective": 3},
    },
    "walk_away": {
        "limits": {"salary": {"min": 124000}, "effective": {"max": 4}},
        "non_negotiables": [{"text": "no title downgrade"}],
        "batna": {"text": "interview elsewhere in February", "value": 120000, "unit": "USD/year"},
    },
    "objections": [
        {
            "id": "obj-freeze",
            "text": "the budget is frozen",
            "counter": "February fits the new cycle",
            "evidence": ["ev-ramp"],
        },
        {
            "id": "obj-equity",
            "text": "others at your level earn less",
            "counter": "I am below the band",
            "evidence": ["ev-band"],
        },
        {"id": "obj-later", "text": "let's talk in April", "counter": "agree the number now", "evidence": ["ev-band"]},
    ],
    "obstacles": [{"text": "the meeting is moved", "response": "send the one-page case by email"}],
    "market": {"low": 103050, "median": 133080, "high": 169000, "unit": "USD/year", "source": "oews:15-1252"},
    "pitch": [{"text": "I'd like to agree a base of 132k that keeps attrition down."}],
}


def clean(kind: str = "raise") -> dict[str, Any]:
    """A case of ``kind`` with no findings at all."""
    data = copy.deepcopy(_RAISE)
    data["kind"] = kind
    if kind == "deal":
        data["checklist"] = {name: {"status": "agreed"} for name in ("scope", "quality", "timing", "payment", "exit")}
    if kind == "job_offer":
        data["pitch"] = [{"text": "I want this role; at a base of 132k I can say yes this week."}]
        data["current"] = {"salary": 120000, "effective": 0}
        data["job_offer"] = {
            "offer": {"amount": 120000, "unit": "USD/year"},
            "previous_earnings": {"amount": 138000, "unit": "USD/year"},
            "market_condition": "balanced",
            "reasons": [
                {
                    "id": "why-prev",
                    "text": "the offer is below my previous earnings",
                    "kind": "below_previous_earnings",
                    "evidence": ["ev-band"],
                }
            ],
        }
    if kind == "flexibility":
        data["flexibility"] = {
            "policy_notes": "hybrid policy allows two days; exceptions by director",
            "tasks": [{"task": "analysis", "remote": True, "hours_per_week": 30}],
            "team_impact": "stand-ups stay on video",
        }
    return data


def run(data: dict[str, Any], **context: Any) -> CheckReport:
    return check(parse_case(data), CheckContext(today=TODAY, **context))
