"""Turn pydantic's errors into messages a person can act on: what is wrong, what is allowed."""

from __future__ import annotations

import difflib
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from sparring.model.errors import MAX_PROBLEMS, Problem

# Pydantic adds the name of a union member to the location (e.g. ``str`` or ``list[str]``);
# those are implementation detail, not document fields.
_UNION_TAGS = ("str", "int", "float", "list[str]", "function-plain[_number()]", "literal['higher','lower']")


def problems_from(
    error: ValidationError, model: type[BaseModel], limit: int = MAX_PROBLEMS
) -> tuple[list[Problem], int]:
    """The first ``limit`` located problems of ``model``, worded for people, and how many there are.

    Only the kept ones are worded (the suggestions for unknown fields take time); the rest are
    counted, one per distinct field, so that a file of 60,000 bad keys is answered at once.
    """
    problems: list[Problem] = []
    seen: set[tuple[tuple[str | int, ...], str]] = set()
    fields: set[tuple[str | int, ...]] = set()
    kept: set[tuple[str | int, ...]] = set()
    for item in error.errors(include_url=False):
        loc = tuple(part for part in item["loc"] if not _is_union_tag(part))
        fields.add(loc)
        if loc not in kept:
            if len(kept) >= limit:
                continue
            kept.add(loc)
        message = _message(item, loc, model)
        key = (loc, message)
        if key in seen:
            continue
        seen.add(key)
        problems.append(Problem(loc, message))
    return _merge_union_failures(problems), len(fields)


def _is_union_tag(part: str | int) -> bool:
    return isinstance(part, str) and (part in _UNION_TAGS or part.startswith(("function-", "literal[")))


def _message(item: Any, loc: tuple[str | int, ...], model: type[BaseModel]) -> str:
    kind = item["type"]
    value = item.get("input")
    if kind == "extra_forbidden":
        return _unknown_field(loc, model)
    if kind == "missing":
        return "required field is missing"
    if kind == "value_error":
        return str(item["msg"]).removeprefix("Value error, ")
    if kind in ("literal_error", "enum"):
        expected = item.get("ctx", {}).get("expected", "")
        return f"{_show(value)} is not allowed; use one of {expected}"
    if kind.startswith(("date_", "datetime_")):
        return f"{_show(value)} is not a valid date; write YYYY-MM-DD, e.g. 2026-09-12"
    if kind in ("string_type", "bool_type", "list_type", "dict_type", "model_type", "model_attributes_type"):
        wanted = {
            "string_type": "text",
            "bool_type": "true or false",
            "list_type": "a list",
            "dict_type": "a mapping",
            "model_type": "a mapping of fields",
            "model_attributes_type": "a mapping of fields",
        }[kind]
        return f"expected {wanted}, got {_describe(value)}"
    if kind in ("too_short", "too_long"):
        return str(item["msg"])
    return str(item["msg"])


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"text ({_show(value)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing (null)"
    return type(value).__name__


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _merge_union_failures(problems: list[Problem]) -> list[Problem]:
    """A value that fits no member of a union yields one error per member; keep one line."""
    by_loc: dict[tuple[str | int, ...], list[Problem]] = {}
    for problem in problems:
        by_loc.setdefault(problem.path, []).append(problem)
    merged: list[Problem] = []
    for loc, group in by_loc.items():
        if len(group) == 1:
            merged.append(group[0])
        else:
            merged.append(Problem(loc, " or ".join(dict.fromkeys(p.message for p in group))))
    return merged


def _unknown_field(loc: tuple[str | int, ...], root: type[BaseModel]) -> str:
    allowed = _fields_at(root, loc[:-1])
    name = str(loc[-1])
    close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if close:
        return f"unknown field {name!r}; did you mean {close[0]!r}?"
    if allowed:
        return f"unknown field {name!r}; allowed here: {', '.join(allowed)}"
    return f"unknown field {name!r}"


def _fields_at(root: type[BaseModel], path: tuple[str | int, ...]) -> list[str]:
    """The field names (as written in files) of the model found at ``path`` under ``root``."""
    current: Any = root
    for part in path:
        if isinstance(part, int) or not _is_model(current):
            if isinstance(part, int):
                continue
            return []
        field = next((f for n, f in current.model_fields.items() if (f.alias or n) == part), None)
        if field is None:
            return []
        current = _model_in(field.annotation)
    if not _is_model(current):
        return []
    return [f.alias or n for n, f in current.model_fields.items()]


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _model_in(annotation: Any) -> Any:
    """The pydantic model inside ``X | None``, ``list[X]`` and ``dict[str, X]`` annotations."""
    if _is_model(annotation):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
