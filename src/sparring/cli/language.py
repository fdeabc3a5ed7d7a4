"""`sparring analyze` (what a text says about your negotiating) and `sparring eval language`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sparring.cli.common import JsonFlag, command, open_store
from sparring.cli.output import console, print_json

MAX_INPUT_BYTES = 400_000


@command()
def analyze(
    file: Annotated[str | None, typer.Argument(help="A text file, or '-' for standard input.")] = None,
    text: Annotated[str | None, typer.Option("--text", "-t", help="Analyse this text instead of a file.")] = None,
    case: Annotated[
        str | None, typer.Option("--case", "-c", help="A case file or slug: align with its incentives.")
    ] = None,
    json_out: JsonFlag = False,
) -> None:
    """Tag hedges, apologies, asks, evidence, their goals, strategies… with a suggestion for each weak span."""
    import sys

    from sparring.cli.render_language import analysis_view
    from sparring.model.errors import SparringError
    from sparring.services.cases import is_file_ref, resolve
    from sparring.services.language import analyse_text

    if (file is None) == (text is None):
        raise SparringError(
            "give a file (or '-') or --text, not both and not neither",
            hint='Example: sparring analyze --text "I was wondering if maybe we could look at 130k?"',
        )
    if text is None:
        assert file is not None
        raw = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1) if file == "-" else _read(Path(file))
        if len(raw) > MAX_INPUT_BYTES:
            raise SparringError(f"the input is over {MAX_INPUT_BYTES // 1000} kB", hint="Analyse it in parts.")
        text = raw.decode("utf-8", errors="replace")
    loaded = resolve(case, None if is_file_ref(case) else open_store()).case if case else None
    result = analyse_text(text, loaded)
    if json_out:
        print_json(result.as_json())
    else:
        console().print(analysis_view(result, loaded))


def _read(path: Path) -> bytes:
    from sparring.model.errors import SparringError

    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise SparringError(f"{path}: the file is over {MAX_INPUT_BYTES // 1000} kB", hint="Analyse it in parts.")
        return path.read_bytes()
    except FileNotFoundError:
        raise SparringError(f"{path}: no such file", kind="not_found") from None
    except (IsADirectoryError, PermissionError) as exc:
        raise SparringError(f"{path}: cannot read it ({exc.strerror})") from None


eval_app = typer.Typer(help="Measure the analysers against labelled data.", no_args_is_help=True)


@eval_app.command("language")
def eval_language(
    labelled: Annotated[str, typer.Option(help="Folder with dev.jsonl and test.jsonl.")] = "tests/data/language",
    casino: Annotated[
        str, typer.Option(help="Folder with casino_train.json and casino_valid.json.")
    ] = "../shared/data/casino",
    json_out: JsonFlag = False,
) -> None:
    """Per-tag precision, recall and F1 on the labelled set and on CaSiNo (5-fold CV by dialogue)."""
    from sparring.cli.errors import handles_errors
    from sparring.cli.render_language import report_table

    @handles_errors
    def run() -> None:
        from sparring.services.language_eval import (
            casino_cross_validation,
            casino_rows,
            casino_validation,
            labelled_report,
        )

        reports = []
        for name in ("dev", "test"):
            path = Path(labelled) / f"{name}.jsonl"
            if path.exists():
                reports.append(labelled_report(f"labelled {name} set ({path})", path))
        train = Path(casino) / "casino_train.json"
        if train.exists():
            rows = casino_rows(train)
            reports.append(casino_cross_validation(rows))
            valid = Path(casino) / "casino_valid.json"
            if valid.exists():
                reports.append(casino_validation(rows, casino_rows(valid)))
        if json_out:
            print_json(
                [{"name": r.name, "macro_f1": r.macro_f1, "tags": [s.__dict__ for s in r.table]} for r in reports]
            )
        else:
            for report in reports:
                console().print(report_table(report))

    run()
