"""A three-way merge of case documents: the user's draft carried onto a version saved since.

The draft was made on ``base``; someone saved ``theirs`` meanwhile. What only one side changed
is taken from that side; where both changed the same value the draft's wins and the path is
reported, so the page can say which fields to look at. Lists of items with an ``id`` are merged
item by item (an item one side removed stays removed), other lists as single values.
"""

from __future__ import annotations

from typing import Any

_GONE = object()


def merge_onto(base: Any, theirs: Any, mine: Any) -> tuple[Any, list[str]]:
    """``mine`` carried from ``base`` onto ``theirs``, and the paths both sides changed differently."""
    clashes: list[str] = []
    merged = _merge(base, theirs, mine, "", clashes)
    return merged, clashes


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a is b or bool(a == b)


def _merge(base: Any, theirs: Any, mine: Any, path: str, clashes: list[str]) -> Any:
    if _same(mine, base) or _same(theirs, mine):
        return theirs
    if _same(theirs, base):
        return mine
    if isinstance(base, dict) and isinstance(theirs, dict) and isinstance(mine, dict):
        return _merge_mapping(base, theirs, mine, path, clashes)
    by_id = [_ids(x) for x in (base, theirs, mine)]
    if all(ids is not None for ids in by_id):
        return _merge_items(base, theirs, mine, path, clashes)
    clashes.append(path or "(document)")
    return mine


def _merge_mapping(
    base: dict[str, Any], theirs: dict[str, Any], mine: dict[str, Any], path: str, clashes: list[str]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in [*mine, *(k for k in theirs if k not in mine), *(k for k in base if k not in mine and k not in theirs)]:
        value = _merge(base.get(key, _GONE), theirs.get(key, _GONE), mine.get(key, _GONE), _join(path, key), clashes)
        if value is not _GONE:
            out[key] = value
    return out


def _merge_items(base: list[Any], theirs: list[Any], mine: list[Any], path: str, clashes: list[str]) -> list[Any]:
    old = {item["id"]: item for item in base}
    new = {item["id"]: item for item in theirs}
    kept = {item["id"]: item for item in mine}
    order = [*kept, *(i for i in new if i not in kept)]
    out = []
    for item_id in order:
        value = _merge(
            old.get(item_id, _GONE), new.get(item_id, _GONE), kept.get(item_id, _GONE), f"{path}[{item_id}]", clashes
        )
        if value is not _GONE:
            out.append(value)
    return out


def _ids(value: Any) -> list[str] | None:
    if not isinstance(value, list) or not all(isinstance(i, dict) and isinstance(i.get("id"), str) for i in value):
        return None
    ids = [i["id"] for i in value]
    return ids if len(set(ids)) == len(ids) else None


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
