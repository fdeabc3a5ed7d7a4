"""Step 7: the walk-away (`WALKAWAY.DEFINED`, `WALKAWAY.LIMITS`) and a survivable no (`NO_DESPERATION`)."""

from __future__ import annotations

from collections.abc import Iterator

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.engines.check.registry import rule
from sparring.engines.check.text import amount, means_none, quote
from sparring.model.case import Case


@rule("WALKAWAY.DEFINED")
def walkaway_defined(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "WALKAWAY.DEFINED"
    walk = case.walk_away
    if walk is None or (not walk.limits and walk.batna is None and not walk.non_negotiables):
        yield Finding(
            p,
            "blocker",
            "walk_away",
            "There is no walk-away point.",
            "Decide before the meeting the lowest outcome you accept: add `walk_away.limits` (e.g. "
            "`salary: {min: 120000}`) and your BATNA.",
        )
        return
    if not walk.limits:
        yield Finding(
            p,
            "warning",
            "walk_away.limits",
            "The walk-away has no limit on any lever.",
            "Turn the walk-away into numbers: a `min` or `max` on the levers that matter most.",
        )


@rule("WALKAWAY.LIMITS", kinds={"deal"})
def walkaway_limits(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    walk = case.walk_away
    if walk is None:
        return
    if len(walk.limits) < 2 and not walk.non_negotiables:
        yield Finding(
            "WALKAWAY.LIMITS",
            "warning",
            "walk_away",
            f"The deal's walk-away has {len(walk.limits)} limit and no non-negotiables.",
            "A deal walk-away has several dimensions: a minimum price or margin, a maximum risk or "
            "liability, and the quality or ethical standards you won't trade.",
        )


@rule("WALKAWAY.LIMITS")
def margin_kept(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    """A written ``min`` below the margin's floor lets the price fall under the margin you set."""
    walk = case.walk_away
    for lever_id, limit in walk.limits.items() if walk else ():
        lever = case.lever(lever_id)
        if limit.margin is None or limit.min_from_margin or limit.min is None or lever is None:
            continue
        floor = limit.margin.floor
        if float(limit.min) < floor - 1e-9:
            kept = float(limit.min) - float(limit.margin.cost)
            yield Finding(
                "WALKAWAY.LIMITS",
                "warning",
                f"walk_away.limits.{lever_id}.min",
                f"Your walk-away accepts {lever.label} down to {amount(limit.min, lever.unit)}, a margin of "
                f"{amount(kept)} over your cost of {amount(limit.margin.cost)}; your margin floor needs "
                f"{amount(round(floor, 2), lever.unit)}.",
                "Raise the min to the margin's floor, or drop the min and let the margin set it.",
            )


@rule("NO_DESPERATION")
def no_desperation(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    walk = case.walk_away
    batna = walk.batna if walk else None
    if batna is None or means_none(batna.text):
        said = f" (it says {quote(batna.text)})" if batna is not None else ""
        yield Finding(
            "NO_DESPERATION",
            "warning",
            "walk_away.batna",
            f"There is no real alternative to this deal{said}: a 'no' would not be survivable.",
            "Develop a BATNA before the meeting (another offer, a different project, a later date) and "
            "write it down with its value.",
        )
