"""Shared by the web tests: read a rendered form the way a browser would, post it back."""

from __future__ import annotations

import html.parser
from urllib.parse import urlencode

from fastapi.testclient import TestClient

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class _FormReader(html.parser.HTMLParser):
    """Collects the successful controls of one form: inputs (checked boxes only), textareas, selects."""

    def __init__(self, form_id: str) -> None:
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.items: list[list[str]] = []
        self._textarea: list[str] | None = None
        self._select: str | None = None
        self._first_option: list[str] | None = None
        self._selected = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("id") == self.form_id:
            self.inside = True
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind in ("submit", "button", "file"):
                return
            self.items.append([a["name"], a.get("value", "")])
        elif tag == "textarea":
            self._textarea = [a["name"], ""]
            self.items.append(self._textarea)
        elif tag == "select":
            self._select, self._selected, self._first_option = a["name"], False, None
        elif tag == "option" and self._select:
            if self._first_option is None:
                self._first_option = [self._select, a.get("value", "")]
            if "selected" in a:
                self._selected = True
                self.items.append([self._select, a.get("value", "")])

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select:
            if not self._selected and self._first_option:
                self.items.append(self._first_option)
            self._select = None
        elif tag == "form" and self.inside:
            self.inside = False


def form_items(page: str, form_id: str = "editor") -> list[tuple[str, str]]:
    reader = _FormReader(form_id)
    reader.feed(page)
    return [(name, value) for name, value in reader.items]


def replace(items: list[tuple[str, str]], name: str, value: str) -> list[tuple[str, str]]:
    assert any(k == name for k, _ in items), f"the form has no field {name!r}"
    return [(k, value if k == name else v) for k, v in items]


def post_form(client: TestClient, url: str, items: list[tuple[str, str]], **kwargs: object):  # type: ignore[no-untyped-def]
    """Post fields in order, url-encoded, as a browser does (with a Content-Length)."""
    return client.post(url, content=urlencode(items), headers=FORM, **kwargs)  # type: ignore[arg-type]
