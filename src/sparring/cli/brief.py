"""The `brief` command: the one-page brief to take into the room."""

from __future__ import annotations

from typing import Annotated, Literal

import typer

from sparring.cli.cases import CaseRef, Output
from sparring.cli.common import VersionOpt, command, open_store
from sparring.cli.output import write_or_print


@command()
def brief(
    case: CaseRef,
    fmt: Annotated[
        Literal["md", "html", "pdf"],
        typer.Option("--format", "-f", help="md (default), html (self-contained, prints on one page) or pdf."),
    ] = "md",
    output: Output = None,
    version: VersionOpt = None,
    today: Annotated[
        str | None, typer.Option("--today", help="Judge readiness as of this date (YYYY-MM-DD), as `check --today`.")
    ] = None,
) -> None:
    """Write the one-page brief: goal, incentive map, evidence, tiers, walk-away, objections, readiness."""
    from sparring.cli.check import parse_today
    from sparring.model.errors import SparringError
    from sparring.services.brief import brief_text
    from sparring.services.cases import is_file_ref, resolve

    if fmt == "pdf" and (not output or output == "-"):
        raise SparringError("PDF output needs a file to write to", hint="Add -o brief.pdf, or use --format md.")
    store = None if is_file_ref(case) else open_store()
    resolved = resolve(case, store, version)
    data = brief_text(resolved, store, fmt, parse_today(today))
    if isinstance(data, bytes):
        _write_bytes(str(output), data)
    else:
        write_or_print(data, output)


def _write_bytes(path: str, data: bytes) -> None:
    """Write atomically, like text outputs: a failed run never leaves half a PDF behind."""
    import os
    import tempfile
    from pathlib import Path

    from sparring.cli.output import err_console
    from sparring.model.errors import SparringError

    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, target)
    except OSError as exc:
        raise SparringError(
            f"{path}: could not write the file ({exc.strerror})", hint="Check the folder exists and is writable."
        ) from None
    err_console().print(f"wrote {path}")
