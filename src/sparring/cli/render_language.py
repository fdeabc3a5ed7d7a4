"""Rich rendering of language analyses and evaluation reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from sparring.engines.language.analyser import Analysis
    from sparring.model.case import Case
    from sparring.services.language_eval import Report


def analysis_view(result: Analysis, case: Case | None) -> Group:
    parts: list[RenderableType] = []
    for s in result.sentences:
        line = Text(s.sentence.text)
        for span in s.spans:
            start, end = span.start - s.sentence.start, span.end - s.sentence.start
            line.stylize("bold red" if span.polarity == "-" else "bold green", start, end)
        parts.append(line)
        labels = Text("  ")
        for span in s.spans:
            labels.append(f"[{span.tag} · {span.principle}] ", style="red" if span.polarity == "-" else "green")
        if s.alignment:
            labels.append(f"[speaks to {s.alignment.incentive} · {s.alignment.score:.2f}]", style="cyan")
        if s.spans or s.alignment:
            parts.append(labels)
        for span in s.spans:
            if span.suggestion:
                parts.append(Padding(Text(f"→ {span.suggestion}", style="yellow"), (0, 0, 0, 4)))
    summary = result.summary
    counts = ", ".join(f"{tag} {n}" for tag, n in summary["counts"].items() if n)
    parts.append(Text(f"\n{summary['sentences']} sentences · {counts or 'no tags'}", style="bold"))
    if result.model_tags:
        parts.append(
            Text("strategy model (whole text): " + ", ".join(f"{t} {p:.2f}" for t, p in result.model_tags.items()))
        )
    ratio = summary["self_vs_their_ratio"]
    parts.append(
        Text(
            f"self-focus {summary['self_focus']} vs their goals {summary['their_focus']}"
            + (f" (ratio {ratio})" if ratio is not None else "")
        )
    )
    if summary["too_many_asks"]:
        parts.append(Text(f"{summary['asks']} asks: keep to one or two (OFFER.HOW)", style="red"))
    if case is not None and summary["incentives_not_mentioned"]:
        names = {i.id: i.text for i in case.counterpart.incentives}
        missing = "; ".join(names[i] for i in summary["incentives_not_mentioned"])
        parts.append(Text(f"You never mentioned: {missing} (MAP.OVERLAP)", style="yellow"))
    return Group(*parts)


def report_table(report: Report) -> Table:
    table = Table(title=f"{report.name}: macro-F1 {report.macro_f1:.3f}", title_justify="left")
    for col in ("tag", "support", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "tag" else "right")
    for s in report.table:
        table.add_row(s.tag, str(s.support), f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}")
    return table
