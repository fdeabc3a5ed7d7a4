"""Stable ids for every list item.

Ids may be written by hand (needed for anything you reference, such as ``ev-ramp``). Items
without one get an id derived from their own text, so it stays the same on every load as long
as the text does, and it is written back on save.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sparring.model.base import slug

# (path to the list, id prefix, field whose text the id is derived from)
LISTS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("evidence",), "ev", "claim"),
    (("counterpart", "incentives"), "inc", "text"),
    (("counterpart", "pressures"), "pre", "text"),
    (("counterpart", "constraints"), "con", "text"),
    (("counterpart", "risks_of_yes"), "risk", "text"),
    (("counterpart", "ripple_effects"), "rip", "text"),
    (("asks",), "ask", "text"),
    (("walk_away", "non_negotiables"), "nn", "text"),
    (("objections",), "obj", "text"),
    (("obstacles",), "obs", "text"),
    (("job_offer", "reasons"), "why", "text"),
    (("flexibility", "tasks"), "task", "task"),
    (("pitch",), "pitch", "text"),
)


def iter_lists(data: Any) -> Iterator[tuple[tuple[str, ...], str, str, list[Any]]]:
    """Yield ``(path, prefix, source_field, items)`` for every identified list present in ``data``."""
    for path, prefix, source in LISTS:
        node: Any = data
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, list):
            yield path, prefix, source, node


def assign_missing_ids(data: Any) -> Any:
    """Return ``data`` with an id on every list item that lacks one (input is not mutated)."""
    if not isinstance(data, dict):
        return data
    taken = {
        item["id"]
        for _, _, _, items in iter_lists(data)
        for item in items
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }
    result = _copy_lists(data)
    for _, prefix, source, items in iter_lists(result):
        for index, item in enumerate(items):
            if not isinstance(item, dict) or "id" in item:
                continue
            text = item.get(source)
            base = f"{prefix}-{slug(text) if isinstance(text, str) else index + 1}"
            candidate, n = base, 2
            while candidate in taken:
                candidate, n = f"{base}-{n}", n + 1
            taken.add(candidate)
            items[index] = {"id": candidate, **item}
    return result


def _copy_lists(data: dict[str, Any]) -> dict[str, Any]:
    """Copy just the containers that id assignment touches."""
    out = dict(data)
    for parent in ("counterpart", "walk_away", "job_offer", "flexibility"):
        if isinstance(out.get(parent), dict):
            out[parent] = dict(out[parent])
    for path, _, _ in LISTS:
        node: Any = out
        for key in path[:-1]:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict) and isinstance(node.get(path[-1]), list):
            node[path[-1]] = list(node[path[-1]])
    return out
