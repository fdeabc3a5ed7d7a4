"""The score trend: each saved rehearsal's score (0-100) in the order they were played.

Same look as the shared stress chart (:mod:`sparring.report.charts`): white plot, light grid,
the accent colour for the line. Every point has a ``<title>`` with its session, date, outcome
and score, so hovering or a screen reader gives the numbers behind a dot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from sparring.report.charts import ACCENT, GRID, INK

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 48, 24, 40, 48
MUTED = "#59636e"


@dataclass(frozen=True)
class ScorePoint:
    label: str
    """Short x-axis label (``#12``)."""
    when: str
    outcome: str
    score: int


def trend_svg(points: Sequence[ScorePoint], title: str = "Rehearsal scores over sessions") -> str:
    """A line of scores with a dot per session; raises ``ValueError`` with no points."""
    if not points:
        raise ValueError("no scores to plot")
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    n = len(points)

    def px(i: int) -> float:
        return LEFT + (plot_w / 2 if n == 1 else i / (n - 1) * plot_w)

    def py(score: float) -> float:
        return TOP + (1 - max(0.0, min(100.0, score)) / 100) * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" class="chart" role="img" '
        f'aria-labelledby="trend-title" font-family="system-ui, sans-serif" font-size="12">',
        f'<title id="trend-title">{escape(title)}</title>',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
        f'<text x="{LEFT}" y="20" font-size="14" fill="{INK}">{escape(title)}</text>',
    ]
    for tick in range(0, 101, 25):
        y = py(tick)
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="{GRID}"/>')
        out.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">{tick}</text>')
    step = max(1, -(-n // 12))  # at most about a dozen x labels
    for i, point in enumerate(points):
        if i % step == 0 or i == n - 1:
            out.append(
                f'<text x="{px(i):.1f}" y="{TOP + plot_h + 18}" text-anchor="middle" fill="{MUTED}">'
                f"{escape(point.label)}</text>"
            )
    out.append(
        f'<text x="{LEFT + plot_w / 2:.1f}" y="{HEIGHT - 8}" text-anchor="middle" fill="{INK}">'
        "rehearsals, oldest first (score out of 100)</text>"
    )
    if n > 1:
        line = " ".join(f"{px(i):.1f},{py(p.score):.1f}" for i, p in enumerate(points))
        out.append(f'<polyline points="{line}" fill="none" stroke="{ACCENT}" stroke-width="2.5"/>')
    for i, point in enumerate(points):
        x, y = px(i), py(point.score)
        tip = f"{point.label} · {point.when} · {point.outcome} · score {point.score}"
        out.append(
            f'<g><title>{escape(tip)}</title><circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="white" '
            f'stroke="{ACCENT}" stroke-width="2.5"/></g>'
        )
        if n <= 24:
            out.append(f'<text x="{x:.1f}" y="{y - 10:.1f}" text-anchor="middle" fill="{INK}">{point.score}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
