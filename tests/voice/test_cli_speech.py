"""`sparring speech FILE.wav` end to end: JSON that scripts can use, a readable table, clear errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from sparring.cli.main import app
from sparring.voice import transcribe
from sparring.voice.audio import to_wav_bytes
from tests.voice.synth import RATE, build, need_espeak, need_voice_extra, tone


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def hedged_ask(tmp_path: Path) -> Path:
    need_espeak()
    need_voice_extra()
    built = build(
        ["I was wondering if maybe we could look at a higher base", "I have run onboarding since April"],
        150,
        0.8,
        [0.9],
    )
    path = tmp_path / "ask.wav"
    path.write_bytes(to_wav_bytes(built.samples, RATE))
    return path


def test_json_has_wpm_pauses_lead_in_and_the_language_tags(hedged_ask: Path) -> None:
    code, out, err = invoke("speech", str(hedged_ask), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["duration_s"] == pytest.approx(0.8 + 0.9 + 0.5 + 4.8, abs=1.5)
    (u,) = report["utterances"]
    assert set(u) >= {"wpm", "pauses", "lead_in_s", "fillers", "longest_run", "volume", "pitch", "words", "tags"}
    assert isinstance(u["wpm"], float) and 120 <= u["wpm"] <= 260
    assert [set(p) for p in u["pauses"]] == [{"start", "duration"}]
    assert u["pauses"][0]["duration"] == pytest.approx(0.9, abs=0.15)
    assert u["lead_in_s"] == pytest.approx(0.8, abs=0.15)
    assert "hedge" in u["tags"]
    assert u["fillers"]["floor"] is True
    assert all(set(w) == {"word", "start", "end", "probability"} for w in u["words"])
    assert report["caveats"] == ["filler counts are a floor: speech to text drops many 'um's and 'uh's"]


def test_the_table_shows_each_measure_and_says_fillers_are_a_floor(hedged_ask: Path) -> None:
    code, out, _ = invoke("speech", str(hedged_ask))
    assert code == 0
    for label in ("pace", "fillers", "pauses", "lead-in", "longest run", "volume", "pitch", "tags"):
        assert f"\n{label}" in out
    assert "Filler counts are a floor" in out


def test_a_file_that_is_not_a_wav_is_exit_2_with_a_hint(tmp_path: Path) -> None:
    bad = tmp_path / "notes.wav"
    bad.write_text("hello", encoding="utf-8")
    code, _, err = invoke("speech", str(bad))
    assert code == 2
    assert "not a readable WAV file" in err and "hint: Give a PCM WAV file" in err


def test_without_the_voice_extra_the_error_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tone.wav"
    path.write_bytes(to_wav_bytes(np.concatenate([np.zeros(RATE // 2), tone(150.0, 1.0)]), RATE))
    monkeypatch.setitem(sys.modules, "faster_whisper", None)  # import now raises ImportError
    monkeypatch.setattr(transcribe, "_models", {})
    code, _, err = invoke("speech", str(path))
    assert code == 3
    assert "error: voice needs the 'faster_whisper' package, which is not installed" in err
    assert "hint: install the voice extra: pip install 'sparring[voice]'" in err
