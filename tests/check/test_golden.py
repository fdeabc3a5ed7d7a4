"""The full findings for each example case, pinned in golden files that were read and judged.

Regenerate after a deliberate change with SPARRING_UPDATE_GOLDEN=1 and read the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sparring.engines.check import CheckContext, check
from sparring.services.examples import EXAMPLE_NAMES, example_path
from sparring.store.casefile import load_case_file
from tests.check.cases import TODAY

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "check"


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_findings_match_golden(name: str) -> None:
    report = check(load_case_file(example_path(name)).case, CheckContext(today=TODAY))
    got = json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n"
    path = GOLDEN / f"{name}.json"
    if os.environ.get("SPARRING_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_examples_are_nearly_ready(name: str) -> None:
    report = check(load_case_file(example_path(name)).case, CheckContext(today=TODAY))
    assert report.ready
    assert report.count("warning") <= 2
