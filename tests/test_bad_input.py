"""Each kind of bad input file gets one exact, located message and exit code 2 — never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sparring.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
BAD = "tests/data/bad"
HINT_SCHEMA = "hint: Fix the fields named above; `sparring schema` prints every allowed field."
HINT_EMPTY = "hint: Start from a template: sparring new --kind raise -o my-case.yaml"

EXPECTED: dict[str, list[str]] = {
    "empty.yaml": [
        f"error: {BAD}/empty.yaml: the file is empty; a case needs at least kind, title and goal",
        HINT_EMPTY,
    ],
    "comments_only.yaml": [
        f"error: {BAD}/comments_only.yaml: the file is empty; a case needs at least kind, title and goal",
        HINT_EMPTY,
    ],
    "latin1.yaml": [
        f"error: {BAD}/latin1.yaml:2:18: the file is not UTF-8 text (byte 0xF6 cannot be decoded)",
        "hint: Save the file as UTF-8 (most editors: 'Save with encoding').",
    ],
    "binary.bin": [
        f"error: {BAD}/binary.bin: this looks like a binary file, not YAML text (it contains NUL bytes)",
        "hint: Pass a .yaml case file.",
    ],
    "alias_bomb.yaml": [
        f"error: {BAD}/alias_bomb.yaml:6:8: the document expands to more than 100,000 values (a YAML alias bomb?)",
        "hint: Case files need no anchors (&) or aliases (*) repeated like this.",
    ],
    "duplicate_key.yaml": [
        f"error: {BAD}/duplicate_key.yaml:6:3: duplicate key 'amount' (first defined at line 4); "
        "each key may appear once per mapping"
    ],
    "tabs.yaml": [
        f"error: {BAD}/tabs.yaml:4:1: a tab is used for indentation; YAML needs spaces",
        "hint: Replace the tabs at the start of the line with spaces.",
    ],
    "wrong_types.yaml": [
        f"error: {BAD}/wrong_types.yaml is not a valid case (3 problems):",
        f"  {BAD}/wrong_types.yaml:3:1 meeting: 'next tuesday' is not a valid date; write YYYY-MM-DD, e.g. 2026-09-12",
        f"  {BAD}/wrong_types.yaml:6:3 goal.amount: expected a number, got str '132k'",
        f"  {BAD}/wrong_types.yaml:7:1 evidence: expected a list, got text ('many')",
        HINT_SCHEMA,
    ],
    "unknown_field.yaml": [
        f"error: {BAD}/unknown_field.yaml is not a valid case (1 problem):",
        f"  {BAD}/unknown_field.yaml:5:3 goal.ammount: unknown field 'ammount'; did you mean 'amount'?",
        HINT_SCHEMA,
    ],
    "bad_date.yaml": [
        f"error: {BAD}/bad_date.yaml:3:10: '2026-02-30' is not a valid date (day is out of range for month); "
        "write YYYY-MM-DD"
    ],
    "python_tag.yaml": [
        f"error: {BAD}/python_tag.yaml:2:1: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not "
        "allowed; case files hold plain values only",
        "hint: Remove the '!' tag.",
    ],
    "not_mapping.yaml": [
        f"error: {BAD}/not_mapping.yaml is not a valid case (1 problem):",
        f"  {BAD}/not_mapping.yaml:1:1 (document): the document is a list; a case is a mapping of fields "
        "(kind, title, goal, …)",
        HINT_SCHEMA,
    ],
    "syntax_error.yaml": [
        f"error: {BAD}/syntax_error.yaml:3:5: not valid YAML: expected ',' or ']', but got ':' "
        "(while parsing a flow sequence)"
    ],
    "self_reference.yaml": [
        f"error: {BAD}/self_reference.yaml:5:9: the alias *g refers to the collection it is part of "
        "(a recursive alias)",
        "hint: Case files need no anchors (&) or aliases (*); write the values out.",
    ],
    "newer_schema.yaml": [
        f"error: {BAD}/newer_schema.yaml is not a valid case (1 problem):",
        f"  {BAD}/newer_schema.yaml:1:1 schema_version: version 7 is newer than this Sparring understands (1); "
        "upgrade Sparring",
        HINT_SCHEMA,
    ],
    "tier_out_of_range.yaml": [
        f"error: {BAD}/tier_out_of_range.yaml is not a valid case (1 problem):",
        f"  {BAD}/tier_out_of_range.yaml:35:12 tiers.likely.salary: 150000 is above the lever's max 140000",
        HINT_SCHEMA,
    ],
    "bad_reference.yaml": [
        f"error: {BAD}/bad_reference.yaml is not a valid case (2 problems):",
        f"  {BAD}/bad_reference.yaml:22:62 asks[0].serves[0]: 'inc-budget' is not a known counterpart incentive id "
        "(known: inc-retention)",
        f"  {BAD}/bad_reference.yaml:41:113 objections[0].evidence[0]: 'ev-missing' is not a known evidence item id "
        "(known: ev-ramp)",
        HINT_SCHEMA,
    ],
    "bad_values.yaml": [
        f"error: {BAD}/bad_values.yaml is not a valid case (1 problem):",
        f"  {BAD}/bad_values.yaml:8:3 goal.amount: -5 is negative; amounts must be 0 or more",
        HINT_SCHEMA,
    ],
}


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_every_fixture_has_an_expected_message() -> None:
    assert sorted(p.name for p in (ROOT / BAD).iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_gives_located_message_and_exit_2(name: str) -> None:
    result = CliRunner().invoke(app, ["validate", f"{BAD}/{name}"])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == EXPECTED[name]


def test_file_over_one_megabyte_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    huge.write_text("kind: raise\n" + "# padding\n" * 120_000, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(huge)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {huge}: the file is 1.1 MB; case files are limited to 1 MB",
        "hint: A case is a few kilobytes; check that this is the right file.",
    ]


def test_missing_file_is_named() -> None:
    result = CliRunner().invoke(app, ["validate", "no/such/case.yaml"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: no/such/case.yaml: no such file",
        "hint: Check the path, or list stored cases with `sparring list`.",
    ]


def test_one_bad_file_does_not_hide_the_others() -> None:
    result = CliRunner().invoke(app, ["validate", "tests/data/minimal.yaml", f"{BAD}/tabs.yaml"])
    assert result.exit_code == 2
    assert result.stdout == "✓ tests/data/minimal.yaml: valid raise case “Raise before the budget review”\n"
    assert result.stderr.startswith(f"error: {BAD}/tabs.yaml:4:1:")


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.yaml"
    path.write_bytes((ROOT / "tests/data/minimal.yaml").read_text(encoding="utf-8").encode("utf-16"))
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.stderr


def test_json_output_lists_problems_with_positions() -> None:
    import json

    result = CliRunner().invoke(app, ["validate", "--json", f"{BAD}/unknown_field.yaml"])
    assert result.exit_code == 2
    assert json.loads(result.stdout) == [
        {
            "path": f"{BAD}/unknown_field.yaml",
            "valid": False,
            "problems": [
                {
                    "path": "goal.ammount",
                    "line": 5,
                    "column": 3,
                    "message": "unknown field 'ammount'; did you mean 'amount'?",
                }
            ],
        }
    ]


def test_brackets_in_messages_are_printed_as_written() -> None:
    from sparring.cli.errors import report
    from sparring.model.errors import SparringError

    runner = CliRunner()
    import typer

    probe = typer.Typer()

    @probe.command()
    def fail() -> None:
        report(SparringError("PDF output needs WeasyPrint", hint="pip install 'sparring[pdf]'"))

    result = runner.invoke(probe, [])
    assert result.stderr.splitlines() == ["error: PDF output needs WeasyPrint", "hint: pip install 'sparring[pdf]'"]
