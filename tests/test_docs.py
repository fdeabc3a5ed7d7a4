"""The `console` examples in the README and docs/ are run, and their output compared.

In a ```console block, a line starting with ``$ `` is a command; the lines after it, up to
the next command, are its exact expected output (standard output then standard error). A
command with no lines after it must simply succeed. Blocks of one file share a working
folder (with ``examples/``) and a store, so later examples can use what earlier ones saved.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sparring.services.examples import examples_dir

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```console\n(.*?)^```", re.S | re.M)


def _examples(path: Path) -> list[tuple[str, list[str]]]:
    steps: list[tuple[str, list[str]]] = []
    for block in BLOCK.findall(path.read_text(encoding="utf-8")):
        for line in block.splitlines():
            stripped = line.strip()
            if stripped.startswith("$ "):
                steps.append((stripped[2:], []))
            elif steps and stripped:
                steps[-1][1].append(stripped)
    return steps


def _sparring() -> str:
    return shutil.which("sparring", path=str(Path(sys.executable).parent)) or "sparring"


@pytest.mark.parametrize("doc", [d for d in DOCS if _examples(d)], ids=lambda p: p.name)
def test_console_examples_run_as_documented(doc: Path, tmp_path: Path) -> None:
    shutil.copytree(examples_dir(), tmp_path / "examples")
    env = {**os.environ, "SPARRING_HOME": str(tmp_path / "home"), "COLUMNS": "200", "NO_COLOR": "1"}
    env.pop("SPARRING_DB", None)
    for command, expected in _examples(doc):
        argv = shlex.split(command)
        assert argv[0] == "sparring", f"{doc.name}: only sparring commands are run: {command}"
        done = subprocess.run([_sparring(), *argv[1:]], cwd=tmp_path, env=env, capture_output=True, text=True)
        assert done.returncode == 0, f"{doc.name}: `{command}` failed:\n{done.stderr}"
        if expected:
            got = [line.strip() for line in (done.stdout + done.stderr).splitlines() if line.strip()]
            assert got == expected, f"{doc.name}: `{command}`"


def test_rehearsal_transcripts_are_what_the_code_says() -> None:
    """docs/rehearsal.md shows real transcripts: rendering them again from their scripts gives the page."""
    spec = importlib.util.spec_from_file_location("doc_transcripts", ROOT / "scripts" / "doc_transcripts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = (ROOT / "docs" / "rehearsal.md").read_text(encoding="utf-8")
    assert module.START in page and module.END in page
    assert module.render(page) == page, "run: python scripts/doc_transcripts.py --write"
