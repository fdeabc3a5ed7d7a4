"""What happened after the meeting, so forecasts can be compared with reality (`LONG_GAME`)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from sparring.model.base import Id, StrictModel, Text
from sparring.model.levers import Package


class Outcome(StrictModel):
    """The result of the real negotiation and the objections that actually came up."""

    date: dt.date | None = None
    status: Literal["agreed", "no_deal", "pending", "walked_away"] = "pending"
    agreed: Package | None = None
    objections_raised: list[Id] = []
    unforeseen_objections: list[Text] = []
    notes: Text | None = None
