"""A posted editor form → a case document (plain data), merged over the version it was opened from.

The form owns only what it shows: each list it rendered posts a ``_list`` marker (so an
emptied list is seen as empty), each group posts its fields, and anything the form does not
show (a lever's utility curve, the outcome log) is kept from the base version. List rows keep
their unshown keys by id. Values that do not parse (``132k`` in a number field) are passed on
as typed, so the validator reports them next to their field instead of the form losing them.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sparring.web.editor.spec import SECTIONS, Field, Group, LimitTable, ListGroup, PackageTable

LIST_MARKER = "_list"
PACKAGES_MARKER = "_packages"
LIMITS_MARKER = "_limits"
LIMIT_KEYS = ("min", "max", "accept")
_TOKEN = re.compile(r"^\d{1,20}$")
_MISSING = object()


@dataclass
class Draft:
    """The edited document and, per list, the form's row tokens in document order."""

    data: dict[str, Any]
    tokens: dict[str, list[str]]


def initial_tokens(data: dict[str, Any]) -> dict[str, list[str]]:
    """Row tokens for a document straight from the store: its positions."""
    tokens: dict[str, list[str]] = {}
    for part in _parts():
        if isinstance(part, ListGroup):
            items = get_path(data, part.path)
            tokens[part.path] = [str(i) for i in range(len(items))] if isinstance(items, list) else []
    return tokens


def parse_form(items: Iterable[tuple[str, str]], base: dict[str, Any]) -> Draft:
    """Merge the posted fields over ``base`` (the document the form was opened from)."""
    values: dict[str, list[str]] = {}
    for name, value in items:
        values.setdefault(name, []).append(value)
    data = copy.deepcopy(base)
    tokens: dict[str, list[str]] = {}
    owned_lists = set(values.get(LIST_MARKER, []))
    for part in _parts():
        if isinstance(part, Group):
            _apply_group(data, base, part, values)
        elif isinstance(part, ListGroup) and part.path in owned_lists:
            tokens[part.path] = _apply_list(data, base, part, values)
        elif isinstance(part, PackageTable) and PACKAGES_MARKER in values:
            for row, _label in part.rows:
                _apply_package(data, row, values)
        elif isinstance(part, LimitTable) and LIMITS_MARKER in values:
            _apply_limits(data, part.path, values)
    for path, items_ in initial_tokens(data).items():
        tokens.setdefault(path, items_)
    return Draft(data, tokens)


# -- reading one field ---------------------------------------------------------------------


def read_field(field: Field, name: str, values: dict[str, list[str]]) -> Any:
    """The value of ``field`` posted under ``name``: ``_MISSING`` when not posted, None when empty."""
    if field.kind == "range":
        low, high = values.get(f"{name}.0", [""])[-1].strip(), values.get(f"{name}.1", [""])[-1].strip()
        if f"{name}.0" not in values and f"{name}.1" not in values:
            return _MISSING
        if not low and not high:
            return None
        return [number(v) for v in (low, high) if v]
    if name not in values:
        return _MISSING
    posted = values[name]
    if field.kind == "bool":
        return "true" in posted
    if field.kind == "ids":
        return [v for v in posted if v]
    text = posted[-1].strip()
    if field.kind == "csv":
        return [part.strip() for part in re.split(r"[,\n]", text) if part.strip()]
    if not text:
        return None
    if field.kind == "number":
        return number(text)
    if field.kind == "value":
        return number(text)
    if field.kind == "prefer":
        if text in ("higher", "lower"):
            return text
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def number(text: str) -> Any:
    """``132,000`` → 132000; ``0.25`` → 0.25; anything else is returned as typed for the validator."""
    cleaned = text.replace(",", "").replace("_", "").strip()
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        value = float(cleaned)
    except ValueError:
        return text
    return value if value == value and value not in (float("inf"), float("-inf")) else text


# -- applying parts ------------------------------------------------------------------------


def _apply_group(data: dict[str, Any], base: dict[str, Any], group: Group, values: dict[str, list[str]]) -> None:
    for field in group.fields:
        name = f"{group.path}.{field.key}" if group.path else field.key
        value = read_field(field, name, values)
        if value is _MISSING:
            continue
        _assign(data, name, value, field, had=get_path(base, name) is not _MISSING)


