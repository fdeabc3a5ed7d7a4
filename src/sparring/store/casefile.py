"""Case files on disk: load YAML into a validated :class:`Case`, save it back keeping comments.

Every problem is reported as ``file:line:column field.path: what is wrong``; saving writes a
temporary file and renames it over the old one, so a crash never leaves half a file.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from sparring.model.case import Case, parse_case
from sparring.model.errors import CaseInvalid, SparringError
from sparring.store.yaml_reader import MAX_BYTES, decode, fail, parse, position, to_plain


@dataclass(frozen=True)
class LoadedCase:
    """A validated case plus what is needed to write it back as the user wrote it."""

    case: Case
    source: str
    text: str
    document: Any

    def dump(self, case: Case | None = None) -> str:
        """YAML for ``case`` (default: the loaded one), keeping this file's comments and layout."""
        return dump_case(case or self.case, self.document)


def read_bytes(path: str | Path) -> bytes:
    """Read a case file (``-`` is standard input), refusing oversize files before reading them."""
    if str(path) == "-":
        raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        return raw
    file = Path(path)
    try:
        size = file.stat().st_size
        if not file.is_file():
            raise fail(str(path), "is not a file", hint="Pass the path of a .yaml case file.")
        if size > MAX_BYTES:
            raise fail(
                str(path),
                f"the file is {size / 1_048_576:.1f} MB; case files are limited to 1 MB",
                hint="A case is a few kilobytes; check that this is the right file.",
            )
        return file.read_bytes()
    except FileNotFoundError:
        raise SparringError(
            f"{path}: no such file", hint="Check the path, or list stored cases with `sparring list`.", kind="not_found"
        ) from None
    except PermissionError:
        raise fail(str(path), "permission denied", hint="Check the file's permissions.") from None
    except IsADirectoryError:
        raise fail(str(path), "is a directory, not a case file") from None


def load_case_text(text: str, source: str = "<text>") -> LoadedCase:
    """Parse and validate YAML (or JSON, which is YAML) text into a case.

    Text that did not come through :func:`read_bytes` (the web YAML editor's) is held to the same
    size cap, counted in characters.
    """
    if len(text) > MAX_BYTES:
        raise fail(
            source,
            f"the text has {len(text):,} characters; case files are limited to 1 MB",
            hint="A case is a few kilobytes; check that this is the right text.",
        )
    document = parse(text, source)
    data = to_plain(document, source)
    if isinstance(data, dict) and isinstance(data.get("market"), dict) and "median" not in data["market"]:
        from sparring.engines.market import complete_market

        try:
            data = complete_market(data)
        except SparringError as exc:
            line, column = position(document, ("market", "source"))
            raise fail(source, exc.message, line, column, hint=exc.hint) from None
    try:
        case = parse_case(data, source)
    except CaseInvalid as exc:
        located = [
            replace(p, line=line, column=column) for p in exc.problems for line, column in [position(document, p.path)]
        ]
        raise CaseInvalid(located, source, exc.total) from None
    return LoadedCase(case=case, source=source, text=text, document=document)


def load_case_bytes(raw: bytes, source: str) -> LoadedCase:
    return load_case_text(decode(raw, source), source)


def load_case_file(path: str | Path) -> LoadedCase:
    """Load and validate the case file at ``path`` (``-`` reads standard input)."""
    source = "<stdin>" if str(path) == "-" else str(path)
    return load_case_bytes(read_bytes(path), source)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    yaml.preserve_quotes = True
    return yaml


def dump_case(case: Case, document: Any = None) -> str:
    """YAML text for ``case``. With the original ``document``, comments and layout are kept."""
    data = case.to_data()
    tree = merge(copy.deepcopy(document), data) if isinstance(document, CommentedMap) else _commented(data)
    stream = io.StringIO()
    _yaml().dump(tree, stream)
    return stream.getvalue()


def _commented(value: Any) -> Any:
    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _commented(item)
        return out
    if isinstance(value, (list, tuple)):
        seq = CommentedSeq(_commented(item) for item in value)
        if all(isinstance(item, (int, float)) and not isinstance(item, bool) for item in value) and value:
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, dt.datetime):
        return value
    return value


def merge(target: Any, new: Any) -> Any:
    """Write ``new`` into the round-trip tree ``target`` in place, keeping comments on what stays."""
    if isinstance(target, CommentedMap) and isinstance(new, dict):
        for key in [k for k in target if k not in new]:
            del target[key]
        for key, value in new.items():
            target[key] = merge(target[key], value) if key in target else _commented(value)
        return target
    if isinstance(target, CommentedSeq) and isinstance(new, (list, tuple)):
        while len(target) > len(new):
            del target[-1]
        for index, value in enumerate(new):
            if index < len(target):
                target[index] = merge(target[index], value)
            else:
                target.append(_commented(value))
        return target
    if _same_scalar(target, new):
        return target  # keeps the original spelling (quotes, style) of unchanged values
    return _commented(new)


def _same_scalar(old: Any, new: Any) -> bool:
    if isinstance(old, (dict, list)) or isinstance(new, (dict, list)):
        return False
    return (
        (type(old) is type(new) and old == new)
        or (isinstance(old, str) and isinstance(new, str) and str(old) == new)
        or (
            isinstance(old, (int, float))
            and isinstance(new, (int, float))
            and not isinstance(old, bool)
            and not isinstance(new, bool)
            and float(old) == float(new)
            and type(new) is type(old).__mro__[-2]
        )
    )


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` atomically: a crash leaves either the old file or the new one, never half."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise SparringError(
            f"{path}: could not write the file ({exc.strerror})", hint="Check the folder exists and is writable."
        ) from None
