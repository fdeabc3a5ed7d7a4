"""The deal maths on a 3×3 instance whose every answer is worked out by hand in instances.py."""

from __future__ import annotations

from sparring.engines.deal.analysis import analyse
from sparring.engines.deal.space import build_space
from sparring.model.case import parse_case
from tests.deal.instances import two_lever


def test_utilities_of_every_package() -> None:
    space = build_space(parse_case(two_lever()))
    you, them = space.utilities()
    assert [round(float(x), 6) for x in you] == [0.0, 0.1, 0.2, 0.4, 0.5, 0.6, 0.8, 0.9, 1.0]
    assert [round(float(x), 6) for x in them] == [1.0, 0.6, 0.2, 0.9, 0.5, 0.1, 0.8, 0.4, 0.0]


def test_frontier_nash_and_zopa() -> None:
    result = analyse(parse_case(two_lever()))
    assert [v.package for v in result.frontier] == [
        {"a": 2, "b": 2},
        {"a": 2, "b": 1},
        {"a": 2, "b": 0},
        {"a": 1, "b": 0},
        {"a": 0, "b": 0},
    ]
    # Walk-away packages: yours (a=1, b=0) is worth 0.4 to you; theirs (a=2, b=1) is worth 0.4 to them.
    assert result.disagreement == (40.0, 40.0)
    # Acceptable to both: a in {1, 2}, b in {0, 1}. Products of gains: (1,0) 0, (1,1) 0.01, (2,0) 0.16, (2,1) 0.
    assert result.acceptable_count == 4
    assert result.nash is not None
    assert (result.nash.package, result.nash.you, result.nash.them) == ({"a": 2, "b": 0}, 80.0, 80.0)
    assert [(z.lever, z.yours, z.theirs, z.overlap) for z in result.zopa] == [
        ("a", (1, 2), (0, 2), (1, 2)),
        ("b", (0, 2), (0, 1), (0, 1)),
    ]


def test_tier_review_finds_the_free_gain() -> None:
    result = analyse(parse_case(two_lever()))
    likely = next(t for t in result.tiers if t.name == "likely")
    assert (likely.tier.you, likely.tier.them, likely.on_frontier) == (50.0, 50.0, False)
    assert likely.better_for_them is not None
    assert likely.better_for_them.package == {"a": 2, "b": 0}  # as good for you (80 ≥ 50), better for them (80 > 50)


def test_trade_from_the_likely_tier() -> None:
    # From (1,1): give b 1→0 (you -0.1, them +0.4), ask a 1→2 (you +0.4, them -0.1): +30 points each.
    # a 1→0 would cross your walk-away, so it is never offered.
    result = analyse(parse_case(two_lever()))
    assert [
        (t.give, t.give_from, t.give_to, t.get, t.get_from, t.get_to, t.gain_you, t.gain_them) for t in result.trades
    ] == [("b", 1, 0, "a", 1, 2, 30.0, 30.0)]


def test_meso_reports_the_tolerance_it_needed() -> None:
    # Target: the Likely tier, 0.5 to you. Within your walk-away only (1,1) is within ±0.08 of it.
    result = analyse(parse_case(two_lever()))
    assert (result.meso_target, result.meso_tolerance) == (50.0, 8.0)
    assert [m.package for m in result.meso] == [{"a": 1, "b": 1}]


def test_suggested_tiers_when_the_user_has_none() -> None:
    result = analyse(parse_case(two_lever(tiers=False)))
    # Acceptable frontier: (2,1) 0.9/0.4, (2,0) 0.8/0.8, (1,0) 0.4/0.9. Minimum: nearest below the
    # Nash point to halfway between your walk-away (0.4) and it (0.8), i.e. 0.6: (1,0).
    assert {k: v.package for k, v in result.suggested_tiers.items()} == {
        "ideal": {"a": 2, "b": 1},
        "likely": {"a": 2, "b": 0},
        "minimum": {"a": 1, "b": 0},
    }


def test_empty_zopa_is_reported() -> None:
    data = two_lever()
    data["walk_away"]["limits"]["b"] = {"min": 2}  # they accept b ≤ 1 at most
    data["tiers"] = {"ideal": {"a": 2, "b": 2}, "likely": {"a": 2, "b": 2}, "minimum": {"a": 2, "b": 2}}
    result = analyse(parse_case(data))
    assert result.zopa_empty
    assert result.nash is None
    assert [(z.lever, z.overlap) for z in result.zopa] == [("a", (1, 2)), ("b", None)]
    assert result.as_json()["zopa"]["empty"] is True
