"""The one user-facing error type.

Every layer raises :class:`SparringError` (or a subclass) for anything the user can fix:
bad input, a missing case, a busy store. Interfaces translate ``kind`` into an exit code or
an HTTP status in exactly one place, so a traceback never reaches the user for bad input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ErrorKind = Literal["invalid", "not_found", "conflict", "busy", "unavailable"]


class SparringError(Exception):
    """Something the user can fix: says what is wrong and how to fix it."""

    def __init__(self, message: str, *, hint: str | None = None, kind: ErrorKind = "invalid"):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.kind: ErrorKind = kind

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\nHint: {self.hint}"


@dataclass(frozen=True)
class Problem:
    """One located validation problem: a field path inside a document and what is wrong."""

    path: tuple[str | int, ...]
    message: str
    line: int | None = None
    column: int | None = None

    @property
    def dotted(self) -> str:
        return format_path(self.path)

    def located(self, source: str | None) -> str:
        """``raise.yaml:14:5 tiers.likely.salary: message`` (parts omitted when unknown)."""
        where = source or ""
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}" if where else f"{self.line}:{self.column or 1}"
        field = self.dotted or "(document)"
        return f"{where} {field}: {self.message}" if where else f"{field}: {self.message}"


def format_path(path: tuple[str | int, ...]) -> str:
    """Render ``('evidence', 0, 'claim')`` as ``evidence[0].claim``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


MAX_PROBLEMS = 20
"""Problems a :class:`CaseInvalid` keeps and shows; beyond them it only counts (a file of 60,000
unknown keys once gave 17 MB of messages and took seconds to word)."""


class CaseInvalid(SparringError):
    """A case document failed validation; carries its first :data:`MAX_PROBLEMS` located problems.

    ``total`` is how many there were in all (default: ``len(problems)``); the message says how
    many more there are beyond those shown.
    """

    def __init__(self, problems: list[Problem], source: str | None = None, total: int | None = None):
        self.problems = problems[:MAX_PROBLEMS]
        self.total = max(total if total is not None else 0, len(problems))
        self.source = source
        lines = [f"  {p.located(source)}" for p in self.problems]
        count = self.total
        if count > len(self.problems):
            more = count - len(self.problems)
            lines.append(f"  … and {more:,} more problem{'s' if more != 1 else ''} (fix these first)")
        head = f"{source or 'the case'} is not a valid case ({count:,} problem{'s' if count != 1 else ''}):"
        super().__init__(
            head + "\n" + "\n".join(lines),
            hint="Fix the fields named above; `sparring schema` prints every allowed field.",
            kind="invalid",
        )
