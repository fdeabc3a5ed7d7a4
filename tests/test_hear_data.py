"""Integrity of the ear's labelled set (tests/data/hear/README.md).

The figures the docs report are only as good as the labels: a turn whose case does not exist,
whose referenced id is a typo or whose gold offer sits outside a lever's range would be scored
against the ear as if it were a real miss. The vocabularies come from the two READMEs, so a
label outside them fails here instead of silently counting as a false negative.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sparring.model.case import Case
from sparring.store.casefile import load_case_file

ROOT = Path(__file__).parent
HEAR = ROOT / "data" / "hear"
EXAMPLES = ROOT.parent / "src" / "sparring" / "examples"
SETS = sorted(HEAR.glob("*.jsonl"))
REQUIRED = {"id", "case", "persona", "previous", "standing", "text", "acts", "offer", "ambiguous", "refers", "tags"}
OPTIONAL = {"earlier", "note"}
REFER_KINDS = ("evidence", "incentives", "objections", "constraints")


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end > 0 else len(text)]


def _readme_acts() -> set[str]:
    table = _section((HEAR / "README.md").read_text(encoding="utf-8"), "## Dialogue acts")
    return set(re.findall(r"^\| `([a-z_]+)` \|", table, re.M))


def _readme_personas() -> set[str]:
    text = (HEAR / "README.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `persona` |"))
    return set(re.findall(r"`([a-z_]+)`", row)) - {"persona"}


def _readme_tags() -> set[str]:
    text = (ROOT / "data" / "language" / "README.md").read_text(encoding="utf-8")
    vocabulary = _section(text, "## Tag vocabulary")
    return set(re.findall(r"^- `([a-z_]+)`", vocabulary, re.M))


ACTS = _readme_acts()
PERSONAS = _readme_personas()
TAGS = _readme_tags()


def test_vocabularies_read_from_the_readmes() -> None:
    """The READMEs define 18 acts, 8 personas and 22 tags; a parsing slip would empty a check."""
    assert len(ACTS) == 18 and {"propose", "accept", "quote_their_number", "pause"} <= ACTS
    assert {"prepared", "nervous", "difficult", "terse", "rambling", "formal", "casual", "non_native"} == PERSONAS
    assert len(TAGS) == 22 and {"hedge", "no_need", "price_before_scope"} <= TAGS


def _cases() -> dict[str, Case]:
    paths = sorted(EXAMPLES.glob("*.yaml")) + sorted((HEAR / "cases").glob("*.yaml"))
    return {path.stem: load_case_file(path).case for path in paths}


CASES = _cases()


def test_the_ten_cases_load() -> None:
    expected = {"raise", "promotion", "job_offer", "deal", "flexibility", "resources"}
    assert expected | {"saas_renewal", "startup_offer", "hybrid_nurse", "data_team_headcount"} == set(CASES)


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            yield number, json.loads(line)


def _ids(case: Case) -> dict[str, set[str]]:
    cp = case.counterpart
    return {
        "evidence": {e.id for e in case.evidence},
        "incentives": {i.id for i in cp.incentives},
        "objections": {o.id for o in case.objections},
        "constraints": {c.id for c in cp.constraints},
    }


def _value_problems(case: Case, package: Any, where: str) -> list[str]:
    """Every lever id must exist and every value must be one the lever can take."""
    if not isinstance(package, dict) or not package:
        return [f"{where}: not a non-empty package: {package!r}"]
    problems = []
    for lever_id, value in package.items():
        lever = case.lever(lever_id)
        if lever is None:
            problems.append(f"{where}: no lever {lever_id!r} (levers: {[lv.id for lv in case.levers]})")
        elif lever.values:
            if value not in lever.values:
                problems.append(f"{where}: {lever_id}={value!r} is not one of {lever.values}")
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"{where}: {lever_id}={value!r} is not a number")
        elif lever.range is not None and not lever.range[0] <= value <= lever.range[1]:
            problems.append(f"{where}: {lever_id}={value} is outside {list(lever.range)}")
    return problems


def _problems(path: Path, number: int, row: dict[str, Any]) -> list[str]:
    at = f"{path.name}:{number} ({row.get('id')})"
    keys = set(row)
    if not keys >= REQUIRED or keys - REQUIRED - OPTIONAL:
        return [f"{at}: missing {sorted(REQUIRED - keys)}, unknown {sorted(keys - REQUIRED - OPTIONAL)}"]
    problems: list[str] = []
    case = CASES.get(row["case"])
    if case is None:
        return [f"{at}: no case {row['case']!r}"]
    if not re.fullmatch(rf"{re.escape(row['case'])}-{path.stem}-\d{{3}}", row["id"]):
        problems.append(f"{at}: id should be {row['case']}-{path.stem}-nnn")
    if row["persona"] not in PERSONAS:
        problems.append(f"{at}: persona {row['persona']!r}")
    if not isinstance(row["text"], str) or not row["text"].strip() or not isinstance(row["previous"], str):
        problems.append(f"{at}: text and previous must be text")
    if not isinstance(row["ambiguous"], bool):
        problems.append(f"{at}: ambiguous must be true or false")
    acts, tags = row["acts"], row["tags"]
    if not isinstance(acts, list) or len(set(acts)) != len(acts) or set(acts) - ACTS:
        problems.append(f"{at}: acts {acts!r} (unknown: {sorted(set(acts) - ACTS)})")
    if not isinstance(tags, list) or len(set(tags)) != len(tags) or set(tags) - TAGS:
        problems.append(f"{at}: tags {tags!r} (unknown: {sorted(set(tags) - TAGS)})")
    if "accept" in acts and "propose" in acts:
        problems.append(f"{at}: accept and propose never go together")
    refers = row["refers"]
    if not isinstance(refers, dict) or set(refers) != set(REFER_KINDS):
        problems.append(f"{at}: refers must have exactly {REFER_KINDS}")
    else:
        known = _ids(case)
        for kind in REFER_KINDS:
            unknown = set(refers[kind]) - known[kind]
            if unknown:
                problems.append(f"{at}: refers.{kind} {sorted(unknown)} not in {row['case']} ({sorted(known[kind])})")
    offer = row["offer"]
    if offer is not None:
        if not isinstance(offer, list) or not offer:
            problems.append(f"{at}: offer must be null or a non-empty list of packages")
        else:
            for index, package in enumerate(offer):
                problems += _value_problems(case, package, f"{at} offer[{index}]")
            if not {"propose", "options"} & set(acts):
                problems.append(f"{at}: an offer is what the turn proposes (act propose or options)")
    if "options" in acts and (not isinstance(offer, list) or len(offer) < 2):
        problems.append(f"{at}: options need two or more packages")
    if row["standing"] is not None:
        problems += _value_problems(case, row["standing"], f"{at} standing")
    for turn in row.get("earlier") or []:
        if set(turn) != {"speaker", "text"} or turn["speaker"] not in ("you", "them"):
            problems.append(f"{at}: earlier turns are {{speaker: you|them, text}}: {turn!r}")
    return problems


@pytest.mark.parametrize("path", SETS, ids=[p.name for p in SETS])
def test_labelled_turns_are_consistent_with_their_cases(path: Path) -> None:
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, row in _rows(path):
        problems += _problems(path, number, row)
        if row.get("id") in seen:
            problems.append(f"{path.name}:{number}: id {row['id']} already used on line {seen[row['id']]}")
        seen.setdefault(str(row.get("id")), number)
    assert seen, f"{path.name} has no turns"
    assert not problems, "\n".join(problems)


def test_the_dev_set_is_present() -> None:
    assert HEAR / "dev.jsonl" in SETS


def test_a_bad_label_is_caught() -> None:
    """The checks can fail: a typo in a referenced id, a value off the lever and a forbidden act pair."""
    row = {
        "id": "raise-dev-999", "case": "raise", "persona": "terse", "previous": "", "standing": None,
        "text": "OK, 160k.", "acts": ["accept", "propose"], "offer": [{"salary": 160000}], "ambiguous": False,
        "refers": {"evidence": ["ev-costs"], "incentives": [], "objections": [], "constraints": []},
        "tags": ["ask", "asks"],
    }  # fmt: skip
    found = "\n".join(_problems(HEAR / "dev.jsonl", 1, row))
    assert "accept and propose" in found
    assert "salary=160000 is outside [110000, 150000]" in found
    assert "['ev-costs'] not in raise" in found
    assert "unknown: ['asks']" in found
