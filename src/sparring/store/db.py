"""Database engines for the store: where the data lives, how to connect, and what errors mean.

SQLite (the local default) and PostgreSQL (a shared server) go through the same code. SQLite
needs care to be safe with several processes: WAL so readers never block, a busy timeout so
writers wait instead of failing, and ``BEGIN IMMEDIATE`` for writes so a transaction holds the
write lock from its first statement (a deferred one could read a version number and then lose
the race to write it). Every driver error that the user can act on becomes a
:class:`SparringError` here, in one place.

The data is private to its owner whatever the umask: the data folder is created ``0700`` (the
default one is tightened if an older version left it open), and a SQLite file the store
creates is made ``0600`` before SQLite opens it; SQLite gives its ``-wal``, ``-shm`` and
``-journal`` files the database file's mode, so they are ``0600`` too.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from sparring.model.errors import SparringError

BUSY_TIMEOUT_S = 5.0
"""How long a writer waits for another process's write lock before reporting "busy"."""

CONNECT_TIMEOUT_S = 5
"""How long to wait for a PostgreSQL server before reporting it unavailable."""

BUSY_MESSAGE = "the store is busy (another Sparring process is writing); retry in a moment"

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")

_WRITE_OPTION = "sparring_write"
_UNAVAILABLE_SQLITE = ("unable to open", "readonly", "read-only", "disk i/o", "permission", "disk is full")
_MIGRATION_LOCK_ID = 0x5350_4152  # "SPAR": serialises concurrent first-time migrations on PostgreSQL
FOLDER_MODE = 0o700
"""The data folder: only its owner may list or enter it."""
FILE_MODE = 0o600
"""A database file the store creates (and so its -wal and -shm): only its owner may read or write it."""


def default_url() -> str:
    """The SQLite file in ``$SPARRING_HOME`` or the user's data directory, which is created."""
    home = os.environ.get("SPARRING_HOME")
    if home:
        folder = Path(home).expanduser()
    else:
        import platformdirs

        folder = Path(platformdirs.user_data_dir("sparring"))
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
            os.chmod(folder, FOLDER_MODE)  # mkdir's mode is filtered by the umask; this is not
        elif not home:
            _tighten(folder)  # ours alone; an older Sparring created it with the umask's mode
    except OSError as exc:
        raise SparringError(
            f"cannot create the data folder {folder}: {exc.strerror or exc}",
            hint="set SPARRING_HOME to a writable folder, or pass --db with a database URL",
            kind="unavailable",
        ) from None
    return f"sqlite:///{(folder / 'sparring.db').resolve()}"


def parse_url(url: str) -> URL:
    """Parse a database URL; ``postgresql://`` and ``postgres://`` mean the psycopg 3 driver."""
    text = url.strip()
    if text.startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://") :]
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError):
        raise SparringError(
            f"{mask_url(url)!r} is not a database URL",
            hint="use sqlite:///path/to/sparring.db or postgresql+psycopg://user:password@host/dbname",
            kind="invalid",
        ) from None
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise SparringError(
            f"{parsed.get_backend_name()!r} databases are not supported",
            hint="use sqlite:///path/to/sparring.db or postgresql+psycopg://user:password@host/dbname",
            kind="invalid",
        )
    return parsed


def mask_url(url: str | URL) -> str:
    """The URL as safe to show: the password replaced by ``***``."""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


def create_store_engine(url: str, *, busy_timeout: float = BUSY_TIMEOUT_S) -> Engine:
    """An engine for ``url`` with the SQLite settings that make multi-process use safe."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "postgresql":
        try:
            return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
        except (ImportError, NoSuchModuleError):
            raise SparringError(
                "PostgreSQL support is not installed",
                hint="install it with: pip install 'sparring[postgres]'",
                kind="unavailable",
            ) from None
    _check_sqlite_folder(parsed)
    _create_private_file(parsed)
    engine = create_engine(parsed, connect_args={"timeout": busy_timeout})
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _check_sqlite_folder(url: URL) -> None:
    path = _sqlite_file(url)
    if path is None:
        return
    folder = path.resolve().parent
    if not folder.is_dir():
        raise SparringError(
            f"cannot open the store {mask_url(url)}: the folder {folder} does not exist",
            hint="create the folder first, or pass --db with another database URL",
            kind="unavailable",
        )


def _sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL; ``None`` for an in-memory or ``file:`` URI database."""
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def _create_private_file(url: URL) -> None:
    """Create a missing SQLite file as ``0600``, so SQLite (which copies the mode to -wal and -shm)
    never makes a database others can read; an existing file keeps the mode its owner gave it."""
    path = _sqlite_file(url)
    if path is None or path.exists():
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        # Never wider than 0600 from the start (the umask only removes bits); this restores any
        # owner bit a strict umask removed, which SQLite needs to write.
        os.chmod(path, FILE_MODE)
    except FileExistsError:
        return  # another process created it at the same moment
    except OSError:
        return  # unwritable: SQLite's own open reports it, translated like every driver error


