"""Every bad input file is answered quickly with one clear, located message: never a hang or a traceback.

Each file of ``tests/data/bad_input`` (and the big ones, made here rather than committed) goes
to a real ``sparring validate`` process that must finish within :data:`TIMEOUT_S`. Before these
bounds, a five-line file (a bad date and ``loop: &l [*l]``) kept the process at 100% CPU forever,
60,000 unknown keys printed 17 MB of messages, and a lever stepping by 1 up to a billion
validated and then took ``sparring deal`` to a MemoryError.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from sparring.model.errors import MAX_PROBLEMS
from sparring.model.levers import MAX_LEVER_STEPS
from sparring.store.yaml_reader import MAX_BYTES, MAX_INT_DIGITS, MAX_NODES

ROOT = Path(__file__).resolve().parents[2]
BAD = "tests/data/bad_input"
TIMEOUT_S = 20.0
HINT_SCHEMA = "hint: Fix the fields named above; `sparring schema` prints every allowed field."
HINT_ALIAS = "hint: Case files need no anchors (&) or aliases (*); write the values out."
HINT_BOMB = "hint: Case files need no anchors (&) or aliases (*) repeated like this."


def validate(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """``sparring validate ARGS`` in its own process; a run past TIMEOUT_S fails the test (and is killed)."""
    return subprocess.run(
        [sys.executable, "-m", "sparring", "validate", *args],
        cwd=ROOT,
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )


EXPECTED: dict[str, list[str]] = {
    "recursive_alias_bad_date.yaml": [
        f"error: {BAD}/recursive_alias_bad_date.yaml:5:11: the alias *l refers to the collection it is part of "
        "(a recursive alias)",
        HINT_ALIAS,
    ],
    "alias_bomb_bad_date.yaml": [
        f"error: {BAD}/alias_bomb_bad_date.yaml:10:8: the document expands to more than 100,000 values "
        "(a YAML alias bomb?)",
        HINT_BOMB,
    ],
    "lone_surrogate.json": [
        f"error: {BAD}/lone_surrogate.json:1:19: the text holds half of a UTF-16 surrogate pair "
        "(an escape such as \\ud83d without its partner)",
        "hint: Write the character itself, or both halves of its escape (\\ud83d\\ude00 for 😀).",
    ],
    "blank_fields.yaml": [
        f"error: {BAD}/blank_fields.yaml is not a valid case (2 problems):",
        f"  {BAD}/blank_fields.yaml:2:1 title: must not be blank; write it in a few words",
        f"  {BAD}/blank_fields.yaml:4:3 goal.what: must not be blank; write it in a few words",
        HINT_SCHEMA,
    ],
    "lever_billion_steps.yaml": [
        f"error: {BAD}/lever_billion_steps.yaml is not a valid case (1 problem):",
        f"  {BAD}/lever_billion_steps.yaml:7:5 levers[0].step: step 1 cuts the range [0, 1e+09] into "
        "1,000,000,000 steps; a lever may have at most 10,000 (use a step of at least 100000)",
        HINT_SCHEMA,
    ],
    "lever_range_1e308_step_1.yaml": [
        f"error: {BAD}/lever_range_1e308_step_1.yaml is not a valid case (1 problem):",
        f"  {BAD}/lever_range_1e308_step_1.yaml:7:5 levers[0].step: step 1 cuts the range [0, 1e+308] into "
        "1e+308 steps; a lever may have at most 10,000 (use a step of at least 1e+304)",
        HINT_SCHEMA,
    ],
    "lever_step_1e-300.yaml": [
        f"error: {BAD}/lever_step_1e-300.yaml is not a valid case (1 problem):",
        f"  {BAD}/lever_step_1e-300.yaml:7:5 levers[0].step: step 1e-300 cuts the range [110000, 140000] into "
        "3e+304 steps; a lever may have at most 10,000 (use a step of at least 3)",
        HINT_SCHEMA,
    ],
    "lever_range_overflows.yaml": [
        f"error: {BAD}/lever_range_overflows.yaml is not a valid case (1 problem):",
        f"  {BAD}/lever_range_overflows.yaml:6:5 levers[0].range: range [-1e+308, 1e+308] is too wide to compute "
        "with (its width is beyond the largest number); narrow it",
        HINT_SCHEMA,
    ],
}


def test_every_bad_input_file_has_an_expected_answer() -> None:
    assert sorted(p.name for p in (ROOT / BAD).iterdir()) == sorted([*EXPECTED, "emoji_escapes.json"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_is_refused_quickly_with_a_located_message(name: str) -> None:
    result = validate(f"{BAD}/{name}")
    assert (result.returncode, result.stdout) == (2, ""), result.stderr
    assert result.stderr.splitlines() == EXPECTED[name]


def test_json_with_escaped_emoji_is_read_as_the_emoji() -> None:
    """Python's ``json.dumps`` writes 😀 as the surrogate pair ``\\ud83d\\ude00``: valid JSON, so a valid case."""
    result = validate(f"{BAD}/emoji_escapes.json")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"✓ {BAD}/emoji_escapes.json: valid raise case “Raise 😀”\n"


