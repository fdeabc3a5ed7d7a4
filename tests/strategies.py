"""Hypothesis strategies that build valid case documents as plain data."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import strategies as st

_ALPHABET = st.characters(
    whitelist_categories=("Lu", "Ll", "Nd", "Zs", "Po", "Pd", "Sc", "So"),
    blacklist_characters="\u2028\u2029\x85\xa0",
)
text = st.text(_ALPHABET, min_size=1, max_size=40).map(lambda s: " ".join(s.split())).filter(bool)
tricky_text = st.one_of(
    text,
    st.sampled_from(
        ["yes", "no", "null", "~", "1.0", "2026-01-01", "0x10", "- dash", "a: b", "#hash", "'q'", '"dq"', "é ü 日本"]
    ),
)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
amounts = st.one_of(st.integers(0, 10**9), st.floats(0, 1e9, allow_nan=False, allow_infinity=False))
weights = st.sampled_from([0, 0.1, 0.25, 0.5, 0.7, 1])


@st.composite
def numeric_lever(draw: st.DrawFn, lever_id: str) -> dict[str, Any]:
    step = draw(st.sampled_from([1, 5, 1000, 0.5, 0.25]))
    low = draw(st.integers(0, 10**6))
    steps = draw(st.integers(1, 60))
    lever: dict[str, Any] = {
        "id": lever_id,
        "unit": draw(st.sampled_from(["USD/year", "days", "%", "months"])),
        "range": [low, low + steps * step],
        "step": step,
        "you": {"prefer": draw(st.sampled_from(["higher", "lower"])), "weight": draw(weights)},
    }
    if draw(st.booleans()):
        points = sorted(draw(st.lists(st.integers(0, steps), min_size=3, max_size=3)))
        lever["them"] = {
            "prefer": draw(st.sampled_from(["higher", "lower"])),
            "weight": draw(weights),
            "limit": dict(zip(("low", "likely", "high"), (low + p * step for p in points), strict=True)),
        }
    return lever


@st.composite
def categorical_lever(draw: st.DrawFn, lever_id: str) -> dict[str, Any]:
    values = draw(st.lists(text, min_size=2, max_size=4, unique=True))
    return {
        "id": lever_id,
        "values": values,
        "you": {"prefer": draw(st.permutations(values)), "weight": draw(weights)},
        "them": {"prefer": draw(st.permutations(values)), "weight": draw(weights)},
    }


def lever_value(draw: st.DrawFn, lever: dict[str, Any]) -> Any:
    if "values" in lever:
        return draw(st.sampled_from(lever["values"]))
    low, high = lever["range"]
    k = draw(st.integers(0, round((high - low) / lever["step"])))
    return low + k * lever["step"]


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    """A random valid case as plain data (dates as ``date`` objects, as YAML gives them)."""
    n_levers = draw(st.integers(0, 3))
    levers = [draw(st.one_of(numeric_lever(f"lever{i}"), categorical_lever(f"lever{i}"))) for i in range(n_levers)]
    evidence = [
        {
            "id": f"ev-{i}",
            "claim": draw(tricky_text),
            "quantity": {"value": draw(st.integers(-100, 100)), "unit": draw(text)},
            "outcome": draw(text),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    incentives = [
        {
            "id": f"inc-{i}",
            "text": draw(tricky_text),
            "importance": draw(st.sampled_from(["high", "medium", "low"])),
            "status": draw(st.sampled_from(["hypothesis", "validated"])),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    data: dict[str, Any] = {
        "schema_version": 1,
        "kind": draw(
            st.sampled_from(["raise", "promotion", "job_offer", "deal", "flexibility", "resources", "custom"])
        ),
        "title": draw(tricky_text),
        "goal": {"what": draw(tricky_text)},
    }
    if draw(st.booleans()):
        data["meeting"] = draw(dates)
    if draw(st.booleans()):
        data["goal"].update(amount=draw(amounts), unit=draw(text), deadline=draw(dates), why_now=draw(text))
    if evidence:
        data["evidence"] = evidence
    data["counterpart"] = {
        "role": draw(text),
        "incentives": incentives,
        "constraints": [{"text": draw(text), "fixed": draw(st.booleans())} for _ in range(draw(st.integers(0, 2)))],
        "style": draw(st.sampled_from(["hard", "balanced", "soft"])),
        "authority": {
            "decides": draw(st.sampled_from(["yes", "partly", "no", "unknown"])),
            "with": draw(st.lists(text, max_size=2)),
        },
    }
    if incentives:
        data["asks"] = [{"id": "ask-0", "text": draw(text), "serves": [incentives[0]["id"]]}]
    if levers:
        data["levers"] = levers
        tiers = {}
        for name in ("ideal", "likely", "minimum"):
            if draw(st.booleans()):
                tiers[name] = {lever["id"]: lever_value(draw, lever) for lever in levers}
        if tiers:
            data["tiers"] = tiers
        numeric = [lever for lever in levers if "range" in lever]
        if numeric and draw(st.booleans()):
            lever = numeric[0]
            data["walk_away"] = {
                "limits": {lever["id"]: {"min": lever["range"][0]}},
                "batna": {"text": draw(text), "value": draw(amounts)},
            }
    if draw(st.booleans()):
        data["objections"] = [
            {
                "id": "obj-0",
                "text": draw(tricky_text),
                "counter": draw(text),
                "evidence": [e["id"] for e in evidence[:1]],
            }
        ]
    if draw(st.booleans()):
        low, mid, high = sorted(draw(st.lists(st.integers(0, 10**6), min_size=3, max_size=3)))
        data["market"] = {"low": low, "median": mid, "high": high, "unit": "USD/year", "source": "oews:15-1252"}
    if draw(st.booleans()):
        data["notes"] = draw(tricky_text)
    return data
