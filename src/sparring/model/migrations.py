"""Schema versions of case files, and the path from older versions to the current one.

Each entry of ``MIGRATIONS`` upgrades a document from version N to N+1, as plain data, so
old files keep loading after the format changes. Version 1 is the first published format;
when version 2 arrives, add ``MIGRATIONS[1]`` and bump ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sparring.model.errors import CaseInvalid, Problem

SCHEMA_VERSION = 1
"""The version this Sparring writes; :class:`~sparring.model.case.Case` accepts only it, after migration."""

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}


def migrate(data: dict[str, Any], source: str | None = None, *, current: int | None = None) -> dict[str, Any]:
    """Bring ``data`` up to the current schema version, one step at a time."""
    target = SCHEMA_VERSION if current is None else current
    version = data.get("schema_version", target)
    if isinstance(version, bool) or not isinstance(version, int):
        raise CaseInvalid(
            [Problem(("schema_version",), f"{version!r} is not a schema version; write an integer such as {target}")],
            source,
        )
    if version > target:
        raise CaseInvalid(
            [
                Problem(
                    ("schema_version",),
                    f"version {version} is newer than this Sparring understands ({target}); upgrade Sparring",
                )
            ],
            source,
        )
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise CaseInvalid(
                [
                    Problem(
                        ("schema_version",),
                        f"version {version} is not supported; supported: {sorted({*MIGRATIONS, target})}",
                    )
                ],
                source,
            )
        data = {**step(dict(data)), "schema_version": version + 1}
        version += 1
    return data
