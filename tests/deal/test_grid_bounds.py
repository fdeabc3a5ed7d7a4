"""The deal grid stays bounded even for a lever that skipped validation (changed after loading).

Validation refuses more than ``MAX_LEVER_STEPS`` steps per lever (tests/store/test_input_bounds.py);
these levers are changed in code afterwards, as a service or a test might, and the engines must
still answer in bounded memory: values spread evenly on the step, or a clear refusal.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from sparring.engines.deal.analysis import analyse
from sparring.engines.deal.space import build_space, lever_values
from sparring.engines.deal.stress import stress_test
from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.model.levers import MAX_LEVER_STEPS, Lever
from sparring.store.casefile import load_case_file

ROOT = Path(__file__).resolve().parents[2]


def _case() -> Case:
    return load_case_file(ROOT / "tests/data/minimal.yaml").case


def test_a_tiny_step_set_in_code_is_spread_over_the_limit_not_enumerated() -> None:
    case = _case()
    case.levers[0].step = 1e-300  # [110000, 140000] in steps of 1e-300: 3e304 values
    space = build_space(case)
    values = space.axes[0].values
    assert len(values) == MAX_LEVER_STEPS + 1
    assert (values[0], values[1], values[-1]) == (110000, 110003, 140000)
    assert space.coarsened
    assert analyse(case).packages == 2 * (MAX_LEVER_STEPS + 1)
    assert len(stress_test(case, population=500, seed=1).results) > 1


def test_a_billion_unit_steps_keep_their_ends_and_their_step() -> None:
    case = _case()
    case.levers[0].range, case.levers[0].step = [0, 1_000_000_000], 1
    values = lever_values(case.levers[0])
    assert len(values) == MAX_LEVER_STEPS + 1
    assert (values[0], values[1], values[-1]) == (0, 100_000, 1_000_000_000)


def test_a_range_whose_width_overflows_is_refused_by_the_engine() -> None:
    case = _case()
    case.levers[0].range, case.levers[0].step = [-1e308, 1e308], None
    with pytest.raises(SparringError) as caught:
        build_space(case)
    assert caught.value.message == "lever 'salary': the range [-1e+308, 1e+308] is too wide to compute with"


def test_a_lever_built_in_code_is_validated_too() -> None:
    with pytest.raises(ValidationError) as caught:
        Lever.model_validate({"id": "units", "range": [0, 1e9], "step": 1, "you": {"prefer": "higher", "weight": 1}})
    [error] = caught.value.errors()
    assert error["loc"] == ("step",)
    assert "a lever may have at most 10,000" in error["msg"]


def test_a_valid_grid_is_unchanged() -> None:
    case = _case()
    space = build_space(case)
    assert space.shape == (31, 2)
    assert not space.coarsened
