"""Market salary ranges from the BLS OEWS May 2024 national table, shipped in the package.

``search(title)`` finds occupations from everyday job titles, ``occupation(code)`` gives the
published annual percentiles, and ``market_range(code)`` the range a case can use.
"""

from __future__ import annotations

from sparring.engines.market.range import MarketRange, code_from_source, complete_market, market_range
from sparring.engines.market.search import Match, search
from sparring.engines.market.table import AS_OF, TOP_CODE, Occupation, Wage, occupation, occupations

__all__ = [
    "AS_OF",
    "TOP_CODE",
    "MarketRange",
    "Match",
    "Occupation",
    "Wage",
    "code_from_source",
    "complete_market",
    "market_range",
    "occupation",
    "occupations",
    "search",
]
