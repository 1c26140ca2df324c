"""A high-water mark of committed changes that survives losing the write-ahead log.

SQLite keeps recent commits in ``cxlogger.sqlite3-wal`` until a checkpoint folds
them into the database file. If that file is damaged, SQLite replays it only up
to the first bad frame, by design, and the later commits are gone without an
error. To notice, every commit that changed something also raises a counter
kept in the database header (``PRAGMA user_version``, in the same transaction)
and, once the commit has succeeded, writes the counter to a small file next to
the database (``cxlogger.sqlite3.high-water``, one sector overwritten). At start the
database's counter is compared with that file: a database behind it lost commits.

The file is written after the commit and without a sync of its own, so after a
crash it can only be behind the database (no false alarm), never ahead of it.
Cost per commit: one header read and write in the transaction that is being
committed anyway, and 21 bytes overwritten in a small file
(tests/core/test_high_water.py measures it).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from cxlogger.core.storage.sqlite_files import sqlite_uri

log = logging.getLogger(__name__)

SUFFIX = ".high-water"


def mark_path(db_path: Path) -> Path:
    return Path(str(db_path) + SUFFIX)


def read_mark(db_path: Path) -> int | None:
    """The counter last recorded for ``db_path``; None if none (or unreadable)."""
    try:
        text = mark_path(db_path).read_text(encoding="ascii")
        return int(text.strip())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, UnicodeDecodeError):
        log.warning("ignoring an unreadable %s", mark_path(db_path))
        return None


WIDTH = 20  # digits: every mark has the same length, so it is overwritten in place


def write_mark(db_path: Path, value: int) -> None:
    """Overwrite the recorded counter in place: 21 bytes at offset 0, one disk sector.

    A sector is written whole or not at all, and the length never changes, so a
    crash leaves the old value or the new one (anything unreadable is ignored).
    In place, not temp file + rename: a rename costs a journal commit on ext4,
    which tripled the cost of a commit.
    """
    fd = os.open(mark_path(db_path), os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        os.pwrite(fd, b"%0*d\n" % (WIDTH, value), 0)
    finally:
        os.close(fd)


def forget(db_path: Path) -> None:
    """No mark: for a new database file."""
    mark_path(db_path).unlink(missing_ok=True)


def database_counter(db_path: Path) -> int:
    """The counter as the database holds it, read through its -wal (read-only)."""
    with closing(sqlite3.connect(sqlite_uri(db_path), uri=True)) as con:
        con.execute("PRAGMA busy_timeout=10000")
        return con.execute("PRAGMA user_version").fetchone()[0]


def reset(db_path: Path) -> None:
    """Record the database's own counter: after a restore, or when the user accepts a loss."""
    try:
        write_mark(db_path, database_counter(db_path))
    except (OSError, sqlite3.Error):
        log.warning("could not record the high-water mark of %s", db_path, exc_info=True)
        try:
            forget(db_path)  # no mark is safe (nothing checked); a stale one is not
        except OSError:
            log.error("could not remove the stale high-water mark of %s", db_path)


class MarkingConnection(sqlite3.Connection):
    """An sqlite3 connection that raises the counter on every commit that wrote something.

    ``connection_factory(db_path)`` binds it to a database file.
    """

    high_water_db: Path | None = None

    def commit(self) -> None:
        db_path = self.high_water_db
        if db_path is None or not self.in_transaction:
            super().commit()
            return
        # in_transaction: the legacy sqlite3 module began one for a write, so this
        # connection holds the write lock and nobody else can move the counter
        value = self.execute("PRAGMA user_version").fetchone()[0] + 1
        self.execute(f"PRAGMA user_version={int(value)}")
        super().commit()
        try:
            write_mark(db_path, value)
        except OSError:  # behind is safe: the next commit writes it again
            log.warning("could not record the high-water mark of %s", db_path, exc_info=True)


def connection_factory(db_path: Path) -> type[MarkingConnection]:
    """For ``sqlite3.connect(..., factory=...)``: connections that mark ``db_path``."""
    return type("MarkingConnection", (MarkingConnection,), {"high_water_db": Path(db_path)})


@dataclass(frozen=True)
class Behind:
    """The database holds fewer committed changes than were recorded on this computer."""

    database: int
    recorded: int

    @property
    def missing(self) -> int:
        return self.recorded - self.database

    def sentence(self) -> str:
        return (
            f"The database is missing its last {self.missing} saved change"
            f"{'s' if self.missing != 1 else ''} (it is at change {self.database}, "
            f"{self.recorded} were saved on this computer): its write-ahead file "
            "(-wal) was lost or damaged, probably in a crash or a disk fault."
        )


def check(db_path: Path) -> Behind | None:
    """Behind if the database lost commits recorded in the mark; None if it holds them all.

    Read-only; run it before anything writes to the database, since the first
    write resets a damaged write-ahead file.
    """
    recorded = read_mark(db_path)
    if recorded is None or not db_path.exists():
        return None
    try:
        current = database_counter(db_path)
    except sqlite3.Error:
        return None  # damaged or not a database: the integrity checks say so
    return Behind(current, recorded) if current < recorded else None


def checkpoint(db_path: Path, mode: str = "PASSIVE", busy_ms: int = 1000) -> bool:
    """Fold the -wal into the database file; True if all of it went in.

    PASSIVE never waits; TRUNCATE (when idle, on quit) waits up to ``busy_ms``
    for other connections and then empties the -wal file.
    """
    if mode not in ("PASSIVE", "FULL", "RESTART", "TRUNCATE"):
        raise ValueError(mode)
    wal = Path(str(db_path) + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return True
    try:
        with closing(sqlite3.connect(db_path, isolation_level=None)) as con:
            con.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
            busy, frames, done = con.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    except sqlite3.Error:
        log.warning("checkpoint of %s failed", db_path, exc_info=True)
        return False
    return not busy and frames == done
