"""Use cases around market salary ranges: look up occupations, fill a case's ``market`` section.

The CLI and the web call these rather than the engine, so both show the same results and a
case document is only ever filled with a range the model accepts.
"""

from __future__ import annotations

import copy
from typing import Any

from sparring.engines.market import Match, code_from_source, market_range, search
from sparring.model.errors import SparringError
from sparring.model.plan import Market

ATTRIBUTION = "U.S. Bureau of Labor Statistics, OEWS, May 2024 (public domain)"
CAVEATS = (
    "national, all industries; wages include base pay, commissions, production bonuses and tips, "
    "and exclude overtime, shift differentials, year-end bonuses and benefits; employees only, "
    "not the self-employed; top-coded values shown as ≥ $239,200"
)
SOURCE_LINE = f"Source: U.S. Bureau of Labor Statistics, OEWS, May 2024, {CAVEATS}"
"""Shown under every table of OEWS figures: where they come from and what they leave out."""


def lookup(query: str, limit: int = 5) -> list[Match]:
    """The occupations that best match a job title, best first."""
    return search(query, limit)


def fill_case_market(case_data: dict[str, Any], code: str | None = None) -> dict[str, Any]:
    """A copy of the case data whose ``market`` section comes from OEWS occupation ``code``.

    Without ``code`` the case's own ``market.source`` (``oews:15-1252``) says which one, so a
    case can name its source and have the figures filled (or refreshed) from the table.
    """
    if code is None:
        source = (case_data.get("market") or {}).get("source")
        if not isinstance(source, str):
            raise SparringError(
                "the case names no OEWS occupation to take its market range from",
                hint="Give a code (see `sparring market TITLE`) or set market.source: oews:CODE in the case.",
            )
        code = code_from_source(source)
    section = market_range(code).case_section()
    Market.model_validate(section)  # the section must be one the case model accepts
    updated = copy.deepcopy(case_data)
    updated["market"] = section
    return updated
