"""Structured output: ask for JSON against a schema, then read and validate what came back.

The schema is always written into the prompt (:func:`sparring.llm.base.with_json_instruction`),
because many local servers cannot constrain decoding; what the model writes is repaired
(:mod:`sparring.llm.jsonrepair`) and validated with pydantic (or, for a plain JSON Schema
dict, a small checker of the common keywords). Nothing invalid is passed on: it becomes :class:`LLMOutputInvalid`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from sparring.llm.errors import LLMOutputInvalid
from sparring.llm.jsonrepair import NoJSON, extract_json

_SHOWN = 160


def schema_dict(schema: type[BaseModel] | dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema for a pydantic model, or the dict itself."""
    if isinstance(schema, dict):
        return schema
    return schema.model_json_schema()


def parse_reply(text: str, schema: type[BaseModel] | dict[str, Any]) -> Any:
    """The validated value in a model's reply; :class:`LLMOutputInvalid` when there is none."""
    try:
        data = extract_json(text)
    except NoJSON:
        raise _invalid("the model's reply holds no JSON", text) from None
    if isinstance(schema, dict):
        problems = check(data, schema, schema)
        if problems:
            raise _invalid(f"the model's JSON does not match the schema: {'; '.join(problems[:3])}", text)
        return data
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        shown = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or '(root)'}: {error['msg']}" for error in exc.errors()[:3]
        )
        raise _invalid(f"the model's JSON does not match {schema.__name__}: {shown}", text) from None


def _invalid(message: str, text: str) -> LLMOutputInvalid:
    excerpt = text.strip().replace("\n", " ")
    excerpt = excerpt if len(excerpt) <= _SHOWN else excerpt[:_SHOWN] + "…"
    return LLMOutputInvalid(
        message,
        hint=f"the reply began: {excerpt!r}" if excerpt else "the reply was empty",
        text=text,
    )


_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "number": (int, float),
    "integer": (int,),
    "boolean": (bool,),
    "null": (type(None),),
}


def check(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str = "(root)") -> list[str]:
    """Problems of ``value`` against the common JSON Schema keywords (type, enum, required, properties, ...)."""
    if "$ref" in schema:
        ref = str(schema["$ref"])
        target: Any = root
        for part in ref.removeprefix("#/").split("/") if ref.startswith("#/") else []:
            target = target.get(part, {}) if isinstance(target, dict) else {}
        return check(value, target if isinstance(target, dict) else {}, root, path)
    for key in ("anyOf", "oneOf"):
        if key in schema and not any(not check(value, option, root, path) for option in schema[key]):
            return [f"{path}: matches none of the allowed shapes"]
    problems: list[str] = []
    types = schema.get("type")
    if types is not None:
        allowed = [types] if isinstance(types, str) else list(types)
        if not any(_is(value, name) for name in allowed):
            return [f"{path}: expected {' or '.join(allowed)}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if "const" in schema and value != schema["const"]:
        problems.append(f"{path}: must be {schema['const']!r}")
    if isinstance(value, dict):
        problems += _check_object(value, schema, root, path)
    elif isinstance(value, list):
        items = schema.get("items")
        if isinstance(items, dict):
            for index, item in enumerate(value):
                problems += check(item, items, root, f"{path}[{index}]")
        if len(value) < int(schema.get("minItems", 0)):
            problems.append(f"{path}: needs at least {schema['minItems']} items")
    elif isinstance(value, str) and len(value) < int(schema.get("minLength", 0)):
        problems.append(f"{path}: needs at least {schema['minLength']} characters")
    elif _is(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(f"{path}: {value} is below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(f"{path}: {value} is above {schema['maximum']}")
    return problems


def _check_object(value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], path: str) -> list[str]:
    problems = [f"{path}: missing {name!r}" for name in schema.get("required", []) if name not in value]
    properties: dict[str, Any] = schema.get("properties", {})
    for name, item in value.items():
        where = name if path == "(root)" else f"{path}.{name}"
        if name in properties:
            problems += check(item, properties[name], root, where)
        elif schema.get("additionalProperties") is False:
            problems.append(f"{where}: not an allowed field")
    return problems


def _is(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("number", "integer"):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(name, (object,)))
