"""`sparring market`: national salary ranges for a job title, from the BLS OEWS table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from sparring.cli.common import JsonFlag, command
from sparring.cli.output import console, print_json

if TYPE_CHECKING:
    from rich.console import RenderableType

    from sparring.engines.market import Match

WIDE = 110
"""Below this many columns the eight-column table cannot fit, so each occupation gets two lines."""
PERCENTILES = ("P10", "P25", "median", "P75", "P90")


def _cells(match: Match) -> tuple[str, str, str, list[str]]:
    occ = match.occupation
    employment = f"{occ.employment:,}" if occ.employment is not None else "—"
    return occ.code, occ.title, employment, [str(w) for w in (occ.p10, occ.p25, occ.median, occ.p75, occ.p90)]


def _table(query: str, matches: list[Match]) -> RenderableType:
    from rich.table import Table

    table = Table(title=f"Occupations matching “{query}” (annual wages, USD)", title_justify="left")
    table.add_column("code", no_wrap=True)
    table.add_column("title")
    table.add_column("employment", justify="right", no_wrap=True)
    for name in PERCENTILES:
        table.add_column(name, justify="right", no_wrap=True)
    for match in matches:
        code, title, employment, wages = _cells(match)
        table.add_row(code, title, employment, *wages)
    return table


def _blocks(query: str, matches: list[Match]) -> RenderableType:
    """The narrow-terminal layout: title line, then the percentiles, never cut mid-number."""
    from rich.console import Group
    from rich.text import Text

    lines = [Text(f"Occupations matching “{query}” (annual wages, USD)", style="bold")]
    for match in matches:
        code, title, employment, wages = _cells(match)
        lines.append(Text.assemble((code, "bold"), f"  {title}  (employment {employment})"))
        pairs = [f"{name} {wage}" for name, wage in zip(PERCENTILES, wages, strict=True)]
        lines.append(Text("  " + " · ".join(pairs[:3])))  # ≤ 50 characters a line, so
        lines.append(Text("  " + " · ".join(pairs[3:])))  # a figure is never split
    return Group(*lines)


def _json(query: str, matches: list[Match]) -> dict[str, Any]:
    from sparring.engines.market import AS_OF, TOP_CODE
    from sparring.services.market import ATTRIBUTION, CAVEATS

    results = [
        {**m.occupation.as_json(), "market_source": f"oews:{m.occupation.code}", "score": m.score, "via": m.reason}
        for m in matches
    ]
    return {
        "query": query,
        "source": ATTRIBUTION,
        "as_of": AS_OF.isoformat(),
        "unit": "USD/year",
        "top_code": TOP_CODE,
        "caveats": CAVEATS,
        "results": results,
    }


@command()
def market(
    query: Annotated[str, typer.Argument(help='A job title, e.g. "software engineer", "RN" or "truck driver".')],
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many occupations to show.", min=1)] = 5,
    json_out: JsonFlag = False,
) -> None:
    """National salary ranges (P10–P90) for a job title, from BLS OEWS May 2024."""
    from sparring.services.market import SOURCE_LINE, lookup

    matches = lookup(query, limit)
    if json_out:
        print_json(_json(query, matches))
        return
    out = console()
    out.print(_table(query, matches) if out.width >= WIDE else _blocks(query, matches))
    for match in matches:
        notes = [n for n in match.occupation.caveats if "top code" not in n]
        if notes:
            out.print(f"{match.occupation.code}: {'; '.join(notes)}", soft_wrap=True)
    out.print(SOURCE_LINE, soft_wrap=True, style="dim")
    out.print(f"Use one in a case: market.source: oews:{matches[0].occupation.code}", soft_wrap=True, style="dim")
