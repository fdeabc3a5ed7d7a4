"""The two-column incentive map: your goal and asks on the left, their incentives on the
right, a line for every link between them; an ask with no link is highlighted (`MAP.OVERLAP`).

Box heights come from a fixed characters-per-line estimate, so the layout is decided here,
without a browser, and the same case always draws the same picture.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from html import escape

WIDTH = 960
COL_W = 380
RIGHT_X = WIDTH - COL_W - 16
LEFT_X = 16
LINE_H = 18
PAD = 10
GAP = 14
CHARS = 46
NOTE_CHARS = 56
INK, MUTED, ACCENT, WARN, LINE = "#1f2328", "#59636e", "#1d5a7a", "#8a5300", "#7a9bb0"


@dataclass(frozen=True)
class MapItem:
    """A box in one column: its id (for links), the text, and a small note under it."""

    id: str
    text: str
    note: str = ""


@dataclass(frozen=True)
class _Box:
    item: MapItem
    x: float
    y: float
    h: float
    lines: list[str]


def overlap_svg(goal: MapItem, asks: list[MapItem], incentives: list[MapItem], links: list[tuple[str, str]]) -> str:
    """The map as SVG; ``links`` are ``(ask id, incentive id)`` pairs."""
    linked_asks = {a for a, _ in links}
    served = {i for _, i in links}
    left = _column([goal, *asks], LEFT_X, 56)
    right = _column(incentives, RIGHT_X, 56)
    height = max([56.0] + [b.y + b.h for b in left + right]) + 24
    title = "Incentive map: your asks linked to their incentives"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" class="chart map" role="img" '
        f'aria-labelledby="map-title" font-family="system-ui, sans-serif" font-size="14">',
        f'<title id="map-title">{escape(title)}</title>',
        f'<text x="{LEFT_X}" y="30" font-size="15" font-weight="600" fill="{INK}">You: goal and asks</text>',
        f'<text x="{RIGHT_X}" y="30" font-size="15" font-weight="600" fill="{INK}">Them: incentives</text>',
    ]
    by_id = {b.item.id: b for b in right}
    asks_by_id = {b.item.id: b for b in left[1:]}
    for ask_id, inc_id in links:
        a, b = asks_by_id.get(ask_id), by_id.get(inc_id)
        if a is None or b is None:
            continue
        x1, y1 = a.x + COL_W, a.y + a.h / 2
        x2, y2 = b.x, b.y + b.h / 2
        mid = (x1 + x2) / 2
        out.append(
            f'<path d="M{x1:.1f},{y1:.1f} C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} {x2:.1f},{y2:.1f}" '
            f'fill="none" stroke="{LINE}" stroke-width="2">'
            f"<title>{escape(ask_id)} serves {escape(inc_id)}</title></path>"
        )
    out.append(_box(left[0], ACCENT, fill="#eef4f8", bold=True))
    for box in left[1:]:
        unlinked = box.item.id not in linked_asks
        out.append(_box(box, WARN if unlinked else ACCENT, fill="#fff7e6" if unlinked else "#ffffff", warn=unlinked))
    for box in right:
        out.append(_box(box, ACCENT if box.item.id in served else MUTED, dashed=box.item.id not in served))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _column(items: list[MapItem], x: float, top: float) -> list[_Box]:
    boxes = []
    y = top
    for item in items:
        lines = textwrap.wrap(item.text, CHARS) or [""]
        h = PAD * 2 + LINE_H * len(lines) + (LINE_H if item.note else 0)
        boxes.append(_Box(item, x, y, h, lines))
        y += h + GAP
    return boxes


def _box(
    box: _Box, stroke: str, *, fill: str = "#ffffff", bold: bool = False, warn: bool = False, dashed: bool = False
) -> str:
    dash = ' stroke-dasharray="5 4"' if dashed else ""
    weight = ' font-weight="600"' if bold else ""
    parts = [
        f'<g><rect x="{box.x}" y="{box.y:.1f}" width="{COL_W}" height="{box.h:.1f}" rx="6" fill="{fill}" '
        f'stroke="{stroke}" stroke-width="{2 if warn else 1.5}"{dash}/>'
    ]
    for n, line in enumerate(box.lines):
        y = box.y + PAD + LINE_H * (n + 1) - 4
        parts.append(f'<text x="{box.x + PAD}" y="{y:.1f}" fill="{INK}"{weight}>{escape(line)}</text>')
    if box.item.note:
        y = box.y + PAD + LINE_H * (len(box.lines) + 1) - 4
        color = WARN if warn else MUTED
        note = box.item.note if len(box.item.note) <= NOTE_CHARS else box.item.note[: NOTE_CHARS - 1] + "…"
        parts.append(
            f'<text x="{box.x + PAD}" y="{y:.1f}" font-size="12" fill="{color}">{escape(note)}'
            f"<title>{escape(box.item.note)}</title></text>"
        )
    parts.append("</g>")
    return "".join(parts)
