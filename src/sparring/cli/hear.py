"""`sparring hear`: what the counterpart hears in one turn, so you can see and correct it."""

from __future__ import annotations

from typing import Annotated

import typer

from sparring.cli.common import JsonFlag, command
from sparring.cli.output import console, print_json


@command()
def hear(
    case: Annotated[str, typer.Argument(help="A case file, or the slug of a stored case.")],
    text: Annotated[str, typer.Option("--text", help="The turn, as you would say it.")],
    after: Annotated[
        str | None,
        typer.Option("--after", help="A file of your earlier turns (one per line), replayed first."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="The counterpart's seed for the replay.")] = 0,
    json_out: JsonFlag = False,
) -> None:
    """Show what the counterpart hears in a turn: acts, offer, the case items it refers to, tags."""
    from rich.markup import escape

    from sparring.cli.rehearse import resolve_case, script_lines
    from sparring.services import rehearsal

    _, resolved = resolve_case(case)
    reading, session = rehearsal.hear(resolved.case, text, after=script_lines(after) if after else None, seed=seed)
    if json_out:
        standing = session.cp.state.last_counter
        print_json({**reading.as_json(), "standing": standing})
        return
    out = console()
    out.print(escape(rehearsal.heard_text(reading, resolved.case)), soft_wrap=True)
    refers = {k: v for k, v in reading.refers.as_json().items() if v}
    if refers:
        out.print("Refers to: " + escape("; ".join(f"{k} {', '.join(v)}" for k, v in refers.items())), soft_wrap=True)
    if reading.tags:
        out.print("Tags: " + escape(", ".join(sorted(reading.tags))), soft_wrap=True)
