"""Step 1 and step 2 of the Incentive Map: the precise goal and the receipts that prove value."""

from __future__ import annotations

from datetime import date
from typing import Literal

from sparring.model.base import Amount, Id, Number, RequiredText, StrictModel, Text


class Goal(StrictModel):
    """What you want, how much, by when, why now, and the larger objective it serves."""

    what: RequiredText
    amount: Amount | None = None
    unit: str | None = None
    deadline: date | None = None
    why_now: Text | None = None
    objective: Text | None = None


class Quantity(StrictModel):
    """A measured result: ``{value: 4, unit: weeks per hire}``. Changes may be negative."""

    value: Number
    unit: str


EvidenceKind = Literal["result", "benchmark", "track_record", "competing_offer", "other"]


class Evidence(StrictModel):
    """A receipt: a claim with a number, tied to an outcome the counterpart cares about."""

    id: Id
    claim: Text
    quantity: Quantity | None = None
    outcome: Text | None = None
    kind: EvidenceKind = "result"
    source: Text | None = None
    differentiating: bool = False