def _tighten(folder: Path) -> None:
    """Make an existing folder of ours ``0700`` (only if we own it and others may read it)."""
    if os.name != "posix":
        return  # Windows: the per-user profile folder is already private; modes mean little there
    info = folder.stat()
    if info.st_uid == os.getuid() and info.st_mode & 0o077:
        os.chmod(folder, FOLDER_MODE)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control away from the sqlite3 module so _sqlite_on_begin decides the mode.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get(_WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction that may write: it holds SQLite's write lock from the start."""
    with engine.connect() as connection:
        connection.execution_options(**{_WRITE_OPTION: True})
        with connection.begin():
            yield connection


def upgrade(engine: Engine) -> None:
    """Bring the schema up to the newest Alembic revision; a no-op (and no lock) when it already is."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
    with write_transaction(engine) as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_ID})")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def translated_errors(url: str | URL, *, keep: tuple[type[BaseException], ...] = ()) -> Iterator[None]:
    """Turn driver failures the user can act on (busy, unreachable, unwritable) into a
    SparringError; anything else (a bug), and the exception types in ``keep``, pass through."""
    try:
        yield
    except keep:
        raise
    except SQLAlchemyError as exc:
        translated = translate_error(exc, url)
        if translated is None:
            raise
        raise translated from None


def translate_error(exc: Exception, url: str | URL) -> SparringError | None:
    """The user-facing error for a driver failure, or ``None`` when it is a bug, not the user's to fix."""
    if isinstance(exc, SparringError):
        return exc
    if isinstance(exc, ImportError | NoSuchModuleError):
        return SparringError(
            "PostgreSQL support is not installed",
            hint="install it with: pip install 'sparring[postgres]'",
            kind="unavailable",
        )
    if not isinstance(exc, DBAPIError) or exc.orig is None:
        return None
    shown = mask_url(url)
    reason = _reason(exc, url)
    backend = url.get_backend_name() if isinstance(url, URL) else shown.split(":", 1)[0].split("+", 1)[0]
    if backend == "sqlite":
        lowered = reason.lower()
        if "locked" in lowered or "busy" in lowered:
            return busy_error()
        if any(word in lowered for word in _UNAVAILABLE_SQLITE):
            return SparringError(
                f"cannot use the store {shown}: {reason}",
                hint="check that the file and its folder exist and are writable, or pass --db with another URL",
                kind="unavailable",
            )
        return None
    if exc.connection_invalidated or isinstance(exc.orig, _operational_errors()):
        return SparringError(
            f"cannot reach the database {shown}: {reason}",
            hint="check that the PostgreSQL server is running and reachable, and the user, password and "
            "database name in the URL; or pass --db sqlite:///path/to/sparring.db to work locally",
            kind="unavailable",
        )
    return None


def busy_error() -> SparringError:
    """Another process holds the write lock for longer than we wait."""
    return SparringError(BUSY_MESSAGE, hint="wait for the other process to finish, then retry", kind="busy")


def _operational_errors() -> tuple[type[BaseException], ...]:
    import sys

    psycopg = sys.modules.get("psycopg")
    if psycopg is None:
        return ()
    return (psycopg.OperationalError, psycopg.InterfaceError)


def _reason(exc: DBAPIError, url: str | URL) -> str:
    """The driver's first line of explanation, without any password it may echo."""
    lines = [line.strip() for line in str(exc.orig).splitlines() if line.strip()]
    text = lines[0] if lines else type(exc.orig).__name__
    password = url.password if isinstance(url, URL) else None
    if password:
        text = text.replace(str(password), "***")
    return text
