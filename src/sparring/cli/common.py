"""What every command module shares: the common options, the store named by ``--db``, and the command mark.

Command modules import this, never :mod:`sparring.cli.main`: the app is assembled in one
place (``main.py`` registers each module's marked commands), so no module registers
anything by being imported and nothing imports the app back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, TypeVar

import typer

F = TypeVar("F", bound=Callable[..., Any])

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
VersionOpt = Annotated[
    int | None, typer.Option("--version", "-v", help="A stored version (default: the latest).", min=1)
]

MARK = "__sparring_command__"
"""The attribute :func:`command` sets on a function; ``main.py`` registers the functions that have it."""


@dataclass(frozen=True)
class CommandSpec:
    """How a marked function is registered: its command name (None: from the function) and Typer options."""

    name: str | None
    options: dict[str, Any] = field(default_factory=dict)


class State:
    """Options given before the command name."""

    db: str | None = None


def command(name: str | None = None, **options: Any) -> Callable[[F], F]:
    """Mark a top-level command; ``main.py`` registers it so its user-facing errors become messages and exit codes."""

    def mark(fn: F) -> F:
        setattr(fn, MARK, CommandSpec(name, dict(options)))
        return fn

    return mark


def open_store() -> Any:
    """The store named by --db (default: SQLite in the data folder), opened once per run."""
    from sparring.services.workspace import open_store as open_named

    return open_named(State.db)
