"""The method page: every principle ID with its meaning, so the small IDs elsewhere can link here
instead of standing as unexplained headings."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sparring.model.principles import PRINCIPLES
from sparring.web import nav
from sparring.web.render import render

router = APIRouter()
nav.register("Method", "method_page", "site", 40)

SECTION_TITLES = {
    "incentive_map": "The seven steps of the Incentive Map",
    "win_win": "Win-win and the long game",
    "job_offer": "Job offers",
    "deal": "Business deals",
    "mind": "Preparing your mind",
}


@router.get("/method", name="method_page", response_class=HTMLResponse)
def method_page(request: Request) -> HTMLResponse:
    groups = [
        (title, [p for p in PRINCIPLES.values() if p.section == section]) for section, title in SECTION_TITLES.items()
    ]
    context = {"groups": [(t, ps) for t, ps in groups if ps], "active": "method_page", "title": "The method"}
    return render(request, "method.html", context)
