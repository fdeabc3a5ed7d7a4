"""The deal engine's verdicts in readiness: a plan is not ready while the numbers say no.

Three verdicts of the deal maths (`sparring deal`) and the stress test (`sparring stress`)
become findings:

* no tier acceptable to both sides (inside your walk-away and their likely limit, the deal
  view's "acceptable to both"): `MISTAKE.NO_MUTUAL_WIN`, blocker;
* a Likely or Minimum tier beyond the most you estimate they could give on a lever (their
  best case): `TIERS.THREE`, warning (the Ideal may anchor there; see `WIN.FAIR_SHARE`);
* the chance that opening with the Likely tier and conceding to the Minimum ends in a deal,
  from a seeded stress test of :data:`STRESS_POPULATION` counterparts: `TIERS.THREE`,
  warning below :data:`LIKELY_P_MIN`.

Only levers with an estimate of their limit (``them.limit``) carry a verdict; a plan with
none gets none. The stress test is seeded and its size fixed, so the same plan always gets
the same findings, in a bounded time (well under a second: it plays one opening).
"""

from __future__ import annotations

from collections.abc import Iterator

from sparring.engines.check.context import CheckContext
from sparring.engines.check.findings import Finding
from sparring.engines.check.registry import rule
from sparring.engines.check.rules.tiers import lenient_limit, tiers_of, worse_for_them
from sparring.engines.check.text import amount
from sparring.engines.deal.bargain import acceptable_mask
from sparring.engines.deal.space import Space, build_space
from sparring.engines.deal.stress import stress_test
from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.model.levers import Package, Tiers

STRESS_POPULATION = 2000
STRESS_SEED = 0
STRESS_ROUNDS = 5
LIKELY_P_MIN = 0.5


def _estimated(case: Case) -> bool:
    return any(lv.them is not None and lv.them.limit is not None and not lv.fixed for lv in case.levers)


def _space(case: Case) -> Space | None:
    try:
        return build_space(case)
    except SparringError:
        return None


def _beyond_their_likely(case: Case, space: Space, package: Package) -> list[str]:
    """The levers of ``package`` outside their likely limit, said with values (empty: acceptable to them)."""
    out = []
    for axis in space.axes:
        lever, value = axis.lever, package.get(axis.lever.id)
        if value is None or lever.them is None or lever.them.limit is None:
            continue
        if not acceptable_mask(axis, case, "them")[axis.index_of(value)]:
            likely = amount(lever.them.limit.likely, lever.unit)
            out.append(f"{lever.label} {amount(value, lever.unit)} (their likely limit {likely})")
    return out


def _acceptable_to_you(case: Case, space: Space, package: Package) -> bool:
    return all(
        bool(acceptable_mask(axis, case, "you")[axis.index_of(package[axis.lever.id])])
        for axis in space.axes
        if axis.lever.id in package
    )


@rule("MISTAKE.NO_MUTUAL_WIN")
def no_tier_for_both(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    present = tiers_of(case)
    space = _space(case) if present and _estimated(case) else None
    if space is None:
        return
    reasons = {}
    for name, pkg in present:
        beyond = _beyond_their_likely(case, space, pkg)
        if not beyond and _acceptable_to_you(case, space, pkg):
            return
        reasons[name] = beyond
    said = "; ".join(f"{name.title()}: {', '.join(r)}" for name, r in reasons.items() if r)
    yield Finding(
        "MISTAKE.NO_MUTUAL_WIN",
        "blocker",
        "tiers",
        "No tier is acceptable to both sides: each is outside your walk-away or their likely limit"
        + (f" ({said})." if said else "."),
        "Make at least the Minimum a package both can accept (`sparring deal` shows the packages inside "
        "both limits), or re-check your estimate of their limits.",
    )


@rule("TIERS.THREE")
def tiers_within_reach(case: Case, ctx: CheckContext) -> Iterator[Finding]:
    for name, pkg in tiers_of(case):
        if name == "ideal":
            continue
        for lever in case.levers:
            value = pkg.get(lever.id)
            bound = lenient_limit(lever)
            if bound is None or lever.fixed or not isinstance(value, (int, float)):
                continue
            if worse_for_them(lever, float(value), bound):
                yield Finding(
                    "TIERS.THREE",
                    "warning",
                    f"tiers.{name}.{lever.id}",
                    f"Your {name.title()} tier asks {lever.label} {amount(value, lever.unit)}, beyond the most "
                    f"you estimate they could give ({amount(bound, lever.unit)}).",
                    f"The {name.title()} must be reachable: bring it within their estimated limit, or trade on "
                    "another lever; if you know they can go further, update the estimate (`them.limit`).",
                )
    yield from _likely_agreement(case)


def _likely_agreement(case: Case) -> Iterator[Finding]:
    likely = case.tiers.likely
    if not likely or not _estimated(case):
        return
    space = _space(case)
    if space is None:
        return
    fill = {a.lever.id: (case.current or {}).get(a.lever.id, a.values[0]) for a in space.axes}
    floor = {**fill, **(case.tiers.minimum or likely)}
    opening = {**floor, **likely}
    played = case.model_copy(update={"tiers": Tiers(ideal=case.tiers.ideal, likely=opening, minimum=floor)})
    try:
        result = stress_test(
            played, population=STRESS_POPULATION, seed=STRESS_SEED, rounds=STRESS_ROUNDS, candidates=[opening]
        ).results[0]
    except SparringError:
        return
    if result.p_agreement < LIKELY_P_MIN:
        yield Finding(
            "TIERS.THREE",
            "warning",
            "tiers.likely",
            f"Opening with your Likely tier and conceding to your Minimum reaches a deal with "
            f"{result.p_agreement:.0%} of {STRESS_POPULATION:,} simulated counterparts (stress test, seed "
            f"{STRESS_SEED}): it is not the likely outcome.",
            "Move the Likely closer to their likely limits, or lower the Minimum you would concede to; "
            "`sparring stress` shows the chance of a deal for each opening.",
        )
