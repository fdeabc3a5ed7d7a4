"""Consoles and small output helpers shared by the commands."""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import Console, ConsoleOptions, RenderableType
    from rich.segment import Segment

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0/C1 control characters (ESC included) and bidirectional overrides; tab and newline stay."""


def strip_controls(text: str) -> str:
    """User text as the terminal may show it: no escape sequences, no bell, no overwriting.

    A case title such as ``\x1b[2J\x1b[H fake: all good`` would otherwise clear the screen and
    print a forged line; the characters are dropped, the readable rest is kept.
    """
    return _CONTROLS.sub("", text)


def _safe_console(**kwargs: Any) -> Console:
    """A Rich console that strips control characters from every piece of text it renders.

    Filtering the rendered segments (not the bytes written) keeps Rich's own colours while
    removing whatever control characters user text brought in, in tables and panels too.
    """
    from rich.console import Console

    class SafeConsole(Console):
        def render(self, renderable: RenderableType, options: ConsoleOptions | None = None) -> Iterable[Segment]:
            from rich.segment import Segment

            for segment in super().render(renderable, options):
                if segment.control is None and _CONTROLS.search(segment.text):
                    yield Segment(strip_controls(segment.text), segment.style)
                else:
                    yield segment

    return SafeConsole(**kwargs)


def console() -> Console:
    return _safe_console(highlight=False, soft_wrap=False)


def err_console() -> Console:
    return _safe_console(stderr=True, highlight=False, soft_wrap=True)


def print_json(data: Any) -> None:
    """Machine-readable output: plain JSON on stdout, nothing else."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def write_or_print(text: str, output: str | None) -> None:
    """Write ``text`` to ``output`` atomically, or to stdout when no file is given."""
    if output and output != "-":
        from sparring.store.casefile import write_atomic

        write_atomic(output, text)
        err_console().print(f"wrote {output}")
    else:
        sys.stdout.write(strip_controls(text))
