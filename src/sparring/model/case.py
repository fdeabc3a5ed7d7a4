"""The Case document: one negotiation, by Incentive Map step."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import ValidationError, ValidationInfo, model_validator

from sparring.model.base import RequiredText, StrictModel, Text
from sparring.model.consistency import check_case
from sparring.model.counterpart import Counterpart
from sparring.model.errors import CaseInvalid, Problem
from sparring.model.goal import Evidence, Goal
from sparring.model.ids import assign_missing_ids
from sparring.model.levers import Lever, Package, Tiers
from sparring.model.migrations import migrate
from sparring.model.outcome import Outcome
from sparring.model.plan import Ask, Market, Objection, Obstacle, Pitch, WalkAway
from sparring.model.specifics import Checklist, Flexibility, JobOffer
from sparring.model.validation_messages import problems_from

CaseKind = Literal["raise", "promotion", "job_offer", "deal", "flexibility", "resources", "custom"]
CASE_KINDS: tuple[str, ...] = ("raise", "promotion", "job_offer", "deal", "flexibility", "resources", "custom")


class Case(StrictModel):
    """One negotiation: the Incentive Map plan and everything that hangs off it."""

    schema_version: Literal[1] = 1
    kind: CaseKind
    title: RequiredText
    meeting: date | None = None
    follow_up: date | None = None
    goal: Goal
    evidence: list[Evidence] = []
    counterpart: Counterpart = Counterpart()
    asks: list[Ask] = []
    levers: list[Lever] = []
    current: Package | None = None
    tiers: Tiers = Tiers()
    walk_away: WalkAway | None = None
    objections: list[Objection] = []
    obstacles: list[Obstacle] = []
    market: Market | None = None
    checklist: Checklist | None = None
    job_offer: JobOffer | None = None
    flexibility: Flexibility | None = None
    pitch: list[Pitch] = []
    outcome: Outcome | None = None
    notes: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _ids(cls, data: Any) -> Any:
        return assign_missing_ids(data)

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Case:
        problems = check_case(self)
        collect = info.context.get("problems") if isinstance(info.context, dict) else None
        if isinstance(collect, list):
            collect.extend(problems)
        elif problems:
            raise ValueError("; ".join(p.located(None) for p in problems))
        return self

    def lever(self, lever_id: str) -> Lever | None:
        return next((lever for lever in self.levers if lever.id == lever_id), None)

    def to_data(self) -> dict[str, Any]:
        """The document as plain data (dates stay dates), without unset fields."""
        return self.model_dump(mode="python", by_alias=True, exclude_unset=True)

    def to_json_data(self) -> dict[str, Any]:
        """The document as JSON-ready data."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


def parse_case(data: Any, source: str | None = None) -> Case:
    """Validate plain data into a :class:`Case`, or raise :class:`CaseInvalid` with every problem.

    Older ``schema_version``s are migrated first (see :mod:`sparring.model.migrations`).
    """
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a {type(data).__name__}"
        raise CaseInvalid(
            [Problem((), f"the document is {kind}; a case is a mapping of fields (kind, title, goal, …)")], source
        )
    data = migrate(data, source)
    collected: list[Problem] = []
    try:
        case = Case.model_validate(data, context={"problems": collected})
    except ValidationError as exc:
        problems, total = problems_from(exc, Case)
        raise CaseInvalid(problems, source, total) from None
    if collected:
        raise CaseInvalid(collected, source)
    return case
