"""The market range a case takes from an OEWS occupation (``market.source: oews:15-1252``).

Why P25 and P75 as low and high: they bound the interquartile range, the middle half of
what people in the occupation earn nationally. That is the band a negotiator can argue is
"the market" without cherry-picking; P10 and P90 are the tails (new entrants, outliers,
local premiums) and are kept separately for display, not used as the case's low/high.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sparring.engines.market.table import AS_OF, Occupation, Wage, occupation
from sparring.model.errors import SparringError

SOURCE_PREFIX = "oews:"


@dataclass(frozen=True)
class MarketRange:
    """The case's ``market`` section (low = P25, median, high = P75) plus the tails and caveats."""

    code: str
    title: str
    low: int
    median: int
    high: int
    p10: Wage
    p90: Wage
    unit: str = "USD/year"
    as_of: date = AS_OF
    caveats: tuple[str, ...] = field(default=())

    @property
    def source(self) -> str:
        return f"{SOURCE_PREFIX}{self.code}"

    def case_section(self) -> dict[str, Any]:
        """Exactly the fields of the case's ``market`` section, ready to validate."""
        return {
            "low": self.low,
            "median": self.median,
            "high": self.high,
            "unit": self.unit,
            "source": self.source,
            "as_of": self.as_of.isoformat(),
        }


def _amount(occ: Occupation, name: str, wage: Wage) -> int:
    if wage.amount is None:
        raise SparringError(
            f"OEWS publishes no {name} wage for {occ.code} {occ.title}",
            hint="Choose a related occupation (`sparring market TITLE` lists them) or enter the range by hand.",
            kind="unavailable",
        )
    return wage.amount


def market_range(code: str) -> MarketRange:
    """The interquartile market range of an occupation; top-coded values count as the top code."""
    occ = occupation(code)
    caveats = list(occ.caveats)
    if any(w.top_coded for w in (occ.p25, occ.median, occ.p75)):
        caveats.append("top-coded values are lower bounds: the real figure is higher")
    return MarketRange(
        code=occ.code,
        title=occ.title,
        low=_amount(occ, "25th-percentile", occ.p25),
        median=_amount(occ, "median", occ.median),
        high=_amount(occ, "75th-percentile", occ.p75),
        p10=occ.p10,
        p90=occ.p90,
        caveats=tuple(caveats),
    )


def code_from_source(source: str) -> str:
    """``oews:15-1252`` → ``15-1252``; any other source is not ours to resolve."""
    text = source.strip()
    if not text.lower().startswith(SOURCE_PREFIX) or not text[len(SOURCE_PREFIX) :].strip():
        raise SparringError(
            f"{source!r} is not an OEWS market source",
            hint="Write it as oews:CODE, for example oews:15-1252.",
        )
    return text[len(SOURCE_PREFIX) :].strip()


def complete_market(data: Any) -> Any:
    """Case data whose ``market`` names only an OEWS source gets the figures filled in.

    ``market: {source: oews:15-1252}`` is shorthand for the occupation's interquartile range;
    anything else is returned unchanged (the model then validates it as written).
    """
    if not isinstance(data, dict) or not isinstance(data.get("market"), dict):
        return data
    market = data["market"]
    if any(key in market for key in ("low", "median", "high")) or not isinstance(market.get("source"), str):
        return data
    if not market["source"].strip().lower().startswith(SOURCE_PREFIX):
        return data
    section = market_range(code_from_source(market["source"])).case_section()
    return {**data, "market": {**section, **{k: v for k, v in market.items() if k == "unit" and v}}}
