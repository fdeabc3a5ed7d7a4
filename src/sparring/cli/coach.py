"""`sparring coach incentives | objections | rewrite` and `sparring debrief`: the AI coach, offline by default.

The configured language model (``sparring llm use``) is used when there is one; every
exchange is logged in the store, and a model that fails leaves the offline answer with a
notice. ``--apply`` writes accepted suggestions into a stored case as a new version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.markup import escape

from sparring.cli.common import JsonFlag, command, open_store
from sparring.cli.errors import handles_errors
from sparring.cli.output import console, err_console, print_json

if TYPE_CHECKING:
    from sparring.llm.base import Provider
    from sparring.model.case import Case
    from sparring.services.cases import ResolvedCase
    from sparring.services.coach import Narrator
    from sparring.services.workspace import CaseStore, VersionInfo

T = TypeVar("T")

coach_app = typer.Typer(
    name="coach",
    help="AI coach: incentive hypotheses, objection forecast, pitch rewrite (works offline too).",
    no_args_is_help=True,
)

CaseRef = Annotated[str, typer.Argument(help="A case file, or the slug of a stored case.")]
ApplyFlag = Annotated[
    bool, typer.Option("--apply", help="Write the suggestions into the stored case as a new version.")
]
PickOpt = Annotated[
    str | None, typer.Option("--pick", help="With --apply: only these suggestions, by number (e.g. 1,3).")
]


class StoreLog:
    """The exchange log in the store, opened on the first exchange (offline runs never touch the store).

    A store that cannot be written is reported once and does not stop the coaching.
    """

    def __init__(self) -> None:
        self._store: Any = None
        self._failed = False

    def record(self, **row: Any) -> object:
        from sparring.model.errors import SparringError
        from sparring.services.workspace import exchange_log

        if self._failed:
            return None
        try:
            if self._store is None:
                self._store = open_store()
            return exchange_log(self._store).record(**row)
        except SparringError as exc:
            self._failed = True
            err_console().print(f"note: the exchange was not logged ({exc.message})", markup=False)
            return None


def open_coach_provider() -> tuple[Provider, StoreLog]:
    """The configured provider (offline by default) and the store's exchange log."""
    from sparring.llm.config import resolve
    from sparring.llm.factory import open_provider

    return open_provider(resolve().config), StoreLog()


def configured_narrator(case: Case) -> Narrator | None:
    """A narrator on the configured model for rehearse and flip; None when the model is offline."""
    from sparring.services.coach import narrator

    provider, log = open_coach_provider()
    if provider.name == "offline":
        return None
    return narrator(case, provider, log)


def narrator_done(voice: Narrator | None) -> None:
    """The one-line account of the narrator at the end of a session, and the model released."""
    if voice is None:
        return
    line = voice.summary()
    if line:
        err_console().print(f"[dim]{escape(line)}[/]", highlight=False)
    voice.provider.close()


# -- commands ------------------------------------------------------------------------------


@coach_app.command()
@handles_errors
def incentives(case: CaseRef, apply: ApplyFlag = False, pick: PickOpt = None, json_out: JsonFlag = False) -> None:
    """If you were this person, what would your top three professional incentives be, and why? (THEM.RESEARCH)"""
    from sparring.services import coach

    store, resolved = _resolve(case, apply, pick)
    provider, log = open_coach_provider()
    try:
        result = coach.incentive_hypotheses(resolved.case, provider, log)
    finally:
        provider.close()
    saved = _apply(
        apply, pick, result.items, lambda chosen: coach.apply_incentives(_store(store), _slug(resolved), chosen)
    )
    if json_out:
        print_json(_result_json(result, saved))
        return
    role = resolved.case.counterpart.role or "the counterpart"
    _header(f"Incentive hypotheses for {role}", result, "validate each one before relying on it (THEM.RESEARCH)")
    out = console()
    for number, item in enumerate(result.items, 1):
        out.print(f"{number:>2}. {item.text}", markup=False, soft_wrap=True)
        if item.metric:
            out.print(f"    metric: {item.metric}", markup=False, soft_wrap=True)
        out.print(f"    why: {item.reason}", markup=False, soft_wrap=True)
        if item.duplicate_of:
            out.print(f"    (already in the plan as {item.duplicate_of})", style="dim", markup=False)
    _footer(resolved, apply, saved, bool(result.items))


