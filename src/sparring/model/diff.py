"""What changed between two versions of a case, field by field.

Works on plain JSON-ready data (``Case.to_json_data()``) so it needs nothing but the standard
library. List items that carry an ``id`` are matched by it, so inserting one piece of evidence
shows as one addition, not as every later item changing; other lists are compared by index.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

ChangeKind = Literal["added", "removed", "changed"]
_SYMBOL: dict[ChangeKind, str] = {"added": "+", "removed": "-", "changed": "~"}
_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True)
class Change:
    """One difference: where (``tiers.likely.salary``, ``evidence[ev-ramp].claim``), what kind, old and new."""

    path: str
    kind: ChangeKind
    old: Any = None
    new: Any = None


def diff_cases(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every difference from ``old`` to ``new``, in document order."""
    return list(_diff(old, new, ""))


def format_diff(changes: list[Change]) -> str:
    """One readable line per change: ``~ path: old -> new``, ``+ path: value``, ``- path``."""
    if not changes:
        return "no changes"
    lines = []
    for change in changes:
        head = f"{_SYMBOL[change.kind]} {change.path or '(document)'}"
        if change.kind == "changed":
            lines.append(f"{head}: {_show(change.old)} -> {_show(change.new)}")
        elif change.kind == "added":
            lines.append(f"{head}: {_show(change.new)}")
        else:
            lines.append(head)
    return "\n".join(lines)


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _key(path: str, key: str) -> str:
    if _PLAIN_KEY.match(key):
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _same(old: Any, new: Any) -> bool:
    # ``True == 1`` and ``1 == 1.0`` in Python; only the second is the same value in a case.
    if isinstance(old, bool) or isinstance(new, bool):
        return type(old) is type(new) and old == new
    return bool(old == new)


def _diff(old: Any, new: Any, path: str) -> Iterator[Change]:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        yield from _diff_mapping(old, new, path)
    elif isinstance(old, list) and isinstance(new, list):
        ids_old, ids_new = _ids(old), _ids(new)
        if ids_old is not None and ids_new is not None:
            yield from _diff_by_id(old, new, ids_old, ids_new, path)
        else:
            yield from _diff_by_index(old, new, path)
    elif not _same(old, new):
        yield Change(path, "changed", old, new)


def _diff_mapping(old: Mapping[str, Any], new: Mapping[str, Any], path: str) -> Iterator[Change]:
    for key, value in old.items():
        if key not in new:
            yield Change(_key(path, str(key)), "removed", value, None)
        else:
            yield from _diff(value, new[key], _key(path, str(key)))
    for key, value in new.items():
        if key not in old:
            yield Change(_key(path, str(key)), "added", None, value)


def _ids(items: list[Any]) -> list[str] | None:
    """The items' ids when every item is a mapping with a distinct string id, else None."""
    ids = [item.get("id") if isinstance(item, Mapping) else None for item in items]
    if not all(isinstance(i, str) for i in ids) or len(set(ids)) != len(ids):
        return None
    return [str(i) for i in ids]


def _diff_by_id(old: list[Any], new: list[Any], ids_old: list[str], ids_new: list[str], path: str) -> Iterator[Change]:
    by_id = dict(zip(ids_new, new, strict=True))
    for item_id, item in zip(ids_old, old, strict=True):
        where = f"{path}[{item_id}]"
        if item_id not in by_id:
            yield Change(where, "removed", item, None)
        else:
            yield from _diff(item, by_id[item_id], where)
    known = set(ids_old)
    for item_id, item in zip(ids_new, new, strict=True):
        if item_id not in known:
            yield Change(f"{path}[{item_id}]", "added", None, item)
    kept_old = [i for i in ids_old if i in by_id]
    kept_new = [i for i in ids_new if i in known]
    if kept_old != kept_new:
        yield Change(path, "changed", kept_old, kept_new)


def _diff_by_index(old: list[Any], new: list[Any], path: str) -> Iterator[Change]:
    for index, (before, after) in enumerate(zip(old, new, strict=False)):
        yield from _diff(before, after, f"{path}[{index}]")
    for index in range(len(new), len(old)):
        yield Change(f"{path}[{index}]", "removed", old[index], None)
    for index in range(len(old), len(new)):
        yield Change(f"{path}[{index}]", "added", None, new[index])
