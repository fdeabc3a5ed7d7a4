"""`sparring coach incentives | objections | rewrite` and `sparring debrief` end to end, offline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sparring.cli.coach  # noqa: F401  (registers the commands)
from sparring.cli.main import app
from sparring.engines.sim.phrasing import say_package
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file

RAISE = str(example_path("raise"))


@pytest.fixture
def db(tmp_path: Path) -> list[str]:
    return ["--db", f"sqlite:///{tmp_path / 'store.db'}"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_incentives_on_a_file_are_numbered_and_offline(clean_llm_env: Path) -> None:
    code, out, err = invoke("coach", "incentives", RAISE)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Incentive hypotheses for Engineering Manager, Platform (offline")
    assert " 1. deliver the team's committed work on time" in lines
    assert "    metric: delivery against quarterly commitments" in lines
    assert "import it first: sparring import" in out
    assert not clean_llm_env.exists()  # offline and a file: the store was never opened


def test_apply_on_a_file_is_refused_with_a_hint() -> None:
    code, _, err = invoke("coach", "objections", RAISE, "--apply")
    assert code == 2
    assert "is a file" in err and "sparring import" in err


def test_objections_apply_pick_writes_a_new_version(db: list[str]) -> None:
    assert invoke(*db, "import", RAISE)[0] == 0
    code, out, err = invoke(
        *db, "coach", "objections", "raise", "--today", "2027-01-05", "--apply", "--pick", "1,3", "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert (data["source"], data["fallback"], data["saved_version"]) == ("offline", False, 2)
    assert len(data["items"]) == 5
    code, out, _ = invoke(*db, "show", "raise", "--json")
    texts = [o["text"] for o in json.loads(out)["objections"]]
    assert texts[5:] == [data["items"][0]["text"], data["items"][2]["text"]]
    code, _, err = invoke(*db, "coach", "objections", "raise", "--apply", "--pick", "9")
    assert code == 2 and "not a suggestion number" in err
    code, _, err = invoke(*db, "coach", "incentives", "raise", "--pick", "1")
    assert code == 2 and "--pick chooses what --apply writes" in err


def test_rewrite_offline_lists_the_suggestions(db: list[str]) -> None:
    code, out, err = invoke(*db, "coach", "rewrite", RAISE, "--text", "I was wondering if maybe we could do 136k.")
    assert code == 0, err
    assert "Suggestions, span by span:" in out and " 1. hedge (CONFIDENCE): “I was wondering if maybe we could”" in out
    code, out, _ = invoke(*db, "coach", "rewrite", RAISE, "--json")  # the case's own pitch draft
    assert json.loads(out)["rewritten"] is None and json.loads(out)["numbers_kept"] is True
    code, _, err = invoke(*db, "coach", "rewrite", RAISE, "--text", "x", "--apply")
    assert code == 2 and "sparring import" in err


def test_debrief_of_a_saved_session(db: list[str], tmp_path: Path) -> None:
    assert invoke(*db, "import", RAISE)[0] == 0
    script = example_path("raise").with_name("rehearsal-raise.txt")
    code, out, err = invoke(*db, "rehearse", "raise", "--script", str(script), "--seed", "3", "--json")
    assert code == 0, err
    rehearsed = json.loads(out)
    session = rehearsed["session"]
    agreed = say_package(load_case_file(example_path("raise")).case, rehearsed["scorecard"]["agreed"])
    code, out, err = invoke(*db, "debrief", "raise", "--session", str(session))
    assert code == 0, err
    assert out.startswith(f"Debrief of session {session} (rehearse, deal)")
    assert f"Outcome: deal at {agreed}" in out  # the deal the rehearsal made, said the same way
    code, out, _ = invoke(*db, "debrief", "raise", "--session", str(session), "--json")
    assert json.loads(out)["source"] == "offline"
    code, _, err = invoke(*db, "debrief", "raise", "--session", "99")
    assert code == 2 and "no rehearsal session 99" in err
