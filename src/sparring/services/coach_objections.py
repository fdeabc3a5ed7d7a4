"""Objection forecast (OBJECTIONS.FORECAST): "the top five reasons they might say no", each with a counter.

Offline, the forecast is derived from the plan itself (:mod:`sparring.engines.coach.objections`).
The model is sent the goal, the counterpart's role, constraints, pressures and risks, the
prepared objections and the evidence; not the levers, tiers, walk-away or BATNA. Its
counters may not quote a number that was not in what it was sent.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sparring.engines.coach.checks import amounts, invented_numbers
from sparring.engines.coach.objections import TOP, Likelihood, SuggestedObjection, offline_objections
from sparring.engines.coach.similar import first_duplicate
from sparring.llm.base import Provider
from sparring.llm.log import ExchangeLog
from sparring.model.case import Case
from sparring.model.goal import Evidence
from sparring.services.coach_base import CoachResult, ask_structured, bullet_list, distinct, words
from sparring.services.prompts import OBJECTIONS


class ObjectionIdea(BaseModel):
    model_config = ConfigDict(extra="ignore")

    objection: Annotated[str, words(3)] = Field(min_length=3, max_length=400)
    counter: Annotated[str, words(4)] = Field(min_length=3, max_length=800)
    evidence: list[str] = Field(default_factory=list, max_length=6)
    likelihood: Likelihood | None = None


class ObjectionAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    objections: list[ObjectionIdea] = Field(min_length=1, max_length=8)

    @model_validator(mode="after")
    def _distinct(self) -> ObjectionAnswer:
        distinct([o.objection for o in self.objections])
        return self


def objection_forecast(
    case: Case, provider: Provider, log: ExchangeLog | None = None, today: dt.date | None = None
) -> CoachResult[SuggestedObjection]:
    """The top five reasons they might say no, each with a counter linked to the case's evidence."""
    today = today or dt.date.today()
    offline = offline_objections(case, today)
    fields = _fields(case)
    sent = " ".join(fields.values())
    allowed = amounts(sent)

    def verify(answer: ObjectionAnswer) -> str | None:
        for idea in answer.objections:
            invented = invented_numbers(f"{idea.objection} {idea.counter}", allowed, tolerance=0.01)
            if invented:
                return f"it quotes numbers that are not in the case: {', '.join(f'{n:g}' for n in invented[:3])}"
        return None

    fallback = ObjectionAnswer.model_construct(
        objections=[
            ObjectionIdea.model_construct(
                objection=o.text, counter=o.counter or "", evidence=o.evidence, likelihood=o.likelihood
            )
            for o in offline
        ]
    )
    answer = ask_structured(provider, OBJECTIONS, fields, ObjectionAnswer, fallback, log=log, verify=verify)
    if answer.source == "offline":
        return CoachResult(offline, "offline", answer.fallback, answer.notice)
    ids = {e.id for e in case.evidence}
    known = {o.id: o.text for o in case.objections}
    items = [
        SuggestedObjection(
            idea.objection.strip(),
            idea.counter.strip(),
            [e for e in dict.fromkeys(idea.evidence) if e in ids],
            idea.likelihood or "medium",
            f"AI suggestion ({answer.model}, prompt {OBJECTIONS.version})",
            duplicate_of=first_duplicate(idea.objection, known),
        )
        for idea in answer.value.objections[:TOP]
    ]
    return CoachResult(items, "llm", model=answer.model)


def _fields(case: Case) -> dict[str, str]:
    """The parts of the case the model needs for this question, and no more."""
    cp, goal = case.counterpart, case.goal
    amount = f" ({goal.amount:g}{' ' + goal.unit if goal.unit else ''})" if goal.amount is not None else ""
    constraints = [
        f"{c.text} ({'fixed' if c.fixed else 'flexible'}{': ' + c.why if c.why else ''})" for c in cp.constraints
    ]
    evidence = [f"{e.id}: {e.claim}{_quantity(e)}{', ' + e.outcome if e.outcome else ''}" for e in case.evidence]
    return {
        "goal": f"{goal.what}{amount}",
        "role": cp.role or "(not given)",
        "constraints": bullet_list(constraints),
        "pressures": bullet_list([p.text for p in cp.pressures]),
        "risks": bullet_list([r.text for r in cp.risks_of_yes]),
        "prepared": bullet_list([o.text for o in case.objections]),
        "evidence": bullet_list(evidence),
    }


def _quantity(evidence: Evidence) -> str:
    q = evidence.quantity
    return f" ({q.value:g} {q.unit})" if q is not None else ""
