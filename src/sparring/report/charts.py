"""Server-side SVG charts, self-contained (no fonts or scripts fetched), for terminals' files and
the web app alike."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH, HEIGHT = 720, 360
LEFT, RIGHT, TOP, BOTTOM = 64, 64, 40, 56
ACCENT, SECOND, GRID, INK = "#1f6feb", "#b35900", "#d0d7de", "#24292f"


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:,.2f}"


def stress_chart(
    xs: Sequence[float],
    p_agreement: Sequence[float],
    expected: Sequence[float],
    *,
    x_label: str,
    recommended: int | None = None,
    title: str = "Opening ask: chance of agreement and expected value",
) -> str:
    """P(agreement) (left axis, 0-100%) and expected value (right axis, points) against the opening."""
    if not xs:
        raise ValueError("no points to plot")
    x0, x1 = min(xs), max(xs)
    x1 = x1 if x1 > x0 else x0 + 1
    e0, e1 = min(expected), max(expected)
    pad = max(1.0, (e1 - e0) * 0.1)
    e0, e1 = e0 - pad, e1 + pad
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x: float) -> float:
        return LEFT + (x - x0) / (x1 - x0) * plot_w

    def py_p(p: float) -> float:
        return TOP + (1 - p) * plot_h

    def py_e(e: float) -> float:
        return TOP + (1 - (e - e0) / (e1 - e0)) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{escape(title)}" font-family="system-ui, sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
        f'<text x="{LEFT}" y="16" font-size="14" fill="{INK}">{escape(title)}</text>',
    ]
    for i in range(5):
        p = i / 4
        y = py_p(p)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="{GRID}"/>')
        parts.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" fill="{ACCENT}">{p:.0%}</text>')
        e = e0 + p * (e1 - e0)
        parts.append(f'<text x="{WIDTH - RIGHT + 8}" y="{py_e(e) + 4:.1f}" fill="{SECOND}">{_fmt(e)}</text>')
    for x in (xs[0], xs[len(xs) // 2], xs[-1]):
        parts.append(
            f'<text x="{px(x):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" fill="{INK}">{_fmt(x)}</text>'
        )
    parts.append(
        f'<text x="{LEFT + plot_w / 2}" y="{HEIGHT - 12}" text-anchor="middle" fill="{INK}">{escape(x_label)}</text>'
    )
    if recommended is not None:
        x = px(xs[recommended])
        parts.append(
            f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{TOP + plot_h}" stroke="{INK}" stroke-dasharray="4 4"/>'
        )
        parts.append(f'<text x="{x + 4:.1f}" y="{TOP + 12}" fill="{INK}">recommended {_fmt(xs[recommended])}</text>')
    p_line = " ".join(f"{px(x):.1f},{py_p(p):.1f}" for x, p in zip(xs, p_agreement, strict=True))
    e_line = " ".join(f"{px(x):.1f},{py_e(e):.1f}" for x, e in zip(xs, expected, strict=True))
    parts.append(f'<polyline points="{p_line}" fill="none" stroke="{ACCENT}" stroke-width="2.5"/>')
    parts.append(
        f'<polyline points="{e_line}" fill="none" stroke="{SECOND}" stroke-width="2.5" stroke-dasharray="7 3"/>'
    )
    legend_y = 30
    parts.append(
        f'<line x1="{LEFT}" y1="{legend_y}" x2="{LEFT + 24}" y2="{legend_y}" stroke="{ACCENT}" stroke-width="2.5"/>'
    )
    parts.append(f'<text x="{LEFT + 30}" y="{legend_y + 4}" fill="{INK}">P(agreement), left</text>')
    parts.append(
        f'<line x1="{LEFT + 170}" y1="{legend_y}" x2="{LEFT + 194}" y2="{legend_y}" stroke="{SECOND}" '
        f'stroke-width="2.5" stroke-dasharray="7 3"/>'
    )
    parts.append(f'<text x="{LEFT + 200}" y="{legend_y + 4}" fill="{INK}">expected value to you (points), right</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
