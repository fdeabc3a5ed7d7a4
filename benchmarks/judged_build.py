"""Join one round's hand verdicts with its saved transcripts; write judgements.jsonl, print figures.

Rounds 4 and 5 (benchmarks/judged4/, benchmarks/judged5/) share this code and run it from their
own build.py: ``python3 benchmarks/judged5/build.py`` (standard library only). Same method and
strictness as rounds 2 and 3 (benchmarks/judged2/README.md, benchmarks/judged3/README.md).
"""

import importlib.util
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(".")
VERDICTS: list[dict] = []


def main(here: Path) -> None:
    """Build the round whose scripts, transcripts and verdicts.py are in ``here``."""
    global HERE, VERDICTS
    spec = importlib.util.spec_from_file_location("verdicts", here / "verdicts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    HERE, VERDICTS = here, module.VERDICTS
    _main()


QUESTIONS = ("responds", "consistent", "plausible", "natural")
VERDICT_RE = frozenset("YN")
EXAMPLES = {"raise", "promotion", "job_offer", "deal", "flexibility", "resources"}

# Failure kinds grouped as in rounds 3 and 4; one reply can fall in several groups.
GROUPS = {
    "ignores what was said (question, trade, receipt, point, pause, acceptance, outside option)": {
        "ignores_question", "ignores_trade", "ignores_receipt", "ignores_point", "ignores_pause",
        "ignores_outside_option", "acceptance_missed", "misplaced_sympathy", "premature_objection",
        "tone_overreaction",
    },
    "voice (lead-in that does not fit, fragment, case echo, garbled, lowercase name)": {
        "lead_in_mismatch", "fragment", "case_echo", "garbled", "lowercase_name",
    },
    "a non-offer or a number misheard, then confirmed or closed": {
        "misheard_number", "misheard_day", "phantom_confirm", "phantom_deal",
    },
    "counter worse than its own, outside the case, incoherent, or a shifting story": {
        "worse_counter", "breaks_case", "incoherent_offer", "objection_already_answered",
        "unprompted_concession", "status_quo_counter", "shifting_priority", "wrong_reason",
    },
    "repeats itself (objection or line again)": {"repeats_objection", "repeats_line"},
}
VOICE = GROUPS["voice (lead-in that does not fit, fragment, case echo, garbled, lowercase name)"]
ACT_LABELS = {
    "question": "questions answered (each half of a two- or three-part question counts)",
    "receipt": "receipts acknowledged",
    "trade": "non-numeric trades acknowledged",
    "proposal": "proposals reacted to on their terms",
    "condition": "conditions said back or agreed",
    "acceptance": "acceptances heard",
    "firm_no": "firm no's heard",
    "time": "requests for time met",
    "outside_option": "outside options or walk-away lines met",
    "disclosure": "disclosures acknowledged",
    "greeting": "greetings and openings met",
}


def replies(name: str) -> tuple[list[tuple[str, dict]], dict]:
    """(user line, reply turn) for every reply after the opening line, and the scorecard."""
    data = json.loads((HERE / "transcripts" / f"{name}.json").read_text())
    out, user = [], None
    for turn in data["transcript"][1:]:
        if turn["speaker"] == "you":
            user = turn["text"]
        else:
            out.append((user, turn))
    return out, data["scorecard"]


def pct(k: int, n: int) -> str:
    return f"{k:3}/{n} = {100 * k / n:4.1f} %"


def _main() -> None:
    by_script = defaultdict(list)
    for v in VERDICTS:
        by_script[v["script"]].append(v)
    known = {p.stem for p in (HERE / "scripts").glob("*.txt")}
    assert set(by_script) == known, sorted(known ^ set(by_script))
    rows, outcomes = [], {}
    for name in sorted(by_script):
        pairs, card = replies(name)
        verdicts = sorted(by_script[name], key=lambda v: v["index"])
        assert [v["index"] for v in verdicts] == list(range(1, len(pairs) + 1)), name
        outcomes[name] = (len(pairs), card["outcome"], card["agreed"])
        for (user, reply), v in zip(pairs, verdicts, strict=True):
            assert len(v["verdict"]) == 4 and set(v["verdict"]) <= VERDICT_RE, (name, v["index"])
            flags = [c == "Y" for c in v["verdict"]]
            row = {"script": name, "index": v["index"], "user": user, "reply": reply["text"],
                   "move": reply.get("move"), "package": reply.get("package")}
            row.update(dict(zip(QUESTIONS, flags, strict=True)))
            row["all_four"] = all(flags)
            row["note"] = v["note"]
            row["tags"] = v["tags"]
            row["acts"] = v["acts"]
            assert v["note"] and v["acts"], (name, v["index"])
            assert all(a.split("#")[0] in ACT_LABELS for a in v["acts"]), (name, v["index"])
            if not all(flags):
                assert v["tags"], (name, v["index"])
            rows.append(row)
    with (HERE / "judgements.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    n = len(rows)
    print(f"replies judged: {n} ({len(outcomes)} scripts x 8 user lines = {8 * len(outcomes)} lines)")
    for name, (k, outcome, agreed) in outcomes.items():
        print(f"  {name:32} {k} replies, outcome {outcome}, agreed {agreed}")
    for q in (*QUESTIONS, "all_four"):
        print(f"{q:11} {pct(sum(r[q] for r in rows), n)}")

    for label, part in (("case", 0), ("persona", 1)):
        print(f"all four by {label}:")
        groups = defaultdict(list)
        for r in rows:
            groups[r["script"].split("-")[part]].append(r)
        for g, rs in sorted(groups.items()):
            print(f"  {g:22} {pct(sum(r['all_four'] for r in rs), len(rs))}")
    print("all four by script:")
    for name in sorted(by_script):
        rs = [r for r in rows if r["script"] == name]
        print(f"  {name:32} {pct(sum(r['all_four'] for r in rs), len(rs))}")
    for label, keep in (("example cases (src/sparring/examples)", True),
                        ("cases from tests/data/hear/cases", False)):
        rs = [r for r in rows if (r["script"].split("-")[0] in EXAMPLES) == keep]
        print(f"all four, {label}: {pct(sum(r['all_four'] for r in rs), len(rs))}")

    lenient = [r["natural"] or (set(r["tags"]) & VOICE) <= {"lead_in_mismatch"} for r in rows]
    both = sum(ok and r["responds"] and r["consistent"] and r["plausible"]
               for ok, r in zip(lenient, rows, strict=True))
    print(f"sensitivity, a lead-in that does not fit counted as natural: natural {pct(sum(lenient), n)}, "
          f"all four {pct(both, n)}")
    no_voice = sum(r["responds"] and r["consistent"] and r["plausible"] for r in rows)
    print(f"sensitivity, natural not asked at all (R, C and P only): {pct(no_voice, n)}")

    kinds = Counter(k for r in rows for k in r["tags"])
    print("failure kinds (replies with each):")
    for kind, c in kinds.most_common():
        print(f"  {kind:26} {c}")
    unknown = set(kinds) - set().union(*GROUPS.values())
    assert not unknown, unknown
    print("failure groups (replies in each):")
    for label, members in GROUPS.items():
        print(f"  {sum(bool(members & set(r['tags'])) for r in rows):3}  {label}")

    print("acts met (reply handled what the user line did):")
    acts = defaultdict(lambda: [0, 0])
    for r in rows:
        for act, met in r["acts"].items():
            base = act.split("#")[0]
            acts[base][0] += met
            acts[base][1] += 1
    for act in ACT_LABELS:
        if act in acts:
            k, t = acts[act]
            print(f"  {ACT_LABELS[act]:72} {k}/{t}")
    acc = [r for r in rows if r["move"] == "ACCEPT"]
    conf = [r for r in rows if r["move"] == "CONFIRM"]
    print(f"ACCEPT moves: {len(acc)}, phantom deals: {sum('phantom_deal' in r['tags'] for r in acc)}")
    print(f"CONFIRM moves: {len(conf)}, confirming terms the user never proposed: "
          f"{sum('phantom_confirm' in r['tags'] for r in conf)}")
    print("moves:", dict(Counter(r["move"] for r in rows)))


