"""Market ranges: the packaged OEWS table equals the published figures; search finds everyday titles."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from sparring.cli.main import app
from sparring.engines.market import TOP_CODE, Wage, code_from_source, market_range, occupation, occupations, search
from sparring.engines.market.synonyms import SYNONYMS
from sparring.engines.market.table import DATA_FILE
from sparring.model.case import parse_case
from sparring.model.errors import SparringError
from sparring.services.examples import example_path
from sparring.services.market import fill_case_market
from sparring.store.casefile import load_case_file

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT.parent / "shared" / "data" / "bls_oews" / "national_M2024_dl.csv"
PACKAGED = ROOT / "src" / "sparring" / "engines" / "market" / DATA_FILE
WIDE = {"COLUMNS": "200", "NO_COLOR": "1"}


def _annual(occ_code: str) -> tuple[Wage, ...]:
    occ = occupation(occ_code)
    return (occ.p10, occ.p25, occ.median, occ.p75, occ.p90)


def test_software_developers_equal_the_published_figures() -> None:
    occ = occupation("15-1252")
    assert occ.title == "Software Developers"
    assert occ.employment == 1_654_440
    assert [w.amount for w in _annual("15-1252")] == [79_850, 103_050, 133_080, 169_000, 211_450]
    assert occ.mean == Wage(144_570)
    assert not any(w.top_coded for w in _annual("15-1252"))


def test_top_coded_wages_are_flagged_and_shown_as_at_least_the_top_code() -> None:
    # Anesthesiologists (29-1211), May 2024: P10 124,450; P25 186,680; median, P75, P90 "#".
    p10, p25, median, p75, p90 = _annual("29-1211")
    assert (p10, p25) == (Wage(124_450), Wage(186_680))
    assert all(w == Wage(TOP_CODE, top_coded=True) for w in (median, p75, p90))
    assert str(median) == "≥ $239,200"
    assert median.as_json() == ">=239200"


def test_hourly_only_occupations_are_annualised_at_2080_hours() -> None:
    # Actors (27-2011) publish hourly only: P10 $14.00, P25 16.94, median 23.33, P75 41.09, P90 97.19.
    occ = occupation("27-2011")
    assert occ.hourly_only and not occ.annual_only
    assert [w.amount for w in _annual("27-2011")] == [29_120, 35_240, 48_530, 85_470, 202_160]
    assert any("2,080" in note for note in occ.caveats)


def test_annual_only_occupations_keep_the_published_annual_figures() -> None:
    # Elementary School Teachers (25-2021): annual only, median 62,340.
    occ = occupation("25-2021")
    assert occ.annual_only and occ.median == Wage(62_340)


def test_the_table_holds_the_831_detailed_occupations() -> None:
    assert len(occupations()) == 831


def test_an_unknown_code_is_a_user_error_naming_it() -> None:
    with pytest.raises(SparringError) as caught:
        occupation("99-9999")
    assert "99-9999" in caught.value.message
    assert caught.value.hint and caught.value.kind == "not_found"


def test_every_synonym_points_at_a_known_occupation() -> None:
    assert len(SYNONYMS) >= 40
    missing = {title: code for title, codes in SYNONYMS.items() for code in codes if code not in occupations()}
    assert not missing


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("software engineer", "15-1252"),
        ("sofware enginer", "15-1252"),
        ("Senior Software Engineer", "15-1252"),
        ("RN", "29-1141"),
        ("registered nurse", "29-1141"),
        ("registred nurce", "29-1141"),
        ("truck driver", "53-3032"),
        ("pharmacist", "29-1051"),
        ("mechanical engneer", "17-2141"),
        ("CEO", "11-1011"),
    ],
)
def test_search_puts_the_expected_occupation_first(query: str, first: str) -> None:
    assert search(query)[0].occupation.code == first


def test_account_executive_is_a_sales_occupation() -> None:
    assert search("account executive")[0].occupation.code.startswith("41-")


def test_search_is_ranked_limited_and_deterministic() -> None:
    results = search("engineer", limit=4)
    assert len(results) == 4
    assert [m.score for m in results] == sorted((m.score for m in results), reverse=True)
    assert results == search("engineer", limit=4)


@pytest.mark.parametrize("query", ["", "   ", "!!! ???", "zzqx qwvx", "the and of"])
def test_an_empty_or_garbage_query_is_a_clear_error(query: str) -> None:
    with pytest.raises(SparringError) as caught:
        search(query)
    assert caught.value.message and caught.value.hint
    assert "Traceback" not in str(caught.value)


def test_market_range_is_the_interquartile_range() -> None:
    found = market_range("15-1252")
    assert (found.low, found.median, found.high) == (103_050, 133_080, 169_000)
    assert found.case_section() == {
        "low": 103_050,
        "median": 133_080,
        "high": 169_000,
        "unit": "USD/year",
        "source": "oews:15-1252",
        "as_of": "2024-05-01",
    }
    assert code_from_source(" oews:15-1252 ") == "15-1252"
    with pytest.raises(SparringError):
        code_from_source("glassdoor")


def test_a_case_takes_its_range_from_its_oews_source() -> None:
    data = load_case_file(str(example_path("raise"))).case.to_json_data()
    data["market"] = {"low": 1, "median": 2, "high": 3, "source": "oews:15-1252"}
    filled = fill_case_market(data)
    assert filled["market"]["median"] == 133_080 and data["market"]["median"] == 2
    assert parse_case(filled, "filled").market is not None
    assert fill_case_market(data, "29-1141")["market"]["source"] == "oews:29-1141"


def test_cli_prints_the_table_and_the_source() -> None:
    result = CliRunner().invoke(app, ["market", "software engineer", "--limit", "2"], env=WIDE)
    assert result.exit_code == 0, result.output
    assert "15-1252" in result.stdout and "133,080" in result.stdout
    assert "U.S. Bureau of Labor Statistics, OEWS, May 2024" in result.stdout


def test_cli_on_a_narrow_terminal_keeps_every_figure_whole() -> None:
    result = CliRunner().invoke(app, ["market", "surgeon", "-n", "2"], env={"COLUMNS": "60", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "median ≥ $239,200" in result.stdout


def test_cli_json_has_the_numbers() -> None:
    result = CliRunner().invoke(app, ["market", "software engineer", "--json", "--limit", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    first = data["results"][0]
    assert (first["code"], first["median"], first["p10"], first["p90"]) == ("15-1252", 133_080, 79_850, 211_450)
    assert data["as_of"] == "2024-05-01" and "Bureau of Labor Statistics" in data["source"]


def test_cli_garbage_query_exits_2_with_a_message() -> None:
    result = CliRunner().invoke(app, ["market", "zzqx"])
    assert result.exit_code == 2
    assert "no occupation matches" in result.stderr


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_market", ROOT / "scripts" / "build_market.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not CSV.exists(), reason="the BLS CSV in ../shared/data/bls_oews/ is not available here")
def test_packaged_table_is_built_from_the_bls_csv() -> None:
    build = _build_script()
    content = build.build(CSV)
    assert gzip.decompress(PACKAGED.read_bytes()) == content, "run: python scripts/build_market.py"
    assert build.compress(content)[4:8] == b"\0\0\0\0"  # no timestamp: rebuilds give identical bytes
