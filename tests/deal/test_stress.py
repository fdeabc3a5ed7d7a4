"""The stress test on the examples: reproducible, and it tells the job-offer story."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sparring.cli.main import app
from sparring.engines.deal.stress import stress_test
from sparring.model.case import parse_case
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file


def _job_offer() -> dict:  # type: ignore[type-arg]
    return load_case_file(example_path("job_offer")).case.to_data()


def test_same_seed_same_result_and_another_seed_differs() -> None:
    case = load_case_file(example_path("raise")).case
    first = stress_test(case, population=3000, seed=11).as_json()
    assert stress_test(case, population=3000, seed=11).as_json() == first
    assert stress_test(case, population=3000, seed=12).as_json() != first


def test_openings_run_from_the_minimum_tier_to_beyond_the_ideal() -> None:
    case = load_case_file(example_path("raise")).case
    result = stress_test(case, population=500, seed=1)
    primaries = [r.primary for r in result.results]
    assert primaries[0] == case.tiers.minimum["salary"]  # type: ignore[index]
    assert primaries == sorted(primaries)
    assert primaries[-1] > case.tiers.ideal["salary"]  # type: ignore[index]


def test_pushing_without_a_valid_reason_risks_the_offer() -> None:
    evidenced = parse_case(_job_offer())
    data = _job_offer()
    data["job_offer"]["reasons"] = [{"id": "why-x", "text": "I always negotiate, on principle"}]
    invalid = parse_case(data)
    with_reason = stress_test(evidenced, population=20_000, seed=5)
    without = stress_test(invalid, population=20_000, seed=5)
    top = -1  # the highest opening pushes hardest
    assert without.results[top].p_withdrawn > 3 * with_reason.results[top].p_withdrawn
    assert without.results[top].p_agreement < with_reason.results[top].p_agreement
    # No pressure, no risk: asking for the floor itself is never punished more than pushing.
    assert without.results[0].p_withdrawn < without.results[top].p_withdrawn


def test_recommendation_respects_the_risk_limit() -> None:
    case = load_case_file(example_path("job_offer")).case
    result = stress_test(case, population=5000, seed=2, risk_limit=0.1)
    assert result.recommended is not None
    best = result.results[result.recommended]
    assert 1 - best.p_agreement <= 0.1
    assert best.expected_value == max(r.expected_value for r in result.results if 1 - r.p_agreement <= 0.1)


def test_cli_stress_json_and_chart(tmp_path: Path) -> None:
    chart = tmp_path / "stress.svg"
    result = CliRunner().invoke(
        app, ["stress", str(example_path("raise")), "-n", "2000", "--seed", "4", "--plot", str(chart), "--json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["population"], data["seed"], data["negotiations"]) == (2000, 4, 2000 * len(data["openings"]))
    assert data["recommended"]["opening"] in [o["opening"] for o in data["openings"]]
    svg = chart.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "P(agreement)" in svg and "http://www.w3.org/2000/svg" in svg
    assert svg.count("<polyline") == 2


def test_cli_deal_json() -> None:
    result = CliRunner().invoke(app, ["deal", str(example_path("raise")), "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["packages"] == 4592
    assert data["nash"]["package"] == {"salary": 126000, "effective": 4, "retention_bonus": 6000}
    assert data["zopa"]["levers"][0] == {
        "lever": "salary",
        "yours": [124000, 150000],
        "theirs": [110000, 129000],
        "overlap": [124000, 129000],
    }


def test_case_without_levers_is_a_clear_error(tmp_path: Path) -> None:
    data = load_case_file("tests/data/minimal.yaml").case.to_data()
    for key in ("levers", "tiers", "walk_away"):
        data.pop(key)
    path = tmp_path / "no-levers.yaml"
    from sparring.store.casefile import dump_case

    path.write_text(dump_case(parse_case(data)), encoding="utf-8")
    result = CliRunner().invoke(app, ["deal", str(path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: the case has no levers, so there is nothing to compute",
        "hint: Add `levers` (salary, start date, price, term…) with ranges and preferences.",
    ]
