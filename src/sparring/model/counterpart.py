"""Step 3: the counterpart, researched "like a detective" (incentives, pressures, constraints)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field, field_validator

from sparring.model.base import Id, StrictModel, Text
from sparring.model.levers import LeverLimit

Importance = Literal["high", "medium", "low"]
Decides = Literal["yes", "partly", "no", "unknown"]
Style = Literal["hard", "balanced", "soft"]


class Incentive(StrictModel):
    """Something the counterpart is measured on or wants; a hypothesis until validated."""

    id: Id
    text: Text
    metric: Text | None = None
    importance: Importance = "medium"
    status: Literal["hypothesis", "validated"] = "hypothesis"
    source: Text | None = None
    reason: Text | None = None


class Pressure(StrictModel):
    """A force acting on the counterpart now (a deadline, a target, politics)."""

    id: Id
    text: Text
    source: Text | None = None


class Constraint(StrictModel):
    """A limit on what the counterpart can give; fixed ones cannot move in this negotiation.

    ``binds`` names the levers it limits and how, as walk-away-style limits of *their* side
    (``{pto: {max: 15}}`` for "PTO is 15 days for everyone"), so a tier that asks for what a
    fixed constraint forbids can be found.
    """

    id: Id
    text: Text
    fixed: bool = False
    why: Text | None = None
    binds: dict[str, LeverLimit] = {}


class Note(StrictModel):
    """A short identified remark (a risk of saying yes, a ripple effect, a non-negotiable)."""

    id: Id
    text: Text


class Authority(StrictModel):
    """Whether the counterpart can decide alone, and who else has a say."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, populate_by_name=True)

    decides: Decides = "unknown"
    with_: list[str] = Field(default=[], alias="with")
    notes: Text | None = None

    @field_validator("decides", mode="before")
    @classmethod
    def _yaml11_booleans(cls, value: Any) -> Any:
        # YAML 1.1 tools turn yes/no into booleans; accept them as the words they were.
        if value is True:
            return "yes"
        if value is False:
            return "no"
        return value


class Relationship(StrictModel):
    """How far along the relationship is and how much trust there is (`WIN.TRUST`)."""

    stage: Literal["new", "developing", "established", "strained"] | None = None
    trust: Literal["low", "medium", "high"] | None = None
    notes: Text | None = None


class Counterpart(StrictModel):
    """The person or organisation across the table, seen through their incentives."""

    role: Text | None = None
    name: Text | None = None
    organisation: Text | None = None
    authority: Authority = Authority()
    decision_process: Text | None = None
    incentives: list[Incentive] = []
    pressures: list[Pressure] = []
    constraints: list[Constraint] = []
    risks_of_yes: list[Note] = []
    ripple_effects: list[Note] = []
    style: Style = "balanced"
    relationship: Relationship | None = None
