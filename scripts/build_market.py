"""Build the packaged OEWS table from the BLS national CSV (never edit the output by hand).

Usage: python scripts/build_market.py [CSV] [--output FILE]
CSV defaults to ../shared/data/bls_oews/national_M2024_dl.csv (relative to the repo root);
the output is src/sparring/engines/market/oews_2024.json.gz. A test rebuilds it and fails
when the committed file's content differs.

Only the 831 detailed occupations are kept: the broad/minor/major group rows repeat their
members' titles in longer words and carry pooled wages that nobody negotiates against, so
they would add noise to title matching. Values are kept as published: integers, ``null``
for ``*`` / ``**`` (no estimate) and the string ``"#"`` for top-coded wages. For the few
hourly-only occupations (``HOURLY == TRUE``) annual figures are derived as hourly × 2080,
rounded to the nearest $10 like the published annual figures, and the row says so.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "bls_oews" / "national_M2024_dl.csv"
TARGET = ROOT / "src" / "sparring" / "engines" / "market" / "oews_2024.json.gz"

HOURS_PER_YEAR = 2080
TOP_CODE = 239_200
COLUMNS = ["code", "title", "employment", "basis", "mean", "p10", "p25", "median", "p75", "p90"]
WAGES = {"mean": "MEAN", "p10": "PCT10", "p25": "PCT25", "median": "MEDIAN", "p75": "PCT75", "p90": "PCT90"}
ABOUT = {
    "source": "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS)",
    "file": "national_M2024_dl.csv",
    "as_of": "2024-05-01",
    "scope": "national, cross-industry, all ownerships",
    "unit": "USD/year",
    "top_code": TOP_CODE,
    "hours_per_year": HOURS_PER_YEAR,
    "basis": {
        "": "annual and hourly wages published",
        "annual_only": "only annual wages published (e.g. school-year jobs); no hourly figure",
        "hourly_only": "only hourly wages published; annual = hourly × 2080, rounded to $10",
    },
    "values": "integer; null = not published (* or **); '#' = at or above top_code",
}


def _employment(raw: str) -> int | None:
    raw = raw.strip().replace(",", "")
    return int(raw) if raw.isdigit() else None


def _annual(raw: str) -> int | str | None:
    raw = raw.strip().replace(",", "")
    if raw == "#":
        return "#"
    return int(raw) if raw.isdigit() else None


def _from_hourly(raw: str) -> int | str | None:
    """Hourly → annual at 2080 h; BLS's float artefacts (16.940000000000001) are cut to cents first."""
    raw = raw.strip().replace(",", "")
    if raw == "#":
        return "#"
    if raw in ("", "*", "**"):
        return None
    cents = Decimal(raw).quantize(Decimal("0.01"))
    return int((cents * HOURS_PER_YEAR / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * 10


def _row(rec: dict[str, str]) -> list[Any]:
    hourly_only = rec["HOURLY"].strip().upper() == "TRUE"
    annual_only = rec["ANNUAL"].strip().upper() == "TRUE"
    basis = "hourly_only" if hourly_only else "annual_only" if annual_only else ""
    wages = [_from_hourly(rec[f"H_{col}"]) if hourly_only else _annual(rec[f"A_{col}"]) for col in WAGES.values()]
    return [rec["OCC_CODE"].strip(), rec["OCC_TITLE"].strip(), _employment(rec["TOT_EMP"]), basis, *wages]


def build(csv_path: Path) -> bytes:
    """The uncompressed table: stable key order, one occupation per line, sorted by code."""
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = sorted(_row(rec) for rec in csv.DictReader(handle) if rec["O_GROUP"].strip() == "detailed")
    head = json.dumps({"about": ABOUT, "columns": COLUMNS}, ensure_ascii=False, sort_keys=True)
    body = ",\n".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows)
    return f'{head[:-1]},\n"rows":[\n{body}\n]}}\n'.encode()


def compress(content: bytes) -> bytes:
    """Gzip with a zero timestamp, so rebuilding from the same CSV gives identical bytes."""
    return gzip.compress(content, compresslevel=9, mtime=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV, help="the OEWS national CSV")
    parser.add_argument("--output", type=Path, default=TARGET, help="where to write the .json.gz")
    args = parser.parse_args()
    content = build(args.csv)
    args.output.write_bytes(compress(content))
    count = content.count(b"\n") - 3
    print(f"wrote {args.output} ({count} occupations, {args.output.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
