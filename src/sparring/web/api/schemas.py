"""Request and response shapes of the API, so the OpenAPI document says what each route
takes and gives (and schemathesis can generate requests from it).

Engine reports (check, deal, stress) are passed through as their ``as_json()`` documents,
which the CLI's ``--json`` prints too; they are described as objects here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from sparring.services.workspace import SLUG_PATTERN

SLUG = SLUG_PATTERN
"""The store's pattern, so the documented one and the enforced one (:mod:`sparring.web.slugs`) never differ."""


class Problem(BaseModel):
    path: str
    line: int | None = None
    column: int | None = None
    message: str | None = None


class ErrorDetail(BaseModel):
    kind: str = Field(description="invalid, not_found, conflict, busy, unavailable, unauthorized, …")
    message: str
    hint: str | None = None
    problems: list[Problem] = []


class ErrorDocument(BaseModel):
    error: ErrorDetail


class CaseSummary(BaseModel):
    slug: str
    title: str
    kind: str
    version: int
    updated: dt.datetime


class VersionOut(BaseModel):
    slug: str
    version: int
    saved_at: dt.datetime
    note: str | None = None


class CaseOut(BaseModel):
    slug: str
    version: int
    saved_at: dt.datetime
    note: str | None = None
    case: dict[str, Any] = Field(description="The case document (see `sparring schema`).")


class CaseIn(BaseModel):
    """A new case: its name and its document."""

    model_config = ConfigDict(extra="forbid")
    slug: str = Field(pattern=SLUG, description="Name to store it under.")
    case: dict[str, Any] = Field(description="The case document (see `sparring schema`).")
    note: str | None = Field(default=None, max_length=500)


class RevisionIn(BaseModel):
    """A new version of a stored case."""

    model_config = ConfigDict(extra="forbid")
    case: dict[str, Any] = Field(description="The whole case document.")
    note: str | None = Field(default=None, max_length=500)
    base_version: int | None = Field(
        default=None, ge=1, description="The version this edit started from; a newer stored version is a 409."
    )


class DraftIn(BaseModel):
    """A case document to check without saving it."""

    model_config = ConfigDict(extra="forbid")
    case: dict[str, Any]
    today: dt.date | None = None


class Change(BaseModel):
    path: str
    kind: Literal["added", "removed", "changed"]
    old: Any = None
    new: Any = None


class CheckOut(BaseModel):
    case: str
    title: str
    ready: bool
    score: int
    counts: dict[str, int]
    findings: list[dict[str, Any]]


class MarketFillIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str | None = Field(default=None, max_length=20, description="OEWS code; default: the case's market.source.")
    base_version: int | None = Field(default=None, ge=1)


ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorDocument, "description": "Missing or wrong access token."},
    404: {"model": ErrorDocument, "description": "No such case or version."},
    422: {"model": ErrorDocument, "description": "Invalid input; `problems` locate each field."},
    503: {"model": ErrorDocument, "description": "The store is busy (see Retry-After) or unavailable."},
}


# --- analyze, rehearsals, sessions ------------------------------------------------------------

SESSION_ID = r"^[A-Za-z0-9_-]{16,32}$"


class AnalyzeIn(BaseModel):
    """A text to analyse, optionally against a stored case's incentives."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(max_length=20_000, description="A pitch, an email or one turn (words under 200 characters).")
    case: str | None = Field(default=None, pattern=SLUG, description="Align with this stored case's incentives.")
    version: int | None = Field(default=None, ge=1, le=2**31, description="A stored version (default: the latest).")
    previous: str | None = Field(default=None, max_length=10_000, description="The other side's last turn, if any.")


class RehearsalIn(BaseModel):
    """A new live session: a rehearsal against the counterpart, or flip mode (you play the sceptic)."""

    model_config = ConfigDict(extra="forbid")
    mode: Literal["rehearse", "flip"] = "rehearse"
    seed: int = Field(default=0, ge=0, le=2**31, description="Same seed and same turns give the same conversation.")
    style: Literal["hard", "balanced", "soft"] | None = Field(default=None, description="Default: the case's.")


class LiveOut(BaseModel):
    """A live session: its transcript so far, and the scorecard (rehearsal) or gaps (flip)."""

    id: str
    mode: Literal["rehearse", "flip"]
    case: str
    version: int
    ended: bool
    saved_session: int | None = Field(default=None, description="The stored session's id, once it has ended.")
    seed: int | None = None
    style: str | None = None
    outcome: str | None = None
    transcript: list[dict[str, Any]]
    scorecard: dict[str, Any] | None = None
    answered: list[str] | None = None
    gaps: list[str] | None = None
    unused_counters: list[str] | None = None
    added_gaps: list[str] | None = None
    narration: str | None = Field(default=None, description="With a language model: how many lines it worded.")


class TurnIn(BaseModel):
    """One line, or a command: /hint, /pause, /offer [lever=value …], /accept, /end (flip: /end)."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(max_length=2000)


class TurnOut(BaseModel):
    reply: str = Field(description="Their line (rehearsal), the coach's answer (flip), or a hint or notice.")
    move: str | None = Field(default=None, description="The counterpart's decided move: ACCEPT, COUNTER, OBJECT, …")
    feedback: str | None = Field(default=None, description="One line on your turn: + helps, − hurts (principle).")
    entries: list[dict[str, Any]] = Field(description="Transcript entries this turn added.")
    ended: bool
    saved_session: int | None = None
    scorecard: dict[str, Any] | None = None
    gaps: list[str] | None = None


class GapsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    gaps: list[str] | None = Field(
        default=None, max_length=100, description="Gaps to add (default: all not added yet)."
    )


class GapsOut(BaseModel):
    slug: str
    version: int
    added: list[str]


class SessionSummary(BaseModel):
    id: int
    case: str
    version: int | None
    mode: str
    seed: int
    style: str
    started_at: dt.datetime
    outcome: str
    score: int | None


class SessionOut(SessionSummary):
    transcript: list[dict[str, Any]]
    scorecard: dict[str, Any]


# --- coach --------------------------------------------------------------------------------------


class CoachIn(BaseModel):
    """Ask the coach; with ``apply``, write the suggestions (all, or those picked by number) as a new version."""

    model_config = ConfigDict(extra="forbid")
    apply: bool = False
    pick: list[int] | None = Field(default=None, max_length=20, description="1-based suggestion numbers to apply.")
    today: dt.date | None = Field(default=None, description="Objections only: forecast as of this date.")


class CoachOut(BaseModel):
    source: Literal["llm", "offline"]
    fallback: bool = Field(description="A model was asked but its answer could not be used.")
    notice: str | None = None
    model: str | None = None
    items: list[dict[str, Any]]
    saved_version: int | None = None


class RewriteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(default=None, max_length=20_000, description="Default: the case's latest pitch draft.")
    apply: bool = Field(default=False, description="Keep the rewrite as a new pitch draft (a new version).")
