"""`sparring rehearse`, `sparring flip` and `sparring sessions`: practise against the counterpart."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from sparring.cli.common import JsonFlag, command, open_store
from sparring.cli.output import console, err_console, print_json

CaseRef = Annotated[str, typer.Argument(help="A case file, or the slug of a stored case.")]
HELP = "Commands: /hint  /pause  /offer \\[lever=value …]  /accept  /end"


SCRIPT_MAX_BYTES = 1_000_000
"""A practice script is a few hundred lines; anything larger is the wrong file."""


def script_lines(script: str) -> list[str]:
    """The lines of a ``--script`` file, or one clear error: missing, too large, not UTF-8 text."""
    from sparring.model.errors import SparringError

    path = Path(script)
    if not path.is_file():
        raise SparringError(
            f"{script}: no such script file", hint="Give a text file with one turn per line.", kind="not_found"
        )
    if path.stat().st_size > SCRIPT_MAX_BYTES:
        raise SparringError(
            f"{script}: the script is larger than {SCRIPT_MAX_BYTES:,} bytes",
            hint="A script holds one turn per line; split it or pick the right file.",
        )
    try:
        return path.read_bytes().decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise SparringError(
            f"{script}: the script is not UTF-8 text (byte {exc.start})",
            hint="Save the file as UTF-8 (most editors: 'Save with encoding').",
        ) from None


def resolve_case(case: str):  # type: ignore[no-untyped-def]
    from sparring.services.cases import is_file_ref, resolve

    store = None if is_file_ref(case) else open_store()
    return store, resolve(case, store)


@command()
def rehearse(
    case: CaseRef,
    style: Annotated[str | None, typer.Option("--style", help="hard, balanced or soft (default: the case's).")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Same seed and same turns give the same conversation.")] = 0,
    script: Annotated[
        str | None, typer.Option("--script", help="Play your turns from this file, one per line.")
    ] = None,
    audio_script: Annotated[
        str | None,
        typer.Option("--audio-script", help="Play your turns from the WAV files in this folder, in name order."),
    ] = None,
    replies_to: Annotated[
        str | None,
        typer.Option("--replies-to", help="With --audio-script: speak their lines into WAV files in this folder."),
    ] = None,
    json_out: JsonFlag = False,
) -> None:
    """Rehearse against a counterpart that pushes back from its own incentives, then see your scorecard."""
    from sparring.cli.coach import configured_narrator, narrator_done
    from sparring.cli.render_rehearsal import scorecard_view, their_line, your_feedback
    from sparring.model.errors import SparringError
    from sparring.services import rehearsal

    if script is not None and audio_script is not None:
        raise SparringError("give --script or --audio-script, not both")
    if replies_to is not None and audio_script is None:
        raise SparringError("--replies-to speaks the replies of an --audio-script rehearsal; give --audio-script too")
    store, resolved = resolve_case(case)
    voice = configured_narrator(resolved.case)  # the configured model words the moves; None when offline
    session = rehearsal.start(resolved.case, seed=seed, style=style, narrator=voice)
    out = console()
    delivery: rehearsal.Delivery = {}
    spoken = None
    if audio_script is not None:
        from sparring.services import speech

        turns = speech.rehearse_audio(session, speech.audio_script(Path(audio_script)), resolved.case)
        for turn in turns:
            if turn.entry is None:
                err_console().print(f"(no speech heard in {escape(Path(turn.report.source).name)}; skipped)")
        delivery = speech.delivery_by_entry(turns)
        theirs = speech.speak_replies(session, Path(replies_to)) if replies_to is not None else None
        spoken = speech.session_report(session, turns, theirs)
    elif script is not None:
        rehearsal.run_script(session, script_lines(script))
    else:
        out.print(
            f"[dim]Rehearsing “{escape(resolved.case.title)}” against a {session.style} counterpart "
            f"(seed {seed}). {HELP}[/]"
        )
        out.print(their_line(session.transcript[0].text))
        while not session.ended:
            try:
                text = typer.prompt("you", prompt_suffix=" › ")
            except (typer.Abort, EOFError):
                err_console().print("\n(ended: your transcript so far is kept)")
                session.turn("/end")
                break
            reply = session.turn(text)
            if reply.feedback:
                out.print(your_feedback(reply.feedback))
            out.print(their_line(reply.text) if reply.move or not text.startswith("/") else f"[cyan]{reply.text}[/]")
    saved = rehearsal.save(store, resolved.slug, resolved.version, session, delivery)
    narrator_done(voice)
    card = session.scorecard()
    if json_out:
        transcript = rehearsal.transcript_json(session, delivery)
        data = {"session": saved.id, "transcript": transcript, "scorecard": card.as_json()}
        print_json(data | ({"delivery": spoken.as_json()} if spoken else {}))
        return
    if script is not None or audio_script is not None:
        from sparring.cli.render_speech import delivery_line

        for index, entry in enumerate(session.transcript):
            out.print(their_line(entry.text) if entry.speaker == "them" else f"[bold]you ›[/] {escape(entry.text)}")
            if index in delivery:
                out.print(f"[dim]     {escape(delivery_line(delivery[index]))}[/]")
            if entry.feedback:
                out.print(your_feedback(entry.feedback))
    out.print(scorecard_view(resolved.case, card))
    if spoken is not None:
        from sparring.cli.render_speech import session_delivery_view

        out.print(session_delivery_view(spoken))
    if saved.id is not None:
        out.print(f"[dim]saved as session {saved.id}; `sparring sessions {resolved.slug}` shows your progress[/]")


@command()
def flip(
    case: CaseRef,
    script: Annotated[str | None, typer.Option("--script", help="Play the sceptic's lines from this file.")] = None,
    add_gaps: Annotated[
        bool, typer.Option("--add-gaps", help="Add unanswered challenges to the case's objections.")
    ] = False,
    json_out: JsonFlag = False,
) -> None:
    """Flip roles: the coach argues your side from your plan; you play the sceptical counterpart."""
    from sparring.cli.coach import configured_narrator, narrator_done
    from sparring.model.errors import SparringError
    from sparring.services import rehearsal
    from sparring.services.coach import flip_turn

    store, resolved = resolve_case(case)
    session = rehearsal.start_flip(resolved.case)
    voice = configured_narrator(resolved.case)  # the configured model words the coach's answers; None offline
    out = console()
    lines = script_lines(script) if script is not None else None
    if lines is None:
        out.print(
            f"[dim]You are the sceptic. Challenge the plan; say “ok” when convinced, /end to stop.[/]\n"
            f"[bold green]coach ›[/] {escape(session.transcript[0]['text'])}"
        )
        while not session.ended:
            try:
                text = typer.prompt("sceptic", prompt_suffix=" › ")
            except (typer.Abort, EOFError):
                break
            out.print(f"[bold green]coach ›[/] {escape(flip_turn(session, text, voice))}")
    else:
        for line in lines:
            if line.strip() and not line.strip().startswith("#") and not session.ended:
                flip_turn(session, line, voice)
    rehearsal.save_flip(store, resolved.slug, resolved.version, session)
    narrator_done(voice)
    summary = session.summary()
    if add_gaps and session.gaps:
        if store is None or resolved.slug is None:
            raise SparringError("--add-gaps needs a stored case", hint="Import the file first: sparring import FILE")
        info = rehearsal.add_gaps(store, resolved.slug, session.gaps)
        summary["saved_version"] = info.version
    if json_out:
        print_json({"transcript": session.transcript, **summary})
        return
    if lines is not None:
        for entry in session.transcript:
            who = "[bold green]coach ›[/]" if entry["speaker"] == "coach" else "[bold]sceptic ›[/]"
            out.print(f"{who} {escape(entry['text'])}")
    out.print(f"\nAnswered from your plan: {', '.join(summary['answered']) or 'none'}")
    if session.gaps:
        out.print("[yellow]Gaps (no prepared answer):[/]")
        for gap in session.gaps:
            out.print(f"  • {escape(gap)}")
        if "saved_version" in summary:
            out.print(f"added to the case's objections as version {summary['saved_version']} (OBJECTIONS.FORECAST)")
        else:
            out.print("[dim]add them to the case with --add-gaps, then write counters[/]")


@command()
def sessions(
    case: Annotated[str, typer.Argument(help="The slug of a stored case.")], json_out: JsonFlag = False
) -> None:
    """Past rehearsals of a stored case with their scores, so progress over time is visible."""
    from sparring.cli.render_rehearsal import sessions_table
    from sparring.services.rehearsal import sessions as list_sessions

    saved = list_sessions(open_store(), case)
    if json_out:
        print_json([s.summary() for s in saved])
    elif not saved:
        err_console().print(f"No rehearsals of {case} yet: sparring rehearse {case}")
    else:
        console().print(sessions_table(case, saved))
