"""Text to speech for the counterpart's replies: Piper when a voice is installed, else eSpeak NG."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from sparring.model.errors import SparringError
from sparring.voice.audio import Floats, decode_wav
from sparring.voice.models import INSTALL_HINT, piper_voice_file

MAX_CHARS = 2_000
"""A reply is a few sentences; longer text is refused, not read out for minutes."""
ESPEAK_TIMEOUT_S = 30.0

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_lock = threading.Lock()
_voices: dict[str, Any] = {}


@dataclass(frozen=True)
class Speech:
    samples: Floats
    rate: int
    engine: str


def speak(text: str, *, words_per_minute: int = 165, engine: str = "auto") -> Speech:
    """Synthesize ``text``; ``engine`` is ``auto`` (Piper, then eSpeak NG), ``piper`` or ``espeak``."""
    if len(text) > MAX_CHARS:
        raise SparringError(f"the text to speak is over {MAX_CHARS} characters")
    voice = piper_voice_file() if engine in ("auto", "piper") else None
    if voice is not None:
        try:
            return _piper(text, voice)
        except ImportError:
            if engine == "piper":
                raise SparringError("Piper is not installed", hint=INSTALL_HINT, kind="unavailable") from None
    elif engine == "piper":
        raise SparringError("no Piper voice is installed", hint=INSTALL_HINT, kind="unavailable")
    return espeak(text, words_per_minute)


def sentences(text: str) -> list[str]:
    """The reply split after each sentence, so playback starts once the first one is synthesized."""
    return [part for part in _SENTENCE_END.split(text.strip()) if part]


def _piper(text: str, voice_file: Path) -> Speech:
    from piper import PiperVoice
    from piper.config import SynthesisConfig

    with _lock:
        if str(voice_file) not in _voices:
            _voices[str(voice_file)] = PiperVoice.load(voice_file)
        voice = _voices[str(voice_file)]
    steady = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)  # no sampled noise: the same text, the same audio
    chunks = [chunk.audio_float_array for chunk in voice.synthesize(text, syn_config=steady)]
    samples = np.concatenate(chunks).astype(np.float64) if chunks else np.zeros(0)
    return Speech(samples, int(voice.config.sample_rate), "piper")


def espeak(text: str, words_per_minute: int = 165) -> Speech:
    """eSpeak NG at a set rate (the tests use it for speech of known pace)."""
    binary = shutil.which("espeak-ng")
    if binary is None:
        raise SparringError(
            "no speech synthesizer: neither a Piper voice nor espeak-ng is installed",
            hint=f"{INSTALL_HINT}, or install espeak-ng (apt install espeak-ng)",
            kind="unavailable",
        )
    with tempfile.TemporaryDirectory(prefix="sparring-tts-") as folder:
        out = Path(folder) / "speech.wav"
        try:
            subprocess.run(
                [binary, "-s", str(int(words_per_minute)), "-w", str(out), "--", text],
                capture_output=True,
                timeout=ESPEAK_TIMEOUT_S,
                check=True,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise SparringError(f"espeak-ng failed: {exc}", kind="unavailable") from None
        audio = decode_wav(out.read_bytes(), "espeak-ng output")
    return Speech(audio.samples, audio.rate, "espeak-ng")
