"""Export a brief: check the plan, build the one-page brief, render it in the asked format."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal, get_args

from sparring.model.errors import SparringError
from sparring.report.brief_model import build_brief
from sparring.services.cases import ResolvedCase
from sparring.services.checking import readiness

if TYPE_CHECKING:
    from sparring.store.repository import CaseStore

BriefFormat = Literal["md", "html", "pdf"]
FORMATS: tuple[str, ...] = get_args(BriefFormat)


def brief_text(resolved: ResolvedCase, store: CaseStore | None, fmt: BriefFormat, today: dt.date) -> str | bytes:
    """The brief as Markdown or HTML text, or PDF bytes.

    Its readiness is the version's one readiness (:func:`checking.readiness`, as of ``today``,
    with the history and rehearsals of a stored case), the same ``sparring check``, the editor
    and the API show.
    """
    if fmt not in FORMATS:
        raise SparringError(f"unknown brief format {fmt!r}", hint=f"Use one of: {', '.join(FORMATS)}.")
    brief = build_brief(resolved.case, readiness(resolved, store, today))
    if fmt == "md":
        from sparring.report.markdown import render_markdown

        return render_markdown(brief)
    from sparring.report.html import render_html

    html = render_html(brief)
    if fmt == "html":
        return html
    from sparring.report.pdf import render_pdf

    return render_pdf(html)
