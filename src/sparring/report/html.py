"""The brief as one self-contained HTML page: inline CSS, system fonts, no external assets.

Built with ``html.escape`` rather than a template engine: the page is small and fixed, and
every user string passes through one escaping helper. The same HTML feeds the PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from sparring.report.brief_model import CURRENT, Brief, IncentiveCell, Pair

CSS = """
@page { size: A4; margin: 10mm 11mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #262626; background: #fff; font: 7.6pt/1.25 -apple-system, BlinkMacSystemFont, "Segoe UI",
  "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
@media screen {
  html { background: #e9e9e6; }
  body { width: 210mm; min-height: 297mm; margin: 6mm auto; padding: 10mm 11mm;
    box-shadow: 0 .5mm 3mm rgba(0, 0, 0, .18); }
}
h1 { font-size: 13.5pt; line-height: 1.15; margin: 0 0 1mm; font-weight: 700; }
h2 { font-size: 7pt; text-transform: uppercase; letter-spacing: .08em; color: #1d5a7a; font-weight: 700;
  margin: 0 0 1mm; padding-bottom: .5mm; border-bottom: .6pt solid #1d5a7a; }
p { margin: 0; }
section { margin: 0 0 2mm; }
h2 { break-after: avoid; }
.top, table { break-inside: avoid; }
.top { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm;
  border-bottom: 1.2pt solid #262626; padding-bottom: 1.6mm; margin-bottom: 2.2mm; }
.kind { font-size: 7pt; text-transform: uppercase; letter-spacing: .08em; color: #666; margin-bottom: .6mm; }
.meta { color: #555; }
.score { text-align: right; white-space: nowrap; border-left: .6pt solid #ccc; padding-left: 4mm; }
.score b { display: block; font-size: 17pt; line-height: 1; font-weight: 700; color: #1d5a7a; }
.score b small { font-size: 8pt; color: #777; font-weight: 400; }
.score span { font-size: 7pt; text-transform: uppercase; letter-spacing: .06em; color: #1d5a7a; }
.score.not-ready b, .score.not-ready span { color: #a4262c; }
.goal-line { font-size: 10pt; font-weight: 700; margin-bottom: .8mm; }
.why { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; color: #333; }
.label { color: #777; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-weight: 600; color: #555; font-size: 7pt; border-bottom: .6pt solid #bbb; }
th, td { padding: .45mm 1.6mm .45mm 0; vertical-align: top; }
td { border-bottom: .4pt solid #e2e2e2; }
tr:last-child td { border-bottom: 0; }
.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
.right { text-align: right; padding-right: 0; }
.map td.ask { width: 46%; }
.map td.ask { border-right: .6pt solid #bbb; padding-right: 3mm; }
.map td.them, .map th + th { padding-left: 3mm; }
.inc { display: block; }
.tag { font-size: 6.5pt; color: #777; white-space: nowrap; }
.flag { color: #8a5300; font-weight: 600; }
.muted { color: #777; }
.tiers td, .tiers th { white-space: nowrap; }
.tiers td:first-child { font-weight: 600; }
.tiers tr.current td { color: #666; font-weight: 400; }
.flow { column-count: 2; column-gap: 6mm; }
ul, ol { margin: 0; padding-left: 3.6mm; }
li { margin: 0 0 .6mm; }
li::marker { color: #888; }
.then { color: #333; }
.then::before { content: "→ "; color: #1d5a7a; }
.status { font-size: 6.5pt; text-transform: uppercase; letter-spacing: .04em; white-space: nowrap; color: #555; }
.status.open, .status.not-set { color: #8a5300; font-weight: 700; }
.sev { font-size: 6.5pt; text-transform: uppercase; font-weight: 700; letter-spacing: .04em; }
.sev.blocker { color: #a4262c; }
.sev.warning { color: #8a5300; }
code { font: 6.8pt ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
  color: #555; }
tr, li { break-inside: avoid; }
"""
UNLINKED = "Not linked to any of their incentives"


def render_html(brief: Brief) -> str:
    """The one-page brief as a complete, self-contained HTML document."""
    flow = [_evidence(brief), _walk_away(brief), _objections(brief), _specifics(brief), _obstacles(brief)]
    flow.append(_readiness(brief))
    parts = [_header(brief), _goal(brief), _map(brief), _tiers(brief)]
    parts.append('<div class="flow">\n' + "\n".join(p for p in flow if p) + "\n</div>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(brief.title)} · brief</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(parts)
        + "\n</body>\n</html>\n"
    )


def e(text: str | None) -> str:
    """Escape user text for HTML and fold its whitespace (folded YAML keeps line breaks)."""
    return escape(" ".join((text or "").split()))


def _section(title: str, inner: str) -> str:
    return f"<section>\n<h2>{e(title)}</h2>\n{inner}\n</section>"


def _list(items: Sequence[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def _then(text: str | None, missing: str) -> str:
    return f'<span class="then">{e(text)}</span>' if text else f'<span class="flag">{missing}</span>'


def _table(head: Sequence[str], rows: Iterable[str], cls: str) -> str:
    """A table; a heading that starts with ">" is right-aligned (escaped text never starts with it)."""
    ths = "".join(f'<th class="right">{h[1:]}</th>' if h.startswith(">") else f"<th>{h}</th>" for h in head)
    body = "\n".join(rows)
    return f'<table class="{cls}">\n<thead><tr>{ths}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>'


def _header(b: Brief) -> str:
    meta = []
    if b.meeting:
        meta.append(f"Meeting {e(b.meeting)}")
    if b.counterpart or b.authority:
        meta.append("With " + e(" — ".join(p for p in (b.counterpart, b.authority) if p)))
    state, cls = ("ready", "score") if b.ready else ("not ready", "score not-ready")
    return (
        f'<header class="top">\n<div>\n<p class="kind">{e(b.kind)} · negotiation brief</p>\n<h1>{e(b.title)}</h1>\n'
        f'<p class="meta">{"<br>".join(meta)}</p>\n</div>\n'
        f'<div class="{cls}" title="{e(b.readiness_line)}"><b>{b.score}<small>/100</small></b>'
        f"<span>{state}</span></div>\n</header>"
    )


def _goal(b: Brief) -> str:
    why = []
    if b.why_now:
        why.append(f'<p><span class="label">Why now:</span> {e(b.why_now)}</p>')
    if b.objective:
        why.append(f'<p><span class="label">Objective:</span> {e(b.objective)}</p>')
    inner = f'<p class="goal-line">{e(b.goal_line)}</p>\n' + (f'<div class="why">{"".join(why)}</div>' if why else "")
    return _section("Goal", inner)


def _incentive(c: IncentiveCell) -> str:
    return f'<span class="inc">{e(c.text)} <span class="tag">{e(c.note)}</span></span>'


def _map(b: Brief) -> str:
    rows = []
    for r in b.map_rows:
        them = "".join(_incentive(c) for c in r.serves) or f'<span class="flag">{UNLINKED}</span>'
        rows.append(f'<tr><td class="ask">{e(r.ask)}</td><td class="them">{them}</td></tr>')
    for c in b.unserved:
        rows.append(f'<tr><td class="ask muted">No ask serves this yet</td><td class="them">{_incentive(c)}</td></tr>')
    if not rows:
        return _section("Incentive map", '<p class="flag">No asks or incentives yet.</p>')
    return _section("Incentive map", _table(("You ask", "It serves their incentive"), rows, "map"))


def _tiers(b: Brief) -> str:
    head = ["Tier", *(e(name) for name in b.tier_levers), ">Your value"]
    rows = []
    for t in b.tiers:
        cls = ' class="current"' if t.name == CURRENT else ""
        cells = "".join(f'<td class="num">{e(v) or "—"}</td>' for v in t.values)
        points = f"{t.points}/100" if t.points is not None else '<span class="flag">not set</span>'
        rows.append(f'<tr{cls}><td>{e(t.name)}</td>{cells}<td class="num right">{points}</td></tr>')
    return _section("Tiers", _table(head, rows, "tiers"))


def _evidence(b: Brief) -> str:
    items = []
    for r in b.evidence:
        number = f"<b>{e(r.number)}</b> · " if r.number else ""
        outcome = f'<br><span class="then">{e(r.outcome)}</span>' if r.outcome else ""
        items.append(f"{number}{e(r.claim)}{outcome}")
    inner = _list(items) if items else '<p class="flag">No evidence yet.</p>'
    if b.market:
        inner += f'\n<p class="muted">Market range: {e(b.market)}</p>'
    return _section("Evidence", inner)


def _walk_away(b: Brief) -> str:
    items = []
    if b.limits:
        items.append('<span class="label">Limits:</span> ' + "; ".join(e(x) for x in b.limits))
    items += [f'<span class="label">Non-negotiable:</span> {e(x)}' for x in b.non_negotiables]
    if b.batna:
        value = f" <b>({e(b.batna_value)})</b>" if b.batna_value else ""
        items.append(f'<span class="label">BATNA:</span> {e(b.batna)}{value}')
    inner = _list(items) if items else '<p class="flag">No walk-away defined.</p>'
    return _section("Walk-away and BATNA", inner)


def _objections(b: Brief) -> str:
    shown = len(b.objections)
    title = "Top objections" + (f" ({shown} of {b.objections_total})" if b.objections_total > shown else "")
    items = [
        f"<b>{e(o.text)}</b>"
        + (f' <span class="tag">{e(o.likelihood)}</span>' if o.likelihood else "")
        + f"<br>{_then(o.counter, 'No counter yet')}"
        for o in b.objections
    ]
    return _section(title, _list(items, "ol") if items else '<p class="flag">None forecast yet.</p>')


def _pair(p: Pair) -> str:
    status = f' <span class="status {p.status.replace(" ", "-")}">{e(p.status)}</span>' if p.status else ""
    return f"<b>{e(p.label)}</b>{status} {e(p.text) or '—'}"


def _specifics(b: Brief) -> str:
    if not b.specifics_title:
        return ""
    return _section(b.specifics_title, _list([_pair(p) for p in b.specifics]))


def _obstacles(b: Brief) -> str:
    items = [f"{e(o.label)}<br>{_then(o.text, 'No response yet')}" for o in b.obstacles]
    return _section("Obstacles and responses", _list(items) if items else '<p class="muted">None listed.</p>')


def _readiness(b: Brief) -> str:
    # The page has room for every fix only when they matter most: blockers. `sparring check` has the rest.
    items = [
        f'<span class="sev {f.severity}">{e(f.severity)}</span> <code>{e(f.principle)}</code> {e(f.message)}'
        + (f' <span class="muted">Fix: {e(f.fix)}</span>' if f.severity == "blocker" else "")
        for f in b.findings
    ]
    if b.tips:
        tips = f"{b.tips} tip{'s' if b.tips != 1 else ''}"
        items.append(f'<span class="muted">{tips}: see <code>sparring check</code></span>')
    inner = f"<p><b>{e(b.readiness_line)}</b></p>\n"
    inner += _list(items) if items else '<p class="muted">No open findings.</p>'
    return _section("Readiness and open findings", inner)
