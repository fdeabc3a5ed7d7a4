"""The brief as Markdown: plain text that reads well as is and renders as tables where supported."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sparring.report.brief_model import Brief, IncentiveCell


def render_markdown(brief: Brief) -> str:
    """The one-page brief as Markdown (GitHub-flavoured tables)."""
    parts = [_header(brief), _goal(brief), _map(brief), _evidence(brief), _tiers(brief), _walk_away(brief)]
    parts += [_objections(brief), _specifics(brief), _obstacles(brief), _readiness(brief)]
    return "\n\n".join(part for part in parts if part) + "\n"


def _cell(text: str | None) -> str:
    # A table cell is one line, and a bare pipe would end it.
    return " ".join((text or "").split()).replace("|", "\\|")


def _line(text: str) -> str:
    return " ".join(text.split())


def _table(head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _header(b: Brief) -> str:
    lines = [f"# {_line(b.title)}", ""]
    meta = [f"**{b.kind}**"] + ([f"meeting {b.meeting}"] if b.meeting else [])
    lines.append(" · ".join(meta) + "  ")
    if b.counterpart or b.authority:
        who = " — ".join(part for part in (b.counterpart, b.authority) if part)
        lines.append(f"With {_line(who)}  ")
    lines.append(f"**{b.readiness_line}**")
    return "\n".join(lines)


def _goal(b: Brief) -> str:
    lines = ["## Goal", "", f"**{_line(b.goal_line)}**", ""]
    if b.why_now:
        lines.append(f"- Why now: {_line(b.why_now)}")
    if b.objective:
        lines.append(f"- Objective: {_line(b.objective)}")
    return "\n".join(lines).rstrip()


def _incentives(cells: Sequence[IncentiveCell]) -> str:
    return "; ".join(f"{c.text} ({c.note})" for c in cells)


def _map(b: Brief) -> str:
    rows = [
        (r.ask, _incentives(r.serves) if r.linked else "⚠ not linked to any of their incentives") for r in b.map_rows
    ]
    rows += [("—", f"{_incentives([c])}: no ask serves this yet") for c in b.unserved]
    return "## Incentive map\n\n" + _table(("You ask", "It serves their incentive"), rows)


def _evidence(b: Brief) -> str:
    if not b.evidence and not b.market:
        return "## Evidence\n\nNo evidence yet."
    text = "## Evidence\n\n"
    if b.evidence:
        text += _table(("Claim", "Number", "Outcome"), ((e.claim, e.number, e.outcome) for e in b.evidence))
    if b.market:
        text += f"\n\nMarket range: {_line(b.market)}"
    return text.replace("\n\n\n", "\n\n")


def _tiers(b: Brief) -> str:
    head = ("Tier", *b.tier_levers, "Your value")
    rows = [(t.name, *t.values, f"{t.points}/100" if t.points is not None else "not set") for t in b.tiers]
    return "## Tiers\n\n" + _table(head, rows)


def _walk_away(b: Brief) -> str:
    lines = ["## Walk-away and BATNA", ""]
    lines += [f"- Limit: {_line(limit)}" for limit in b.limits]
    lines += [f"- Non-negotiable: {_line(item)}" for item in b.non_negotiables]
    if b.batna:
        value = f" (value: {b.batna_value})" if b.batna_value else ""
        lines.append(f"- BATNA: {_line(b.batna)}{value}")
    if len(lines) == 2:
        lines.append("No walk-away defined.")
    return "\n".join(lines)


def _objections(b: Brief) -> str:
    shown = len(b.objections)
    head = "## Top objections" + (f" ({shown} of {b.objections_total})" if b.objections_total > shown else "")
    lines = [head, ""]
    for i, o in enumerate(b.objections, 1):
        likely = f" ({o.likelihood})" if o.likelihood else ""
        counter = _line(o.counter) if o.counter else "⚠ no counter yet"
        lines.append(f"{i}. **{_line(o.text)}**{likely} — {counter}")
    if not b.objections:
        lines.append("None forecast yet.")
    return "\n".join(lines)


def _specifics(b: Brief) -> str:
    if not b.specifics_title:
        return ""
    if any(p.status for p in b.specifics):
        body = _table(("Item", "Status", "Notes"), ((p.label, p.status or "", p.text or "") for p in b.specifics))
    else:
        body = "\n".join(f"- {p.label}: {_line(p.text) if p.text else '—'}" for p in b.specifics)
    return f"## {b.specifics_title}\n\n{body}"


def _obstacles(b: Brief) -> str:
    lines = ["## Obstacles and responses", ""]
    lines += [f"- {_line(o.label)} → {_line(o.text) if o.text else '⚠ no response yet'}" for o in b.obstacles]
    if not b.obstacles:
        lines.append("None listed.")
    return "\n".join(lines)


def _readiness(b: Brief) -> str:
    lines = ["## Readiness and open findings", "", b.readiness_line, ""]
    for f in b.findings:
        lines.append(f"- **{f.severity}** `{f.principle}` ({f.path}): {_line(f.message)} Fix: {_line(f.fix)}")
    if b.tips:
        lines.append(f"- {b.tips} tip{'s' if b.tips != 1 else ''}: see `sparring check`")
    if not b.findings and not b.tips:
        lines.append("No open findings.")
    return "\n".join(lines)
