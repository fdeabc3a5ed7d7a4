"""The deal chart: every Pareto-efficient package as value to you against value to them, with
the Nash point, the three equal-value (MESO) packages, your tiers and the no-deal point.

It plots what :meth:`DealAnalysis.as_json` reports; each mark has a ``<title>`` naming its
package, so hovering or a screen reader gives the terms behind a dot.
"""

from __future__ import annotations

from html import escape
from typing import Any

WIDTH, HEIGHT = 720, 420
LEFT, RIGHT, TOP, BOTTOM = 56, 24, 36, 56
INK, GRID, ACCENT, NASH, MESO, TIER, MUTED = "#1f2328", "#d0d7de", "#1d5a7a", "#b35900", "#2f7d32", "#6f42c1", "#59636e"


def _package(package: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v:,}" if isinstance(v, (int, float)) else f"{k} {v}" for k, v in package.items())


def frontier_svg(deal: dict[str, Any]) -> str:
    """The chart for ``deal`` (a ``DealAnalysis.as_json()`` document)."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(you: float) -> float:
        return LEFT + you / 100 * plot_w

    def py(them: float) -> float:
        return TOP + (1 - them / 100) * plot_h

    title = "Pareto frontier: value to you against value to them (points)"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" class="chart" role="img" '
        f'aria-labelledby="frontier-title" font-family="system-ui, sans-serif" font-size="12">',
        f'<title id="frontier-title">{escape(title)}</title>',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
    ]
    for tick in range(0, 101, 25):
        out.append(f'<line x1="{px(tick):.1f}" y1="{TOP}" x2="{px(tick):.1f}" y2="{TOP + plot_h}" stroke="{GRID}"/>')
        out.append(f'<line x1="{LEFT}" y1="{py(tick):.1f}" x2="{LEFT + plot_w}" y2="{py(tick):.1f}" stroke="{GRID}"/>')
        out.append(f'<text x="{px(tick):.1f}" y="{TOP + plot_h + 16}" text-anchor="middle" fill="{INK}">{tick}</text>')
        out.append(f'<text x="{LEFT - 8}" y="{py(tick) + 4:.1f}" text-anchor="end" fill="{INK}">{tick}</text>')
    out.append(
        f'<text x="{LEFT + plot_w / 2}" y="{HEIGHT - 14}" text-anchor="middle" fill="{INK}">'
        "value to you (points)</text>"
    )
    out.append(
        f'<text x="14" y="{TOP + plot_h / 2}" text-anchor="middle" fill="{INK}" '
        f'transform="rotate(-90 14 {TOP + plot_h / 2})">value to them (points, your estimate)</text>'
    )
    d = deal.get("disagreement") or {}
    if d:
        x, y = px(float(d["you"])), py(float(d["them"]))
        out.append(
            f'<path d="M{x:.1f},{TOP} V{y:.1f} H{LEFT + plot_w}" fill="none" stroke="{MUTED}" stroke-dasharray="4 4">'
            f"<title>no deal: you {d['you']}, them {d['them']}</title></path>"
        )
    frontier = sorted(deal.get("frontier") or [], key=lambda v: v["you"])
    if frontier:
        points = " ".join(f"{px(v['you']):.1f},{py(v['them']):.1f}" for v in frontier)
        out.append(f'<polyline points="{points}" fill="none" stroke="{ACCENT}" stroke-width="1.5"/>')
        for v in frontier:
            color = ACCENT if v.get("acceptable_to_both") else MUTED
            out.append(
                f'<circle cx="{px(v["you"]):.1f}" cy="{py(v["them"]):.1f}" r="2.5" fill="{color}">'
                f"<title>{escape(_package(v['package']))}: you {v['you']}, them {v['them']}</title></circle>"
            )
    for v in (deal.get("meso") or {}).get("packages", []):
        x, y = px(v["you"]), py(v["them"])
        out.append(
            f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" fill="none" '
            f'stroke="{MESO}" stroke-width="2">'
            f"<title>equal-value offer: {escape(_package(v['package']))}</title></rect>"
        )
    for t in deal.get("tiers") or []:
        x, y = px(t["you"]), py(t["them"])
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="none" stroke="{TIER}" stroke-width="2">'
            f"<title>your {escape(t['tier'])} tier: {escape(_package(t['package']))}</title></circle>"
            f'<text x="{x + 8:.1f}" y="{y - 8:.1f}" fill="{TIER}">{escape(t["tier"])}</text>'
        )
    nash = deal.get("nash")
    if nash:
        x, y = px(nash["you"]), py(nash["them"])
        out.append(
            f'<path d="M{x:.1f},{y - 8:.1f} L{x + 8:.1f},{y:.1f} L{x:.1f},{y + 8:.1f} L{x - 8:.1f},{y:.1f} Z" '
            f'fill="{NASH}"><title>Nash point: {escape(_package(nash["package"]))}</title></path>'
            f'<text x="{x + 10:.1f}" y="{y + 16:.1f}" fill="{NASH}" font-weight="600">Nash</text>'
        )
    legend = [
        (ACCENT, "circle", "frontier"),
        (NASH, "diamond", "Nash point"),
        (MESO, "square", "equal-value offers"),
        (TIER, "ring", "your tiers"),
    ]
    x = LEFT
    for color, shape, label in legend:
        if shape == "circle":
            out.append(f'<circle cx="{x + 5}" cy="18" r="4" fill="{color}"/>')
        elif shape == "diamond":
            out.append(f'<path d="M{x + 5},12 L{x + 11},18 L{x + 5},24 L{x - 1},18 Z" fill="{color}"/>')
        elif shape == "square":
            out.append(f'<rect x="{x}" y="13" width="10" height="10" fill="none" stroke="{color}" stroke-width="2"/>')
        else:
            out.append(f'<circle cx="{x + 5}" cy="18" r="5" fill="none" stroke="{color}" stroke-width="2"/>')
        out.append(f'<text x="{x + 16}" y="22" fill="{INK}">{label}</text>')
        x += 28 + 7 * len(label)
    out.append("</svg>")
    return "\n".join(out) + "\n"
