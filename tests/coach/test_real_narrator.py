"""The narrator and the coach against a real llama.cpp server running Gemma 3 270M.

A 270M base model words lines poorly and often changes them; the point is what Sparring
does with real answers: every line in the transcript either passed verification or is
exactly the template line, every fallback is counted and logged, and the transcript is whole.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sparring.cli.coach  # noqa: F401  (registers the commands)
from sparring.cli.main import app
from sparring.engines.sim.flip import FlipSession
from sparring.engines.sim.mouth import package_numbers
from sparring.engines.sim.moves import Move
from sparring.model.case import Case
from sparring.services import coach, rehearsal
from sparring.services.examples import example_path, examples_dir
from tests.coach.conftest import ListLog
from tests.llm.conftest import real_provider
from tests.llm.llama_server import LlamaServer

SCRIPT = (examples_dir() / "rehearsal-raise.txt").read_text(encoding="utf-8").splitlines()
REPORT = os.environ.get("SPARRING_NARRATOR_REPORT")  # a file to append the counts to, for the record


def test_gemma_narrates_a_scripted_rehearsal_within_the_rules(
    llama_server: LlamaServer, raise_case: Case, log: ListLog
) -> None:
    voice = coach.narrator(raise_case, real_provider(llama_server), log)
    seen: list[tuple[Move, str, str]] = []

    def phrase(move: Move, line: str) -> str:
        said = voice(move, line)
        seen.append((move, line, said))
        return said

    session = rehearsal.start(raise_case, seed=3, narrator=phrase)
    rehearsal.run_script(session, SCRIPT)

    them = [e for e in session.transcript if e.speaker == "them"][1:]  # the opening is not a decided move
    assert [(e.move, e.text) for e in them] == [(m.kind, said) for m, _, said in seen]
    assert session.outcome is not None and len(session.transcript) == 1 + 2 * len(seen)
    for move, line, said in seen:
        expected = package_numbers(raise_case, move.package) if move.package else None
        assert said == line or coach.line_problem(move.kind, line, said, expected) is None, (line, said)
    assert voice.used + voice.fallbacks == len(seen) == len(log.rows)
    assert sum(1 for r in log.rows if r["fallback"]) == voice.fallbacks
    assert all(r["model"] for r in log.rows if not r["fallback"])
    _report(f"rehearsal: {voice.summary()}", seen)


def test_gemma_words_the_flip_coach_within_the_rules(llama_server: LlamaServer, raise_case: Case) -> None:
    voice = coach.narrator(raise_case, real_provider(llama_server))
    flip = FlipSession(raise_case)
    challenges = ["The merit budget is frozen.", "I'd need the director to approve it.", "Why now?"]
    plain = FlipSession(raise_case)  # the same session without a voice: the templates, turn by turn
    answers = [(plain.turn(c), coach.flip_turn(flip, c, voice)) for c in challenges]
    for template, said in answers:
        assert said == template or coach.line_problem("ANSWER", template, said) is None
    assert [e["text"] for e in flip.transcript if e["speaker"] == "coach"][1:] == [said for _, said in answers]
    assert voice.used + voice.fallbacks == 3
    _report(f"flip: {voice.summary()}", [])


def test_gemma_incentives_are_valid_hypotheses_or_a_marked_fallback(
    llama_server: LlamaServer, raise_case: Case, log: ListLog
) -> None:
    result = coach.incentive_hypotheses(raise_case, real_provider(llama_server), log)
    assert 1 <= len(result.items) <= 3 and all(i.status == "hypothesis" and i.reason for i in result.items)
    if result.source == "offline":
        assert result.fallback and result.notice
    assert [(r["feature"], r["fallback"]) for r in log.rows] == [("incentives", result.fallback)]


def test_rehearse_uses_the_configured_model_and_keeps_the_transcript(
    llama_server: LlamaServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SPARRING_LLM_BASE_URL", llama_server.base_url)
    db = ["--db", f"sqlite:///{tmp_path / 'store.db'}"]
    runner = CliRunner()
    assert runner.invoke(app, [*db, "import", str(example_path("raise"))]).exit_code == 0
    script = examples_dir() / "rehearsal-raise.txt"
    result = runner.invoke(app, [*db, "rehearse", "raise", "--script", str(script), "--seed", "3", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["session"] == 1 and data["scorecard"]["outcome"] in ("deal", "walked", "withdrawn", "ended")
    assert "narrator (" in result.stderr and "fell back to the template" in result.stderr
    logged = json.loads(runner.invoke(app, [*db, "llm", "log", "--json", "-n", "50"]).stdout)
    narrated = [r for r in logged if r["feature"] == "narrator"]
    assert len(narrated) == sum(1 for e in data["transcript"] if e["speaker"] == "them") - 1
    assert all(r["prompt_version"] == "narrator/1" for r in narrated)


def _report(headline: str, seen: list[tuple[Move, str, str]]) -> None:
    if not REPORT:
        return
    with Path(REPORT).open("a", encoding="utf-8") as out:
        out.write(headline + "\n")
        for move, line, said in seen:
            out.write(f"  {move.kind}: {'(template)' if said == line else 'MODEL: ' + said}\n")
