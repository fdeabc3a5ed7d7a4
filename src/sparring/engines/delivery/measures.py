"""What delivery is measured from (timed words) and what it gives (one :class:`Utterance` each)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sparring.engines.delivery.numbers import NumberDelivery


@dataclass(frozen=True)
class Word:
    """A transcribed word with its time in seconds from the start of the audio."""

    text: str
    start: float
    end: float
    probability: float = 1.0

    def as_json(self) -> dict[str, Any]:
        return {
            "word": self.text.strip(),
            "start": round(self.start, 2),
            "end": round(self.end, 2),
            "probability": round(self.probability, 2),
        }


def join_words(words: tuple[Word, ...] | list[Word]) -> str:
    """The words as text: Whisper's continuations (",000", "'s") join their word, other words get a space."""
    return "".join(w.text if w.text[:1].isspace() or w.text[:1] in _JOINERS else f" {w.text}" for w in words).strip()


_JOINERS = ",.!?%'"


@dataclass(frozen=True)
class Pause:
    """A silence of at least :data:`sparring.engines.delivery.metrics.PAUSE_S` inside an utterance."""

    start: float
    duration: float

    def as_json(self) -> dict[str, float]:
        return {"start": round(self.start, 2), "duration": round(self.duration, 2)}


@dataclass(frozen=True)
class Utterance:
    """One stretch of speech and how it was delivered; None where the audio cannot say."""

    start: float
    end: float
    words: tuple[Word, ...]
    lead_in_s: float
    pauses: tuple[Pause, ...]
    speaking_s: float
    spoken_count: int
    wpm: float | None
    filler_count: int
    longest_run_s: float
    longest_run_words: int
    rms_db: float | None
    volume_change_db: float | None
    pitch_median_hz: float | None
    pitch_range_st: float | None
    pitch_change_st: float | None
    numbers: tuple[NumberDelivery, ...] = ()

    @property
    def text(self) -> str:
        return join_words(self.words)

    @property
    def fillers_per_100(self) -> float:
        return 100.0 * self.filler_count / self.spoken_count if self.spoken_count else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "start": round(self.start, 2),
            "end": round(self.end, 2),
            "text": self.text,
            "words": [w.as_json() for w in self.words],
            "word_count": self.spoken_count,
            "speaking_s": round(self.speaking_s, 2),
            "wpm": _r(self.wpm, 1),
            "fillers": {"count": self.filler_count, "per_100_words": round(self.fillers_per_100, 1), "floor": True},
            "pauses": [p.as_json() for p in self.pauses],
            "lead_in_s": round(self.lead_in_s, 2),
            "longest_run": {"duration_s": round(self.longest_run_s, 2), "words": self.longest_run_words},
            "volume": {"rms_db": _r(self.rms_db, 1), "change_db": _r(self.volume_change_db, 1)},
            "pitch": {
                "median_hz": _r(self.pitch_median_hz, 1),
                "range_st": _r(self.pitch_range_st, 1),
                "change_st": _r(self.pitch_change_st, 1),
            },
            "numbers": [n.as_json() for n in self.numbers],
        }


def _r(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
