"""Find the JSON in what a model wrote, and mend the slips models make.

Models wrap JSON in code fences or prose, leave trailing commas, or stop mid-object when they
run out of tokens. These are fixed mechanically; anything further is rejected, never guessed.
"""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"```[a-zA-Z0-9_-]*\s*\n?(.*?)```", re.S)
_OPENERS = {"{": "}", "[": "]"}


class NoJSON(ValueError):
    """The text holds nothing that can be read as JSON."""


def extract_json(text: str) -> Any:
    """The JSON value in ``text``: as is, inside a code fence, or the outermost object or array, repaired."""
    candidates = [text.strip()]
    candidates += [block.strip() for block in _FENCE.findall(text)]
    unclosed = text.split("```", 2)
    if len(unclosed) == 2:  # an opening fence the model never closed
        candidates.append(re.sub(r"^[a-zA-Z0-9_-]*\s*\n", "", unclosed[1]).strip())
    for candidate in candidates:
        span = outermost(candidate)
        for attempt in (candidate, span, repair(span) if span else None):
            if attempt:
                try:
                    return json.loads(attempt)
                except ValueError:
                    continue
    raise NoJSON("no JSON object in the reply")


def outermost(text: str) -> str | None:
    """From the first ``{`` or ``[`` to its matching closer (or the end of the text if it never closes)."""
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    if not starts:
        return None
    start = min(starts)
    stack: list[str] = []
    in_string = escaped = False
    for index in range(start, len(text)):
        char = text[index]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in _OPENERS:
            stack.append(_OPENERS[char])
        elif stack and char == stack[-1]:
            stack.pop()
            if not stack:
                return text[start : index + 1]
    return text[start:]


def repair(text: str) -> str:
    """Drop trailing commas and close what a truncated reply left open (strings, arrays, objects)."""
    out: list[str] = []
    stack: list[str] = []
    in_string = escaped = False
    for char in text:
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in _OPENERS:
            stack.append(_OPENERS[char])
        elif char in "}]":
            _drop_trailing_comma(out)
            if stack and stack[-1] == char:
                stack.pop()
        out.append(char)
    if in_string:
        out.append('"')
    while stack:
        _drop_dangling(out, in_object=stack[-1] == "}")
        out.append(stack.pop())
    return "".join(out)


def _drop_trailing_comma(out: list[str]) -> None:
    index = len(out) - 1
    while index >= 0 and out[index].isspace():
        index -= 1
    if index >= 0 and out[index] == ",":
        del out[index]


def _drop_dangling(out: list[str], *, in_object: bool) -> None:
    """Before closing a truncated container, drop a trailing comma or an object key left without a value."""
    text = "".join(out).rstrip()
    if in_object:
        text = re.sub(r'([{,])\s*"(?:[^"\\]|\\.)*"\s*:?\s*$', r"\1", text)
    text = re.sub(r"[,:]\s*$", "", text)
    out[:] = list(text)
