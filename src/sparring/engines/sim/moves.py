"""The counterpart's moves: what the policy decides and the mouth (or an LLM) phrases."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sparring.model.levers import Package

MoveKind = Literal["ACCEPT", "COUNTER", "OBJECT", "ASK", "ANSWER", "PAUSE", "WALK"]


@dataclass(frozen=True)
class Move:
    """One decision: the kind, the package it names (ACCEPT/COUNTER), and what it is about."""

    kind: MoveKind
    package: Package | None = None
    topic: str | None = None
    """The objection, question or revealed fact, in the case's own words."""
    reason: str | None = None
    """Why (for the transcript's explanations): the effect or rule that led here."""
    final: bool = False
    effects: tuple[str, ...] = field(default_factory=tuple)
