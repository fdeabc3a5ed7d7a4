"""Reading untrusted YAML safely: size, encoding, binary, tabs, duplicates, aliases, tags, numbers.

Everything here turns a bad file into a :class:`SparringError` that names the file, line and
column, so no traceback ever reaches the user. The round-trip loader keeps comments and
positions; its composer (:class:`_BoundedComposer`) refuses, while the file is being read and
before any value is built, an alias that refers to the collection it sits in, a document that
expands (aliases counted at their full size) to more than :data:`MAX_NODES` values, and an
integer longer than :data:`MAX_INT_DIGITS` digits. :func:`to_plain` then copies the tree into
plain Python values, refusing custom tags and joining UTF-16 surrogate pairs on the way.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent

from sparring.model.errors import SparringError

MAX_BYTES = 1_048_576
MAX_NODES = 100_000
"""Values a document may expand to, keys and every use of an alias (at its full size) counted."""
MAX_DEPTH = 64
MAX_INT_DIGITS = 30
"""Digits an integer may have: amounts are far shorter, and Python refuses to read over 4,300."""

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
    yaml = _loader()
    try:
        return yaml.load(text)
    except _Refused as exc:
        mark = exc.mark
        raise fail(source, exc.message, mark.line + 1, mark.column + 1, hint=exc.hint) from None
    except MarkedYAMLError as exc:
        raise _marked(exc, source) from None
    except YAMLError as exc:
        raise fail(source, f"not valid YAML: {exc}") from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise _bad_scalar(text, source, exc) from None
    except RecursionError:
        raise fail(source, f"the document is nested too deeply (over {MAX_DEPTH} levels)") from None


class _Refused(Exception):
    """Raised by the composer for input it will not build; :func:`parse` locates it."""

    def __init__(self, message: str, mark: Any, hint: str | None = None):
        super().__init__(message)
        self.message, self.mark, self.hint = message, mark, hint


class _BoundedComposer(Composer):
    """ruamel's composer, counting values as it goes so that no document can grow without bound.

    Without this an alias inside its own anchor (``loop: &l [*l]``) becomes a cycle that
    ruamel silently turns into ``null`` and that a walk over the nodes never leaves, and
    nine aliases of nine aliases (a "billion laughs") expand to 9⁹ values.
    """

    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader=loader)
        self._expanded = 0
        self._open: set[str] = set()
        self._sizes: dict[str, int] = {}
        self._aliased = False

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        anchor = event.anchor
        if isinstance(event, AliasEvent):
            if anchor in self._open:
                raise _Refused(
                    f"the alias *{anchor} refers to the collection it is part of (a recursive alias)",
                    event.start_mark,
                    hint="Case files need no anchors (&) or aliases (*); write the values out.",
                )
            node = super().compose_node(parent, index)
            self._count(self._sizes.get(anchor, 1), event.start_mark, alias=True)
            return node
        start = self._expanded
        self._count(1, event.start_mark)
        if anchor is not None:
            self._open.add(anchor)
        node = super().compose_node(parent, index)
        if anchor is not None:
            self._open.discard(anchor)
            self._sizes[anchor] = self._expanded - start
        return node

    def compose_scalar_node(self, anchor: Any) -> Any:
        node = super().compose_scalar_node(anchor)
        digits = len(node.value.lstrip("+-").replace("_", "")) if str(node.tag).endswith(":int") else 0
        if digits > MAX_INT_DIGITS:
            raise _Refused(
                f"the integer {node.value[:12]}… has {digits:,} digits; integers are limited to {MAX_INT_DIGITS}",
                node.start_mark,
                hint="Amounts are written in full units (132000); a number this long is a mistake.",
            )
        return node

    def _count(self, size: int, mark: Any, alias: bool = False) -> None:
        self._expanded += size
        self._aliased = self._aliased or alias
        if self._expanded <= MAX_NODES:
            return
        if self._aliased:
            raise _Refused(
                f"the document expands to more than {MAX_NODES:,} values (a YAML alias bomb?)",
                mark,
                hint="Case files need no anchors (&) or aliases (*) repeated like this.",
            )
        raise _Refused(
            f"the document holds more than {MAX_NODES:,} keys and values; a case holds a few hundred",
            mark,
            hint="A case is a few kilobytes; check that this is the right file.",
        )


def _loader() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    yaml.Composer = _BoundedComposer
    return yaml


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
    try:
        root = _loader().compose(text)
    except (YAMLError, _Refused):
        root = None
    stack = [root] if root is not None else []
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:  # an alias: its node was looked at already
            continue
        seen.add(id(node))
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
        return _text(str(node), source, path, doc)
    if isinstance(node, dt.datetime):
        return node
    if isinstance(node, dt.date):
        return dt.date(node.year, node.month, node.day)
    line, column = position(doc, path)
    raise fail(source, f"values of type {type(node).__name__} are not supported here", line, column)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(text: str, source: str, path: tuple[Any, ...], doc: Any) -> str:
    """Join UTF-16 surrogate pairs (JSON's ``"\\ud83d\\ude00"`` for 😀); refuse a lone half."""
    if _SURROGATE.search(text) is None:
        return text
    try:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        line, column = position(doc, path)
        raise fail(
            source,
            "the text holds half of a UTF-16 surrogate pair (an escape such as \\ud83d without its partner)",
            line,
            column,
            hint="Write the character itself, or both halves of its escape (\\ud83d\\ude00 for 😀).",
        ) from None


def _key(key: Any, source: str, path: tuple[Any, ...], doc: Any) -> str:
    if isinstance(key, str):
        return _text(str(key), source, (*path, key), doc)
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
