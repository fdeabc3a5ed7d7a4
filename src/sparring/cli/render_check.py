"""Rich rendering of checker results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from sparring.engines.check import CheckReport, Finding
    from sparring.services.checking import CheckedCase

_MARK = {"blocker": ("✗", "bold red"), "warning": ("!", "yellow"), "tip": ("·", "cyan")}


def verdict(report: CheckReport) -> str:
    state = "ready" if report.ready else "not ready"
    counts = ", ".join(
        f"{report.count(s)} {s}{'s' if report.count(s) != 1 else ''}" for s in ("blocker", "warning", "tip")
    )
    return f"readiness {report.score}/100 · {state} · {counts}"


def report_view(title: str, report: CheckReport) -> Group:
    """Findings grouped by Incentive Map step; groups with blockers first, blockers first inside."""
    from sparring.engines.check import group_of
    from sparring.engines.check.findings import SEVERITY_ORDER

    head = Text(title, style="bold")
    head.append(f"\n{verdict(report)}", style="green" if report.ready else "red")
    parts: list[RenderableType] = [head]
    groups: dict[tuple[int, str], list[Finding]] = {}
    for finding in report.findings:
        groups.setdefault(group_of(finding.principle), []).append(finding)

    def rank(key: tuple[int, str]) -> tuple[int, int]:
        return min(SEVERITY_ORDER[f.severity] for f in groups[key]), key[0]

    for key in sorted(groups, key=rank):
        parts.append(Text(f"\n{key[1]}", style="bold underline"))
        for finding in sorted(groups[key], key=lambda f: SEVERITY_ORDER[f.severity]):
            mark, style = _MARK[finding.severity]
            line = Text(f"{mark} {finding.severity:<7} ", style=style)
            line.append(f"{finding.principle} ", style="bold")
            line.append(finding.path, style="dim")
            body = Text(finding.message + "\n")
            body.append(f"fix: {finding.fix}", style="green")
            parts.extend([line, Padding(body, (0, 0, 0, 2))])
    if not report.findings:
        parts.append(Text("\nNo findings: the plan follows every rule that applies to it.", style="green"))
    return Group(*parts)


def summary_table(results: list[CheckedCase]) -> Table:
    table = Table(title="Readiness", title_justify="left")
    for name, justify in (
        ("case", "left"),
        ("score", "right"),
        ("ready", "left"),
        ("blockers", "right"),
        ("warnings", "right"),
        ("tips", "right"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for r in results:
        if r.report is None:
            table.add_row(r.name, "—", "[red]error[/]", "", "", r.error.message if r.error else "")
            continue
        table.add_row(
            r.name,
            str(r.report.score),
            "[green]yes[/]" if r.report.ready else "[red]no[/]",
            str(r.report.count("blocker")),
            str(r.report.count("warning")),
            str(r.report.count("tip")),
        )
    return table
