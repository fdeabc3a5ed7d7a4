"""Export a brief: check the plan, build the one-page brief, render it in the asked format."""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from sparring.engines.check import CheckContext, check
from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.report.brief_model import build_brief

BriefFormat = Literal["md", "html", "pdf"]
FORMATS: tuple[str, ...] = get_args(BriefFormat)


def brief_text(case: Case, fmt: BriefFormat, today: dt.date) -> str | bytes:
    """The brief as Markdown or HTML text, or PDF bytes; readiness is judged as of ``today``."""
    if fmt not in FORMATS:
        raise SparringError(f"unknown brief format {fmt!r}", hint=f"Use one of: {', '.join(FORMATS)}.")
    brief = build_brief(case, check(case, CheckContext(today=today)))
    if fmt == "md":
        from sparring.report.markdown import render_markdown

        return render_markdown(brief)
    from sparring.report.html import render_html

    html = render_html(brief)
    if fmt == "html":
        return html
    from sparring.report.pdf import render_pdf

    return render_pdf(html)
