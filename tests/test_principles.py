"""The catalogue matches the method's own list of principle IDs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sparring.model.principles import PRINCIPLES

SPEC = Path(__file__).resolve().parents[2] / "shared" / "PRINCIPLES.md"


def test_every_principle_of_the_method_is_in_the_catalogue() -> None:
    if not SPEC.exists():
        pytest.skip(f"the method's spec is not beside the repository ({SPEC})")
    ids = set(re.findall(r"^\| `([A-Z_.]+)` \|", SPEC.read_text(encoding="utf-8"), flags=re.M))
    assert ids == set(PRINCIPLES)
    assert len(PRINCIPLES) == 37
    assert [p.id for p in PRINCIPLES.values() if p.step == 1] == ["GOAL.SPECIFIC"]
