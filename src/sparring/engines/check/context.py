"""Everything a rule may look at besides the case itself, passed in so rules stay pure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sparring.model.case import Case


@dataclass(frozen=True)
class SavedVersion:
    """One earlier version of the case: when it was saved and its document as JSON data."""

    saved_on: dt.date
    data: dict[str, Any]


@dataclass(frozen=True)
class CheckContext:
    """Inputs from outside the case: today's date, the version history, rehearsal count, and
    the templates whose sample values do not count as the user's (by kind, see samples.py).

    ``rehearsals`` is ``None`` when unknown (e.g. a file checked outside the store); rules
    then say nothing about rehearsal history instead of guessing.
    """

    today: dt.date
    history: tuple[SavedVersion, ...] = field(default_factory=tuple)
    rehearsals: int | None = None
    templates: Mapping[str, Case] = field(default_factory=dict)
