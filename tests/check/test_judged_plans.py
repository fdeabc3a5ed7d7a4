"""Plans a coach has judged (tests/golden/plans): the checker's recall and false alarms on them.

Each plan was written from a scenario, as a person would write it, and judged by a coach
before the checker ran (``judged.yaml``). The figures are published in docs/checker.md and
must match what the checker does today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from sparring.engines.check import CheckReport, Finding
from sparring.services.checking import check_ref
from tests.check.cases import TODAY

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "tests" / "golden" / "plans"
JUDGED: dict[str, Any] = YAML(typ="safe").load((PLANS / "judged.yaml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Score:
    found: int
    expected: int
    false_alarms: list[Finding]
    noise_tips: list[Finding]
    ready_right: bool


def _report(name: str) -> CheckReport:
    report = check_ref(str(PLANS / name), None, TODAY).report
    assert report is not None
    return report


def score(name: str) -> Score:
    """Match each expected problem to one finding (same severity and principle, path prefix)."""
    judged, report = JUDGED[name], _report(name)
    left = list(report.findings)
    found = 0
    for line in judged["expected"]:
        severity, principle, *prefix = line.split()
        match = next(
            (
                f
                for f in left
                if (f.severity, f.principle) == (severity, principle) and f.path.startswith("".join(prefix))
            ),
            None,
        )
        if match is not None:
            found += 1
            left.remove(match)
    matched_pairs = {tuple(line.split()[:2]) for line in judged["expected"]}
    alarms = [f for f in left if f.severity != "tip" and (f.severity, f.principle) not in matched_pairs]
    tips = [f for f in left if f.severity == "tip" and f.principle not in judged["tips"]]
    return Score(found, len(judged["expected"]), alarms, tips, report.ready == judged["ready"])


def totals() -> tuple[int, int, int, int, int]:
    scores = [score(name) for name in JUDGED]
    return (
        sum(s.found for s in scores),
        sum(s.expected for s in scores),
        sum(len(s.false_alarms) for s in scores),
        sum(len(s.noise_tips) for s in scores),
        sum(s.ready_right for s in scores),
    )


def test_every_plan_in_the_folder_is_judged() -> None:
    assert sorted(JUDGED) == sorted(p.name for p in PLANS.glob("*.yaml") if p.name != "judged.yaml")
    assert len(JUDGED) >= 12


@pytest.mark.parametrize("name", sorted(JUDGED))
def test_the_checker_agrees_with_the_coach_on_ready(name: str) -> None:
    assert score(name).ready_right, f"{name}: the coach says ready={JUDGED[name]['ready']}"


@pytest.mark.parametrize("name", sorted(JUDGED))
def test_no_false_alarm_at_warning_level(name: str) -> None:
    assert [(f.severity, f.principle, f.path) for f in score(name).false_alarms] == []


def test_the_published_figures_are_what_the_checker_does() -> None:
    found, expected, alarms, tips, ready = totals()
    page = (ROOT / "docs" / "checker.md").read_text(encoding="utf-8")
    published = re.search(
        r"found \*\*(\d+) of (\d+)\*\* expected problems, with \*\*(\d+)\*\* false alarms? at warning "
        r"level or above and (\d+) tips? a coach would not give; ready was judged right for (\d+) of (\d+)",
        page,
    )
    assert published, "docs/checker.md must publish the figures of the judged plans"
    assert tuple(int(g) for g in published.groups()) == (found, expected, alarms, tips, ready, len(JUDGED))
