"""The rest of the plan: asks, walk-away, objections, obstacles, market range, pitch drafts."""

from __future__ import annotations

from datetime import date
from typing import Literal

from sparring.model.base import Amount, Id, Number, StrictModel, Text
from sparring.model.counterpart import Note
from sparring.model.levers import LeverLimit


class Ask(StrictModel):
    """Step 4: an ask, linked to the counterpart incentives it serves (the overlap)."""

    id: Id
    text: Text
    serves: list[Id] = []
    levers: list[Id] = []


class Batna(StrictModel):
    """Your best alternative if there is no agreement; its value makes "no" survivable."""

    text: Text
    value: Number | None = None
    unit: str | None = None


class WalkAway(StrictModel):
    """Step 7: limits per lever, non-negotiables and the BATNA, decided before the meeting."""

    limits: dict[str, LeverLimit] = {}
    non_negotiables: list[Note] = []
    batna: Batna | None = None


class Objection(StrictModel):
    """A reason they might say no, with your prepared counter and the evidence behind it."""

    id: Id
    text: Text
    counter: Text | None = None
    evidence: list[Id] = []
    likelihood: Literal["high", "medium", "low"] | None = None


class Obstacle(StrictModel):
    """Defensive pessimism: something that could go wrong, and how you would respond."""

    id: Id
    text: Text
    response: Text | None = None


class Market(StrictModel):
    """The researched range of what is possible for a similar role or deal."""

    low: Amount
    median: Amount
    high: Amount
    unit: str | None = None
    source: Text | None = None
    as_of: date | None = None


class Pitch(StrictModel):
    """A draft of what you will say or send."""

    id: Id
    title: Text | None = None
    text: Text
    written: date | None = None
