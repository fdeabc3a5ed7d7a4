"""Views of one case: the two-column incentive map, the deal maths and the stress test.

Each page renders what a service computed (memoized per version); the charts are SVG made on
the server. A case that cannot be analysed yet (no levers, say) gets a calm explanation and a
link to the step that fixes it, not an error page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.web import lookups, nav
from sparring.web.charts.overlap import MapItem, overlap_svg
from sparring.web.deps import Memo, Store, Today
from sparring.web.render import number, render
from sparring.web.routes.common import case_context
from sparring.web.work import Heavy

router = APIRouter()
nav.register("Incentive map", "map_page", "case", 20)
nav.register("Deal", "deal_page", "case", 30)
nav.register("Stress test", "stress_page", "case", 40)

MAP_PRINCIPLES = frozenset({"MAP.OVERLAP", "THEM.RESEARCH", "THEM.SHOES", "ASSERT.CARE", "LEADER.INCENTIVES"})


@router.get("/cases/{slug}/map", name="map_page", response_class=HTMLResponse)
async def map_page(request: Request, store: Store, memo: Memo, today: Today, heavy: Heavy, slug: str) -> HTMLResponse:
    return await heavy(_map_page, request, store, memo, today, slug)


def _map_page(request: Request, store: Store, memo: Memo, today: dt.date, slug: str) -> HTMLResponse:
    stored = lookups.stored(store, memo, slug)
    case = stored.case
    svg = memo.get(("map-svg", slug, stored.version), lambda: _map_svg(case))
    report = lookups.report(store, memo, slug, stored.version, today)
    findings = [f for f in report.findings if f.principle in MAP_PRINCIPLES]
    incentives = {i.id: i for i in case.counterpart.incentives}
    served = {s for ask in case.asks for s in ask.serves}
    context = {
        **case_context(stored, "map_page"),
        "case": case,
        "svg": Markup(svg),
        "incentives": incentives,
        "unserved": [i for i in case.counterpart.incentives if i.id not in served],
        "findings": findings,
    }
    return render(request, "analysis/map.html", context)


def _map_svg(case: Case) -> str:
    goal = case.goal
    amount = f" — {number(goal.amount)} {goal.unit or ''}".rstrip() if goal.amount is not None else ""
    goal_item = MapItem("goal", f"Goal: {goal.what}{amount}", f"by {goal.deadline}" if goal.deadline else "")
    asks = [
        MapItem(ask.id, ask.text, "" if ask.serves else "not linked to any of their incentives") for ask in case.asks
    ]
    incentives = [
        MapItem(i.id, i.text, f"{i.importance} importance, {i.status}" + (f" · {i.metric}" if i.metric else ""))
        for i in case.counterpart.incentives
    ]
    links = [(ask.id, inc) for ask in case.asks for inc in ask.serves]
    return overlap_svg(goal_item, asks, incentives, links)


@router.get("/cases/{slug}/deal", name="deal_page", response_class=HTMLResponse)
async def deal_page(request: Request, store: Store, memo: Memo, heavy: Heavy, slug: str) -> HTMLResponse:
    return await heavy(_deal_page, request, store, memo, slug)


def _deal_page(request: Request, store: Store, memo: Memo, slug: str) -> HTMLResponse:
    from sparring.web.charts.frontier import frontier_svg

    stored = lookups.stored(store, memo, slug)
    context: dict[str, Any] = {**case_context(stored, "deal_page"), "deal": None, "problem": None}
    try:
        analysis = lookups.deal(store, memo, slug, stored.version)
    except SparringError as exc:
        context["problem"] = exc
        return render(request, "analysis/deal.html", context)
    data = memo.get(("deal-json", slug, stored.version), analysis.as_json)
    svg = memo.get(("deal-svg", slug, stored.version), lambda: frontier_svg(data))
    context.update(deal=data, svg=Markup(svg), units={lv.id: lv.unit for lv in stored.case.levers})
    return render(request, "analysis/deal.html", context)


@dataclass(frozen=True)
class StressInput:
    """One box of the stress form: its query name, label, bounds and whether it takes whole numbers."""

    name: str
    label: str
    low: float
    high: float
    whole: bool


STRESS_INPUTS = (
    StressInput("population", "Simulated counterparts", 100, 200_000, True),
    StressInput("risk", "Highest acceptable P(no deal)", 0.0, 1.0, False),
    StressInput("rounds", "Rounds to concede over", 1, 8, True),
    StressInput("seed", "Seed", 0, 2**31, True),
)
MAX_INPUT = 40


@router.get("/cases/{slug}/stress", name="stress_page", response_class=HTMLResponse)
async def stress_page(
    request: Request,
    store: Store,
    memo: Memo,
    heavy: Heavy,
    slug: str,
    population: Annotated[str, Query(max_length=MAX_INPUT, description="Simulated counterparts per opening.")] = "",
    risk: Annotated[str, Query(max_length=MAX_INPUT, description="Highest acceptable chance of no deal.")] = "",
    rounds: Annotated[str, Query(max_length=MAX_INPUT)] = "",
    seed: Annotated[str, Query(max_length=MAX_INPUT)] = "",
) -> HTMLResponse:
    typed = {"population": population, "risk": risk, "rounds": rounds, "seed": seed}
    return await heavy(_stress_page, request, store, memo, slug, typed)


def stress_params(typed: dict[str, str]) -> tuple[lookups.StressParams, dict[str, str]]:
    """The parameters the user typed (blank: the default), and a message per box that is not a
    number in its range: the page shows it beside that box instead of an error page."""
    defaults = lookups.StressParams()
    values: dict[str, float] = {}
    errors: dict[str, str] = {}
    for box in STRESS_INPUTS:
        text = typed.get(box.name, "").strip().replace(",", "").replace("_", "")
        if not text:
            continue
        wanted = f"{'a whole number' if box.whole else 'a number'} from {number(box.low)} to {number(box.high)}"
        try:
            value = float(text)
        except ValueError:
            errors[box.name] = f"“{typed[box.name].strip()}” is not a number: type {wanted}."
            continue
        if (box.whole and not value.is_integer()) or not box.low <= value <= box.high:
            errors[box.name] = f"Type {wanted}."
            continue
        values[box.name] = value
    params = lookups.StressParams(
        population=int(values.get("population", defaults.population)),
        seed=int(values.get("seed", defaults.seed)),
        risk=float(values.get("risk", defaults.risk)),
        rounds=int(values.get("rounds", defaults.rounds)),
    )
    return params, errors


def _stress_page(request: Request, store: Store, memo: Memo, slug: str, typed: dict[str, str]) -> HTMLResponse:
    from sparring.services.deal import stress_svg

    stored = lookups.stored(store, memo, slug)
    params, errors = stress_params(typed)
    shown = {box.name: typed.get(box.name, "").strip() or str(getattr(params, box.name)) for box in STRESS_INPUTS}
    context: dict[str, Any] = {
        **case_context(stored, "stress_page"),
        "inputs": STRESS_INPUTS,
        "shown": shown,
        "errors": errors,
        "result": None,
        "problem": None,
    }
    if errors:  # nothing is run on a value the user did not mean; the form keeps what they typed
        return render(request, "analysis/stress.html", context, 422)
    try:
        result = lookups.stress(store, memo, slug, stored.version, params)
    except SparringError as exc:
        context["problem"] = exc
        return render(request, "analysis/stress.html", context)
    unit = next((lv.unit for lv in stored.case.levers if lv.id == result.primary_lever), None)
    svg = memo.get(("stress-svg", slug, stored.version, params), lambda: stress_svg(result, unit))
    context.update(result=result, svg=Markup(_responsive(svg)), unit=unit)
    return render(request, "analysis/stress.html", context)


def _responsive(svg: str) -> str:
    """The shared chart has fixed pixel sizes; on the page it should scale with the column."""
    return svg.replace("<svg ", '<svg class="chart" ', 1)
