"""The `sparring` command line. Parses input, calls services, renders; no domain logic.

Imports of the heavy parts (pydantic models, SQLAlchemy, NumPy) happen inside the commands,
so ``sparring --help`` starts fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer

from sparring import __version__
from sparring.cli.errors import handles_errors

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="sparring",
    help="Prepare, check and rehearse a negotiation with the Incentive Map method.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
VersionOpt = Annotated[
    int | None, typer.Option("--version", "-v", help="A stored version (default: the latest).", min=1)
]


class State:
    """Options given before the command name."""

    db: str | None = None


def command(name: str | None = None, **kwargs: Any) -> Callable[[F], F]:
    """Register a command whose user-facing errors become messages and exit codes."""

    def register(fn: F) -> F:
        app.command(name, **kwargs)(handles_errors(fn))
        return fn

    return register


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sparring {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="SPARRING_DB",
            help="Database URL (default: SQLite in the data folder; SPARRING_HOME moves it).",
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Prepare, check and rehearse a negotiation with the Incentive Map method."""
    State.db = db


_stores: dict[str, Any] = {}


def open_store() -> Any:
    """The store named by --db (default: SQLite in the data folder), opened once per run."""
    from sparring.store.db import default_url
    from sparring.store.repository import CaseStore

    url = State.db or default_url()
    if url not in _stores:
        _stores[url] = CaseStore(url)
    return _stores[url]


def run() -> None:
    """Console-script entry point."""
    app()


from sparring.cli import brief, cases, check, coach, deal, demo, hear, language, llm, market, rehearse, serve  # noqa: E402, F401  (registers the commands)
