"""`sparring rehearse CASE --audio-script DIR`: each WAV is one spoken turn; its delivery is saved with the session."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from sparring.cli.main import app
from sparring.services.examples import example_path
from sparring.store.repository import CaseStore
from sparring.store.sessions import SessionStore
from sparring.voice.audio import to_wav_bytes
from tests.voice.synth import RATE, build, need_espeak, need_voice_extra, normalised

TURNS = [
    ["Since April I have run onboarding", "and cut ramp time from nine weeks to five"],
    ["What matters most to you this quarter"],
]


@pytest.fixture
def turns(tmp_path: Path) -> Path:
    need_espeak()
    need_voice_extra()
    folder = tmp_path / "turns"
    folder.mkdir()
    for i, parts in enumerate(TURNS, 1):
        built = build(parts, 150, 0.9, [0.8] * (len(parts) - 1))
        (folder / f"{i:02d}.wav").write_bytes(to_wav_bytes(built.samples, RATE))
    (folder / "notes.txt").write_text("not a turn", encoding="utf-8")
    (folder / "03.wav").write_bytes(to_wav_bytes(np.zeros(RATE), RATE))  # silence: no turn
    return folder


def test_spoken_turns_reach_the_counterpart_and_their_delivery_is_saved(turns: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    runner = CliRunner()
    assert runner.invoke(app, ["--db", url, "import", str(example_path("raise"))]).exit_code == 0
    done = runner.invoke(app, ["--db", url, "rehearse", "raise", "--audio-script", str(turns), "--json"])
    assert done.exit_code == 0, done.stderr
    assert done.stderr == "(no speech heard in 03.wav; skipped)\n"
    data = json.loads(done.stdout)
    mine = [e for e in data["transcript"] if e["speaker"] == "you"]
    assert [normalised(e["text"]) for e in mine] == [normalised(" ".join(parts)) for parts in TURNS]
    first = mine[0]["delivery"]
    assert first["source"] == "01.wav"
    (u,) = first["utterances"]
    assert u["lead_in_s"] == pytest.approx(0.9, abs=0.15)
    assert [p["duration"] for p in u["pauses"]] == [pytest.approx(0.8, abs=0.15)]
    assert "evidence" in mine[0]["tags"]
    assert all("delivery" not in e for e in data["transcript"] if e["speaker"] == "them")
    session = data["delivery"]
    assert set(session) == {"moments", "cue", "talk_share", "longest_monologue_s", "notes"}
    assert 0.0 < session["talk_share"] < 1.0
    assert session["longest_monologue_s"] == pytest.approx(
        max(u["end"] - u["start"] for u in first["utterances"]), abs=0.1
    )
    saved = SessionStore(CaseStore(url)).get(data["session"])
    assert saved.transcript == data["transcript"]


def test_script_and_audio_script_together_or_an_empty_folder_are_clear_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    raise_case = str(example_path("raise"))
    both = runner.invoke(app, ["rehearse", raise_case, "--script", "x.txt", "--audio-script", str(tmp_path)])
    assert (both.exit_code, both.stderr) == (2, "error: give --script or --audio-script, not both\n")
    empty = runner.invoke(app, ["rehearse", raise_case, "--audio-script", str(tmp_path)])
    assert empty.exit_code == 2
    assert empty.stderr == (
        f"error: {tmp_path}: no .wav files\nhint: Put one WAV file per turn there (01.wav, 02.wav, …).\n"
    )


def test_replies_spoken_to_files_time_their_share_of_the_talk(turns: Path, tmp_path: Path) -> None:
    from sparring.voice.audio import read_wav

    out = tmp_path / "replies"
    done = CliRunner().invoke(
        app, ["rehearse", str(example_path("raise")), "--audio-script", str(turns), "--replies-to", str(out), "--json"]
    )
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)
    theirs = [i + 1 for i, e in enumerate(data["transcript"]) if e["speaker"] == "them"]
    assert sorted(p.name for p in out.iterdir()) == [f"{i:02d}-them.wav" for i in theirs]
    their_seconds = sum(read_wav(p).seconds for p in out.iterdir())
    mine = sum(u["speaking_s"] for e in data["transcript"] if "delivery" in e for u in e["delivery"]["utterances"])
    assert data["delivery"]["talk_share"] == pytest.approx(mine / (mine + their_seconds), abs=0.01)
    assert all("estimated" not in note for note in data["delivery"]["notes"])


def test_replies_to_without_an_audio_script_is_refused(tmp_path: Path) -> None:
    done = CliRunner().invoke(app, ["rehearse", str(example_path("raise")), "--replies-to", str(tmp_path)])
    assert done.exit_code == 2
    assert (
        done.stderr
        == "error: --replies-to speaks the replies of an --audio-script rehearsal; give --audio-script too\n"
    )
