"""The `sparring` command line. Parses input, calls services, renders; no domain logic.

The app is assembled here and only here: each command module marks its commands
(:func:`sparring.cli.common.command`) and defines its sub-apps, and :func:`build` registers
them in the order ``--help`` lists them. Imports of the heavy parts (pydantic models,
SQLAlchemy, NumPy) happen inside the commands, so ``sparring --help`` starts fast.
"""

from __future__ import annotations

from types import ModuleType
from typing import Annotated

import typer

from sparring import __version__
from sparring.cli import brief, cases, check, coach, deal, demo, hear, language, llm, market, rehearse, serve, speech
from sparring.cli.common import MARK, CommandSpec, State
from sparring.cli.errors import handles_errors

COMMAND_MODULES: tuple[ModuleType, ...] = (
    cases,
    brief,
    check,
    coach,
    deal,
    demo,
    hear,
    language,
    market,
    rehearse,
    serve,
    speech,
)
"""The modules whose marked commands are registered, in the order ``--help`` lists them."""

SUB_APPS: tuple[tuple[str, typer.Typer], ...] = (
    ("coach", coach.coach_app),
    ("eval", language.eval_app),
    ("llm", llm.llm_app),
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sparring {__version__}")
        raise typer.Exit()


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


def build() -> typer.Typer:
    """The whole command line: the global options, every marked command, then the sub-apps."""
    root = typer.Typer(
        name="sparring",
        help="Prepare, check and rehearse a negotiation with the Incentive Map method.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    root.callback()(main)
    for module in COMMAND_MODULES:
        for fn in vars(module).values():
            spec = getattr(fn, MARK, None)
            if isinstance(spec, CommandSpec) and getattr(fn, "__module__", None) == module.__name__:
                root.command(spec.name, **spec.options)(handles_errors(fn))
    for name, sub in SUB_APPS:
        root.add_typer(sub, name=name)
    return root


app = build()


def run() -> None:
    """Console-script entry point."""
    app()
