"""Reading untrusted YAML safely: size, encoding, binary, tabs, duplicates, aliases, tags.

Everything here turns a bad file into a :class:`SparringError` that names the file, line and
column, so no traceback ever reaches the user. The round-trip loader keeps comments and
positions; :func:`to_plain` then copies the tree into plain Python values, refusing alias
bombs, cycles and custom tags on the way.
"""

from __future__ import annotations

import codecs
import datetime as dt
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from sparring.model.errors import SparringError

MAX_BYTES = 1_048_576
MAX_NODES = 100_000
MAX_DEPTH = 64

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def fail(
    source: str, message: str, line: int | None = None, column: int | None = None, hint: str | None = None
) -> SparringError:
    where = source if line is None else f"{source}:{line}:{column or 1}"
    return SparringError(f"{where}: {message}", hint=hint, kind="invalid")


def decode(raw: bytes, source: str) -> str:
    """Bytes → text: UTF-8 (or a BOM-marked UTF-16/32), refusing binary and oversize input."""
    if len(raw) > MAX_BYTES:
        raise fail(
            source,
            f"the file is {len(raw) / 1_048_576:.1f} MB; case files are limited to 1 MB",
            hint="A case is a few kilobytes; check that this is the right file.",
        )
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise fail(
                    source,
                    f"the file starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}",
                ) from None
    if b"\x00" in raw:
        raise fail(
            source,
            "this looks like a binary file, not YAML text (it contains NUL bytes)",
            hint="Pass a .yaml case file.",
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise fail(
            source,
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02X} cannot be decoded)",
            line,
            column,
            hint="Save the file as UTF-8 (most editors: 'Save with encoding').",
        ) from None


def parse(text: str, source: str) -> Any:
    """Text → ruamel round-trip tree (keeps comments and positions)."""
    if not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()):
        raise fail(
            source,
            "the file is empty; a case needs at least kind, title and goal",
            hint="Start from a template: sparring new --kind raise -o my-case.yaml",
        )
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            raise fail(
                source,
                "a tab is used for indentation; YAML needs spaces",
                number,
                indent.index("\t") + 1,
                hint="Replace the tabs at the start of the line with spaces.",
            )
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        raise _marked(exc, source) from None
    except YAMLError as exc:
        raise fail(source, f"not valid YAML: {exc}") from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise _bad_scalar(text, source, exc) from None
    except RecursionError:
        raise fail(source, f"the document is nested too deeply (over {MAX_DEPTH} levels)") from None


def _marked(exc: MarkedYAMLError, source: str) -> SparringError:
    mark = exc.problem_mark or exc.context_mark
    problem = (exc.problem or str(exc)).strip()
    if "duplicate key" in problem:
        first = exc.context_mark
        key = problem.split('"')[1] if '"' in problem else "?"
        where = f" (first defined at line {first.line + 1})" if first is not None else ""
        return fail(
            source,
            f"duplicate key {key!r}{where}; each key may appear once per mapping",
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
        )
    context = f" ({exc.context.strip()})" if exc.context else ""
    return fail(
        source,
        f"not valid YAML: {problem}{context}",
        mark.line + 1 if mark else None,
        mark.column + 1 if mark else None,
    )


def _bad_scalar(text: str, source: str, exc: Exception) -> SparringError:
    """A scalar that the YAML resolver typed but could not build (e.g. the date 2026-02-30)."""
    yaml = YAML(typ="rt")
    try:
        root = yaml.compose(text)
    except YAMLError:
        root = None
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        value = node.value
        if isinstance(value, list):
            for item in value:
                stack.extend(item if isinstance(item, tuple) else (item,))
        elif node.tag.endswith("timestamp"):
            try:
                dt.date.fromisoformat(str(value)[:10])
            except ValueError:
                mark = node.start_mark
                return fail(
                    source, f"{value!r} is not a valid date ({exc}); write YYYY-MM-DD", mark.line + 1, mark.column + 1
                )
    return fail(source, f"a value could not be read: {exc}")


_PLAIN_TAGS = ("tag:yaml.org,2002:",)
_STANDARD = {"str", "int", "float", "bool", "null", "map", "seq", "timestamp", "omap", "binary", "set"}


def to_plain(node: Any, source: str, doc: Any = None) -> Any:
    """Copy the tree into plain dict/list/str/int/float/bool/date/None, with limits."""
    budget = [MAX_NODES]
    return _plain(node, source, budget, 0, (), doc if doc is not None else node)


def _plain(node: Any, source: str, budget: list[int], depth: int, path: tuple[Any, ...], doc: Any) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise fail(
            source,
            f"the document expands to more than {MAX_NODES:,} values (a YAML alias bomb?)",
            hint="Case files need no anchors (&) or aliases (*) repeated like this.",
        )
    if depth > MAX_DEPTH:
        raise fail(source, f"the document is nested too deeply (over {MAX_DEPTH} levels) or refers to itself")
    _refuse_tag(node, source, path, doc)
    if isinstance(node, dict):
        return {
            _key(key, source, path, doc): _plain(value, source, budget, depth + 1, (*path, key), doc)
            for key, value in node.items()
        }
    if isinstance(node, (list, tuple)):
        return [_plain(value, source, budget, depth + 1, (*path, i), doc) for i, value in enumerate(node)]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, dt.datetime):
        return node
    if isinstance(node, dt.date):
        return dt.date(node.year, node.month, node.day)
    line, column = position(doc, path)
    raise fail(source, f"values of type {type(node).__name__} are not supported here", line, column)


def _key(key: Any, source: str, path: tuple[Any, ...], doc: Any) -> str:
    if isinstance(key, str):
        return str(key)
    line, column = position(doc, path)
    raise fail(source, f"mapping keys must be text, found {key!r}", line, column)


def _refuse_tag(node: Any, source: str, path: tuple[Any, ...], doc: Any) -> None:
    tag = getattr(node, "tag", None)
    value = getattr(tag, "value", tag)
    if value is None or not isinstance(value, str):
        return
    name = value.removeprefix("tag:yaml.org,2002:")
    if value.startswith(_PLAIN_TAGS) and name in _STANDARD:
        return
    line, column = position(doc, path)
    raise fail(
        source,
        f"the tag {value!r} is not allowed; case files hold plain values only",
        line,
        column,
        hint="Remove the '!' tag.",
    )


def position(doc: Any, path: tuple[Any, ...]) -> tuple[int | None, int | None]:
    """1-based line and column of the field at ``path`` (its key), or of its nearest ancestor."""
    node = doc
    found: tuple[int, int] | None = (0, 0) if isinstance(doc, (CommentedMap, CommentedSeq)) else None
    for part in path:
        try:
            if isinstance(node, CommentedMap) and part in node:
                found = node.lc.key(part)
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
                found = node.lc.item(part)
                node = node[part]
            else:
                break
        except (KeyError, IndexError, TypeError, AttributeError):
            break
    if found is None:
        return None, None
    return found[0] + 1, found[1] + 1