@coach_app.command()
@handles_errors
def objections(
    case: CaseRef,
    apply: ApplyFlag = False,
    pick: PickOpt = None,
    today: Annotated[str | None, typer.Option("--today", help="Forecast as of this date (YYYY-MM-DD).")] = None,
    json_out: JsonFlag = False,
) -> None:
    """The top five reasons they might say no, each with a counter linked to your evidence (OBJECTIONS.FORECAST)."""
    from sparring.services import coach

    on = _date(today)
    store, resolved = _resolve(case, apply, pick)
    provider, log = open_coach_provider()
    try:
        result = coach.objection_forecast(resolved.case, provider, log, today=on)
    finally:
        provider.close()
    saved = _apply(
        apply, pick, result.items, lambda chosen: coach.apply_objections(_store(store), _slug(resolved), chosen)
    )
    if json_out:
        print_json(_result_json(result, saved))
        return
    _header("Objections they might raise", result, "prepare a counter for each (OBJECTIONS.FORECAST)")
    out = console()
    for number, item in enumerate(result.items, 1):
        out.print(f"{number:>2}. “{item.text}” ({item.likelihood}; from {item.basis})", markup=False, soft_wrap=True)
        if item.counter:
            linked = f" [{', '.join(item.evidence)}]" if item.evidence else ""
            out.print(f"    counter: {item.counter}{linked}", markup=False, soft_wrap=True)
        if item.note:
            out.print(f"    to prepare: {item.note}", markup=False, soft_wrap=True)
        if item.duplicate_of:
            out.print(f"    (already in the plan as {item.duplicate_of})", style="dim", markup=False)
    _footer(resolved, apply, saved, bool(result.items))


@coach_app.command()
@handles_errors
def rewrite(
    case: CaseRef,
    text: Annotated[str | None, typer.Option("--text", "-t", help="The pitch to rewrite.")] = None,
    file: Annotated[str | None, typer.Option("--file", "-f", help="Read the pitch from this file.")] = None,
    apply: Annotated[
        bool, typer.Option("--apply", help="Keep the rewrite as a new pitch draft in the stored case.")
    ] = False,
    json_out: JsonFlag = False,
) -> None:
    """Fix what the language analyser flags in a pitch, keeping every number and commitment (verified)."""
    from sparring.model.errors import SparringError
    from sparring.services import coach

    store, resolved = _resolve(case, apply, None)
    pitch = _pitch_text(resolved.case, text, file)
    provider, log = open_coach_provider()
    try:
        result = coach.pitch_rewrite(resolved.case, pitch, provider, log)
    finally:
        provider.close()
    saved = None
    if apply:
        if result.rewritten is None:
            raise SparringError(
                "there is no rewrite to keep: only span-level suggestions are available",
                hint="apply the suggestions by hand, or configure a model with `sparring llm use`",
            )
        saved = coach.apply_pitch(_store(store), _slug(resolved), result.rewritten)
    if json_out:
        data = {k: v for k, v in result.__dict__.items() if k != "suggestions"}
        data["suggestions"] = [s.__dict__ for s in result.suggestions]
        data["saved_version"] = saved.version if saved else None
        print_json(data)
        return
    out = console()
    if result.notice:
        err_console().print(f"[yellow]note:[/] {escape(result.notice)}", soft_wrap=True)
    if result.rewritten is not None:
        out.print(f"Rewrite (by {result.model}; numbers and commitments kept):", markup=False)
        out.print(result.rewritten, markup=False, soft_wrap=True)
        out.print("\nChanges:", markup=False)
        out.print(result.word_diff, markup=False, soft_wrap=True)
    elif not result.suggestions:
        out.print("Nothing to fix: the analyser flags no weak span in this pitch.")
    else:
        why = "" if result.source == "offline" and not result.fallback else " (the model's rewrite was not used)"
        out.print(f"Suggestions, span by span{why}:", markup=False)
    for number, item in enumerate(result.suggestions, 1):
        out.print(f"{number:>2}. {item.tag} ({item.principle}): “{item.text}”", markup=False, soft_wrap=True)
        if item.suggestion:
            out.print(f"    {item.suggestion}", markup=False, soft_wrap=True)
    if saved is not None:
        out.print(f"saved as a new pitch draft in version {saved.version} of {resolved.slug}", markup=False)


