"""Rich rendering of rehearsal lines, feedback, scorecards and session history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from sparring.model.case import Case
    from sparring.services.rehearsal import Scorecard
    from sparring.services.workspace import SavedSession


def their_line(text: str) -> Text:
    line = Text("them › ", style="bold magenta")
    line.append(text)
    return line


def your_feedback(feedback: str) -> Text:
    line = Text("  ")
    for part in feedback.split(" · "):
        line.append(part + "  ", style="green" if part.startswith("+") else "red")
    return line


def scorecard_view(case: Case, card: Scorecard) -> Panel:
    from sparring.services.rehearsal import package_text

    lines: list[RenderableType] = []
    agreed = package_text(case, card.agreed) if card.agreed else "—"
    head = Text(f"Outcome: {card.outcome} · {agreed}", style="bold")
    lines.append(head)
    band = Text(f"Value to you: {card.value:.1f} points · {card.tier_band}")
    if card.below_walk_away:
        band = Text(f"!!! You accepted BELOW YOUR WALK-AWAY: {agreed} !!!", style="bold white on red")
    lines.append(band)
    lines.append(Text(f"Goodwill at the end: {card.goodwill:.2f} · questions asked: {card.questions}"))
    lines.append(
        Text(
            f"Objections handled: {', '.join(card.objections_handled) or 'none'} · "
            f"unhandled: {', '.join(card.objections_unhandled) or 'none'}"
        )
    )
    if card.concessions:
        lines.append(
            Text(
                "Your concessions: "
                + "; ".join(
                    f"turn {c.turn}: {c.points:.1f} points ({'conditional' if c.conditional else 'unconditional'})"
                    for c in card.concessions
                )
            )
        )
    followed = ", ".join(f"{k} ×{v}" for k, v in sorted(card.followed.items()))
    broken = ", ".join(f"{k} ×{v}" for k, v in sorted(card.broken.items()))
    lines.append(Text(f"Followed: {followed or 'none'}", style="green"))
    lines.append(Text(f"Broken: {broken or 'none'}", style="red" if broken else ""))
    if card.paused_to_recover:
        lines.append(Text("You paused after a hard push (MIND.DISTANCE).", style="green"))
    lines.append(Text("Practise next:", style="bold"))
    lines.extend(Text(f"  {i}. {item}") for i, item in enumerate(card.practise, start=1))
    return Panel(Group(*lines), title=f"Scorecard · {card.score}/100", title_align="left")


def sessions_table(slug: str, saved: list[SavedSession]) -> Table:
    table = Table(title=f"Rehearsals of {slug}", title_justify="left")
    for col in ("#", "when (UTC)", "mode", "style", "seed", "outcome", "score", "trend"):
        table.add_column(col, justify="right" if col in ("#", "seed", "score") else "left")
    previous = None
    for s in saved:
        trend = (
            ""
            if s.score is None or previous is None
            else ("▲" if s.score > previous else "▼" if s.score < previous else "=")
        )
        table.add_row(
            str(s.id),
            s.started_at.strftime("%Y-%m-%d %H:%M"),
            s.mode,
            s.style,
            str(s.seed),
            s.outcome,
            "—" if s.score is None else str(s.score),
            trend,
        )
        previous = s.score if s.score is not None else previous
    return table
