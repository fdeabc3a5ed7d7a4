"""`sparring rehearse --script`, `sparring sessions` and `sparring flip` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sparring.cli.main import app
from sparring.services.examples import example_path

SCRIPT = """# a short rehearsal
I know keeping attrition low is your top priority this year.
What matters most to you in the April cycle?
I'd like 136k effective in April, or 130k with a 5k retention bonus.
I'll write the one-page case for the director myself.
deal
"""


def test_scripted_rehearsal_is_saved_and_listed(tmp_path: Path) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 's.db'}"]
    runner = CliRunner()
    assert runner.invoke(app, [*db, "import", str(example_path("raise"))]).exit_code == 0
    script = tmp_path / "turns.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    first = runner.invoke(app, [*db, "rehearse", "raise", "--script", str(script), "--seed", "3", "--json"])
    assert first.exit_code == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["session"] == 1
    assert [e["speaker"] for e in data["transcript"]][:3] == ["them", "you", "them"]
    assert data["scorecard"]["outcome"] == "deal"
    again = runner.invoke(app, [*db, "rehearse", "raise", "--script", str(script), "--seed", "3", "--json"])
    assert json.loads(again.stdout)["transcript"] == data["transcript"]  # same seed, same turns
    listed = runner.invoke(app, [*db, "sessions", "raise", "--json"])
    assert [(s["id"], s["mode"], s["score"]) for s in json.loads(listed.stdout)] == [
        (1, "rehearse", data["scorecard"]["score"]),
        (2, "rehearse", data["scorecard"]["score"]),
    ]
    checked = runner.invoke(app, [*db, "check", "raise", "--json", "--today", "2026-11-25"])
    assert "never been rehearsed" not in checked.stdout


def test_unrehearsed_stored_case_gets_the_rehearse_warning(tmp_path: Path) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 's.db'}"]
    runner = CliRunner()
    runner.invoke(app, [*db, "import", str(example_path("raise"))])
    checked = json.loads(runner.invoke(app, [*db, "check", "raise", "--json", "--today", "2026-11-25"]).stdout)
    assert {
        "principle": "REHEARSE",
        "severity": "warning",
        "path": "rehearsals",
        "message": "This plan has never been rehearsed.",
        "fix": "Role-play it: the counterpart pushing back from their priorities, then the flip, until saying no "
        "to you feels unwise.",
    } in checked["findings"]


def test_flip_adds_gaps_to_the_case(tmp_path: Path) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 's.db'}"]
    runner = CliRunner()
    runner.invoke(app, [*db, "import", str(example_path("raise"))])
    script = tmp_path / "sceptic.txt"
    script.write_text("The merit budget is frozen.\nYour code reviews are slow.\n/end\n", encoding="utf-8")
    result = runner.invoke(app, [*db, "flip", "raise", "--script", str(script), "--add-gaps", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["gaps"], data["saved_version"]) == (["Your code reviews are slow."], 2)
    shown = json.loads(runner.invoke(app, [*db, "show", "raise", "--json"]).stdout)
    assert shown["objections"][-1] == {"id": "obj-gap-6", "text": "Your code reviews are slow."}
    exported = runner.invoke(app, [*db, "export", "raise", "--format", "yaml"]).stdout
    assert "# Example: a backend engineer asks for a raise while the merit budget is frozen." in exported
    assert "Your code reviews are slow." in exported  # the gap is in the file, and the comments stayed