@command()
def debrief(
    case: Annotated[str, typer.Argument(help="The slug of a stored case.")],
    session: Annotated[int, typer.Option("--session", help="The rehearsal session (see `sparring sessions`).")],
    json_out: JsonFlag = False,
) -> None:
    """A short debrief of a saved rehearsal: what happened, what went well, what to practise next."""
    from sparring.model.errors import SparringError
    from sparring.services import coach
    from sparring.services.rehearsal import sessions

    store = open_store()
    saved = next((s for s in sessions(store, case) if s.id == session), None)
    if saved is None:
        raise SparringError(
            f"{case} has no rehearsal session {session}",
            hint=f"`sparring sessions {case}` lists them",
            kind="not_found",
        )
    played = store.get(case, saved.case_version).case
    provider, log = open_coach_provider()
    try:
        result = coach.debrief(played, saved.transcript, saved.scorecard, provider, log)
    finally:
        provider.close()
    if json_out:
        print_json({"session": saved.id, **result.as_json()})
        return
    if result.notice:
        err_console().print(f"[yellow]note:[/] {escape(result.notice)}", soft_wrap=True)
    out = console()
    out.print(f"Debrief of session {saved.id} ({saved.mode}, {saved.outcome})", style="bold", markup=False)
    out.print(result.summary, markup=False, soft_wrap=True)
    for title, lines in (("Went well", result.went_well), ("Practise next", result.practise)):
        if lines:
            out.print(f"{title}:", markup=False)
            for line in lines:
                out.print(f"  • {line}", markup=False, soft_wrap=True)


# -- helpers -------------------------------------------------------------------------------


def _resolve(case: str, apply: bool, pick: str | None) -> tuple[CaseStore | None, ResolvedCase]:
    """The case, and the store when it is a stored one; --apply on a file is refused before any model is asked."""
    from sparring.model.errors import SparringError
    from sparring.services.cases import is_file_ref, resolve

    if pick is not None and not apply:
        raise SparringError("--pick chooses what --apply writes", hint="add --apply, e.g. --apply --pick 1,3")
    store = None if is_file_ref(case) else open_store()
    resolved = resolve(case, store)
    if apply and resolved.slug is None:
        raise SparringError(
            f"--apply writes a new version of a stored case, and {case} is a file",
            hint=f"import it first: sparring import {case}, then use its slug",
        )
    return store, resolved


def _apply(
    apply: bool, pick: str | None, items: Sequence[T], write: Callable[[list[T]], VersionInfo | None]
) -> VersionInfo | None:
    return write(_picked(items, pick)) if apply else None


def _picked(items: Sequence[T], pick: str | None) -> list[T]:
    from sparring.model.errors import SparringError

    if pick is None:
        return list(items)
    numbers: list[int] = []
    for part in pick.split(","):
        part = part.strip()
        if not part.isdigit() or not 1 <= int(part) <= len(items):
            raise SparringError(
                f"--pick {pick!r}: {part!r} is not a suggestion number",
                hint=f"use numbers from 1 to {len(items)}, separated by commas",
            )
        numbers.append(int(part))
    return [items[n - 1] for n in dict.fromkeys(numbers)]


def _store(store: CaseStore | None) -> CaseStore:
    assert store is not None  # _resolve refused --apply on files
    return store


def _slug(resolved: ResolvedCase) -> str:
    assert resolved.slug is not None
    return resolved.slug


def _header(title: str, result: Any, advice: str) -> None:
    source = f"from {result.model}" if result.source == "llm" else "offline: from Sparring's rules"
    if result.notice:
        err_console().print(f"[yellow]note:[/] {escape(result.notice)}", soft_wrap=True)
    console().print(f"{title} ({source}); {advice}", markup=False, soft_wrap=True)


def _footer(resolved: ResolvedCase, apply: bool, saved: VersionInfo | None, any_items: bool) -> None:
    out = console()
    if not any_items:
        out.print("No new suggestions: the plan already covers what the coach would suggest.")
    elif apply:
        if saved is None:
            out.print("Nothing written: every chosen suggestion is already in the plan.")
        else:
            out.print(f"saved as version {saved.version} of {resolved.slug}", markup=False)
    elif resolved.slug is not None:
        out.print("[dim]write them into the case with --apply (or --apply --pick 1,3)[/]", soft_wrap=True)
    else:
        out.print(
            f"[dim]to write them into the case, import it first: sparring import {resolved.source}[/]", soft_wrap=True
        )


def _result_json(result: Any, saved: VersionInfo | None) -> dict[str, Any]:
    return {
        "source": result.source,
        "fallback": result.fallback,
        "notice": result.notice,
        "model": result.model,
        "items": [_plain(item) for item in result.items],
        "saved_version": saved.version if saved else None,
    }


def _plain(item: Any) -> Mapping[str, Any]:
    return dict(item.__dict__)


def _pitch_text(case: Case, text: str | None, file: str | None) -> str:
    from sparring.model.errors import SparringError

    if text is not None and file is not None:
        raise SparringError("give --text or --file, not both")
    if text is not None:
        return text
    if file is not None:
        try:
            return Path(file).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SparringError(f"{file}: no such file", kind="not_found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise SparringError(f"{file}: cannot read it ({exc})") from None
    if not case.pitch:
        raise SparringError(
            "the case has no pitch draft to rewrite", hint='give one with --text "…" or --file pitch.txt'
        )
    return case.pitch[-1].text


def _date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from None
