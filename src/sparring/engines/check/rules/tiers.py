"""Step 5 (`TIERS.THREE`) and the trading rules around it (`MULTI.LEVER`, `WIN.FAIR_SHARE`)."""

from __future__ import annotations

from collections.abc import Iterator

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.engines.check.registry import rule
from sparring.engines.check.text import amount
from sparring.engines.deal.utility import package_utility, worse_for_you
from sparring.model.case import Case
from sparring.model.levers import Lever, LeverLimit, LeverValue, Package

TIER_NAMES = ("ideal", "likely", "minimum")


def tiers_of(case: Case) -> list[tuple[str, Package]]:
    return [(name, pkg) for name in TIER_NAMES if (pkg := getattr(case.tiers, name))]


def limit_breach(lever: Lever, value: LeverValue, limit: LeverLimit) -> str | None:
    """Why ``value`` breaks the walk-away ``limit`` on ``lever``, or None."""
    if isinstance(value, str):
        if limit.accept is not None and value not in limit.accept:
            return f"{value!r} is not among the values you accept ({', '.join(limit.accept)})"
        return None
    if limit.min is not None and value < limit.min:
        return f"{amount(value, lever.unit)} is below your walk-away minimum {amount(limit.min, lever.unit)}"
    if limit.max is not None and value > limit.max:
        return f"{amount(value, lever.unit)} is above your walk-away maximum {amount(limit.max, lever.unit)}"
    return None


@rule("TIERS.THREE")
def tiers_three(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    p = "TIERS.THREE"
    present = tiers_of(case)
    missing = [name for name in TIER_NAMES if not getattr(case.tiers, name)]
    if missing:
        yield Finding(
            p,
            "blocker",
            "tiers",
            f"Missing tier{'s' if len(missing) > 1 else ''}: {', '.join(missing)}.",
            "Define three packages over your levers: Ideal (the dream), Likely (the realistic win for both) "
            "and Minimum (the floor you accept without resentment).",
        )
    values = {name: package_utility(case, pkg) for name, pkg in present}
    for better, worse in (("ideal", "likely"), ("likely", "minimum"), ("ideal", "minimum")):
        if better in values and worse in values and values[worse] > values[better] + 1e-9:
            yield Finding(
                p,
                "blocker",
                f"tiers.{worse}",
                f"By your own weights the {worse.title()} tier is worth {values[worse] * 100:.0f} points "
                f"to you, more than the {better.title()} tier ({values[better] * 100:.0f}).",
                f"Reorder the packages, or check the lever weights and directions: {better.title()} must be "
                f"worth at least as much as {worse.title()}.",
            )
            break
    walk = case.walk_away
    levers = {lever.id: lever for lever in case.levers}
    for name, pkg in present:
        for lever_id, limit in walk.limits.items() if walk else ():
            if lever_id in pkg and lever_id in levers:
                breach = limit_breach(levers[lever_id], pkg[lever_id], limit)
                if breach:
                    yield Finding(
                        p,
                        "blocker",
                        f"tiers.{name}.{lever_id}",
                        f"The {name.title()} tier breaks your walk-away: {lever_id} {breach}.",
                        "A tier must be acceptable: move it inside the walk-away limit, or revisit the limit.",
                    )
    yield from _batna_consistency(case)


def _batna_consistency(case: Case) -> Iterator[Finding]:
    """A Minimum tier or walk-away worse than the BATNA means walking away would do better."""
    walk = case.walk_away
    if walk is None or walk.batna is None or walk.batna.value is None or not walk.batna.unit:
        return
    batna = float(walk.batna.value)
    lever = next((lv for lv in case.levers if lv.range is not None and lv.unit == walk.batna.unit), None)
    if lever is None:
        return
    shown = amount(batna, lever.unit)
    minimum = case.tiers.minimum
    if minimum and isinstance(minimum.get(lever.id), (int, float)):
        value = float(minimum[lever.id])
        if worse_for_you(lever, value, batna):
            yield Finding(
                "TIERS.THREE",
                "warning",
                f"tiers.minimum.{lever.id}",
                f"Your Minimum tier gives {amount(value, lever.unit)}, less than your BATNA ({shown}): "
                "walking away would do better.",
                "Raise the Minimum to at least the BATNA, or re-check the BATNA's value.",
            )
    limit = walk.limits.get(lever.id)
    bound = None if limit is None else (limit.min if lever.you.prefer == "higher" else limit.max)
    if bound is not None and worse_for_you(lever, float(bound), batna):
        yield Finding(
            "TIERS.THREE",
            "warning",
            f"walk_away.limits.{lever.id}",
            f"Your walk-away accepts {amount(bound, lever.unit)}, less than your BATNA ({shown}).",
            "Set the walk-away no lower than the BATNA: below it, no deal is the better deal.",
        )


@rule("MULTI.LEVER")
def multi_lever(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    movable = [lever for lever in case.levers if not lever.fixed]
    if len(movable) <= 1:
        only = f" ({movable[0].label})" if movable else ""
        yield Finding(
            "MULTI.LEVER",
            "warning",
            "levers",
            f"The plan has {len(movable)} negotiable lever{only}.",
            "Add the other terms you could trade (start date, title, bonus, remote days, contract "
            "length, payment terms, support…) so that a 'no' on one can become a yes on another.",
        )


@rule("WIN.FAIR_SHARE")
def fair_share(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    market, ideal = case.market, case.tiers.ideal
    if market is None or not ideal or not market.unit:
        return
    lever = next((lv for lv in case.levers if lv.unit == market.unit and lv.range is not None), None)
    if lever is None or not isinstance(ideal.get(lever.id), (int, float)):
        return
    value = float(ideal[lever.id])
    their_most = lenient_limit(lever)
    if value > market.high and their_most is not None and worse_for_them(lever, value, their_most):
        # Far above: beyond the top of the market *and* the most you think they could give;
        # no rationale makes that reachable, so evidence does not excuse it.
        yield Finding(
            "WIN.FAIR_SHARE",
            "warning",
            f"tiers.ideal.{lever.id}",
            f"Your Ideal {amount(value, lever.unit)} is above the top of the market range "
            f"({amount(market.high, market.unit)}) and beyond the most you estimate they could give "
            f"({amount(their_most, lever.unit)}).",
            "Bring the Ideal down to an ambitious but defensible anchor: near the top of the market and "
            "within reach of their limit, so it opens the talk instead of ending it.",
        )
    elif value > market.high and not any(e.differentiating or e.kind == "benchmark" for e in case.evidence):
        yield Finding(
            "WIN.FAIR_SHARE",
            "warning",
            f"tiers.ideal.{lever.id}",
            f"Your Ideal {amount(value, lever.unit)} is above the top of the market range "
            f"({amount(market.high, market.unit)}) with no rationale.",
            "Either bring it within the range or add evidence of what makes you different "
            "(`differentiating: true`, or a benchmark).",
        )


def lenient_limit(lever: Lever) -> float | None:
    """The most generous end of your estimate of their limit on a numeric lever (their best case)."""
    them = lever.them
    if them is None or them.limit is None or lever.range is None:
        return None
    points = [v for v in (them.limit.low, them.limit.likely, them.limit.high) if not isinstance(v, str)]
    if not points or isinstance(them.prefer, list):
        return None
    return float(max(points) if them.prefer == "lower" else min(points))


def worse_for_them(lever: Lever, value: float, bound: float) -> bool:
    """Is ``value`` past ``bound`` in the direction the counterpart does not want?"""
    assert lever.them is not None
    return value > bound + 1e-9 if lever.them.prefer == "lower" else value < bound - 1e-9
