"""Speech to text with word times: faster-whisper (CTranslate2, int8 on the CPU) and Whisper tiny.en."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sparring.engines.delivery.frames import energy, sounds
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


MAX_WORD_S = 2.0
"""No word lasts this long: a longer one means the decoder skipped to the end (the prompt, rarely, makes
tiny.en do so), and the audio is transcribed again without the prompt."""
UNHEARD_TAIL_S = 1.0
"""Sound this long after the last word also means the decoder stopped early."""


def transcribe(audio: Audio, *, threads: int = 2, model_dir: Path | None = None) -> Transcript:
    """The words heard, each with its start and end in seconds (greedy decoding: deterministic).

    The filler prompt first; if the result looks cut short (:data:`MAX_WORD_S`,
    :data:`UNHEARD_TAIL_S`), once more without it.
    """
    require("faster_whisper")  # before the model: without the extra, say so first
    model = _model(model_dir or whisper_model_dir(), threads)
    words = _decode(model, audio, FILLER_PROMPT)
    if _cut_short(words, audio):
        words = _decode(model, audio, None)
    return Transcript(tuple(words), "".join(w.text for w in words).strip())


def _decode(model: Any, audio: Audio, prompt: str | None) -> list[Word]:
    segments, _info = model.transcribe(
        audio.samples.astype("float32"),
        language="en",
        beam_size=1,
        temperature=0.0,
        word_timestamps=True,
        initial_prompt=prompt,
        condition_on_previous_text=False,
        vad_filter=False,
    )
    return [
        Word(w.word, float(w.start), float(w.end), float(w.probability))
        for segment in segments
        for w in segment.words or ()
    ]


def _cut_short(words: list[Word], audio: Audio) -> bool:
    if any(w.end - w.start > MAX_WORD_S for w in words):
        return True
    heard = sounds(energy(audio.samples, audio.rate))
    last_sound = heard[-1][1] if heard else 0.0
    return last_sound - (words[-1].end if words else 0.0) > UNHEARD_TAIL_S
