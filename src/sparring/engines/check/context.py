"""Everything a rule may look at besides the case itself, passed in so rules stay pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SavedVersion:
    """One earlier version of the case: when it was saved and its document as JSON data."""

    saved_on: dt.date
    data: dict[str, Any]


@dataclass(frozen=True)
class CheckContext:
    """Inputs from outside the case: today's date, the version history, rehearsal count.

    ``rehearsals`` is ``None`` when unknown (e.g. a file checked outside the store); rules
    then say nothing about rehearsal history instead of guessing.
    """

    today: dt.date
    history: tuple[SavedVersion, ...] = field(default_factory=tuple)
    rehearsals: int | None = None
