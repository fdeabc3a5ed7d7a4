"""The ear on the labelled set (tests/data/hear): acts, offers, acceptances, references, tags,
and the time of one whole turn (reading + decision + reply).

Usage: python benchmarks/hear.py [--part dev|heldout|dev3] [--misses N]
Targets (issue 13, on the held-out part): offer extraction exact match >= 95 %, acceptance
recall >= 95 %, zero phantom offers, language tags macro-F1 >= 0.80; one turn p95 < 20 ms.
The held-out part is reported, never tuned on: read its misses only to write a new held-out part.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from sparring.engines.ear.evaluate import LabelledTurn, Report, evaluate
from sparring.engines.sim.session import RehearsalSession
from sparring.model.case import Case
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "hear"
EXAMPLES = ("raise", "promotion", "job_offer", "deal", "flexibility", "resources")


def cases() -> dict[str, Case]:
    out = {name: load_case_file(example_path(name)).case for name in EXAMPLES}
    for path in sorted((DATA / "cases").glob("*.yaml")):
        out[path.stem] = load_case_file(path).case
    return out


PARTS = {
    "dev": ("dev (tuned on)", ("dev.jsonl", "dev-cases.jsonl")),
    "heldout": ("held out (never tuned on)", ("heldout.jsonl",)),
    "dev3": ("dev3 (a fourth writer; tuned on since its first measurement)", ("dev3.jsonl",)),
}
"""The parts of the labelled set: the dev part (the examples and the four other-shape cases),
the held-out part and dev3 (a fourth writer, measured before tuning), each read from its files."""


def turns(part: str) -> list[LabelledTurn]:
    out = []
    for name in PARTS[part][1]:
        path = DATA / name
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            out += [LabelledTurn.parse(json.loads(line)) for line in lines if line.strip()]
    return out


def table(report: Report) -> str:
    lines = [
        f"## {report.name}: {report.turns} turns",
        f"offer exact (all turns)      {report.offer_exact:.1%}",
        f"offer exact (turns w/ offer) {report.offer_exact_on_offers:.1%} of {report.offers}",
        f"acceptance recall            {report.accept_recall:.1%} of {report.accepts}",
        f"false acceptances            {report.false_accepts}",
        f"phantom offers               {report.phantom_offers}",
        f"wrong offers                 {report.wrong_offers}",
        f"acts macro-F1                {report.acts_macro_f1:.3f}",
        f"tags macro-F1                {report.tags_macro_f1:.3f}",
        "",
        "| act | support | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|",
    ]
    lines += [f"| {s.tag} | {s.support} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} |" for s in report.acts]
    lines += ["", "| reference | precision | recall |", "|---|---:|---:|"]
    lines += [f"| {k} | {p:.2f} | {r:.2f} |" for k, (p, r) in report.references.items()]
    return "\n".join(lines)


def turn_time(all_cases: dict[str, Case], labelled: list[LabelledTurn]) -> dict[str, float]:
    """Milliseconds for one whole turn (hear + decide + say), over the labelled texts."""
    times: list[float] = []
    for turn in labelled:
        session = RehearsalSession(all_cases[turn.case], seed=len(times))
        start = time.perf_counter()
        session.turn(turn.text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "turns": len(times),
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", type=int, default=0, help="print this many dev-set misses (never held-out)")
    parser.add_argument(
        "--part", choices=sorted(PARTS), action="append", help="measure only this part (repeatable; default: both)"
    )
    args = parser.parse_args()
    parts = args.part or list(PARTS)
    all_cases = cases()
    results = {}
    for name, (label, _) in PARTS.items():
        if name not in parts:
            continue
        labelled = turns(name)
        if not labelled:
            print(f"{name}: missing", file=sys.stderr)
            continue
        report = evaluate(label, labelled, all_cases)
        results[name] = report.as_json()
        print(table(report), "\n")
        if name == "dev" and args.misses:
            for miss in report.misses[: args.misses]:
                print(json.dumps(miss, ensure_ascii=False))
    speed = turn_time(all_cases, [turn for name in parts for turn in turns(name)])
    print(f"one turn (hear + decide + say): median {speed['median_ms']} ms, p95 {speed['p95_ms']} ms")
    print(
        json.dumps(
            {"sets": {k: {x: v[x] for x in v if x not in ("acts", "tags")} for k, v in results.items()}, "turn": speed},
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
