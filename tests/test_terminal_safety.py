"""User text reaches the terminal as text: no escape sequences, no Rich markup, no tracebacks."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from sparring.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
FORGED_TITLE = 'title: "\\e[2J\\e[H fake: all good"'
"""YAML for a title that clears the screen and prints a forged line."""


def test_control_characters_in_a_title_never_reach_the_terminal(tmp_path: Path) -> None:
    text = (ROOT / "examples" / "raise.yaml").read_text(encoding="utf-8")
    path = tmp_path / "forged.yaml"
    path.write_text(re.sub(r"^title:.*$", lambda _: FORGED_TITLE, text, count=1, flags=re.M), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["import", str(path), "--slug", "forged"]).exit_code == 0
    for args in (["validate", str(path)], ["list"], ["show", "forged"], ["check", "forged"], ["brief", "forged"]):
        result = runner.invoke(app, args)
        assert "fake: all good" in result.stdout, args
        assert "\x1b" not in result.stdout, args
        assert "[2J[H fake: all good" in result.stdout, args  # the readable rest is kept


def test_a_script_line_with_markup_is_printed_as_written(tmp_path: Path) -> None:
    script = tmp_path / "turns.txt"
    script.write_text("Hello [/x] there, I want 140k\n[bold]fine[/]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["rehearse", str(ROOT / "examples" / "raise.yaml"), "--script", str(script)])
    assert result.exit_code == 0, result.output
    assert "you › Hello [/x] there, I want 140k" in result.stdout
    assert "you › [bold]fine[/]" in result.stdout


def test_a_missing_flip_script_is_one_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(app, ["flip", str(ROOT / "examples" / "raise.yaml"), "--script", str(missing)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {missing}: no such script file",
        "hint: Give a text file with one turn per line.",
    ]


def test_a_script_that_is_not_text_is_one_clear_error(tmp_path: Path) -> None:
    script = tmp_path / "turns.txt"
    script.write_bytes(b"I want \xff\xfe 140k\n")
    result = CliRunner().invoke(app, ["rehearse", str(ROOT / "examples" / "raise.yaml"), "--script", str(script)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"error: {script}: the script is not UTF-8 text (byte 7)"
