"""`sparring demo`: an example case taken through every command, printed readably."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from sparring.cli.common import State, command, open_store
from sparring.cli.output import console


@command()
def demo(
    example: Annotated[str, typer.Option("--example", "-e", help="Which example case to walk through.")] = "raise",
) -> None:
    """Walk an example case through every command (uses a throwaway store unless --db is given)."""
    if State.db is None:
        with tempfile.TemporaryDirectory(prefix="sparring-demo-") as folder:
            State.db = f"sqlite:///{Path(folder) / 'demo.db'}"
            try:
                _walk(example)
            finally:
                State.db = None
    else:
        _walk(example)


def _walk(example: str) -> None:
    from rich.rule import Rule
    from rich.syntax import Syntax

    from sparring.cli.errors import report
    from sparring.cli.render import case_view, cases_table, changes_text, history_table
    from sparring.model.errors import SparringError
    from sparring.services.cases import export_text, import_file, resolve, revise, validate_files, version_diff
    from sparring.services.examples import EXAMPLE_NAMES, example_path, examples_dir, schema_path
    from sparring.services.templates import template_text
    from sparring.store.casefile import load_case_text

    out = console()

    def step(title: str, command_line: str) -> None:
        out.print()
        out.print(Rule(f"[bold]{title}[/]", align="left"))
        out.print(f"[dim]$ {command_line}[/]")

    path = example_path(example)
    step("1. Start from a template", "sparring new --kind raise")
    template = template_text("raise", str(schema_path())).splitlines()
    out.print(
        Syntax(
            "\n".join(template[:14]) + "\n# …", "yaml", theme="ansi_dark", background_color="default", word_wrap=True
        )
    )

    step("2. Validate the example cases", f"sparring validate {examples_dir().name}/*.yaml")
    for result in validate_files([str(example_path(name)) for name in EXAMPLE_NAMES]):
        mark = "[green]✓[/]" if result.ok else "[red]✗[/]"
        title = result.case.title if result.case else (result.error.message if result.error else "")
        out.print(f"{mark} {Path(result.path).name}: {escape(title)}")

    step("3. A mistake is reported with file, line and field", "sparring validate broken.yaml")
    broken = path.read_text(encoding="utf-8").replace("kind: ", "kind: raisee #", 1)
    try:
        load_case_text(broken, "broken.yaml")
    except SparringError as error:
        report(error)

    step("4. Import it into the store (version 1)", f"sparring import {path.name}")
    info = import_file(open_store(), str(path))
    out.print(f"saved [bold]{info.slug}[/] version {info.version}")

    store = open_store()
    case = store.get(info.slug).case
    step("5. Show the plan", f"sparring show {info.slug}")
    out.print(case_view(case, f"{info.slug} v{info.version}"))

    step("6. Is the plan ready? Check it against the method", f"sparring check {info.slug}")
    from sparring.cli.render_check import report_view
    from sparring.services.checking import check_ref

    checked = check_ref(info.slug, store, dt.date.today())
    if checked.report is not None:
        out.print(report_view(case.title, checked.report))

    if case.tiers.likely and case.levers:
        lever = case.levers[0]
        value = case.tiers.likely.get(lever.id)
        if isinstance(value, (int, float)) and lever.step and lever.range:
            lowered = max(lever.range[0], value - lever.step)
            if case.tiers.minimum and isinstance(case.tiers.minimum.get(lever.id), (int, float)):
                lowered = max(lowered, case.tiers.minimum[lever.id])
            step("7. Revise the Likely tier (version 2)", f"edit {path.name}; sparring import {path.name}")
            revised = revise(
                store, info.slug, {("tiers", "likely", lever.id): lowered}, f"likely {lever.id} {value} → {lowered}"
            )
            out.print(f"saved [bold]{revised.slug}[/] version {revised.version}")

            step("8. History and what changed", f"sparring history {info.slug} --diff 1 2")
            out.print(history_table(info.slug, store.history(info.slug)))
            out.print(changes_text(version_diff(store, info.slug, 1, 2), info.slug, (1, 2)))

    step("9. The deal maths: frontier, Nash point, ZOPA, equal offers, trades", f"sparring deal {info.slug}")
    from sparring.cli.render_deal import deal_view, stress_view
    from sparring.services.deal import deal_for, stress_for

    title, analysis = deal_for(info.slug, store)
    out.print(deal_view(title, analysis))

    step("10. What should I open with? The stress test", f"sparring stress {info.slug} --population 20000")
    title, stressed = stress_for(info.slug, store, population=20_000, seed=0, risk=0.2, rounds=5)
    unit = next((lv.unit for lv in case.levers if lv.id == stressed.primary_lever), None)
    out.print(stress_view(title, stressed, unit))

    step("11. The one-page brief to take into the room", f"sparring brief {info.slug} --format html -o brief.html")
    from sparring.services.brief import brief_text

    markdown = str(brief_text(resolve(info.slug, store), store, "md", dt.date.today())).splitlines()
    out.print("\n".join(markdown[:14]) + "\n…", markup=False)

    step("12. What your pitch says about your negotiating", "sparring analyze pitch.txt --case raise")
    from sparring.cli.render_language import analysis_view
    from sparring.services.language import analyse_text

    pitch = (
        "Sorry to bother you, but I was wondering if maybe we could look at my salary? "
        "I cut new-hire ramp time from 9 to 5 weeks, so six hires were productive a month sooner."
    )
    out.print(analysis_view(analyse_text(pitch, case), case))

    step("13. Rehearse against a counterpart that pushes back", "sparring rehearse raise --script rehearsal-raise.txt")
    from sparring.cli.render_rehearsal import scorecard_view, their_line, your_feedback
    from sparring.services import rehearsal

    session = rehearsal.start(store.get(info.slug).case, seed=1)
    script = examples_dir() / "rehearsal-raise.txt"
    if script.exists():
        rehearsal.run_script(session, script.read_text(encoding="utf-8").splitlines())
        for entry in session.transcript:
            out.print(their_line(entry.text) if entry.speaker == "them" else f"[bold]you ›[/] {entry.text}")
            if entry.feedback:
                out.print(your_feedback(entry.feedback))
        rehearsal.save(store, info.slug, None, session)
        out.print(scorecard_view(case, session.scorecard()))

    step("14. The stored cases", "sparring list")
    out.print(cases_table(store.list()))

    step("15. Export (comments kept)", f"sparring export {info.slug}")
    exported = export_text(resolve(info.slug, store), "yaml").splitlines()
    out.print(
        Syntax(
            "\n".join(exported[:16]) + "\n# …", "yaml", theme="ansi_dark", background_color="default", word_wrap=True
        )
    )
    out.print()
    out.print(
        "[bold]Next:[/] `sparring new --kind raise -o my-raise.yaml`, fill it in, "
        "then `sparring validate my-raise.yaml`."
    )
