"""Incentive hypotheses (THEM.RESEARCH): "If you were this person, what would your top three
professional incentives be, and why?"

Offline, the answer comes from the incentive library matched from the counterpart's role
(LEADER.INCENTIVES, :mod:`sparring.engines.coach.incentives`). Either way every suggestion
is a *hypothesis* with its reason: a guess to validate in a 1:1, never a fact about the
person. The model is sent the role, the organisation and a one-line context (the kind of
negotiation and its goal), nothing else.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sparring.engines.coach.incentives import TOP, SuggestedIncentive, known_incentives, offline_incentives
from sparring.engines.coach.similar import first_duplicate
from sparring.llm.base import Provider
from sparring.llm.log import ExchangeLog
from sparring.model.case import Case
from sparring.services.coach_base import CoachResult, ask_structured, distinct, words
from sparring.services.prompts import INCENTIVES


class IncentiveIdea(BaseModel):
    """One incentive as the model writes it."""

    model_config = ConfigDict(extra="ignore")  # small models add fields; what is asked for is validated

    incentive: Annotated[str, words(2)] = Field(min_length=3, max_length=300)
    metric: str | None = Field(default=None, max_length=300)
    why: Annotated[str, words(3)] = Field(min_length=3, max_length=800)


class IncentiveAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    incentives: list[IncentiveIdea] = Field(min_length=1, max_length=5)

    @model_validator(mode="after")
    def _distinct(self) -> IncentiveAnswer:
        distinct([i.incentive for i in self.incentives])
        return self


def incentive_hypotheses(
    case: Case, provider: Provider, log: ExchangeLog | None = None
) -> CoachResult[SuggestedIncentive]:
    """The counterpart's likely top three incentives, each a hypothesis with its reason."""
    offline = offline_incentives(case)
    cp = case.counterpart
    context = f"a {case.kind.replace('_', ' ')} negotiation; I ask for {case.goal.what}"
    fields = {
        "role": cp.role or "(not given)",
        "organisation": cp.organisation or "(not given)",
        "context": context,
    }
    fallback = IncentiveAnswer.model_construct(  # unvalidated: it may be empty when the case has them all
        incentives=[IncentiveIdea.model_construct(incentive=i.text, metric=i.metric, why=i.reason) for i in offline]
    )
    answer = ask_structured(provider, INCENTIVES, fields, IncentiveAnswer, fallback, log=log)
    if answer.source == "offline":
        return CoachResult(offline, "offline", answer.fallback, answer.notice)
    known = known_incentives(case)
    items = [
        SuggestedIncentive(
            idea.incentive.strip(),
            (idea.metric or "").strip() or None,
            idea.why.strip(),
            f"AI suggestion ({answer.model}, prompt {INCENTIVES.version})",
            duplicate_of=first_duplicate(idea.incentive, known),
        )
        for idea in answer.value.incentives[:TOP]
    ]
    return CoachResult(items, "llm", model=answer.model)
