"""Rich renderings of cases, versions and diffs for the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from sparring.model.case import Case
    from sparring.model.diff import Change
    from sparring.model.levers import Package
    from sparring.services.workspace import CaseSummary, VersionInfo


def _num(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def cases_table(summaries: list[CaseSummary]) -> Table:
    table = Table(title="Stored cases", title_justify="left")
    for name in ("slug", "kind", "title", "version", "updated"):
        table.add_column(name, justify="right" if name == "version" else "left")
    for s in summaries:
        table.add_row(s.slug, s.kind, s.title, str(s.version), s.updated_at.strftime("%Y-%m-%d %H:%M"))
    return table


def history_table(slug: str, versions: list[VersionInfo]) -> Table:
    table = Table(title=f"History of {slug}", title_justify="left")
    table.add_column("version", justify="right")
    table.add_column("saved (UTC)")
    table.add_column("note")
    for v in versions:
        table.add_row(str(v.version), v.saved_at.strftime("%Y-%m-%d %H:%M:%S"), v.note or "")
    return table


def changes_text(changes: list[Change], slug: str, versions: tuple[int, int]) -> Group:
    from sparring.model.diff import format_diff

    head = Text(f"{slug}: version {versions[0]} → {versions[1]}", style="bold")
    if not changes:
        return Group(head, Text("no changes"))
    lines = [
        Text(line, style={"+": "green", "-": "red", "~": "yellow"}.get(line[:1], ""))
        for line in format_diff(changes).splitlines()
    ]
    return Group(head, *lines)


def _package(case: Case, package: Package | None) -> str:
    if not package:
        return "—"
    parts = []
    for lever_id, value in package.items():
        lever = case.lever(lever_id)
        unit = f" {lever.unit}" if lever is not None and lever.unit else ""
        parts.append(f"{lever.label if lever else lever_id}: {_num(value)}{unit}")
    return "; ".join(parts)


def case_view(case: Case, source: str) -> Group:
    """A one-screen summary of a case, in Incentive Map order."""
    goal = case.goal
    amount = f" — {_num(goal.amount)} {goal.unit or ''}".rstrip() if goal.amount is not None else ""
    lines = [
        f"[bold]{case.title}[/]  [dim]({case.kind}, {source})[/]",
        f"Meeting: {case.meeting or 'not set'}    Deadline: {goal.deadline or 'not set'}",
        f"[bold]Goal:[/] {goal.what}{amount}",
    ]
    if goal.why_now:
        lines.append(f"[bold]Why now:[/] {goal.why_now}")
    if goal.objective:
        lines.append(f"[bold]Objective:[/] {goal.objective}")
    header = Panel("\n".join(lines), title="Case", title_align="left")

    overlap = Table(title="Incentive map", title_justify="left", expand=False)
    overlap.add_column("your asks")
    overlap.add_column("their incentives it serves")
    incentives = {i.id: i for i in case.counterpart.incentives}
    for ask in case.asks:
        served = [incentives[i].text for i in ask.serves if i in incentives]
        overlap.add_row(ask.text, "\n".join(served) or "[red]not linked[/]")
    cp = case.counterpart
    who = ", ".join(x for x in (cp.role, cp.organisation) if x) or "unknown"
    counterpart = Text.from_markup(
        f"[bold]Counterpart:[/] {who} · decides: {cp.authority.decides} · style: {cp.style} · "
        f"{len(cp.incentives)} incentives, {len(cp.constraints)} constraints"
    )

    tiers = Table(title="Tiers", title_justify="left")
    tiers.add_column("tier")
    tiers.add_column("package")
    for name in ("ideal", "likely", "minimum"):
        tiers.add_row(name, _package(case, getattr(case.tiers, name)))
    if case.walk_away:
        limits = "; ".join(
            f"{k} "
            + " ".join(f"{b} {_num(getattr(v, b))}" for b in ("min", "max") if getattr(v, b) is not None)
            + (f" accept {', '.join(v.accept)}" if v.accept else "")
            for k, v in case.walk_away.limits.items()
        )
        batna = case.walk_away.batna.text if case.walk_away.batna else "no BATNA"
        tiers.add_row("walk-away", f"{limits or 'no limits'} (BATNA: {batna})")

    objections = Table(title="Objections", title_justify="left")
    objections.add_column("they might say")
    objections.add_column("your counter")
    for o in case.objections:
        objections.add_row(o.text, o.counter or "[red]no counter yet[/]")
    evidence = Text.from_markup("[bold]Evidence:[/] " + ("; ".join(e.claim for e in case.evidence) or "[red]none[/]"))
    return Group(header, evidence, counterpart, overlap, tiers, objections)
