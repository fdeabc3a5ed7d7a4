"""Random deal cases: numeric levers where you and they pull in opposite directions."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st


@st.composite
def deal_cases(draw: st.DrawFn, max_levers: int = 3, kind: str = "deal") -> dict[str, Any]:
    levers, limits, ideal, minimum = [], {}, {}, {}
    for i in range(draw(st.integers(1, max_levers))):
        steps = draw(st.integers(2, 8))
        step = draw(st.sampled_from([1, 5, 10]))
        low = draw(st.integers(0, 50)) * step
        high = low + steps * step
        you_higher = draw(st.booleans())
        points = sorted(draw(st.lists(st.integers(0, steps), min_size=3, max_size=3)))
        lo_i, hi_i = sorted(draw(st.lists(st.integers(0, steps), min_size=2, max_size=2)))
        lever = {
            "id": f"l{i}",
            "range": [low, high],
            "step": step,
            "you": {
                "prefer": "higher" if you_higher else "lower",
                "weight": draw(st.sampled_from([0.1, 0.3, 0.5, 0.9])),
            },
            "them": {
                "prefer": "lower" if you_higher else "higher",
                "weight": draw(st.sampled_from([0.1, 0.3, 0.5, 0.9])),
                "limit": dict(zip(("low", "likely", "high"), (low + p * step for p in points), strict=True)),
            },
        }
        levers.append(lever)
        # Your walk-away bound sits at the worse end of [lo_i, hi_i]; the tiers run from it to the better end.
        worse, better = (low + lo_i * step, low + hi_i * step) if you_higher else (low + hi_i * step, low + lo_i * step)
        if draw(st.booleans()):
            limits[lever["id"]] = {"min": worse} if you_higher else {"max": worse}
        minimum[lever["id"]], ideal[lever["id"]] = worse, better
    likely = {k: minimum[k] for k in minimum}
    return {
        "kind": kind,
        "title": "random deal",
        "goal": {"what": "a deal"},
        "counterpart": {"style": draw(st.sampled_from(["hard", "balanced", "soft"]))},
        "levers": levers,
        "tiers": {"ideal": ideal, "likely": likely, "minimum": minimum},
        "walk_away": {"limits": limits},
    }
