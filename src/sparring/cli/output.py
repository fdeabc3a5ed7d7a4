"""Consoles and small output helpers shared by the commands."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


def console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def err_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


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
        sys.stdout.write(text)
