"""Commands about case documents: new, validate, schema, import, export, list, show, history."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.markup import escape

from sparring.cli.common import JsonFlag, VersionOpt, command, open_store
from sparring.cli.errors import EXIT_BAD_INPUT
from sparring.cli.output import console, err_console, print_json, write_or_print

KINDS = ("raise", "promotion", "job_offer", "deal", "flexibility", "resources", "custom")
CaseRef = Annotated[str, typer.Argument(help="A case file, or the slug of a stored case (see `sparring list`).")]
Output = Annotated[str | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")]


@command()
def new(
    kind: Annotated[str, typer.Option("--kind", "-k", help=f"One of: {', '.join(KINDS)}.")],
    output: Output = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented template for a kind of negotiation."""
    from sparring.services.examples import schema_path
    from sparring.services.templates import template_text

    if output and output != "-" and Path(output).exists() and not force:
        from sparring.model.errors import SparringError

        raise SparringError(f"{output} already exists", hint="Choose another name or pass --force to overwrite it.")
    write_or_print(template_text(kind, str(schema_path())), output)


@command()
def validate(
    files: Annotated[list[str], typer.Argument(help="Case files to validate ('-' reads standard input).")],
    json_out: JsonFlag = False,
) -> None:
    """Check case files against the format; every problem is reported with file:line:column."""
    from sparring.cli.errors import report
    from sparring.services.cases import validate_files

    results = validate_files(files)
    if json_out:
        print_json([result.as_json() for result in results])
    else:
        out = console()
        for result in results:
            if result.ok and result.case is not None:
                out.print(
                    f"[green]✓[/] {escape(result.path)}: valid {result.case.kind} case “{escape(result.case.title)}”",
                    soft_wrap=True,
                )
            elif result.error is not None:
                report(result.error)
    if not all(result.ok for result in results):
        raise typer.Exit(EXIT_BAD_INPUT)


@command()
def schema(output: Output = None) -> None:
    """Print the JSON Schema of case files (point your editor at it)."""
    from sparring.model.schema import case_json_schema_text

    write_or_print(case_json_schema_text(), output)


@command("import")
def import_(
    file: Annotated[str, typer.Argument(help="The case file to import ('-' reads standard input).")],
    slug: Annotated[str | None, typer.Option("--slug", help="Name to store it under (default: the file name).")] = None,
    note: Annotated[str | None, typer.Option("--note", help="A note for this version.")] = None,
    json_out: JsonFlag = False,
) -> None:
    """Validate a case file and save it in the store as a new version."""
    from sparring.services.cases import import_file

    info = import_file(open_store(), file, slug, note)
    if json_out:
        print_json({"slug": info.slug, "version": info.version})
    else:
        console().print(f"saved [bold]{info.slug}[/] version {info.version}")


@command()
def export(
    case: CaseRef,
    output: Output = None,
    fmt: Annotated[
        Literal["yaml", "json"], typer.Option("--format", "-f", help="yaml (keeps comments) or json.")
    ] = "yaml",
    version: VersionOpt = None,
) -> None:
    """Write a stored case (or a file) as YAML or JSON."""
    from sparring.services.cases import export_text, resolve

    write_or_print(export_text(resolve(case, open_store(), version), fmt), output)


@command("list")
def list_(json_out: JsonFlag = False) -> None:
    """List the cases in the store."""
    from sparring.cli.render import cases_table

    summaries = open_store().list()
    if json_out:
        print_json(
            [
                {
                    "slug": s.slug,
                    "title": s.title,
                    "kind": s.kind,
                    "version": s.version,
                    "updated": s.updated_at.isoformat(),
                }
                for s in summaries
            ]
        )
    elif not summaries:
        err_console().print("No stored cases yet. Import one: sparring import examples/raise.yaml")
    else:
        console().print(cases_table(summaries))


@command()
def show(case: CaseRef, version: VersionOpt = None, json_out: JsonFlag = False) -> None:
    """Show a case: goal, counterpart, asks, levers, tiers, walk-away and objections."""
    from sparring.cli.render import case_view
    from sparring.services.cases import is_file_ref, resolve

    resolved = resolve(case, None if is_file_ref(case) else open_store(), version)
    if json_out:
        print_json(resolved.case.to_json_data())
    else:
        console().print(case_view(resolved.case, resolved.source))


@command()
def history(
    case: Annotated[str, typer.Argument(help="The slug of a stored case.")],
    diff: Annotated[
        tuple[int, int] | None, typer.Option("--diff", help="Show what changed between two versions, e.g. --diff 1 2.")
    ] = None,
    json_out: JsonFlag = False,
) -> None:
    """List the saved versions of a case, or the changes between two of them."""
    from sparring.cli.render import changes_text, history_table
    from sparring.services.cases import version_diff

    store = open_store()
    if diff is not None:
        changes = version_diff(store, case, diff[0], diff[1])
        if json_out:
            print_json([{"path": c.path, "kind": c.kind, "old": c.old, "new": c.new} for c in changes])
        else:
            console().print(changes_text(changes, case, diff))
        return
    versions = store.history(case)
    if json_out:
        print_json([{"version": v.version, "saved_at": v.saved_at.isoformat(), "note": v.note} for v in versions])
    else:
        console().print(history_table(case, versions))
