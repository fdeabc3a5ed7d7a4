"""Small helpers the page modules share: the case header context and redirects."""

from __future__ import annotations

from typing import Any

from fastapi.responses import RedirectResponse

from sparring.report.brief_model import KIND_LABELS
from sparring.services.workspace import StoredCase


def case_context(stored: StoredCase, active: str) -> dict[str, Any]:
    """What the layout needs to show a case's header and its tabs."""
    return {
        "case_slug": stored.slug,
        "case_title": stored.case.title,
        "case_kind": KIND_LABELS.get(stored.case.kind, stored.case.kind),
        "case_version": stored.version,
        "active": active,
        "title": stored.case.title,
    }


def see_other(url: str) -> RedirectResponse:
    """After a successful POST: go to the result page, so reloading does not post again."""
    return RedirectResponse(url, status_code=303)
