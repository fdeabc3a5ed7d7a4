"""JSON Schema export, templates, version and the fast --help path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sparring import __version__
from sparring.cli.main import app
from sparring.model.schema import case_json_schema_text
from sparring.services.examples import schema_path
from sparring.store.casefile import load_case_text

ROOT = Path(__file__).resolve().parent.parent
KINDS = ["raise", "promotion", "job_offer", "deal", "flexibility", "resources", "custom"]


def test_committed_schema_is_generated_from_the_model() -> None:
    assert schema_path().read_text(encoding="utf-8") == case_json_schema_text(), "run: python scripts/build_schema.py"


def test_schema_command_prints_the_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Sparring case"
    assert schema["required"] == ["kind", "title", "goal"]
    assert schema["properties"]["kind"]["enum"] == KINDS
    assert "id" not in schema["$defs"]["Evidence"].get("required", [])


def test_version_flag() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"sparring {__version__}\n")


@pytest.mark.parametrize("kind", KINDS)
def test_new_writes_a_valid_commented_template(kind: str, tmp_path: Path) -> None:
    target = tmp_path / f"{kind}.yaml"
    result = CliRunner().invoke(app, ["new", "--kind", kind, "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={schema_path()}"
    case = load_case_text(text, target.name).case
    assert case.kind == kind
    assert text.count("#") >= 10  # commented, step by step


def test_new_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "case.yaml"
    target.write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(app, ["new", "--kind", "raise", "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {target} already exists",
        "hint: Choose another name or pass --force to overwrite it.",
    ]
    assert target.read_text(encoding="utf-8") == "keep me"


def test_new_rejects_an_unknown_kind() -> None:
    result = CliRunner().invoke(app, ["new", "--kind", "bonus"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: unknown kind 'bonus'",
        "hint: Use one of: raise, promotion, job_offer, deal, flexibility, resources, custom.",
    ]


def test_help_does_not_import_the_heavy_parts() -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['sparring', '--help']\n"
        "from sparring.cli.main import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('pydantic', 'sqlalchemy', 'numpy', 'ruamel.yaml', 'alembic') if m in sys.modules)\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in done.stderr
    assert "Prepare, check and rehearse" in done.stdout


def test_python_dash_m_works() -> None:
    done = subprocess.run([sys.executable, "-m", "sparring", "--version"], capture_output=True, text=True, check=True)
    assert done.stdout == f"sparring {__version__}\n"
