"""Opening the database: pragmas, permissions, migrations, refusing what we can't read.

A file that is not a cxlogger database, or one written by a newer cxlogger,
is refused before anything is written to it, so it stays byte-for-byte as it was.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cxlogger.core.errors import DatabaseError, NotADatabaseError, SchemaTooNewError
from cxlogger.core.reminders import high_water
from cxlogger.core.storage import migrate
from cxlogger.core.storage.paths import AppPaths, ensure_private_dir, make_private
from cxlogger.core.storage.sqlite_files import SQLITE_HEADER
from cxlogger.core.sync import live

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked": another connection held the write lock past the busy
    timeout or, at once and without waiting, this transaction first read a snapshot that a
    commit on another connection has since made stale. Its whole transaction can be tried
    again; nothing of it was written."""
    if not isinstance(exc, (sqlite3.OperationalError, OperationalError)):
        return False
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "database is locked" in text or "database is busy" in text


@dataclass
class Database:
    """An open database: the engine and a session factory, one session per user action."""

    engine: Engine
    sessions: sessionmaker[Session]
    paths: AppPaths

    def session(self) -> Session:
        from cxlogger.core.records import touch

        touch.install()  # last contact follows every save (idempotent)
        return self.sessions()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def _unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    # SQLite's lower() only knows ASCII; searches fold "Özil" with this one instead
    dbapi_connection.create_function("cx_lower", 1, _unicode_lower, deterministic=True)
    cur = dbapi_connection.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
    finally:
        cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        connect_args: dict = {"timeout": BUSY_TIMEOUT_MS / 1000}
        database = make_url(url).database
        if database and database != ":memory:":
            # every commit raises a counter that survives a lost -wal (core.high_water)
            connect_args["factory"] = high_water.connection_factory(Path(database))
        engine = create_engine(url, connect_args=connect_args)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        # a plain postgresql:// URL means the driver the [postgres] extra installs
        # (SQLAlchemy 2.0 would pick psycopg2, and "postgres" is not a dialect name)
        parsed = parsed.set(drivername="postgresql+psycopg")
    # issue 12: an unreachable server is answered within seconds, not a TCP timeout
    connect_args = {} if "connect_timeout" in parsed.query else {"connect_timeout": 5}
    engine = create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    # a server set up by "Connect to a shared server…": its password comes from the OS
    # keyring at each connection, never from the URL (core/server_config.py)
    from cxlogger.core.storage import server_config

    hook = server_config.password_hook(parsed)
    if hook is not None:
        event.listen(engine, "do_connect", hook)
    return engine


def display_url(url: str) -> str:
    """``url`` fit for messages and logs: a server password is shown as ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "the configured database URL"


def _first_line(error: BaseException | str, url: str) -> str:
    """The driver's own words, on one line and without the password."""
    text = " ".join(str(error).strip().splitlines()[:1]).strip().rstrip(".") or "unknown error"
    return hide_password(text, url)


def hide_password(text: str, url: str) -> str:
    """``text`` with the password of ``url`` (if any) replaced by ***."""
    try:
        password = make_url(url).password
    except Exception:
        found = re.search(r"://[^:/@]*:([^@]+)@", url)
        password = found.group(1) if found else None
    if not password:
        return text
    # the password as a token of its own, so a short one does not mangle other words
    token = rf"(?<![A-Za-z0-9]){re.escape(str(password))}(?![A-Za-z0-9])"
    return re.sub(token, "***", text)


