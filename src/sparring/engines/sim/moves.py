"""The counterpart's moves: what the policy decides and the mouth (or an LLM) phrases."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sparring.model.levers import Package

MoveKind = Literal["ACCEPT", "CONFIRM", "COUNTER", "OBJECT", "ASK", "ANSWER", "PAUSE", "WALK"]


@dataclass(frozen=True)
class Move:
    """One decision: the kind, the package it names (ACCEPT/CONFIRM/COUNTER), and what it is about.

    CONFIRM asks the user to confirm a package before anything is agreed ("So we're agreed: …?").
    """

    kind: MoveKind
    package: Package | None = None
    topic: str | None = None
    """The objection, question or revealed fact, in the case's own words."""
    reason: str | None = None
    """Why (for the transcript's explanations): the effect or rule that led here."""
    final: bool = False
    effects: tuple[str, ...] = field(default_factory=tuple)
    ack: str | None = None
    """What it says first to show it heard the turn (a receipt, a disclosure, an outside offer)."""
    answer: str | None = None
    """Its answer to the user's question, said before the move itself."""
    yours: Package | None = None
    """For a CONFIRM that filled in terms: the part you said, so the two parts are said apart."""
    held: bool = False
    """A COUNTER that repeats its previous one: said as holding, never as "meeting you part of the way"."""
    cue: str = ""
    """What the move answers, so its lead-in fits: "reply" (to your proposal this turn), "moved" (a
    reply that came toward you), "trade" (moved by what you offered to do), "own" (its own number,
    unprompted), "granted" (the time you asked for), "social" (small talk before business)."""
