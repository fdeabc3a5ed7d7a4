"""The full findings for each example case, pinned in golden files that were read and judged.

Regenerate after a deliberate change with SPARRING_UPDATE_GOLDEN=1 and read the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sparring.engines.check import CheckReport
from sparring.services.checking import check_ref
from sparring.services.examples import EXAMPLE_NAMES, example_path
from tests.check.cases import TODAY

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "check"


def _report(name: str) -> CheckReport:
    """The example's readiness as ``sparring check FILE`` computes it (templates' samples included)."""
    report = check_ref(str(example_path(name)), None, TODAY).report
    assert report is not None
    return report


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_findings_match_golden(name: str) -> None:
    report = _report(name)
    got = json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n"
    path = GOLDEN / f"{name}.json"
    if os.environ.get("SPARRING_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_examples_are_nearly_ready(name: str) -> None:
    report = _report(name)
    assert report.ready
    assert report.count("warning") <= 2
