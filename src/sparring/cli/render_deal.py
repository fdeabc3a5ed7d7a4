"""Rich rendering of the deal maths and the stress test."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from sparring.engines.deal.analysis import DealAnalysis
    from sparring.engines.deal.stress import StressResult


def _v(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def _pkg(package: dict[str, Any]) -> str:
    return ", ".join(f"{k} {_v(v)}" for k, v in package.items())


def _span(values: Any) -> str:
    values = list(values)
    if not values:
        return "—"
    if all(isinstance(v, str) for v in values):
        return " | ".join(values)
    return f"{_v(values[0])} – {_v(values[-1])}"


def deal_view(title: str, a: DealAnalysis) -> Group:
    parts: list[RenderableType] = [Text(title, style="bold")]
    grid = f"{a.packages:,} packages" + (" (grid thinned to fit)" if a.coarsened else "")
    parts.append(
        Text(
            f"Grid: {grid} · Pareto frontier: {len(a.frontier)} packages · acceptable to both "
            f"(your limits and your likely estimate of theirs): {a.acceptable_count:,}"
        )
    )
    zopa = Table(title="Zone of possible agreement", title_justify="left")
    for col in ("lever", "you accept", "they accept (likely)", "overlap"):
        zopa.add_column(col)
    for z in a.zopa:
        zopa.add_row(
            z.lever, _span(z.yours), _span(z.theirs), _span(z.overlap) if z.overlap is not None else "[red]none[/]"
        )
    parts.append(zopa)
    if a.zopa_empty:
        parts.append(
            Text("The ZOPA is empty: no package is inside both walk-aways at your likely estimate.", style="red")
        )
    if a.nash:
        parts.append(
            Text.from_markup(
                f"[bold]Nash point[/] (fairest split over both walk-aways): {_pkg(a.nash.package)} "
                f"— you {a.nash.you:.1f}, them {a.nash.them:.1f} points"
            )
        )
    if a.tiers:
        tiers = Table(title="Your tiers", title_justify="left")
        for col, justify in (
            ("tier", "left"),
            ("package", "left"),
            ("you", "right"),
            ("them", "right"),
            ("inside their likely limit", "left"),
            ("free gain for them", "left"),
        ):
            tiers.add_column(col, justify=justify)  # type: ignore[arg-type]
        for t in a.tiers:
            gain = (
                f"{_pkg(t.better_for_them.package)} (them +{t.better_for_them.them - t.tier.them:.1f})"
                if t.better_for_them
                else "—"
            )
            tiers.add_row(
                t.name,
                _pkg(t.tier.package),
                f"{t.tier.you:.1f}",
                f"{t.tier.them:.1f}",
                "yes" if t.tier.acceptable else "no",
                gain,
            )
        parts.append(tiers)
    if a.suggested_tiers:
        sug = Table(title="Suggested tiers (you have none)", title_justify="left")
        for col in ("tier", "package", "you", "them"):
            sug.add_column(col)
        for name, v in a.suggested_tiers.items():
            sug.add_row(name, _pkg(v.package), f"{v.you:.1f}", f"{v.them:.1f}")
        parts.append(sug)
    meso = Table(
        title=f"Three equal offers (MESO): {a.meso_target:.1f} ± {a.meso_tolerance:.1f} points to you, "
        "best for them first",
        title_justify="left",
    )
    for col in ("package", "you", "them", "inside their likely limit"):
        meso.add_column(col)
    for m in a.meso:
        meso.add_row(_pkg(m.package), f"{m.you:.1f}", f"{m.them:.1f}", "yes" if m.acceptable else "no")
    parts.append(meso)
    if a.trades:
        trades = Table(
            title="Trades (give what is cheap for you, ask for what is cheap for them)", title_justify="left"
        )
        for col in ("give", "ask for", "you +", "them +"):
            trades.add_column(col)
        for tr in a.trades:
            trades.add_row(
                f"{tr.give} {_v(tr.give_from)} → {_v(tr.give_to)}",
                f"{tr.get} {_v(tr.get_from)} → {_v(tr.get_to)}",
                f"{tr.gain_you:.2f}",
                f"{tr.gain_them:.2f}",
            )
        parts.append(trades)
    return Group(*parts)


def stress_view(title: str, r: StressResult, unit: str | None) -> Group:
    table = Table(
        title=f"{title}: {r.population:,} simulated counterparts × {len(r.results)} openings (seed {r.seed})",
        title_justify="left",
    )
    for col in (
        f"opening {r.primary_lever}",
        "P(agreement)",
        "P(withdrawn)",
        "expected value",
        "P10",
        "P50",
        "P90",
        f"median agreed {r.primary_lever}",
    ):
        table.add_column(col, justify="right")
    for i, o in enumerate(r.results):
        mark = " ◀" if i == r.recommended else ""
        table.add_row(
            f"{_v(o.primary)}{mark}",
            f"{o.p_agreement:.1%}",
            f"{o.p_withdrawn:.1%}",
            f"{o.expected_value:.1f}",
            f"{o.p10:.1f}",
            f"{o.p50:.1f}",
            f"{o.p90:.1f}",
            _v(round(o.median_agreed_primary)) if o.median_agreed_primary is not None else "—",
        )
    lines: list[RenderableType] = [table, Text(f"No deal is worth {r.no_deal_value:.1f} points (your walk-away).")]
    if r.recommended is not None:
        best = r.results[r.recommended]
        lines.append(
            Text.from_markup(
                f"[bold]Recommended opening:[/] {_pkg(best.opening)} — {r.note}: "
                f"P(agreement) {best.p_agreement:.0%}, expected value {best.expected_value:.1f}"
            )
        )
    else:
        lines.append(Text(r.note, style="red"))
    return Group(*lines)
