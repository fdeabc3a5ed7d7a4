"""`sparring check`: is the plan ready? Findings grouped by Incentive Map step, blockers first."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from sparring.cli.common import JsonFlag, VersionOpt, command, open_store
from sparring.cli.errors import EXIT_BAD_INPUT, EXIT_BLOCKERS
from sparring.cli.output import console, print_json


def parse_today(value: str | None) -> dt.date:
    """``--today``: the date readiness is judged as of (default: today)."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from None


@command()
def check(
    case: Annotated[
        str | None, typer.Argument(help="A case file or stored slug; with --all, a folder (optional).")
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Check every stored case, or every case file in a folder.")
    ] = False,
    version: VersionOpt = None,
    today: Annotated[str | None, typer.Option("--today", help="Check as of this date (YYYY-MM-DD).")] = None,
    json_out: JsonFlag = False,
) -> None:
    """Check a plan against the method. Exit code 1 when it has blockers."""
    from sparring.cli.render_check import report_view, summary_table
    from sparring.services.cases import is_file_ref
    from sparring.services.checking import check_folder, check_ref, check_store

    on = parse_today(today)
    if all_:
        results = check_folder(case, on) if case else check_store(open_store(), on)
        if json_out:
            print_json(
                [
                    {
                        "case": r.name,
                        **(r.report.as_json() if r.report else {"error": r.error.message if r.error else ""}),
                    }
                    for r in results
                ]
            )
        else:
            console().print(summary_table(results))
        if any(r.error for r in results):
            raise typer.Exit(EXIT_BAD_INPUT)
        if any(r.report and not r.report.ready for r in results):
            raise typer.Exit(EXIT_BLOCKERS)
        return
    if case is None:
        raise typer.BadParameter("give a case file or slug, or --all")
    checked = check_ref(case, None if is_file_ref(case) else open_store(), on, version)
    assert checked.report is not None and checked.resolved is not None
    if json_out:
        print_json({"case": checked.resolved.source, "title": checked.resolved.case.title, **checked.report.as_json()})
    else:
        console().print(report_view(checked.resolved.case.title, checked.report))
    if not checked.report.ready:
        raise typer.Exit(EXIT_BLOCKERS)
