"""Speech to text with word times: faster-whisper (CTranslate2, int8 on the CPU) and Whisper tiny.en."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sparring.engines.delivery.measures import Word
from sparring.model.errors import SparringError
from sparring.voice.audio import Audio
from sparring.voice.models import require, whisper_model_dir

FILLER_PROMPT = "Umm, let me think, uh, hmm."
"""Stock Whisper drops "um" and "uh"; a short prompt full of them keeps some (longer prompts loop)."""
assert len(FILLER_PROMPT) <= 32

_lock = threading.Lock()
_models: dict[tuple[str, int], Any] = {}


@dataclass(frozen=True)
class Transcript:
    """Words keep Whisper's leading spaces, so joining them gives back its text ("132,000", not "132 ,000")."""

    words: tuple[Word, ...]
    text: str


def _model(path: Path, threads: int) -> Any:
    """One loaded model per folder and thread count (loading takes ~0.4 s; a turn should not pay it)."""
    require("faster_whisper")
    from faster_whisper import WhisperModel

    key = (str(path), threads)
    with _lock:
        if key not in _models:
            try:
                _models[key] = WhisperModel(
                    str(path), device="cpu", compute_type="int8", cpu_threads=threads, local_files_only=True
                )
            except (RuntimeError, ValueError, OSError) as exc:
                raise SparringError(f"cannot load the speech model in {path}: {exc}", kind="unavailable") from None
        return _models[key]


def transcribe(audio: Audio, *, threads: int = 2, model_dir: Path | None = None) -> Transcript:
    """The words heard, each with its start and end in seconds (greedy decoding: deterministic)."""
    model = _model(model_dir or whisper_model_dir(), threads)
    segments, _info = model.transcribe(
        audio.samples.astype("float32"),
        language="en",
        beam_size=1,
        temperature=0.0,
        word_timestamps=True,
        initial_prompt=FILLER_PROMPT,
        condition_on_previous_text=False,
        vad_filter=False,
    )
    words: list[Word] = []
    for segment in segments:
        for w in segment.words or ():
            words.append(Word(w.word, float(w.start), float(w.end), float(w.probability)))
    return Transcript(tuple(words), "".join(w.text for w in words).strip())
