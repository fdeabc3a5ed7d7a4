"""Cross-field rules of a case: references resolve, ids are unique, packages fit their levers.

Pydantic checks each field's type; these rules need the whole document. Each returns located
:class:`Problem`s so the file loader can point at the line that is wrong.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from sparring.model.errors import Problem
from sparring.model.levers import Lever, LeverLimit, LeverValue, Package, Tiers

if TYPE_CHECKING:
    from sparring.model.counterpart import Counterpart
    from sparring.model.goal import Evidence
    from sparring.model.outcome import Outcome
    from sparring.model.plan import Ask, Market, Objection, Obstacle, Pitch, WalkAway
    from sparring.model.specifics import Flexibility, JobOffer

Path = tuple[str | int, ...]


class Case(Protocol):
    """The parts of a :class:`sparring.model.case.Case` these rules read.

    A protocol, not the class: the case's own validator calls :func:`check_case`, so this
    module must not import the case module back.
    """

    @property
    def evidence(self) -> Sequence[Evidence]: ...
    @property
    def counterpart(self) -> Counterpart: ...
    @property
    def asks(self) -> Sequence[Ask]: ...
    @property
    def levers(self) -> Sequence[Lever]: ...
    @property
    def current(self) -> Package | None: ...
    @property
    def tiers(self) -> Tiers: ...
    @property
    def walk_away(self) -> WalkAway | None: ...
    @property
    def objections(self) -> Sequence[Objection]: ...
    @property
    def obstacles(self) -> Sequence[Obstacle]: ...
    @property
    def market(self) -> Market | None: ...
    @property
    def job_offer(self) -> JobOffer | None: ...
    @property
    def flexibility(self) -> Flexibility | None: ...
    @property
    def pitch(self) -> Sequence[Pitch]: ...
    @property
    def outcome(self) -> Outcome | None: ...


def _num(value: float) -> str:
    return f"{value:,.10g}".replace(",", "") if not float(value).is_integer() else str(int(value))


def check_case(case: Case) -> list[Problem]:
    """Every cross-field problem of ``case``, in document order."""
    return [
        *_unique_ids(case),
        *_lever_shapes(case),
        *_references(case),
        *_packages(case),
        *_walk_away(case),
        *_constraint_binds(case),
        *_market(case),
    ]


def _unique_ids(case: Case) -> Iterator[Problem]:
    seen: dict[str, Path] = {}
    lists: list[tuple[Path, list[str]]] = [
        (("evidence",), [e.id for e in case.evidence]),
        (("counterpart", "incentives"), [i.id for i in case.counterpart.incentives]),
        (("counterpart", "pressures"), [p.id for p in case.counterpart.pressures]),
        (("counterpart", "constraints"), [c.id for c in case.counterpart.constraints]),
        (("counterpart", "risks_of_yes"), [r.id for r in case.counterpart.risks_of_yes]),
        (("counterpart", "ripple_effects"), [r.id for r in case.counterpart.ripple_effects]),
        (("asks",), [a.id for a in case.asks]),
        (("levers",), [lever.id for lever in case.levers]),
        (("objections",), [o.id for o in case.objections]),
        (("obstacles",), [o.id for o in case.obstacles]),
        (("pitch",), [p.id for p in case.pitch]),
    ]
    if case.walk_away:
        lists.append((("walk_away", "non_negotiables"), [n.id for n in case.walk_away.non_negotiables]))
    if case.job_offer:
        lists.append((("job_offer", "reasons"), [r.id for r in case.job_offer.reasons]))
    if case.flexibility:
        lists.append((("flexibility", "tasks"), [t.id for t in case.flexibility.tasks]))
    for base, ids in lists:
        for index, item_id in enumerate(ids):
            path: Path = (*base, index, "id")
            if item_id in seen:
                yield Problem(path, f"id {item_id!r} is already used at {_dotted(seen[item_id])}; ids must be unique")
            else:
                seen[item_id] = path


def _dotted(path: Path) -> str:
    from sparring.model.errors import format_path

    return format_path(path)


def _lever_shapes(case: Case) -> Iterator[Problem]:
    for index, lever in enumerate(case.levers):
        at: Path = ("levers", index)
        if (lever.range is None) == (lever.values is None):
            yield Problem(at, "a lever needs either a numeric 'range' [min, max] or categorical 'values', not both")
            continue
        if lever.range is not None:
            yield from _numeric_lever(lever, at)
        else:
            yield from _categorical_lever(lever, at)


def _numeric_lever(lever: Lever, at: Path) -> Iterator[Problem]:
    assert lever.range is not None
    low, high = lever.range
    if low > high:
        yield Problem((*at, "range"), f"range [{_num(low)}, {_num(high)}] is reversed; write [min, max]")
        return
    if low == high and not lever.fixed:
        yield Problem(
            (*at, "range"),
            f"range [{_num(low)}, {_num(high)}] is a single value; widen it or mark the lever fixed: true",
        )
    if lever.step is not None and (lever.step <= 0 or (high > low and lever.step > high - low)):
        yield Problem(
            (*at, "step"),
            f"step {_num(lever.step)} must be above 0 and at most the width of the range ({_num(high - low)})",
        )
    for side in ("you", "them"):
        pref = getattr(lever, side)
        if pref is not None and isinstance(pref.prefer, list):
            yield Problem((*at, side, "prefer"), "a numeric lever prefers 'higher' or 'lower'")
        if pref is not None and pref.curve is not None:
            yield from _curve(pref.curve, low, high, (*at, side, "curve"))
    if lever.them is not None and lever.them.limit is not None:
        points = lever.them.limit.model_dump()
        for name, value in points.items():
            if isinstance(value, str):
                yield Problem((*at, "them", "limit", name), f"{value!r} is not a number; this lever is numeric")
            elif not low <= value <= high:
                yield Problem(
                    (*at, "them", "limit", name),
                    f"{_num(value)} is outside the lever's range [{_num(low)}, {_num(high)}]",
                )
        nums = [v for v in points.values() if not isinstance(v, str)]
        if len(nums) == 3 and not nums[0] <= nums[1] <= nums[2]:
            yield Problem((*at, "them", "limit"), "the estimate must be ordered low <= likely <= high")


def _curve(curve: list[tuple[float, float]], low: float, high: float, at: Path) -> Iterator[Problem]:
    xs = [x for x, _ in curve]
    if any(b <= a for a, b in itertools.pairwise(xs)):
        yield Problem(at, "curve points must have strictly increasing values")
    for index, (x, y) in enumerate(curve):
        if not low <= x <= high:
            yield Problem((*at, index), f"{_num(x)} is outside the lever's range [{_num(low)}, {_num(high)}]")
        if not 0 <= y <= 1:
            yield Problem((*at, index), f"utility {_num(y)} is outside 0..1")


def _categorical_lever(lever: Lever, at: Path) -> Iterator[Problem]:
    assert lever.values is not None
    if len(set(lever.values)) != len(lever.values):
        yield Problem((*at, "values"), "values must be distinct")
    if lever.step is not None:
        yield Problem((*at, "step"), "a categorical lever has no step")
    for side in ("you", "them"):
        pref = getattr(lever, side)
        if pref is None:
            continue
        if pref.curve is not None:
            yield Problem((*at, side, "curve"), "a curve is for numeric levers; order categorical values best-first")
        if not isinstance(pref.prefer, list) or sorted(pref.prefer) != sorted(lever.values):
            yield Problem(
                (*at, side, "prefer"),
                f"list every value best-first, e.g. {list(lever.values)}; 'higher'/'lower' is for numeric levers",
            )
    if lever.them is not None and lever.them.limit is not None:
        for name, value in lever.them.limit.model_dump().items():
            if value not in lever.values:
                yield Problem((*at, "them", "limit", name), f"{value!r} is not one of {list(lever.values)}")


def _references(case: Case) -> Iterator[Problem]:
    incentives = {i.id for i in case.counterpart.incentives}
    evidence = {e.id for e in case.evidence}
    levers = {lever.id for lever in case.levers}
    objections = {o.id for o in case.objections}
    for index, ask in enumerate(case.asks):
        yield from _resolve(("asks", index, "serves"), ask.serves, incentives, "counterpart incentive")
        yield from _resolve(("asks", index, "levers"), ask.levers, levers, "lever")
    for index, objection in enumerate(case.objections):
        yield from _resolve(("objections", index, "evidence"), objection.evidence, evidence, "evidence item")
    if case.job_offer:
        for index, reason in enumerate(case.job_offer.reasons):
            yield from _resolve(("job_offer", "reasons", index, "evidence"), reason.evidence, evidence, "evidence item")
    if case.outcome:
        yield from _resolve(("outcome", "objections_raised"), case.outcome.objections_raised, objections, "objection")


def _resolve(path: Path, refs: list[str], known: set[str], what: str) -> Iterator[Problem]:
    for index, ref in enumerate(refs):
        if ref not in known:
            allowed = ", ".join(sorted(known)) or "none defined yet"
            yield Problem((*path, index), f"{ref!r} is not a known {what} id (known: {allowed})")


def _packages(case: Case) -> Iterator[Problem]:
    levers = {lever.id: lever for lever in case.levers}
    packages: list[tuple[Path, Package | None]] = [
        (("current",), case.current),
        (("tiers", "ideal"), case.tiers.ideal),
        (("tiers", "likely"), case.tiers.likely),
        (("tiers", "minimum"), case.tiers.minimum),
    ]
    if case.outcome:
        packages.append((("outcome", "agreed"), case.outcome.agreed))
    for path, package in packages:
        for lever_id, value in (package or {}).items():
            lever = levers.get(lever_id)
            if lever is None:
                yield Problem(
                    (*path, lever_id), f"{lever_id!r} is not a lever id (levers: {', '.join(levers) or 'none'})"
                )
            else:
                problem = value_problem(lever, value)
                if problem:
                    yield Problem((*path, lever_id), problem)


def value_problem(lever: Lever, value: LeverValue) -> str | None:
    """Why ``value`` does not fit ``lever``, or ``None`` if it does."""
    if lever.values is not None:
        if value not in lever.values:
            return f"{value!r} is not one of {list(lever.values)}"
        return None
    if lever.range is None:
        return None
    if isinstance(value, str):
        return f"{value!r} is not a number; the lever is numeric ({lever.unit or 'no unit'})"
    low, high = lever.range
    if value < low:
        return f"{_num(value)} is below the lever's min {_num(low)}"
    if value > high:
        return f"{_num(value)} is above the lever's max {_num(high)}"
    if lever.step:
        steps = (value - low) / lever.step
        if not math.isclose(steps, round(steps), abs_tol=1e-9):
            below = low + math.floor(steps) * lever.step
            nearest = f"nearest: {_num(below)} or {_num(below + lever.step)}"
            return f"{_num(value)} is not on the lever's step of {_num(lever.step)} from {_num(low)} ({nearest})"
    return None


def _walk_away(case: Case) -> Iterator[Problem]:
    if case.walk_away is None:
        return
    levers = {lever.id: lever for lever in case.levers}
    for lever_id, limit in case.walk_away.limits.items():
        at: Path = ("walk_away", "limits", lever_id)
        lever = levers.get(lever_id)
        if lever is None:
            yield Problem(at, f"{lever_id!r} is not a lever id (levers: {', '.join(levers) or 'none'})")
            continue
        if lever.values is not None:
            if limit.min is not None or limit.max is not None:
                yield Problem(at, "a categorical lever takes 'accept: [values]', not min/max")
            for value in limit.accept or []:
                if value not in lever.values:
                    yield Problem((*at, "accept"), f"{value!r} is not one of {list(lever.values)}")
            continue
        if limit.margin is not None:
            yield from _margin(lever, limit, at)
            if limit.min_from_margin:
                continue
        yield from _numeric_limit(lever, limit, at)


def _numeric_limit(lever: Lever, limit: LeverLimit, at: Path) -> Iterator[Problem]:
    if limit.accept is not None:
        yield Problem((*at, "accept"), "a numeric lever takes 'min' and/or 'max', not accept")
    if limit.min is None and limit.max is None:
        yield Problem(at, "give a 'min' or a 'max' (or both)")
    if limit.min is not None and limit.max is not None and limit.min > limit.max:
        yield Problem(at, f"min {_num(limit.min)} is above max {_num(limit.max)}")
    for bound in ("min", "max"):
        value = getattr(limit, bound)
        if value is not None and lever.range is not None and not lever.range[0] <= value <= lever.range[1]:
            yield Problem(
                (*at, bound),
                f"{_num(value)} is outside the lever's range [{_num(lever.range[0])}, {_num(lever.range[1])}]",
            )


def _margin(lever: Lever, limit: LeverLimit, at: Path) -> Iterator[Problem]:
    """A margin is price minus cost: only on a numeric lever you want higher, with a floor in range."""
    assert limit.margin is not None
    if lever.you.prefer != "higher":
        yield Problem((*at, "margin"), "a margin (price minus cost) is for a lever you want higher, such as a price")
        return
    floor = limit.margin.floor
    if limit.margin.min is None and limit.margin.min_pct is None:
        yield Problem((*at, "margin"), "give the least margin: 'min' (per unit) or 'min_pct' (a share of the price)")
    if limit.accept is not None:
        yield Problem((*at, "accept"), "a numeric lever takes 'min' and/or 'max', not accept")
    if limit.max is not None and floor > limit.max:
        needs = _num(round(floor, 6))
        yield Problem((*at, "margin"), f"the margin needs at least {needs}, above max {_num(limit.max)}")
    if lever.range is not None and not lever.range[0] <= floor <= lever.range[1]:
        yield Problem(
            (*at, "margin"),
            f"cost plus margin is {_num(round(floor, 6))}, outside the lever's range "
            f"[{_num(lever.range[0])}, {_num(lever.range[1])}]",
        )


def _constraint_binds(case: Case) -> Iterator[Problem]:
    """A constraint's ``binds`` names real levers, with limits of the lever's shape."""
    levers = {lever.id: lever for lever in case.levers}
    for index, item in enumerate(case.counterpart.constraints):
        for lever_id, limit in item.binds.items():
            at: Path = ("counterpart", "constraints", index, "binds", lever_id)
            lever = levers.get(lever_id)
            if lever is None:
                yield Problem(at, f"{lever_id!r} is not a lever id (levers: {', '.join(levers) or 'none'})")
            elif limit.margin is not None:
                yield Problem((*at, "margin"), "a constraint binds with 'min', 'max' or 'accept', not a margin")
            elif lever.values is not None:
                if limit.min is not None or limit.max is not None or not limit.accept:
                    yield Problem(at, "a categorical lever takes 'accept: [values]', not min/max")
                for value in limit.accept or []:
                    if value not in lever.values:
                        yield Problem((*at, "accept"), f"{value!r} is not one of {list(lever.values)}")
            else:
                yield from _numeric_limit(lever, limit, at)


def _market(case: Case) -> Iterator[Problem]:
    market = case.market
    if market and not market.low <= market.median <= market.high:
        yield Problem(
            ("market",),
            "must be ordered low <= median <= high "
            f"(got {_num(market.low)}, {_num(market.median)}, {_num(market.high)})",
        )
