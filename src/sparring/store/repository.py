"""The case store: every save is a new, numbered version; old versions stay readable.

One class over SQLite or PostgreSQL. Version numbers are ``max + 1`` inside one write
transaction: SQLite serialises writers with ``BEGIN IMMEDIATE``; PostgreSQL locks the case row.
An edit made from a version it read earlier names it (``base_version``), and a new case can
demand that its name is free (``new``): both are checked inside the saving transaction, and
the unique keys on (case, version) and on the slug are the last word, so of several writers
racing from one base version exactly one saves and the others get a ``conflict`` error.
Without these, a unique-key race (two processes creating one case) is retried.
"""

from __future__ import annotations

import builtins
import difflib
import json
import random
import re
import time
import unicodedata
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePath
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, Row, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sparring.model.case import Case, parse_case
from sparring.model.errors import SparringError
from sparring.store import db
from sparring.store.tables import case_versions, cases

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"
_SLUG_RE = re.compile(SLUG_PATTERN)
_SAVE_ATTEMPTS = 5
_SHOWN_SLUGS = 20


@dataclass(frozen=True)
class VersionInfo:
    """One saved version of a case, without its content."""

    slug: str
    version: int
    saved_at: datetime
    note: str | None


@dataclass(frozen=True)
class StoredCase:
    """One version of a case as saved: the validated case and, if it came from a file, its YAML text."""

    slug: str
    version: int
    case: Case
    yaml_text: str | None
    saved_at: datetime
    note: str | None


@dataclass(frozen=True)
class CaseSummary:
    """A stored case at a glance: its latest version and when it last changed."""

    slug: str
    title: str
    kind: str
    version: int
    updated_at: datetime


def check_slug(slug: str) -> str:
    """Return ``slug`` if it is a valid case name, else raise an ``invalid`` :class:`SparringError`."""
    if not isinstance(slug, str) or not _SLUG_RE.match(slug):
        raise SparringError(
            f"{slug!r} is not a valid case name",
            hint="use 1-64 lowercase letters, digits and '-', starting with a letter or digit, "
            f"e.g. {slugify(str(slug))!r}",
            kind="invalid",
        )
    return slug


def slugify(text: str) -> str:
    """A valid case name derived from a file name or a title (``"Raise Q3.yaml"`` → ``raise-q3``)."""
    name = PurePath(text.replace("\\", "/")).name if ("/" in text or "\\" in text) else text
    if name.lower().endswith((".yaml", ".yml", ".json")):
        name = name.rsplit(".", 1)[0]
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:64].rstrip("-") or "case"


OPEN_DEADLINE_S = 30.0
"""How long opening a store waits for another process's migration before it reports the store busy."""


