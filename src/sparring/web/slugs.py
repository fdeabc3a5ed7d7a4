"""A case's name in a web address is a slug and nothing else: checked here, once, for every route.

The CLI's case references accept a file path or ``-`` (stdin) as well as a stored name (see
:func:`sparring.services.cases.resolve`); the web app must never, or ``/cases/config.yaml/…``
would read a file of the server's working folder and ``/cases/-/…`` would wait on its stdin.
So every ``{slug}`` in a path is matched against the store's own pattern before any handler
runs (:func:`path_slug_guard`, an app-wide dependency), and a name that is not a slug is a
404: there can be no case at that address. The pages then read cases from the store only.
"""

from __future__ import annotations

import re

from fastapi import Request

from sparring.model.errors import SparringError
from sparring.services.workspace import SLUG_PATTERN

_SLUG = re.compile(SLUG_PATTERN.removeprefix("^").removesuffix("$"))


def is_slug(value: object) -> bool:
    """Whether ``value`` is a case name (the whole string: no trailing newline slips through)."""
    return isinstance(value, str) and _SLUG.fullmatch(value) is not None


def case_slug(value: str) -> str:
    """``value`` if it is a case name, else a ``not_found`` error (there is no case at such an address)."""
    if not is_slug(value):
        raise SparringError(
            "there is no case at this address",
            hint="case names are 1-64 lowercase letters, digits and '-'",
            kind="not_found",
        )
    return value


async def path_slug_guard(request: Request) -> None:
    """App-wide dependency: a ``{slug}`` path parameter must be a case name, or the answer is 404."""
    slug = request.path_params.get("slug")
    if slug is not None:
        case_slug(slug)
