"""Request and response shapes of the API, so the OpenAPI document says what each route
takes and gives (and schemathesis can generate requests from it).

Engine reports (check, deal, stress) are passed through as their ``as_json()`` documents,
which the CLI's ``--json`` prints too; they are described as objects here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SLUG = r"^[a-z0-9][a-z0-9-]{0,63}$"


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
