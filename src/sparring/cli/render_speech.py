"""Rich rendering of a speech report: one table of delivery per utterance, its words and notes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from sparring.engines.delivery.moments import SessionDelivery
    from sparring.services.speech import SpeechReport


def _num(value: float | None, fmt: str, unit: str = "") -> str:
    return "—" if value is None else f"{value:{fmt}}{unit}"


def speech_view(report: SpeechReport) -> Group:
    parts: list[RenderableType] = [Text(f"{report.source} · {report.seconds:.1f} s", style="bold")]
    if not report.utterances:
        parts.append(Text("no speech was heard", style="yellow"))
    for i, spoken in enumerate(report.utterances, 1):
        u = spoken.delivery
        parts.append(Text(f"\n{i}. {u.start:.2f}-{u.end:.2f} s  “{u.text}”"))
        table = Table(show_header=False, box=None, pad_edge=False)
        table.add_column(style="dim")
        table.add_column()
        pauses = ", ".join(f"{p.duration:.2f} s at {p.start:.2f}" for p in u.pauses) or "none ≥ 0.6 s"
        rows = [
            ("pace", f"{_num(u.wpm, '.0f', ' wpm')} ({u.spoken_count} words in {u.speaking_s:.1f} s of speaking)"),
            ("fillers", f"{u.filler_count} ({u.fillers_per_100:.1f} per 100 words, a floor)"),
            ("pauses", pauses),
            ("lead-in", f"{u.lead_in_s:.2f} s"),
            ("longest run", f"{u.longest_run_s:.1f} s, {u.longest_run_words} words"),
            ("volume", f"{_num(u.rms_db, '.1f', ' dBFS')}, change {_num(u.volume_change_db, '+.1f', ' dB')}"),
            (
                "pitch",
                f"range {_num(u.pitch_range_st, '.1f', ' st')}, median {_num(u.pitch_median_hz, '.0f', ' Hz')}, "
                f"change {_num(u.pitch_change_st, '+.1f', ' st')}",
            ),
            ("tags", ", ".join(sorted({s.tag for x in spoken.analysis.sentences for s in x.spans})) or "none"),
        ]
        for name, value in rows:
            table.add_row(name, value)
        parts.append(table)
        for note in spoken.notes:
            parts.append(Text(f"  → {note.message} ({note.source})", style="yellow"))
    parts.append(Text("\nFiller counts are a floor: speech to text drops many ‘um’s and ‘uh’s.", style="dim"))
    return Group(*parts)


def delivery_line(measures: dict[str, Any]) -> str:
    """One spoken turn's delivery in a line, under its words in a rehearsal transcript."""
    parts = []
    for u in measures["utterances"]:
        pace = f"{u['wpm']:.0f} wpm" if u["wpm"] is not None else "pace —"
        pauses = len(u["pauses"])
        parts.append(
            f"{pace} · lead-in {u['lead_in_s']:.1f} s · {pauses} pause{'s' if pauses != 1 else ''} · "
            f"fillers {u['fillers']['count']} · longest run {u['longest_run']['duration_s']:.0f} s"
        )
    return f"{measures['source']}: " + (" | ".join(parts) or "no speech")


def session_delivery_view(report: SessionDelivery) -> Group:
    """After a spoken rehearsal: the moments in order, talk share and the longest monologue."""
    share = "—" if report.talk_share is None else f"{report.talk_share:.0%}"
    parts: list[RenderableType] = [
        Text(f"Delivery · talk share {share} · longest monologue {report.longest_monologue_s:.0f} s", style="bold")
    ]
    if report.cue is not None:
        parts.append(Text(f"  cue during the session: “{report.cue.cue}” (turn {report.cue.turn + 1})", style="dim"))
    for m in report.moments:
        parts.append(Text(f"  turn {m.turn + 1}: {m.message}", style="yellow"))
    for note in report.notes:
        parts.append(Text(f"  {note}", style="yellow"))
    if not report.moments and not report.notes:
        parts.append(Text("  nothing outside the quiet zones", style="green"))
    return Group(*parts)