class CaseStore:
    """Cases and their version history in SQLite or PostgreSQL, migrated to the newest schema on open."""

    def __init__(self, url: str, *, busy_timeout: float = db.BUSY_TIMEOUT_S) -> None:
        self.url = url
        self._parsed = db.parse_url(url)
        self.engine: Engine = db.create_store_engine(url, busy_timeout=busy_timeout)
        try:
            self._upgrade(deadline=time.monotonic() + OPEN_DEADLINE_S)
        except BaseException:
            self.engine.dispose()
            raise

    def _upgrade(self, deadline: float) -> None:
        """Bring the schema up to date. Two processes opening one new store at once both migrate;
        the second waits for the first (bounded), instead of failing on a slow machine."""
        while True:
            try:
                with self._errors():
                    db.upgrade(self.engine)
                return
            except SparringError as exc:
                if exc.kind != "busy" or time.monotonic() >= deadline:
                    raise
                time.sleep(0.2 + random.random() * 0.3)

    @property
    def display_url(self) -> str:
        """The URL with its password masked, safe to print."""
        return db.mask_url(self._parsed)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def save(
        self,
        slug: str,
        case: Case,
        *,
        yaml_text: str | None = None,
        note: str | None = None,
        base_version: int | None = None,
        new: bool = False,
    ) -> VersionInfo:
        """Save ``case`` as the next version of ``slug`` (creating the case at version 1).

        ``base_version``: the version this edit started from; if another was saved since, nothing
        is saved and a ``conflict`` error says so. ``new``: the case must not exist yet (else
        ``conflict``). Both hold against any number of concurrent writers, in any process.
        """
        check_slug(slug)
        if base_version is not None and (
            isinstance(base_version, bool) or not isinstance(base_version, int) or base_version < 1
        ):
            raise SparringError(f"{base_version!r} is not a version number; versions start at 1", kind="invalid")
        if new and base_version is not None:
            raise SparringError("a new case has no base version", kind="invalid")
        data = json.dumps(case.to_json_data(), ensure_ascii=False)
        for attempt in range(_SAVE_ATTEMPTS):
            try:
                with self._errors(), db.write_transaction(self.engine) as conn:
                    return self._save_once(conn, slug, case, data, yaml_text, note, base_version, new)
            except IntegrityError:
                # Another writer took the same slug or version first (PostgreSQL; SQLite writers are
                # serialised). A conditional save lost the race; a plain one tries again on top.
                if new or base_version is not None:
                    raise self._lost_race(slug, base_version) from None
                if attempt == _SAVE_ATTEMPTS - 1:
                    raise db.busy_error() from None
                time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
        raise AssertionError("unreachable")

    def get(self, slug: str, version: int | None = None) -> StoredCase:
        """One version of a case (the latest when ``version`` is None), re-validated."""
        check_slug(slug)
        if version is not None and (isinstance(version, bool) or not isinstance(version, int) or version < 1):
            raise SparringError(f"{version!r} is not a version number; versions start at 1", kind="invalid")
        with self._errors(), self.engine.connect() as conn:
            case_id = self._case_id(conn, slug)
            query = select(case_versions).where(case_versions.c.case_id == case_id)
            if version is None:
                query = query.order_by(case_versions.c.version.desc()).limit(1)
            else:
                query = query.where(case_versions.c.version == version)
            row = conn.execute(query).first()
            if row is None:
                raise self._no_version(conn, slug, case_id, version)
        return self._stored(slug, row)

    def history(self, slug: str) -> builtins.list[VersionInfo]:
        """Every version of a case, oldest first."""
        check_slug(slug)
        with self._errors(), self.engine.connect() as conn:
            case_id = self._case_id(conn, slug)
            rows = conn.execute(
                select(case_versions.c.version, case_versions.c.saved_at, case_versions.c.note)
                .where(case_versions.c.case_id == case_id)
                .order_by(case_versions.c.version)
            ).all()
        return [VersionInfo(slug, row.version, row.saved_at, row.note) for row in rows]

    def exists(self, slug: str) -> bool:
        """Whether a case of this name is stored (an invalid name never is)."""
        if not isinstance(slug, str) or not _SLUG_RE.match(slug):
            return False
        with self._errors(), self.engine.connect() as conn:
            return conn.execute(select(cases.c.id).where(cases.c.slug == slug)).first() is not None

    def list(self) -> builtins.list[CaseSummary]:
        """Every stored case with its latest version, by name."""
        latest = (
            select(case_versions.c.case_id, func.max(case_versions.c.version).label("version"))
            .group_by(case_versions.c.case_id)
            .subquery()
        )
        query = (
            select(cases.c.slug, cases.c.title, cases.c.kind, latest.c.version, cases.c.updated_at)
            .join(latest, latest.c.case_id == cases.c.id)
            .order_by(cases.c.slug)
        )
        with self._errors(), self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [CaseSummary(r.slug, r.title, r.kind, r.version, r.updated_at) for r in rows]

    # -- internals -------------------------------------------------------------------------

    def _save_once(
        self,
        conn: Connection,
        slug: str,
        case: Case,
        data: str,
        yaml_text: str | None,
        note: str | None,
        base_version: int | None,
        new: bool,
    ) -> VersionInfo:
        now = datetime.now(UTC)
        found = conn.execute(select(cases.c.id).where(cases.c.slug == slug).with_for_update()).first()
        if found is not None and new:
            raise _exists(slug)
        if found is None and base_version is not None:
            raise self._not_found(conn, slug)
        if found is None:
            result = conn.execute(
                insert(cases).values(slug=slug, kind=case.kind, title=case.title, created_at=now, updated_at=now)
            )
            key = result.inserted_primary_key
            assert key is not None
            case_id = int(key[0])
        else:
            case_id = int(found.id)
            changes = {"kind": case.kind, "title": case.title, "updated_at": now}
            conn.execute(update(cases).where(cases.c.id == case_id).values(**changes))
        latest = _latest_version(conn, case_id)
        if base_version is not None and latest != base_version:
            raise _conflict(slug, base_version, latest)
        version = latest + 1
        # The unique key on (case_id, version) makes this insert the check: a writer that read the
        # same latest version in parallel fails here instead of saving a second "next" version.
        conn.execute(
            insert(case_versions).values(
                case_id=case_id, version=version, saved_at=now, note=note, data=data, yaml_text=yaml_text
            )
        )
        return VersionInfo(slug, version, now, note)

    def _lost_race(self, slug: str, base_version: int | None) -> SparringError:
        """The conflict error for a conditional save that another writer beat to the unique key."""
        if base_version is None:
            return _exists(slug)
        with self._errors(), self.engine.connect() as conn:
            found = conn.execute(select(cases.c.id).where(cases.c.slug == slug)).first()
            latest = _latest_version(conn, int(found.id)) if found is not None else 0
        return _conflict(slug, base_version, max(latest, base_version + 1))

    def _case_id(self, conn: Connection, slug: str) -> int:
        found = conn.execute(select(cases.c.id).where(cases.c.slug == slug)).first()
        if found is None:
            raise self._not_found(conn, slug)
        return int(found.id)

    @staticmethod
    def _not_found(conn: Connection, slug: str) -> SparringError:
        known = builtins.list(conn.execute(select(cases.c.slug).order_by(cases.c.slug)).scalars())
        if not known:
            return SparringError(
                f"no case named {slug!r}: the store has no cases yet",
                hint="import a case file first: sparring import CASE.yaml",
                kind="not_found",
            )
        shown = ", ".join(known[:_SHOWN_SLUGS])
        if len(known) > _SHOWN_SLUGS:
            shown += f" and {len(known) - _SHOWN_SLUGS} more"
        close = difflib.get_close_matches(slug, known, n=1)
        return SparringError(
            f"no case named {slug!r}; stored cases: {shown}",
            hint=f"did you mean {close[0]!r}?" if close else "use one of the names above (`sparring list` shows all)",
            kind="not_found",
        )

    @staticmethod
    def _no_version(conn: Connection, slug: str, case_id: int, version: int | None) -> SparringError:
        latest = _latest_version(conn, case_id)
        span = f"versions 1-{latest}" if latest > 1 else "only version 1" if latest else "no versions"
        return SparringError(
            f"case {slug!r} has no version {version}; it has {span}",
            hint=f"sparring history {slug} lists them",
            kind="not_found",
        )

    @staticmethod
    def _stored(slug: str, row: Row[Any]) -> StoredCase:
        case = parse_case(json.loads(row.data), source=f"{slug} v{row.version} (store)")
        return StoredCase(slug, row.version, case, row.yaml_text, row.saved_at, row.note)

    def _errors(self) -> AbstractContextManager[None]:
        """Driver failures the user can act on become SparringError; a unique race is retried by save()."""
        return db.translated_errors(self._parsed, keep=(IntegrityError,))


def _exists(slug: str) -> SparringError:
    return SparringError(
        f"a case named {slug!r} exists already",
        hint="save a new version of it instead, or choose another name",
        kind="conflict",
    )


def _conflict(slug: str, base_version: int, latest: int) -> SparringError:
    if latest < base_version:
        return SparringError(
            f"case {slug!r} has no version {base_version} to start an edit from; its latest is {latest}",
            hint="open the latest version and make the edit there; nothing was saved",
            kind="conflict",
        )
    return SparringError(
        f"{slug} was saved as version {latest} after you opened version {base_version}",
        hint="open the latest version and make your changes there again; nothing was saved",
        kind="conflict",
    )


def _latest_version(conn: Connection, case_id: int) -> int:
    latest = conn.execute(select(func.max(case_versions.c.version)).where(case_versions.c.case_id == case_id)).scalar()
    return int(latest or 0)
