"""The coach API: incentive hypotheses, objection forecast, pitch rewrite and the debrief of a
saved session, with the same provider choice and exchange log as the pages. ``apply`` writes
suggestions into the case as a new version, like ``sparring coach … --apply``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request

from sparring.model.errors import SparringError
from sparring.web import lookups
from sparring.web.api import schemas
from sparring.web.coach import coach, pick, result_json
from sparring.web.deps import Memo, Store, Today
from sparring.web.llm_settings import settings_file
from sparring.web.practice import MAX_TEXT_CHARS, check_text

router = APIRouter(tags=["coach"], responses=schemas.ERRORS)

Slug = Annotated[str, Path(pattern=schemas.SLUG, description="The case's name in the store.")]


def _path(request: Request) -> Any:
    return settings_file(request.app.state.settings.llm_config)


@router.post(
    "/cases/{slug}/coach/incentives",
    name="api_coach_incentives",
    response_model=schemas.CoachOut,
    summary="Incentive hypotheses for the counterpart (THEM.RESEARCH)",
)
def incentives(request: Request, store: Store, memo: Memo, slug: Slug, body: schemas.CoachIn) -> dict[str, Any]:
    from sparring.services import coach as service

    case = lookups.stored(store, memo, slug).case
    with coach(_path(request), store) as c:
        result = service.incentive_hypotheses(case, c.provider, c.log)
    saved = service.apply_incentives(store, slug, pick(result.items, body.pick)) if body.apply else None
    return result_json(result, saved.version if saved else None)


@router.post(
    "/cases/{slug}/coach/objections",
    name="api_coach_objections",
    response_model=schemas.CoachOut,
    summary="The objections they might raise, with counters (OBJECTIONS.FORECAST)",
)
def objections(
    request: Request, store: Store, memo: Memo, today: Today, slug: Slug, body: schemas.CoachIn
) -> dict[str, Any]:
    from sparring.services import coach as service

    case = lookups.stored(store, memo, slug).case
    with coach(_path(request), store) as c:
        result = service.objection_forecast(case, c.provider, c.log, today=body.today or today)
    saved = service.apply_objections(store, slug, pick(result.items, body.pick)) if body.apply else None
    return result_json(result, saved.version if saved else None)


@router.post("/cases/{slug}/coach/rewrite", name="api_coach_rewrite", summary="Rewrite a pitch, keeping its numbers")
def rewrite(request: Request, store: Store, memo: Memo, slug: Slug, body: schemas.RewriteIn) -> dict[str, Any]:
    from sparring.services import coach as service

    case = lookups.stored(store, memo, slug).case
    text = body.text if body.text is not None else (case.pitch[-1].text if case.pitch else "")
    if not text.strip():
        raise SparringError("there is no pitch to rewrite", hint="send one as text, or save a pitch draft in the case")
    check_text(text, MAX_TEXT_CHARS)
    with coach(_path(request), store) as c:
        result = service.pitch_rewrite(case, text, c.provider, c.log)
    saved = None
    if body.apply:
        if result.rewritten is None:
            raise SparringError(
                "there is no rewrite to keep: only span-level suggestions are available",
                hint="apply the suggestions by hand, or configure a model (LLM settings)",
            )
        saved = service.apply_pitch(store, slug, result.rewritten)
    data = {k: v for k, v in result.__dict__.items() if k != "suggestions"}
    data["suggestions"] = [s.__dict__ for s in result.suggestions]
    data["saved_version"] = saved.version if saved else None
    return data


@router.post(
    "/cases/{slug}/sessions/{session_id}/debrief",
    name="api_debrief",
    tags=["rehearsal"],
    summary="A short debrief of a saved session",
)
def debrief(
    request: Request, store: Store, memo: Memo, slug: Slug, session_id: Annotated[int, Path(ge=1, le=2**31)]
) -> dict[str, Any]:
    from sparring.services import coach as service
    from sparring.services.rehearsal import saved_session

    saved = saved_session(store, slug, session_id)
    try:
        played = lookups.stored(store, memo, slug, saved.case_version).case
    except SparringError:
        played = lookups.stored(store, memo, slug).case
    with coach(_path(request), store) as c:
        result = service.debrief(played, saved.transcript, saved.scorecard, c.provider, c.log)
    return {"session": saved.id, **result.as_json()}