def inspect_sqlite_file(path: Path) -> str | None:
    """Check a file before we write to it; returns its schema revision (None if empty).

    Raises NotADatabaseError or SchemaTooNewError; never writes to the file.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"cxlogger cannot read {path}: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        what = "is empty" if not header else "is not a database"
        raise NotADatabaseError(
            f"{path} {what}, so it is not a cxlogger database. It was left untouched; "
            "choose another data folder or restore a backup."
        )
    uri = f"file:{path}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as con:
            rows = con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            tables = {r[0] for r in rows}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotADatabaseError(
                    f"{path} is an SQLite database, but not one of cxlogger's. "
                    "It was left untouched."
                )
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            f"{path} cannot be read as a database ({exc}). It was left untouched; "
            "restore a backup or choose another data folder."
        ) from exc
    revision = row[0] if row else None
    if revision is not None and not migrate.is_known_revision(revision):
        raise SchemaTooNewError(
            f"{path} was written by a newer version of cxlogger (schema {revision}). "
            "Install the newer cxlogger to open it; the file was left untouched."
        )
    return revision


def _create_private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def open_database(
    paths: AppPaths,
    before_migrate: Callable[[Path, str | None], None] | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the database that ``paths`` names.

    ``before_migrate(db_path, current_revision)`` runs before an existing file is
    upgraded, so a backup can be taken first.
    """
    if paths.is_sqlite and paths.database_url is None:
        ensure_private_dir(paths.data_dir)
        db_path = paths.db_path
        if db_path.exists():
            revision = inspect_sqlite_file(db_path)
            if revision is not None and revision != migrate.head_revision() and before_migrate:
                before_migrate(db_path, revision)
        else:
            _create_private_file(db_path)
            high_water.forget(db_path)  # a new file: any old mark was another database's
    where = display_url(paths.url)
    try:
        engine = make_engine(paths.url)
    except ImportError as exc:
        raise DatabaseError(
            f"cxlogger cannot use {where}: its database driver ({exc.name}) is not installed. "
            "Install cxlogger with PostgreSQL support: pip install '.[postgres]' in its "
            "source folder, or pip install 'psycopg[binary]'."
        ) from exc
    except Exception as exc:
        raise DatabaseError(
            f"cxlogger cannot use {where}: it is not a database URL it understands "
            f"({_first_line(exc, paths.url)}). "
            "Write it like postgresql://user:password@host/database."
        ) from exc
    try:
        with engine.begin() as connection:
            live.lock_for_migration(connection)  # two desks starting at once: one migrates
            migrate.upgrade_to_head(connection)
            from cxlogger.core import report_days

            report_days.ensure_current(connection)  # the reports' summary, in this time zone
    except SchemaTooNewError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        # the user's to fix (server down, wrong password): a sentence, no traceback on a terminal
        log.info("opening the database at %s failed", where, exc_info=True)
        reason = _first_line(getattr(exc, "orig", None) or exc, paths.url)
        advice = ""
        if paths.database_url is not None and paths.is_sqlite:
            advice = " Check the file's path in the database URL (--database-url)."
        elif paths.database_url is not None:
            advice = (
                " Check that the server is running and that the address, user name and password "
                "in the database URL (--database-url or CXLOGGER_DATABASE_URL) are right."
            )
        raise DatabaseError(
            f"cxlogger could not open its database at {where}: {reason}.{advice}"
        ) from exc
    if paths.is_sqlite and paths.database_url is None:
        for suffix in ("", "-wal", "-shm"):
            make_private(Path(str(paths.db_path) + suffix))
    # "cx_origin" names this running app (this desk) in the change log (core/history.py)
    origin = {"cx_origin": uuid.uuid4().hex}
    return Database(engine, sessionmaker(engine, expire_on_commit=False, info=origin), paths)


# --- reading while the start-up check runs ----------------------------------------------------


def _set_read_only_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.create_function("cx_lower", 1, _unicode_lower, deterministic=True)
    cur = dbapi_connection.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
    finally:
        cur.close()


def open_read_only(paths: AppPaths) -> Database | None:
    """The local file opened for reading only, if it is already at this cxlogger's schema.

    For the app's first screen while the start-up check still reads the file: SQLite
    itself refuses every write on these connections (``mode=ro``), so nothing reaches a
    file that may turn out damaged; no pragma here writes (journal mode, counters). None
    when the file needs more than reading (missing, empty, to be migrated, not ours, a
    server): the caller opens it after the check, as always.
    """
    if not paths.is_sqlite or paths.database_url is not None or not paths.db_path.exists():
        return None
    try:
        revision = inspect_sqlite_file(paths.db_path)
    except DatabaseError:
        return None  # the check and open_database explain
    if revision != migrate.head_revision():
        return None
    from sqlalchemy.pool import QueuePool

    from cxlogger.core.storage.sqlite_files import sqlite_uri

    uri = sqlite_uri(paths.db_path)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _set_read_only_pragmas)
    origin = {"cx_origin": uuid.uuid4().hex}
    db = Database(engine, sessionmaker(engine, expire_on_commit=False, info=origin), paths)
    db.read_only = True
    return db
