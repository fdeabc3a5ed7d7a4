"""Where each finding or validation problem is shown: the slot of its field, or the nearest one.

The checker names fields by item id (``evidence[ev-ramp].outcome``), the validator by position
(``evidence[0].claim``), and the form by row token (``evidence.3.claim``). This module turns
the first two into the third and walks up to the closest slot the form has, so nothing is
lost: a note about a field the form does not show lands on its row, its list or its section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sparring.web.editor.form import Draft, get_path, is_missing
from sparring.web.editor.spec import SECTIONS, Group, LimitTable, ListGroup, PackageTable
from sparring.web.editor.view import SECTION_SLOT

_PART = re.compile(r"([^.\[\]]+)|\[([^\]]*)\]")


@dataclass(frozen=True)
class Note:
    """One thing to show beside a field: a checker finding, or a problem that blocks saving."""

    severity: str
    message: str
    principle: str | None = None
    fix: str | None = None


def split_path(dotted: str) -> list[str | int | tuple[str]]:
    """``evidence[ev-ramp].outcome`` → ``["evidence", ("ev-ramp",), "outcome"]`` (brackets are tuples)."""
    parts: list[str | int | tuple[str]] = []
    for name, bracket in _PART.findall(dotted):
        parts.append(name if name else (bracket.strip('"'),))
    return parts


def slot_for(parts: Sequence[str | int | tuple[str]], draft: Draft, ids: dict[str, list[str]], slots: set[str]) -> str:
    """The slot key for a located note (see the module docstring)."""
    key: list[str] = []
    names: list[str] = []
    for part in parts:
        if isinstance(part, str):
            key.append(part)
            names.append(part)
            continue
        list_path = ".".join(names)
        tokens = draft.tokens.get(list_path)
        if tokens is None:
            break
        index = _index(part, ids.get(list_path, []))
        if index is None or index >= len(tokens):
            break
        key.append(tokens[index])
    candidate = list(key)
    while candidate:
        joined = ".".join(candidate)
        if joined in slots:
            return joined
        candidate.pop()
    section = _section_of(key[0] if key else "")
    return SECTION_SLOT + section if section and SECTION_SLOT + section in slots else ""


def list_ids(data: dict[str, Any], draft: Draft) -> dict[str, list[str]]:
    """The ids of each editor list's items, in order, from a validated document."""
    out: dict[str, list[str]] = {}
    for path in draft.tokens:
        items = get_path(data, path)
        if not is_missing(items) and isinstance(items, list):
            out[path] = [str(item.get("id", "")) if isinstance(item, dict) else "" for item in items]
    return out


def place(
    located: Sequence[tuple[Sequence[str | int | tuple[str]], Note]],
    draft: Draft,
    ids: dict[str, list[str]],
    slots: Sequence[str],
) -> dict[str, list[Note]]:
    known = set(slots)
    placed: dict[str, list[Note]] = {}
    for parts, note in located:
        placed.setdefault(slot_for(parts, draft, ids, known), []).append(note)
    return placed


def _index(part: int | tuple[str], ids: list[str]) -> int | None:
    if isinstance(part, int):
        return part
    (name,) = part
    if name in ids:
        return ids.index(name)
    return int(name) if name.isdigit() else None


def _section_of(top: str) -> str | None:
    for section in SECTIONS:
        for part in section.parts:
            if isinstance(part, (Group, ListGroup)) and part.path.split(".")[0] == top and part.path:
                return section.id
            if isinstance(part, PackageTable) and top in ("tiers", "current"):
                return section.id
            if isinstance(part, LimitTable) and top == "walk_away":
                return section.id
    return None