def test_emoji_escapes_reach_the_case_as_characters() -> None:
    from sparring.store.casefile import load_case_file

    case = load_case_file(ROOT / BAD / "emoji_escapes.json").case
    assert (case.title, case.goal.what) == ("Raise 😀", "base salary 💰")


def test_an_integer_too_long_for_python_with_a_recursive_alias_is_refused(tmp_path: Path) -> None:
    """Python refuses to read integers of over 4,300 digits; that error, like a bad date, once led into the loop."""
    path = tmp_path / "long.yaml"
    path.write_text(f"kind: raise\ntitle: t\ngoal: {{what: w, amount: {'9' * 5000}}}\nloop: &l [*l]\n")
    result = validate(str(path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: {path}:3:25: the integer 999999999999… has 5,000 digits; integers are limited to {MAX_INT_DIGITS}",
        "hint: Amounts are written in full units (132000); a number this long is a mistake.",
    ]


def test_an_integer_of_the_largest_length_is_read() -> None:
    from sparring.store.yaml_reader import parse, to_plain

    assert to_plain(parse(f"n: {'9' * MAX_INT_DIGITS}\n", "x"), "x") == {"n": int("9" * MAX_INT_DIGITS)}


def test_many_unknown_keys_give_a_short_answer_in_bounded_time(tmp_path: Path) -> None:
    """30,000 unknown keys on one line: the first 20 are named, the rest counted."""
    keys = ", ".join(f"k{i}: 1" for i in range(30_000))
    path = tmp_path / "keys.yaml"
    path.write_text(f"{{kind: raise, title: t, goal: {{what: w}}, {keys}}}\n")
    start = time.perf_counter()
    result = validate(str(path))
    elapsed = time.perf_counter() - start
    lines = result.stderr.splitlines()
    assert result.returncode == 2
    assert lines[0] == f"error: {path} is not a valid case (30,000 problems):"
    assert lines[1] == (
        f"  {path}:1:42 k0: unknown field 'k0'; allowed here: schema_version, kind, title, meeting, follow_up, "
        "goal, evidence, counterpart, asks, levers, current, tiers, walk_away, objections, obstacles, market, "
        "checklist, job_offer, flexibility, pitch, outcome, notes"
    )
    assert lines[MAX_PROBLEMS].startswith(f"  {path}:1:") and " k19: unknown field 'k19'" in lines[MAX_PROBLEMS]
    assert lines[MAX_PROBLEMS + 1 :] == ["  … and 29,980 more problems (fix these first)", HINT_SCHEMA]
    assert elapsed < TIMEOUT_S


def test_sixty_thousand_unknown_keys_are_refused_by_the_value_count(tmp_path: Path) -> None:
    """The file of the report: 60,000 keys on one line (650 kB) hold more values than any case."""
    keys = ", ".join(f"k{i}: 1" for i in range(60_000))
    path = tmp_path / "keys.yaml"
    path.write_text(f"kind: raise\ntitle: t\ngoal: {{what: w}}\ncounterpart: {{{keys}}}\n")
    result = validate(str(path))
    assert result.returncode == 2
    assert len(result.stderr) < 400
    assert result.stderr.splitlines()[0].endswith(
        f"the document holds more than {MAX_NODES:,} keys and values; a case holds a few hundred"
    )


def test_a_file_just_over_the_size_limit_is_refused_from_stdin_too() -> None:
    """The 1 MB cap holds for standard input as well as for named files."""
    result = validate("-", stdin=b"kind: raise\n" + b"# padding\n" * (MAX_BYTES // 10 + 1))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: <stdin>: the file is 1.0 MB; case files are limited to 1 MB",
        "hint: A case is a few kilobytes; check that this is the right file.",
    ]


def test_text_passed_in_directly_has_the_same_size_limit() -> None:
    """The YAML editor hands text, not bytes, to the reader: it is held to the same cap."""
    from sparring.model.errors import SparringError
    from sparring.store.casefile import load_case_text

    with pytest.raises(SparringError) as caught:
        load_case_text("kind: raise\n" + "# padding\n" * (MAX_BYTES // 10 + 1), "big.yaml")
    assert (
        caught.value.message
        == f"big.yaml: the text has {12 + 10 * (MAX_BYTES // 10 + 1):,} characters; case files are limited to 1 MB"
    )


def test_a_lever_at_the_step_limit_is_valid() -> None:
    from sparring.model.levers import Lever

    lever = Lever.model_validate(
        {"id": "units", "range": [0, MAX_LEVER_STEPS], "step": 1, "you": {"prefer": "higher", "weight": 1}}
    )
    assert lever.step == 1
