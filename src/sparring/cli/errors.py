"""The one place where user-facing errors become exit codes.

0 ok · 1 the plan has blockers · 2 bad input or usage · 3 the store is busy or unavailable (retry).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer

from sparring.model.errors import ErrorKind, SparringError

EXIT_OK = 0
EXIT_BLOCKERS = 1
EXIT_BAD_INPUT = 2
EXIT_RETRY = 3

_CODES: dict[ErrorKind, int] = {
    "invalid": EXIT_BAD_INPUT,
    "not_found": EXIT_BAD_INPUT,
    "conflict": EXIT_BAD_INPUT,
    "busy": EXIT_RETRY,
    "unavailable": EXIT_RETRY,
}

P = ParamSpec("P")
R = TypeVar("R")


def exit_code_for(error: SparringError) -> int:
    return _CODES.get(error.kind, EXIT_BAD_INPUT)


def report(error: SparringError) -> None:
    """Print the error (and how to fix it) on standard error, without a traceback."""
    from rich.markup import escape

    from sparring.cli.output import err_console

    console = err_console()
    # The message and hint are plain text: "pip install 'sparring[pdf]'" must not read as markup.
    console.print(f"[bold red]error:[/] {escape(error.message)}", markup=True, highlight=False, soft_wrap=True)
    if error.hint:
        console.print(f"[dim]hint:[/] {escape(error.hint)}", markup=True, highlight=False, soft_wrap=True)


def handles_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Wrap a command so a :class:`SparringError` ends it with a message and the right code."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except SparringError as error:
            report(error)
            raise typer.Exit(exit_code_for(error)) from None

    return wrapper
