"""Language analyser speed: the rule layer, a cold start, and one rehearsal turn.

Usage: python benchmarks/language_speed.py
Targets (issue 5): rules at 1,000 sentences/s or more on one core; ready in under 1 s from a
cold start; a rehearsal turn's analysis under 20 ms.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sparring.engines.language.analyser import analyse

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "language"
TURN = (
    "I understand the merit budget is frozen. I cut new-hire ramp time from 9 to 5 weeks, so six hires "
    "were productive a month sooner. Would you be open to 130k from April, or 126k now with a review in "
    "September?"
)


def main() -> None:
    sentences = [
        json.loads(line)["text"]
        for name in ("dev.jsonl", "test.jsonl")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    analyse(sentences[0], model=None)
    start = time.perf_counter()
    rounds = 3
    for _ in range(rounds):
        for sentence in sentences:
            analyse(sentence, model=None)
    rate = rounds * len(sentences) / (time.perf_counter() - start)

    cold = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", "from sparring.engines.language.analyser import analyse; analyse('Hi.')"],
            check=True,
            capture_output=True,
        )
        cold.append(time.perf_counter() - t0)
    baseline = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True, capture_output=True)
        baseline.append(time.perf_counter() - t0)

    analyse(TURN)  # loads the shipped model
    turns = []
    for _ in range(200):
        t0 = time.perf_counter()
        analyse(TURN, {"inc-cost": "cut cloud spend 15%"}, previous="What would you need to see from me?")
        turns.append((time.perf_counter() - t0) * 1000)
    turns.sort()
    print(
        f"rule layer     : {rate:,.0f} sentences/s over {len(sentences)} labelled sentences (target ≥ 1,000: "
        f"{'met' if rate >= 1000 else 'NOT met'})"
    )
    print(
        f"cold start     : {statistics.median(cold) * 1000:.0f} ms to import and analyse one sentence "
        f"(python -c pass: {statistics.median(baseline) * 1000:.0f} ms; target < 1 s: "
        f"{'met' if statistics.median(cold) < 1 else 'NOT met'})"
    )
    p95 = turns[int(0.95 * len(turns)) - 1]
    print(
        f"rehearsal turn : median {statistics.median(turns):.2f} ms, p95 {p95:.2f} ms with the strategy model and "
        f"alignment (target < 20 ms: {'met' if p95 < 20 else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
