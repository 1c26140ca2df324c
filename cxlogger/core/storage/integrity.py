"""Integrity: a quick check on start, the full check, and keeping a damaged file aside.

Checks open the database read-only, so a damaged file is never written to. On
start a damaged database is copied aside (``damaged/<time>/`` in the data
folder) and the user is offered the newest good backup.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from cxlogger.core.storage.paths import AppPaths, ensure_private_dir
from cxlogger.core.storage.sqlite_files import SQLITE_HEADER, sqlite_uri
from cxlogger.core.timeutil import format_local, utcnow

if TYPE_CHECKING:  # backup (and its imports) load when a backup is needed, not at every start
    from cxlogger.core.storage.backup import BackupInfo, BackupSettings

log = logging.getLogger(__name__)

MAX_MESSAGES = 20


class CheckInterrupted(Exception):
    """A check stopped by :func:`interrupt_checks` (Ctrl+C) or by its ``cancelled()`` (the
    app quits): it found nothing either way."""


_RUNNING: set[sqlite3.Connection] = set()  # the checks' connections, for interrupt_checks
_RUNNING_LOCK = threading.Lock()


def interrupt_checks() -> None:
    """Stop every check running in this process (from any thread): each raises
    CheckInterrupted. The checks only read, so nothing is left half-written."""
    with _RUNNING_LOCK:
        for con in _RUNNING:
            con.interrupt()


@dataclass
class CheckResult:
    ok: bool
    problems: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)  # what was checked
    search_index_damaged: bool = False  # the only problem is the search index (rebuildable)
    repaired: list[str] = field(default_factory=list)  # what was put right on the way

    def summary(self) -> str:
        if self.ok:
            return "no problems found"
        first = "; ".join(self.problems[:3])
        more = len(self.problems) - 3
        return first + (f"; and {more} more" if more > 0 else "")

    def details(self) -> str:
        """Every problem found, one per line (SQLite's own text can run to 100 lines)."""
        return "\n".join(self.problems)

    def report(self) -> str:
        lines = [check if ":" in check else f"{check}: done" for check in self.checks]
        lines += [f"Repaired: {what}" for what in self.repaired]
        if self.ok:
            lines.append("Result: the database is healthy.")
        else:
            lines += [f"Problem: {p}" for p in self.problems]
            lines.append(
                "Result: the database has problems. Restore a backup "
                "(cxlogger restore FILE, or File → Restore from backup…)."
            )
        return "\n".join(lines)


def _pragma_rows(con: sqlite3.Connection, sql: str) -> list[str]:
    return [" ".join(str(v) for v in row) for row in con.execute(sql).fetchmany(MAX_MESSAGES)]


def quick_check(path: Path, untouched: bool = False) -> CheckResult:
    """SQLite's quick_check, read-only: finds damaged pages, cheaply, without writing.

    ``untouched=True`` (no other process may have the file open, e.g. on start
    with the instance lock held) also avoids creating -wal/-shm files when there
    is no WAL content to read.
    """
    path = Path(path)
    wal = Path(str(path) + "-wal")
    immutable = untouched and (not wal.exists() or wal.stat().st_size == 0)
    return _check(path, full=False, immutable=immutable)


def full_check(path: Path, cancelled=None) -> CheckResult:
    """integrity_check, foreign_key_check and the search index's own check.

    ``cancelled()``, if given, is asked as it goes: True stops it (CheckInterrupted).
    """
    return _check(path, full=True, cancelled=cancelled)


def _check(path: Path, full: bool, immutable: bool = False, cancelled=None) -> CheckResult:
    result = CheckResult(True)
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return CheckResult(False, [f"the file cannot be read: {exc.strerror}"])
    if header != SQLITE_HEADER:
        return CheckResult(False, ["the file does not start like an SQLite database"])
    try:
        uri = sqlite_uri(path, immutable=immutable)
        with closing(sqlite3.connect(uri, uri=True, check_same_thread=False)) as con, _running(con):
            con.execute("PRAGMA busy_timeout=10000")
            if cancelled is not None:  # a non-zero answer interrupts the statement
                con.set_progress_handler(lambda: bool(cancelled()), 100_000)
            pragma = "integrity_check" if full else "quick_check"
            result.checks.append(f"SQLite {pragma.replace('_', ' ')}")
            rows = _pragma_rows(con, f"PRAGMA {pragma}")
            if rows != ["ok"]:
                result.ok = False
                result.problems += rows
            if full:
                result.checks.append("foreign keys")
                for row in con.execute("PRAGMA foreign_key_check").fetchmany(MAX_MESSAGES):
                    table, rowid, parent, _ = row
                    result.ok = False
                    result.problems.append(
                        f"row {rowid} of {table} points to a missing row of {parent}"
                    )
                tables = {
                    r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                if cancelled is not None and cancelled():
                    raise CheckInterrupted()
                if result.ok and "interactions_fts" in tables:
                    result.checks.append("search index")
                    _fts_check(con, path, result)
    except sqlite3.DatabaseError as exc:
        if cancelled is not None and cancelled():
            raise CheckInterrupted(str(path)) from exc
        _raise_if_interrupted(exc, path)
        result.ok = False
        result.problems.append(str(exc))
    return result


def _raise_if_interrupted(exc: sqlite3.DatabaseError, path: Path) -> None:
    if isinstance(exc, sqlite3.OperationalError) and str(exc) == "interrupted":
        raise CheckInterrupted(str(path)) from exc  # not damage: nothing is recorded


class _running:
    """Registers a check's connection for interrupt_checks while it runs."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con

    def __enter__(self):
        with _RUNNING_LOCK:
            _RUNNING.add(self.con)

    def __exit__(self, *exc):
        with _RUNNING_LOCK:
            _RUNNING.discard(self.con)


FTS_CHECK = "INSERT INTO interactions_fts(interactions_fts, rank) VALUES ('integrity-check', 1)"


def _fts_check(con: sqlite3.Connection, path: Path, result: CheckResult) -> None:
    """FTS5's own integrity-check; a damaged index sets ``search_index_damaged``."""
    try:
        con.execute(FTS_CHECK)  # read-only: a healthy index answers without writing
        return
    except sqlite3.DatabaseError as exc:
        _raise_if_interrupted(exc, path)
        if "readonly" not in str(exc):
            _fts_problem(result, exc)
            return
    # it wants a write-capable connection; the file is healthy by now
    rw_con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    with closing(rw_con) as rw, _running(rw):
        rw.execute("PRAGMA busy_timeout=2000")
        rw.execute("BEGIN")
        try:
            rw.execute(FTS_CHECK)
        except sqlite3.OperationalError as exc:
            _raise_if_interrupted(exc, path)
            if "locked" in str(exc) or "busy" in str(exc):
                # another connection is writing: not a problem of the index; next time
                log.warning("search index check skipped: %s", exc)
                result.checks[-1] = "search index: skipped (the database was busy)"
            else:
                _fts_problem(result, exc)
        except sqlite3.DatabaseError as exc:
            _fts_problem(result, exc)
        finally:
            if rw.in_transaction:
                rw.execute("ROLLBACK")


def _fts_problem(result: CheckResult, exc: Exception) -> None:
    result.ok = False
    result.search_index_damaged = True
    result.problems.append(f"the search index does not match the interactions: {exc}")


def rebuild_search_index(path: Path) -> None:
    """Rebuild the search index from the interactions (it holds nothing else)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute("PRAGMA busy_timeout=10000")
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute("INSERT INTO interactions_fts(interactions_fts) VALUES ('rebuild')")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    log.warning("rebuilt the search index of %s", path)


def quarantine(paths: AppPaths, now: datetime | None = None) -> Path:
    """Copy the database (and its -wal/-shm) aside into a private folder; returns it.

    The original files are only read. A database already copied aside as it is
    now is not copied again (one copy per distinct damaged file).
    """
    from cxlogger.core.storage import damaged_copies, leftovers

    kept = damaged_copies.existing_copy(paths)
    if kept is not None:
        log.warning("the damaged database was already copied to %s", kept)
        return kept
    now = now or utcnow()
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    root = ensure_private_dir(damaged_copies.damaged_root(paths))
    # written under a temporary name, so an interrupted copy is never taken for a whole one
    held = leftovers.private_temp(root, stamp, directory=True)
    try:
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(paths.db_path) + suffix)
            if not source.exists():
                continue
            target = held.path / source.name
            fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        folder = root / stamp
        os.replace(held.path, folder)
    except BaseException:
        held.discard()
        raise
    held.release()
    log.warning("damaged database copied to %s", folder)
    return folder


def move_aside(paths: AppPaths, now: datetime | None = None) -> Path:
    """Move the database (and its -wal/-shm/-journal) intact into ``damaged/<time>/``.

    For a restore over a file that cannot be backed up because it is damaged or
    not a database at all: nothing is lost, nothing is copied. If a start already
    kept a copy of it as it is now, that copy is the one kept (and returned).
    """
    from cxlogger.core.storage import damaged_copies

    suffixes = ("", "-wal", "-shm", "-journal")
    kept = damaged_copies.existing_copy(paths)
    if kept is not None:
        for suffix in suffixes:
            Path(str(paths.db_path) + suffix).unlink(missing_ok=True)
        _fsync_dirs(paths.data_dir)
        log.warning("the damaged database was already kept in %s", kept)
        return kept
    now = now or utcnow()
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    root = ensure_private_dir(damaged_copies.damaged_root(paths))
    folder = ensure_private_dir(root / stamp)
    for suffix in suffixes:
        source = Path(str(paths.db_path) + suffix)
        if source.exists():
            os.replace(source, folder / source.name)
    _fsync_dirs(paths.data_dir, folder)
    log.warning("damaged database moved to %s", folder)
    return folder


def _fsync_dirs(*folders: Path) -> None:
    if os.name != "posix":
        return
    for folder in folders:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def newest_good_backup(
    paths: AppPaths, settings: BackupSettings | None = None
) -> BackupInfo | None:
    """The newest backup that opens, passes the quick check and this version can read."""
    from cxlogger.core.storage import migrate
    from cxlogger.core.storage.backup import list_backups

    for info in list_backups(paths, settings):
        if not info.readable or not info.revision or not migrate.is_known_revision(info.revision):
            continue
        if quick_check(info.path, untouched=True).ok:
            return info
    return None


@dataclass
class StartupCheck:
    ok: bool
    problem: str = ""  # short: one line
    quarantine_dir: Path | None = None
    good_backup: BackupInfo | None = None
    details: str = ""  # every problem, for "Show Details…"
    behind: object | None = None  # high_water.Behind: commits lost with the -wal
    repaired: list[str] = field(default_factory=list)

    def message(self) -> str:
        """What to tell the user, in a few plain sentences (the details apart)."""
        if self.ok:
            return ""
        if self.behind is not None:
            return self._behind_message()
        text = (
            f"cxlogger's database is damaged ({self.problem}). cxlogger did not write to it; "
            f"a copy was kept in {self.quarantine_dir}."
        )
        if self.good_backup is None:
            return text + (
                " There is no good backup to restore. Keep that copy, and ask someone "
                "who knows SQLite to rescue it."
            )
        b = self.good_backup
        return text + (
            f" The newest good backup is from {format_local(b.created_at)} "
            f"({b.customers} customers, {b.interactions} interactions). "
            "Restore it? What was entered after that time is not in it."
        )

    def _behind_message(self) -> str:
        text = (
            f"{self.behind.sentence()} A copy of the files as they are was kept in "
            f"{self.quarantine_dir}."
        )
        if self.good_backup is None:
            return text + (
                " No backup holds those changes. cxlogger goes on with the database as it "
                "is; enter again what is missing."
            )
        b = self.good_backup
        return text + (
            f" The newest backup, from {format_local(b.created_at)} ({b.customers} customers, "
            f"{b.interactions} interactions), holds changes the database lacks. Restore it, "
            "or go on with the database as it is?"
        )


class EarlyQuickCheck:
    """The start-up checks, run in a thread while the app loads its modules.

    The quick check, and the full check when one is due (core.health). sqlite3
    releases the GIL while it reads, so on a large database the check costs little
    start-up time. The results are used only after the instance lock is held
    (``check_on_start(paths, early=...)``).
    """

    def __init__(self, paths: AppPaths):
        self.paths = paths
        self._result: CheckResult | None = None
        self._full: CheckResult | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from cxlogger.core.storage import health

        try:
            self._result = health.quick(self.paths, untouched=True)
            if self._result is not None and self._result.ok:
                if health.full_check_due(self.paths, utcnow()):
                    self._full = full_check(self.paths.db_path)
        except Exception:  # a bug here must not stop the app: check again in the open
            log.exception("early quick check failed")
            self._result = self._full = None

    def result(self) -> CheckResult | None:
        self._thread.join()
        return self._result

    def full_result(self) -> CheckResult | None:
        self._thread.join()
        return self._full


def check_on_start(
    paths: AppPaths, now: datetime | None = None, early: EarlyQuickCheck | None = None
) -> StartupCheck:
    """The checks before the database is opened for writing (core.health.assess).

    An empty file is left to open_database, which explains. A damaged one, or one
    that is not an SQLite database at all, is copied aside and the newest good
    backup looked up; the file itself is not written to. A database that lost
    commits with its -wal (core.high_water) is copied aside too, and the newest
    backup offered if it holds more.
    """
    from cxlogger.core.reminders import high_water
    from cxlogger.core.storage import health

    quick_result = early.result() if early is not None else None
    full_result = early.full_result() if early is not None else None
    assessment = health.assess(paths, now, quick_result, full_result)
    for what in assessment.repaired:
        log.warning("start-up check: %s", what)
    if assessment.ok:
        return StartupCheck(True, repaired=assessment.repaired)
    if assessment.damaged:
        log.error("integrity check failed on %s: %s", paths.db_path, assessment.details())
        folder = quarantine(paths, now)
        return StartupCheck(
            False,
            assessment.problem(),
            folder,
            newest_good_backup(paths),
            details=assessment.details(),
        )
    behind = assessment.behind
    log.error("database %s is behind its high-water mark: %s", paths.db_path, behind)
    folder = quarantine(paths, now)
    best = newest_good_backup(paths)
    try:
        if best is not None and high_water.database_counter(best.path) <= behind.database:
            best = None
    except sqlite3.Error:
        best = None
    return StartupCheck(
        False,
        assessment.problem(),
        folder,
        best,
        details=assessment.details(),
        behind=behind,
    )
