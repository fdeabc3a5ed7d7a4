"""`sparring analyze` through the CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sparring.cli.main import app
from sparring.services.examples import example_path


def test_analyze_text_as_json_with_a_case() -> None:
    result = CliRunner().invoke(
        app,
        [
            "analyze",
            "--text",
            "I know attrition is your top worry. I'd like 136k.",
            "--case",
            str(example_path("raise")),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [[t["tag"] for t in s["tags"]] for s in data["sentences"]] == [["their_goals"], ["ask"]]
    assert data["sentences"][0]["alignment"]["incentive"] == "inc-retention"
    assert data["summary"]["incentives_not_mentioned"] == ["inc-cost", "inc-oncall", "inc-succession"]


def test_analyze_reads_a_file_and_prints_suggestions(tmp_path: Path) -> None:
    pitch = tmp_path / "pitch.txt"
    pitch.write_text("Sorry to bother you, but maybe we could revisit my base?", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(pitch)])
    assert result.exit_code == 0, result.stderr
    assert "[apology · CONFIDENCE]" in result.stdout
    assert "→ Don't apologise for asking" in result.stdout


def test_analyze_needs_exactly_one_input() -> None:
    result = CliRunner().invoke(app, ["analyze"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: give a file (or '-') or --text, not both and not neither")


def test_analyze_refuses_oversized_files(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 100_000)
    result = CliRunner().invoke(app, ["analyze", str(big)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {big}: the file is over 400 kB")
