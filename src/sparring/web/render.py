"""Jinja2 rendering: one environment for the process, autoescaped, strict about missing names.

``StrictUndefined`` turns a typo in a template into a test failure instead of an empty space
on the page. Every page gets the menu, the CSRF token and a ``url()`` helper for route names.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from sparring import __version__
from sparring.web import nav


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("sparring.web", "templates"),
        autoescape=select_autoescape(["html", "svg"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters.update(
        num=number,
        when=when,
        principle_title=principle_title,
        slot_id=slot_id,
        initials=initials,
        style_words=style_words,
        advice_parts=advice_parts,
        principle_tail=principle_tail,
    )
    env.globals.update(
        method_href=method_href,
        version=__version__,
        site_links=lambda: nav.links("site"),
        case_links=lambda: nav.links("case"),
    )
    return env


def render(
    request: Request,
    template: str,
    context: dict[str, Any],
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """Render ``template`` with the per-request globals (URLs, CSRF token, current case)."""
    app = request.app

    def url(name: str, **params: Any) -> str:
        return str(app.url_path_for(name, **{k: str(v) for k, v in params.items()}))

    full = {
        "request": request,
        "url": url,
        "csrf": app.state.settings.csrf_token,
        "demo": app.state.settings.demo,
        "case_slug": None,
        "active": None,
        "title": "Sparring",
        **context,
    }
    html = environment().get_template(template).render(full)
    return HTMLResponse(html, status_code=status, headers=headers)


def number(value: Any) -> str:
    """``132000`` → ``132,000``; ``0.25`` → ``0.25``; text stays text."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def method_href(principle_id: str) -> str:
    """Where a principle ID links to: its entry on the method page (``routes/method.py``, ``/method``)."""
    return f"/method#{principle_id}"


def principle_title(principle_id: str) -> str:
    from sparring.model.principles import PRINCIPLES

    item = PRINCIPLES.get(principle_id)
    return item.title if item else ""


def slot_id(key: str) -> str:
    """The DOM id of the findings slot for a field path (``evidence.0.claim`` → ``fx-evidence-0-claim``)."""
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "_-") else "-" for ch in key.replace(".", "--"))
    return f"fx-{safe}" if key else "fx-document"


STYLE_WORDS = {
    "hard": "Firm: gives ground slowly and tests every number",
    "balanced": "Balanced: open to trades, wants a good reason for each",
    "soft": "Accommodating: looks for a yes, and still holds a limit",
}
"""A counterpart's style said as a person would describe them, for the chat's header."""


_TRAILING_PRINCIPLE = re.compile(r"\s*\(?\b([A-Z][A-Z_]*(?:\.[A-Z_]+)*)\)?\.?$")


def principle_tail(text: str) -> tuple[str, str | None]:
    """``"Levers (MULTI.LEVER)"`` → ``("Levers", "MULTI.LEVER")``: the words to show, the principle to link."""
    from sparring.model.principles import PRINCIPLES

    match = _TRAILING_PRINCIPLE.search(text)
    if not match or match.group(1) not in PRINCIPLES:
        return text, None
    return text[: match.start()].rstrip(), match.group(1)


def advice_parts(text: str) -> tuple[str, str | None]:
    """``"Bring a receipt … (VALUE.RECEIPTS)."`` → the sentence, and the principle to link to the method page."""
    sentence, principle = principle_tail(text)
    if principle is None:
        return text, None
    if not sentence:
        return "", principle
    return (sentence if sentence.endswith((".", "!", "?", "”")) else sentence + "."), principle


def style_words(style: str) -> str:
    return STYLE_WORDS.get(style, style)


def initials(name: str) -> str:
    """``Marta Kowalski`` → ``MK``: the chat's avatar is letters in a circle (CSS), never an image."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return "?"
    picked = words[:1] + words[1:][-1:]
    return "".join(w[0].upper() for w in picked)
