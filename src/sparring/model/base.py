"""Shared building blocks of the domain: strict models and the scalar types they use."""

from __future__ import annotations

import math
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, PlainValidator, WithJsonSchema


class StrictModel(BaseModel):
    """Every domain model rejects unknown fields, so typos are reported, not ignored."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)


def _number(value: Any) -> int | float:
    # YAML and JSON both give typed numbers; a quoted "132k" or a bool is a mistake to report.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number, got {type(value).__name__} {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"expected a finite number, got {value!r}")
    return value


def _non_negative(value: int | float) -> int | float:
    if value < 0:
        raise ValueError(f"{value} is negative; amounts must be 0 or more")
    return value


def _weight(value: int | float) -> int | float:
    if not 0 <= value <= 1:
        raise ValueError(f"{value} is outside 0..1; a weight is a share of what matters")
    return value


Number = Annotated[int | float, PlainValidator(_number), WithJsonSchema({"type": "number"})]
Amount = Annotated[Number, AfterValidator(_non_negative), WithJsonSchema({"type": "number", "minimum": 0})]
Weight = Annotated[Number, AfterValidator(_weight), WithJsonSchema({"type": "number", "minimum": 0, "maximum": 1})]

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
_ID_RE = re.compile(ID_PATTERN)


def _identifier(value: Any) -> str:
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise ValueError(
            f"{value!r} is not a valid id: use 1-64 letters, digits, '-', '_' or '.', starting with a letter or digit"
        )
    return value


Id = Annotated[str, PlainValidator(_identifier), WithJsonSchema({"type": "string", "pattern": ID_PATTERN})]

Text = Annotated[str, WithJsonSchema({"type": "string", "maxLength": 4000})]
"""Free text written by the user; length is bounded by the file-size limit, not here."""


def _not_blank(value: str) -> str:
    # Models strip whitespace first, so a title of spaces arrives here as "".
    if not value.strip():
        raise ValueError("must not be blank; write it in a few words")
    return value


RequiredText = Annotated[
    str,
    AfterValidator(_not_blank),
    WithJsonSchema({"type": "string", "minLength": 1, "maxLength": 4000, "pattern": "\\S"}),
]
"""Text that names the negotiation or its goal: an empty or all-space value says nothing."""


def slug(text: str, words: int = 4) -> str:
    """A short, stable id fragment derived from text (``"Keep attrition low"`` → ``keep-attrition-low``)."""
    parts = re.findall(r"[a-z0-9]+", text.lower())[:words]
    return "-".join(parts)[:40].strip("-") or "item"
