"""`sparring speech FILE.wav`: how a recording was said (pace, pauses, fillers, volume, pitch) and its tags."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sparring.cli.common import JsonFlag, command, open_store
from sparring.cli.output import console, print_json


@command()
def speech(
    file: Annotated[Path, typer.Argument(help="A PCM WAV file (any rate; at most 5 minutes).")],
    case: Annotated[
        str | None, typer.Option("--case", "-c", help="A case file or slug: align the words with its incentives.")
    ] = None,
    json_out: JsonFlag = False,
) -> None:
    """Transcribe a recording and measure its delivery per utterance (needs the voice extra)."""
    from sparring.cli.render_speech import speech_view
    from sparring.services.cases import is_file_ref, resolve
    from sparring.services.speech import analyse_recording

    loaded = resolve(case, None if is_file_ref(case) else open_store()).case if case else None
    report = analyse_recording(file, loaded)
    if json_out:
        print_json(report.as_json())
    else:
        console().print(speech_view(report))
