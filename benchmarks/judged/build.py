"""Join the hand verdicts with the saved transcripts; write judgements.jsonl and print figures.

Run from the repository root: python3 benchmarks/judged/build.py
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from verdicts import VERDICTS  # noqa: E402

QUESTIONS = ("responds", "consistent", "plausible", "natural")


def pairs(name: str) -> list[tuple[str, dict]]:
    """(user text, reply) for every reply after the opening line, in order."""
    turns = json.loads((HERE / "transcripts" / f"{name}.json").read_text())["transcript"]
    out, user = [], None
    for turn in turns[1:]:
        if turn["speaker"] == "you":
            user = turn["text"]
        else:
            out.append((user, turn))
    return out


def main() -> None:
    rows = []
    for name, verdicts in VERDICTS.items():
        replies = pairs(name)
        assert len(replies) == len(verdicts), name
        for i, ((user, reply), v) in enumerate(zip(replies, verdicts, strict=True), start=1):
            row = {"transcript": name, "turn": i, "user": user, "reply": reply["text"],
                   "move": reply.get("move"), "package": reply.get("package")}
            row.update(dict(zip(QUESTIONS, v[:4], strict=True)))
            row["all_four"] = all(v[:4])
            row["kinds"] = v[4]
            row["note"] = v[5]
            rows.append(row)
    with (HERE / "judgements.jsonl").open("w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = len(rows)
    print(f"replies judged: {n}")
    for q in (*QUESTIONS, "all_four"):
        k = sum(r[q] for r in rows)
        print(f"{q:11} {k:3}/{n} = {100 * k / n:.0f} %")
    kinds = Counter(k for r in rows for k in r["kinds"])
    print("failure kinds (replies with each):")
    for kind, c in kinds.most_common():
        print(f"  {kind:24} {c}")
    groups = {
        "ignores what was said (question, receipt, trade, outside offer, ultimatum, disclosure)":
            lambda k: k.startswith("ignores-") or k in {"misplaced-sympathy", "cold-disclosure",
                                                        "acceptance-missed"},
        "voice (form-field echo, fragment, capital after a dash, lead-in that does not fit, 'i')":
            lambda k: k.startswith("voice-"),
        "a non-offer read as an offer, then confirmed or closed (phantom confirm/deal)":
            lambda k: k in {"misread-number", "phantom-confirm", "phantom-deal"},
        "counter worse than its own, outside its case, or self-contradictory":
            lambda k: k in {"worse-counter", "breaks-case", "contradicts-own-offer", "incoherent",
                            "credits-unsaid-receipt"},
        "repeats itself (same objection or line again)":
            lambda k: k.startswith("repeated-"),
    }
    print("failure groups (replies in each):")
    for label, test in groups.items():
        print(f"  {sum(any(test(k) for k in r['kinds']) for r in rows):3}  {label}")
    by_case = Counter()
    for r in rows:
        by_case[r["transcript"].split("-")[0]] += r["all_four"]
    print("all four by case (of 24):", dict(by_case))
    by_persona = Counter()
    for r in rows:
        by_persona[r["transcript"].split("-")[1]] += r["all_four"]
    print("all four by persona (of 48):", dict(by_persona))
    acc = [r for r in rows if r["move"] == "ACCEPT"]
    print("ACCEPT moves:", len(acc), "phantom:", sum("phantom-deal" in r["kinds"] for r in acc))
    conf = [r for r in rows if r["move"] == "CONFIRM"]
    print("CONFIRM moves:", len(conf), "misstating the user:", sum("phantom-confirm" in r["kinds"] for r in conf))


if __name__ == "__main__":
    main()
