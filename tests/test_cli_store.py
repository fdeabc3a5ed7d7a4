"""The store commands end to end through the CLI, on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sparring.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = str(ROOT / "tests" / "data" / "minimal.yaml")


@pytest.fixture
def db(tmp_path: Path) -> list[str]:
    return ["--db", f"sqlite:///{tmp_path / 'store.db'}"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_list_show_history_export(db: list[str], tmp_path: Path) -> None:
    assert invoke(*db, "import", MINIMAL) == (0, "saved minimal version 1\n", "")
    assert invoke(*db, "import", MINIMAL, "--note", "again") == (0, "saved minimal version 2\n", "")

    code, out, _ = invoke(*db, "list", "--json")
    listed = json.loads(out)
    assert code == 0
    assert [(c["slug"], c["kind"], c["title"], c["version"]) for c in listed] == [
        ("minimal", "raise", "Raise before the budget review", 2)
    ]

    code, out, _ = invoke(*db, "history", "minimal", "--json")
    assert code == 0
    assert [(v["version"], v["note"]) for v in json.loads(out)] == [(1, "imported from minimal.yaml"), (2, "again")]

    code, out, _ = invoke(*db, "show", "minimal", "--json")
    assert code == 0
    assert json.loads(out)["tiers"]["likely"] == {"salary": 127000, "title": "Senior Engineer"}

    code, out, _ = invoke(*db, "show", "minimal")
    assert code == 0
    assert "Raise before the budget review" in out
    assert "keep regrettable attrition under 5%" in out

    target = tmp_path / "exported.yaml"
    code, _, err = invoke(*db, "export", "minimal", "-o", str(target))
    assert (code, err) == (0, f"wrote {target}\n")
    exported = target.read_text(encoding="utf-8")
    assert exported.startswith("# A small but complete raise case used by the unit tests.\n")
    assert exported == Path(MINIMAL).read_text(encoding="utf-8")

    code, out, _ = invoke(*db, "export", "minimal", "--format", "json")
    assert json.loads(out)["goal"] == {
        "what": "base salary increase",
        "amount": 132000,
        "unit": "USD/year",
        "deadline": "2026-10-01",
        "why_now": "the Q3 review sets next year's bands",
    }


def test_history_diff_between_versions(db: list[str], tmp_path: Path) -> None:
    changed = tmp_path / "minimal.yaml"
    changed.write_text(
        Path(MINIMAL).read_text(encoding="utf-8").replace("likely: {salary: 127000", "likely: {salary: 126000"),
        encoding="utf-8",
    )
    invoke(*db, "import", MINIMAL)
    invoke(*db, "import", str(changed))
    code, out, _ = invoke(*db, "history", "minimal", "--diff", "1", "2", "--json")
    assert code == 0
    assert json.loads(out) == [{"path": "tiers.likely.salary", "kind": "changed", "old": 127000, "new": 126000}]
    code, out, _ = invoke(*db, "history", "minimal", "--diff", "1", "2")
    assert out == "minimal: version 1 → 2\n~ tiers.likely.salary: 127000 -> 126000\n"


def test_unknown_slug_is_a_clear_error(db: list[str]) -> None:
    invoke(*db, "import", MINIMAL)
    code, out, err = invoke(*db, "show", "nope")
    assert code == 2
    assert out == ""
    assert err.splitlines() == [
        "error: no case named 'nope'; stored cases: minimal",
        "hint: use one of the names above (`sparring list` shows all)",
    ]


def test_show_a_file_directly_without_a_store() -> None:
    code, out, _ = invoke("show", MINIMAL, "--json")
    assert code == 0
    assert json.loads(out)["title"] == "Raise before the budget review"


def test_import_of_an_invalid_file_stores_nothing(db: list[str]) -> None:
    code, _, err = invoke(*db, "import", str(ROOT / "tests/data/bad/tabs.yaml"))
    assert code == 2
    assert "a tab is used for indentation" in err
    assert invoke(*db, "list", "--json")[1] == "[]\n"