def _apply_list(data: dict[str, Any], base: dict[str, Any], part: ListGroup, values: dict[str, list[str]]) -> list[str]:
    prefix = part.path + "."
    tokens: list[str] = []
    for name in values:
        if name.startswith(prefix):
            token = name[len(prefix) :].split(".", 1)[0]
            if _TOKEN.match(token) and token not in tokens:
                tokens.append(token)
    old = get_path(base, part.path)
    by_id = (
        {item["id"]: item for item in old if isinstance(item, dict) and "id" in item} if isinstance(old, list) else {}
    )
    items: list[dict[str, Any]] = []
    for token in tokens:
        row = f"{prefix}{token}"
        posted_id = values.get(f"{row}.id", [""])[-1].strip()
        original = by_id.get(posted_id)
        item: dict[str, Any] = copy.deepcopy(original) if original is not None else {}
        if posted_id:
            item["id"] = posted_id
        else:
            item.pop("id", None)
        for field in part.fields:
            value = read_field(field, f"{row}.{field.key}", values)
            if value is _MISSING:
                continue
            before = get_path(original, field.key) if original is not None else _MISSING
            if field.kind == "ids" and isinstance(before, list):
                value = _keep_order(before, value)
            _assign(item, field.key, value, field, had=before is not _MISSING)
        items.append(item)
    if items or old is not _MISSING:
        set_path(data, part.path, items)
    else:
        delete_path(data, part.path)
    return tokens


def _keep_order(before: list[Any], chosen: list[str]) -> list[str]:
    """Checkboxes post in display order; keep the document's order for links that stay."""
    kept = [i for i in before if i in chosen]
    return kept + [i for i in chosen if i not in kept]


def _apply_package(data: dict[str, Any], row: str, values: dict[str, list[str]]) -> None:
    prefix = row + "."
    package = {name[len(prefix) :]: number(v[-1].strip()) for name, v in values.items() if name.startswith(prefix)}
    package = {k: v for k, v in package.items() if v != ""}
    if package:
        set_path(data, row, package)
    else:
        delete_path(data, row)


def _apply_limits(data: dict[str, Any], path: str, values: dict[str, list[str]]) -> None:
    prefix = path + "."
    limits: dict[str, dict[str, Any]] = {}
    for name, posted in values.items():
        if not name.startswith(prefix) or "." not in name[len(prefix) :]:
            continue
        lever, key = name[len(prefix) :].rsplit(".", 1)
        text = posted[-1].strip()
        if key not in LIMIT_KEYS or not text:
            continue
        if key == "accept":
            limits.setdefault(lever, {})[key] = [part.strip() for part in text.split(",") if part.strip()]
        else:
            limits.setdefault(lever, {})[key] = number(text)
    if limits:
        set_path(data, path, limits)
    else:
        delete_path(data, path)


def _assign(target: dict[str, Any], key: str, value: Any, field: Field, *, had: bool) -> None:
    """Set or remove ``key``. A cleared field is removed; an empty list, ``false`` or the model's
    default is only written when the document already had it, so saving adds no noise."""
    if value is None:
        delete_path(target, key)
        return
    implicit = value == [] or value is False or (field.default is not None and _text(value) == field.default)
    if implicit and not had:
        delete_path(target, key)
        return
    set_path(target, key, value)


def _text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


# -- paths ---------------------------------------------------------------------------------


def _parts() -> list[Group | ListGroup | PackageTable | LimitTable]:
    return [part for section in SECTIONS for part in section.parts]


def get_path(data: Any, dotted: str) -> Any:
    node = data
    for key in dotted.split(".") if dotted else []:
        if isinstance(node, dict) and key in node:
            node = node[key]
        else:
            return _MISSING
    return node


def set_path(data: dict[str, Any], dotted: str, value: Any) -> None:
    keys = dotted.split(".")
    node = data
    for key in keys[:-1]:
        child = node.get(key)
        if not isinstance(child, dict):
            child = {}
            node[key] = child
        node = child
    node[keys[-1]] = value


def delete_path(data: dict[str, Any], dotted: str) -> None:
    """Remove ``dotted`` and then any mapping left empty on the way up."""
    keys = dotted.split(".")
    trail: list[tuple[dict[str, Any], str]] = []
    node: Any = data
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return
        trail.append((node, key))
        node = node[key]
    parent, key = trail.pop()
    del parent[key]
    while trail:
        parent, key = trail.pop()
        if parent[key] == {}:
            del parent[key]
        else:
            break


def is_missing(value: Any) -> bool:
    return value is _MISSING
