"""`sparring deal` (frontier, Nash, ZOPA, MESO, trades) and `sparring stress` (opening ask)."""

from __future__ import annotations

from typing import Annotated

import typer

from sparring.cli.common import JsonFlag, VersionOpt, command, open_store
from sparring.cli.output import console, err_console, print_json

CaseRef = Annotated[str, typer.Argument(help="A case file, or the slug of a stored case.")]


@command()
def deal(case: CaseRef, version: VersionOpt = None, json_out: JsonFlag = False) -> None:
    """The deal maths: Pareto frontier, Nash point, ZOPA, three equal offers (MESO) and trades."""
    from sparring.cli.render_deal import deal_view
    from sparring.services.cases import is_file_ref
    from sparring.services.deal import deal_for

    title, analysis = deal_for(case, None if is_file_ref(case) else open_store(), version)
    if json_out:
        print_json(analysis.as_json())
    else:
        console().print(deal_view(title, analysis))


@command()
def stress(
    case: CaseRef,
    population: Annotated[
        int, typer.Option("--population", "-n", min=1, max=5_000_000, help="Simulated counterparts per opening.")
    ] = 20_000,
    risk: Annotated[
        float, typer.Option("--risk", min=0.0, max=1.0, help="Highest acceptable chance of ending with no deal.")
    ] = 0.2,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same result.")] = 0,
    rounds: Annotated[
        int, typer.Option("--rounds", min=1, max=8, help="Rounds over which you concede to your floor.")
    ] = 5,
    plot: Annotated[str | None, typer.Option("--plot", help="Write the chart as an SVG file.")] = None,
    json_out: JsonFlag = False,
) -> None:
    """Stress-test your opening ask against simulated counterparts drawn from your uncertainty."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from sparring.cli.render_deal import stress_view
    from sparring.services.cases import is_file_ref
    from sparring.services.deal import stress_for, stress_svg

    store = None if is_file_ref(case) else open_store()
    with Progress(
        TextColumn("simulating"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console(),
        transient=True,
        disable=json_out,
    ) as bar:
        task = bar.add_task("simulating", total=population)
        title, result = stress_for(
            case,
            store,
            population=population,
            seed=seed,
            risk=risk,
            rounds=rounds,
            progress=lambda done, total: bar.update(task, completed=done),
        )
    unit = next((lv.unit for lv in _levers(case, store) if lv.id == result.primary_lever), None)
    if plot:
        from sparring.cli.output import write_or_print

        write_or_print(stress_svg(result, unit), plot)
    if json_out:
        print_json(result.as_json())
    else:
        console().print(stress_view(title, result, unit))


def _levers(case: str, store: object) -> list:  # type: ignore[type-arg]
    from sparring.services.cases import resolve

    return list(resolve(case, store).case.levers)  # type: ignore[arg-type]
