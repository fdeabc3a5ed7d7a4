"""Use case: how a recording was said (delivery per utterance) and what it says (language tags).

The CLI and the web call this; it reads the audio through :mod:`sparring.voice`, measures it
with :mod:`sparring.engines.delivery`, and tags the transcript with the language analyser.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sparring.engines.delivery.bands import Note, utterance_notes
from sparring.engines.delivery.measures import Utterance
from sparring.engines.delivery.metrics import measure
from sparring.engines.delivery.moments import SessionDelivery, SpokenTurn, session_delivery
from sparring.engines.language.analyser import Analysis
from sparring.engines.sim.session import RehearsalSession
from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.services.language import analyse_text
from sparring.voice.audio import Audio, read_wav, to_wav_bytes
from sparring.voice.speak import speak
from sparring.voice.transcribe import FILLER_PROMPT, transcribe

FILLERS_ARE_A_FLOOR = "filler counts are a floor: speech to text drops many 'um's and 'uh's"


@dataclass(frozen=True)
class SpokenUtterance:
    """One utterance's delivery, the notes outside the bands, and the language analysis of its words."""

    delivery: Utterance
    notes: list[Note]
    analysis: Analysis

    def as_json(self) -> dict[str, Any]:
        out = self.delivery.as_json()
        out["notes"] = [n.as_json() for n in self.notes]
        out["tags"] = sorted({span.tag for s in self.analysis.sentences for span in s.spans})
        out["spans"] = [span.as_json() for s in self.analysis.sentences for span in s.spans]
        return out


@dataclass(frozen=True)
class SpeechReport:
    source: str
    seconds: float
    utterances: list[SpokenUtterance]
    stages_s: dict[str, float] = field(default_factory=dict)

    @property
    def transcript(self) -> str:
        return " ".join(u.delivery.text for u in self.utterances)

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "duration_s": round(self.seconds, 2),
            "transcript": self.transcript,
            "utterances": [u.as_json() for u in self.utterances],
            "stages_s": {k: round(v, 3) for k, v in self.stages_s.items()},
            "model": {"speech_to_text": "whisper tiny.en (faster-whisper, int8)", "prompt": FILLER_PROMPT},
            "caveats": [FILLERS_ARE_A_FLOOR],
        }


def analyse_audio(audio: Audio, source: str, case: Case | None = None) -> SpeechReport:
    """Transcribe, measure and tag audio already read (the rehearsal passes each turn here)."""
    stages: dict[str, float] = {}
    started = time.perf_counter()
    heard = transcribe(audio)
    stages["transcribe"] = time.perf_counter() - started
    started = time.perf_counter()
    utterances = measure(audio.samples, audio.rate, heard.words)
    stages["measure"] = time.perf_counter() - started
    started = time.perf_counter()
    spoken = [SpokenUtterance(u, utterance_notes(u), analyse_text(u.text, case)) for u in utterances]
    stages["analyse"] = time.perf_counter() - started
    return SpeechReport(source, audio.seconds, spoken, stages)


def analyse_recording(path: Path, case: Case | None = None) -> SpeechReport:
    """`sparring speech FILE.wav`: the whole report for one WAV file."""
    started = time.perf_counter()
    audio = read_wav(path)
    read_s = time.perf_counter() - started
    report = analyse_audio(audio, str(path), case)
    return SpeechReport(report.source, report.seconds, report.utterances, {"read": read_s, **report.stages_s})


AUDIO_SCRIPT_MAX_FILES = 200
"""A scripted rehearsal is a few dozen turns; a folder with more files is the wrong folder."""


def audio_script(folder: Path) -> list[Path]:
    """The WAV files of an ``--audio-script`` folder, in name order (one file per turn)."""
    if not folder.is_dir():
        raise SparringError(
            f"{folder}: no such folder", hint="Give a folder of WAV files, one per turn.", kind="not_found"
        )
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".wav" and p.is_file())
    if not files:
        raise SparringError(f"{folder}: no .wav files", hint="Put one WAV file per turn there (01.wav, 02.wav, …).")
    if len(files) > AUDIO_SCRIPT_MAX_FILES:
        raise SparringError(f"{folder}: {len(files)} WAV files; a script has at most {AUDIO_SCRIPT_MAX_FILES}")
    return files


@dataclass(frozen=True)
class VoiceTurn:
    """One spoken turn: its report, and where its words landed in the rehearsal transcript (None: no speech)."""

    report: SpeechReport
    entry: int | None


def rehearse_audio(session: RehearsalSession, files: list[Path], case: Case | None = None) -> list[VoiceTurn]:
    """Play each WAV as one user turn: transcribe it, give its words to the counterpart, keep its delivery."""
    turns: list[VoiceTurn] = []
    for path in files:
        if session.ended:
            break
        report = analyse_recording(path, case)
        if not report.transcript.strip():
            turns.append(VoiceTurn(report, None))
            continue
        before = len(session.transcript)
        session.turn(report.transcript)
        mine = [i for i in range(before, len(session.transcript)) if session.transcript[i].speaker == "you"]
        turns.append(VoiceTurn(report, mine[0] if mine else None))
    return turns


def delivery_by_entry(turns: list[VoiceTurn]) -> dict[int, dict[str, Any]]:
    """Transcript entry index -> the turn's delivery (file, duration, utterances), to save with the session."""
    return {
        t.entry: {
            "source": Path(t.report.source).name,
            "duration_s": round(t.report.seconds, 2),
            "utterances": [u.as_json() for u in t.report.utterances],
        }
        for t in turns
        if t.entry is not None
    }


def session_report(
    session: RehearsalSession, turns: list[VoiceTurn], their_seconds: float | None = None
) -> SessionDelivery:
    """Delivery at the negotiation's moments over a spoken rehearsal; their time as spoken, else from their words."""
    spoken = []
    for turn in turns:
        if turn.entry is None:
            continue
        before = [e for e in session.transcript[: turn.entry] if e.speaker == "them"]
        tags = frozenset(span.tag for u in turn.report.utterances for s in u.analysis.sentences for span in s.spans)
        spoken.append(
            SpokenTurn(before[-1].move if before else None, tuple(u.delivery for u in turn.report.utterances), tags)
        )
    their_words = sum(len(e.text.split()) for e in session.transcript if e.speaker == "them")
    return session_delivery(spoken, their_words, their_seconds)


def speak_replies(session: RehearsalSession, folder: Path) -> float:
    """Write each of their lines as ``NN-them.wav`` (NN: its place in the transcript); their seconds in all."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SparringError(f"{folder}: cannot write replies there ({exc.strerror})") from None
    total = 0.0
    for index, entry in enumerate(session.transcript):
        if entry.speaker != "them" or not entry.text.strip():
            continue
        spoken = speak(entry.text)
        (folder / f"{index + 1:02d}-them.wav").write_bytes(to_wav_bytes(spoken.samples, spoken.rate))
        total += len(spoken.samples) / spoken.rate
    return total
