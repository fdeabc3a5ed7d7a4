"""Voice speed: transcription against real time, and each stage from the end of a 5 s turn to the first reply audio.

Usage: python benchmarks/voice_speed.py [--reps 5] [--threads 2]
Needs the voice extra and espeak-ng (the test speech is eSpeak NG at 150 wpm). Models are
loaded once first (load times printed apart): a rehearsal loads them before the first turn.
Figures go to docs/voice.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sparring.services.examples import example_path
from sparring.services.rehearsal import start
from sparring.services.speech import analyse_audio
from sparring.store.casefile import load_case_file
from sparring.voice.audio import RATE, Audio
from sparring.voice.speak import espeak, sentences, speak
from sparring.voice.transcribe import transcribe

TURNS = [
    "Thanks for making the time. I would like to talk about my base salary today.",
    "I have run onboarding since April and cut ramp time from nine weeks to five.",
    "Based on that and the market data, I am asking for one hundred and thirty two thousand.",
    "I understand the budget is tight. Could we look at a start date in October instead?",
]


def utterance(text: str, seconds: float) -> Audio:
    """``text`` at 150 wpm, repeated or cut to ``seconds``, after 0.3 s of silence."""
    clip = espeak(text, 150).samples
    body = np.tile(clip, int(np.ceil(seconds * RATE / len(clip))))[: round(seconds * RATE)]
    return Audio(np.concatenate([np.zeros(round(0.3 * RATE)), body]))


def p95(values: list[float]) -> float:
    return float(np.percentile(values, 95))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    print(f"CPU cores: {os.cpu_count()}; whisper threads: {args.threads}")

    started = time.perf_counter()
    transcribe(utterance(TURNS[0], 2.0), threads=args.threads)
    print(f"load tiny.en + first call: {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    first = speak("Hello.")
    print(f"load {first.engine} voice + first call: {time.perf_counter() - started:.2f} s")

    print("\ntranscription (tiny.en, int8, greedy), time / audio length:")
    for seconds in (5.0, 15.0, 30.0):
        ratios = []
        for rep in range(args.reps):
            audio = utterance(TURNS[rep % len(TURNS)], seconds)
            began = time.perf_counter()
            transcribe(audio, threads=args.threads)
            ratios.append((time.perf_counter() - began) / audio.seconds)
        median = statistics.median(ratios)
        print(f"  {seconds:>4.0f} s audio: {median:.3f} x real time ({1 / median:.1f}x faster than real time)")

    print("\nfrom the end of a 5 s turn to the first reply audio (seconds):")
    case = load_case_file(example_path("raise")).case
    stages: dict[str, list[float]] = {
        "transcribe": [],
        "measure + tags": [],
        "counterpart": [],
        "first sentence audio": [],
    }
    totals = []
    for rep in range(args.reps * len(TURNS)):
        audio = utterance(TURNS[rep % len(TURNS)], 5.0)
        session = start(case, seed=rep)
        began = time.perf_counter()
        report = analyse_audio(audio, "bench")
        stages["transcribe"].append(report.stages_s["transcribe"])
        stages["measure + tags"].append(report.stages_s["measure"] + report.stages_s["analyse"])
        mark = time.perf_counter()
        reply = session.turn(report.transcript or "...")
        stages["counterpart"].append(time.perf_counter() - mark)
        mark = time.perf_counter()
        speak(sentences(reply.text)[0])
        stages["first sentence audio"].append(time.perf_counter() - mark)
        totals.append(time.perf_counter() - began)
    for name, values in stages.items():
        print(f"  {name:<22} p50 {statistics.median(values):.3f}  p95 {p95(values):.3f}")
    print(f"  {'total':<22} p50 {statistics.median(totals):.3f}  p95 {p95(totals):.3f}  (n={len(totals)})")


if __name__ == "__main__":
    main()
