"""Analyze a text (a pitch, an email, a line you plan to say): tagged spans with a suggestion for
each weak one, optionally aligned with a stored case's incentives. The analyser decides; this
page only marks its spans in the text."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse

from sparring.web import lookups, nav
from sparring.web.deps import Memo, Store
from sparring.web.practice import MAX_TEXT_CHARS, check_text, chips
from sparring.web.render import render
from sparring.web.work import Heavy

if TYPE_CHECKING:
    from sparring.engines.language.analyser import Analysis, SentenceAnalysis
    from sparring.model.case import Case

router = APIRouter()
nav.register("Analyze", "analyze_page", "site", 30)

MAX_TEXT = MAX_TEXT_CHARS
EXAMPLE = "I was wondering if maybe we could look at 130k? Sorry to ask. Since April I cut the cloud bill by 20%."


@router.get("/analyze", name="analyze_page", response_class=HTMLResponse)
def analyze_page(request: Request, store: Store, case: Annotated[str, Query(max_length=64)] = "") -> HTMLResponse:
    return render(request, "analyze.html", _context(store, "", case, None, None))


@router.post("/analyze", name="analyze_text", response_class=HTMLResponse)
async def analyze_text(
    request: Request,
    store: Store,
    memo: Memo,
    heavy: Heavy,
    text: Annotated[str, Form(max_length=MAX_TEXT)] = "",
    case: Annotated[str, Form(max_length=64)] = "",
) -> HTMLResponse:
    return await heavy(_analyze_text, request, store, memo, text, case)


def _analyze_text(request: Request, store: Store, memo: Memo, text: str, case: str) -> HTMLResponse:
    from sparring.services.language import analyse_text

    loaded = lookups.stored(store, memo, case).case if case else None
    check_text(text, MAX_TEXT)
    result = analyse_text(text, loaded) if text.strip() else None
    context = _context(store, text, case, result, loaded)
    template = "fragments/analysis.html" if request.headers.get("HX-Request") else "analyze.html"
    return render(request, template, context)


def _context(store: Store, text: str, case: str, result: Analysis | None, loaded: Case | None) -> dict[str, Any]:
    return {
        "active": "analyze_page",
        "title": "Analyze a text",
        "text": text,
        "case": case,
        "cases": store.list(),
        "example": EXAMPLE,
        "max_text": MAX_TEXT,
        "posted": result is not None or bool(text),
        "result": view(result, loaded) if result is not None else None,
    }


def view(result: Analysis, case: Case | None) -> dict[str, Any]:
    """The analysis as the template shows it: each sentence cut into marked segments."""
    incentives = {i.id: i.text for i in case.counterpart.incentives} if case else {}
    summary = result.summary
    return {
        "sentences": [_sentence(s, incentives) for s in result.sentences],
        "summary": summary,
        "counts": [c for c in chips([t for t, n in summary["counts"].items() if n])],
        "count_of": summary["counts"],
        "model_tags": [{**c, "p": result.model_tags[c["tag"]]} for c in chips(sorted(result.model_tags))],
        "missing": [incentives.get(i, i) for i in summary["incentives_not_mentioned"]],
    }


def _sentence(s: SentenceAnalysis, incentives: dict[str, str]) -> dict[str, Any]:
    base, text = s.sentence.start, s.sentence.text
    bounds = {0, len(text)}
    for span in s.spans:
        bounds |= {max(0, min(len(text), span.start - base)), max(0, min(len(text), span.end - base))}
    cuts = sorted(bounds)
    segments = []
    for a, b in itertools.pairwise(cuts):
        covering = [sp for sp in s.spans if sp.start - base <= a and sp.end - base >= b]
        polarity = "-" if any(sp.polarity == "-" for sp in covering) else "+" if covering else ""
        title = "; ".join(f"{sp.tag.replace('_', ' ')} · {sp.principle}" for sp in covering)
        segments.append({"text": text[a:b], "polarity": polarity, "title": title})
    alignment = None
    if s.alignment is not None:
        inc = s.alignment.incentive
        alignment = {"id": inc, "text": incentives.get(inc, inc), "score": s.alignment.score}
    return {
        "segments": segments,
        "chips": chips(list(dict.fromkeys(sp.tag for sp in s.spans))),
        "suggestions": [
            {"tag": sp.tag.replace("_", " "), "principle": sp.principle, "text": sp.suggestion}
            for sp in s.spans
            if sp.suggestion
        ],
        "alignment": alignment,
    }
