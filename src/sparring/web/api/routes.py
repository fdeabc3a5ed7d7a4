"""The API routes: cases with versions, check, deal, stress and market, as JSON.

Handlers parse, call a service, and return its JSON; errors go through the one mapping in
:mod:`sparring.web.errors` (``invalid`` → 422, ``not_found`` → 404, ``conflict`` → 409,
``busy`` → 503 with Retry-After, ``unavailable`` → 503).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse, PlainTextResponse

from sparring.model.errors import SparringError
from sparring.web import lookups
from sparring.web.api import schemas
from sparring.web.deps import Memo, Store, Today
from sparring.web.work import Heavy

router = APIRouter(tags=["cases"], responses=schemas.ERRORS)

Slug = Annotated[str, Path(pattern=schemas.SLUG, description="The case's name in the store.")]
Version = Annotated[int | None, Query(ge=1, le=2**31, description="A stored version (default: the latest).")]


@router.get("/cases", name="api_list_cases", response_model=list[schemas.CaseSummary], summary="List stored cases")
def list_cases(store: Store) -> list[schemas.CaseSummary]:
    return [
        schemas.CaseSummary(slug=s.slug, title=s.title, kind=s.kind, version=s.version, updated=s.updated_at)
        for s in store.list()
    ]


@router.post(
    "/cases",
    name="api_create_case",
    status_code=201,
    response_model=schemas.VersionOut,
    summary="Create a case (version 1)",
    responses={409: {"model": schemas.ErrorDocument, "description": "A case of this name exists."}},
)
async def create_case(store: Store, heavy: Heavy, body: schemas.CaseIn) -> schemas.VersionOut:
    return await heavy(_create_case, store, body)


def _create_case(store: Store, body: schemas.CaseIn) -> schemas.VersionOut:
    from sparring.model.case import parse_case

    if store.exists(body.slug):
        raise SparringError(
            f"a case named {body.slug!r} exists already",
            hint=f"PUT /api/v1/cases/{body.slug} saves a new version of it",
            kind="conflict",
        )
    case = parse_case(body.case, body.slug)
    info = store.save(body.slug, case, note=body.note or "created through the API", new=True)
    return schemas.VersionOut(slug=info.slug, version=info.version, saved_at=info.saved_at, note=info.note)


@router.get("/cases/{slug}", name="api_get_case", response_model=schemas.CaseOut, summary="One version of a case")
def get_case(store: Store, memo: Memo, slug: Slug, version: Version = None) -> schemas.CaseOut:
    stored = lookups.stored(store, memo, slug, version)
    return schemas.CaseOut(
        slug=stored.slug,
        version=stored.version,
        saved_at=stored.saved_at,
        note=stored.note,
        case=stored.case.to_json_data(),
    )


@router.put(
    "/cases/{slug}",
    name="api_revise_case",
    response_model=schemas.VersionOut,
    summary="Save a new version of a case",
    responses={409: {"model": schemas.ErrorDocument, "description": "Saved by someone else since base_version."}},
)
async def revise_case(store: Store, heavy: Heavy, slug: Slug, body: schemas.RevisionIn) -> schemas.VersionOut:
    return await heavy(_revise_case, store, slug, body)


def _revise_case(store: Store, slug: str, body: schemas.RevisionIn) -> schemas.VersionOut:
    from sparring.model.case import parse_case
    from sparring.web.editor.live import save

    case = parse_case(body.case, slug)
    info = save(store, slug, case, body.base_version, body.note or "edited through the API")
    return schemas.VersionOut(slug=info.slug, version=info.version, saved_at=info.saved_at, note=info.note)


@router.get(
    "/cases/{slug}/versions", name="api_versions", response_model=list[schemas.VersionOut], summary="Version history"
)
def versions(store: Store, slug: Slug) -> list[schemas.VersionOut]:
    return [
        schemas.VersionOut(slug=v.slug, version=v.version, saved_at=v.saved_at, note=v.note)
        for v in store.history(slug)
    ]


@router.get(
    "/cases/{slug}/diff", name="api_diff", response_model=list[schemas.Change], summary="Changes between two versions"
)
def diff(
    store: Store,
    slug: Slug,
    old: Annotated[int, Query(ge=1, le=2**31)],
    new: Annotated[int, Query(ge=1, le=2**31)],
) -> list[schemas.Change]:
    from sparring.services.cases import version_diff

    return [schemas.Change(path=c.path, kind=c.kind, old=c.old, new=c.new) for c in version_diff(store, slug, old, new)]


@router.get(
    "/cases/{slug}/export",
    name="api_export",
    response_class=PlainTextResponse,
    summary="The case as YAML (comments kept) or JSON",
    responses={200: {"content": {"application/yaml": {}, "application/json": {}}}},
)
async def export(
    store: Store,
    memo: Memo,
    heavy: Heavy,
    slug: Slug,
    fmt: Annotated[Literal["yaml", "json"], Query(alias="format")] = "yaml",
    version: Version = None,
) -> PlainTextResponse:
    from sparring.services.cases import export_text

    text = await heavy(lambda: export_text(lookups.resolved(store, memo, slug, version), fmt))
    media = "application/json" if fmt == "json" else "application/yaml"
    return PlainTextResponse(text, media_type=media)


@router.get(
    "/cases/{slug}/check",
    name="api_check_case",
    response_model=schemas.CheckOut,
    tags=["analysis"],
    summary="Check the plan",
)
async def check_case(
    store: Store, memo: Memo, today: Today, heavy: Heavy, slug: Slug, version: Version = None
) -> schemas.CheckOut:
    def compute() -> schemas.CheckOut:
        stored = lookups.stored(store, memo, slug, version)
        report = lookups.report(store, memo, slug, stored.version, today)
        return schemas.CheckOut(case=f"{slug} v{stored.version}", title=stored.case.title, **report.as_json())

    return await heavy(compute)


@router.post("/check", name="api_check_draft", tags=["analysis"], summary="Check a case document without saving it")
async def check_draft(today: Today, heavy: Heavy, body: schemas.DraftIn) -> dict[str, Any]:
    from sparring.engines.check import check
    from sparring.model.case import parse_case
    from sparring.services.checking import draft_context

    def compute() -> dict[str, Any]:
        case = parse_case(body.case, "request body")
        return {"title": case.title, **check(case, draft_context(body.today or today)).as_json()}

    return await heavy(compute)


@router.get(
    "/cases/{slug}/deal",
    name="api_deal",
    tags=["analysis"],
    summary="Frontier, Nash point, ZOPA, MESO packages, trades",
)
async def deal(store: Store, memo: Memo, heavy: Heavy, slug: Slug, version: Version = None) -> JSONResponse:
    def compute() -> JSONResponse:
        stored = lookups.stored(store, memo, slug, version)
        analysis = lookups.deal(store, memo, slug, stored.version)
        return JSONResponse({"case": f"{slug} v{stored.version}", **analysis.as_json()})

    return await heavy(compute)


@router.get(
    "/cases/{slug}/stress", name="api_stress", tags=["analysis"], summary="Stress-test the opening ask (latest version)"
)
async def stress(
    store: Store,
    memo: Memo,
    heavy: Heavy,
    slug: Slug,
    population: Annotated[int, Query(ge=100, le=200_000)] = 20_000,
    risk: Annotated[float, Query(ge=0.0, le=1.0)] = 0.2,
    rounds: Annotated[int, Query(ge=1, le=8)] = 5,
    seed: Annotated[int, Query(ge=0, le=2**31)] = 0,
) -> JSONResponse:
    def compute() -> JSONResponse:
        version = lookups.latest(store, slug)
        result = lookups.stress(store, memo, slug, version, lookups.StressParams(population, seed, risk, rounds))
        return JSONResponse({"case": f"{slug} v{version}", **result.as_json()})

    return await heavy(compute)


@router.get(
    "/market",
    name="api_market",
    tags=["market"],
    summary="Occupations matching a job title, with OEWS wage percentiles",
)
def market(
    q: Annotated[str, Query(min_length=1, max_length=200, description="A job title.")],
    limit: Annotated[int, Query(ge=1, le=50)] = 5,
) -> dict[str, Any]:
    from sparring.engines.market import AS_OF, TOP_CODE
    from sparring.services.market import ATTRIBUTION, CAVEATS, lookup

    matches = lookup(q, limit)
    return {
        "query": q,
        "source": ATTRIBUTION,
        "as_of": AS_OF.isoformat(),
        "unit": "USD/year",
        "top_code": TOP_CODE,
        "caveats": CAVEATS,
        "results": [
            {**m.occupation.as_json(), "market_source": f"oews:{m.occupation.code}", "score": m.score, "via": m.reason}
            for m in matches
        ],
    }


@router.post(
    "/cases/{slug}/market",
    name="api_fill_market",
    response_model=schemas.VersionOut,
    tags=["market"],
    summary="Fill the case's market range from OEWS and save a new version",
)
async def fill_market(
    store: Store, memo: Memo, heavy: Heavy, slug: Slug, body: schemas.MarketFillIn
) -> schemas.VersionOut:
    from sparring.model.case import parse_case
    from sparring.services.market import fill_case_market
    from sparring.web.editor.live import save

    def compute() -> schemas.VersionOut:
        stored = lookups.stored(store, memo, slug)
        case = parse_case(fill_case_market(stored.case.to_data(), body.code), slug)
        info = save(store, slug, case, body.base_version, f"market range from OEWS {body.code or 'market.source'}")
        return schemas.VersionOut(slug=info.slug, version=info.version, saved_at=info.saved_at, note=info.note)

    return await heavy(compute)


@router.get(
    "/cases/{slug}/brief",
    name="api_brief",
    response_class=PlainTextResponse,
    tags=["analysis"],
    summary="The one-page brief as Markdown or HTML",
    responses={200: {"content": {"text/markdown": {}, "text/html": {}}}},
)
async def brief(
    store: Store,
    memo: Memo,
    today: Today,
    heavy: Heavy,
    slug: Slug,
    fmt: Annotated[Literal["md", "html"], Query(alias="format")] = "md",
) -> PlainTextResponse:
    from sparring.services.brief import brief_text

    resolved = await heavy(lookups.resolved, store, memo, slug)
    text = await heavy(brief_text, resolved, store, fmt, today)
    return PlainTextResponse(str(text), media_type="text/markdown" if fmt == "md" else "text/html")
