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

from cxlogger.core.backup import BackupInfo, BackupSettings, list_backups
from cxlogger.core.paths import AppPaths, ensure_private_dir
from cxlogger.core.sqlite_files import SQLITE_HEADER, sqlite_uri
from cxlogger.core.timeutil import format_local, utcnow

log = logging.getLogger(__name__)

MAX_MESSAGES = 20


@dataclass
class CheckResult:
    ok: bool
    problems: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)  # what was checked

    def summary(self) -> str:
        if self.ok:
            return "no problems found"
        first = "; ".join(self.problems[:3])
        more = len(self.problems) - 3
        return first + (f"; and {more} more" if more > 0 else "")

    def report(self) -> str:
        lines = [f"{check}: done" for check in self.checks]
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


def full_check(path: Path) -> CheckResult:
    """integrity_check, foreign_key_check and the search index's own check."""
    return _check(path, full=True)


def _check(path: Path, full: bool, immutable: bool = False) -> CheckResult:
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
        with closing(sqlite3.connect(uri, uri=True)) as con:
            con.execute("PRAGMA busy_timeout=10000")
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
                if result.ok and "interactions_fts" in tables:
                    result.checks.append("search index")
                    try:
                        # Read-only: a healthy FTS5 index answers this without writing.
                        con.execute(
                            "INSERT INTO interactions_fts(interactions_fts, rank) "
                            "VALUES ('integrity-check', 1)"
                        )
                    except sqlite3.OperationalError as exc:
                        if "readonly" not in str(exc):
                            raise
                        _fts_check_writable(path, result)
    except sqlite3.DatabaseError as exc:
        result.ok = False
        result.problems.append(str(exc))
    return result


def _fts_check_writable(path: Path, result: CheckResult) -> None:
    """The FTS5 check needs a write-capable connection; the file is healthy by now."""
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute("PRAGMA busy_timeout=10000")
        con.execute("BEGIN")
        try:
            con.execute(
                "INSERT INTO interactions_fts(interactions_fts, rank) VALUES ('integrity-check', 1)"
            )
        except sqlite3.DatabaseError as exc:
            result.ok = False
            result.problems.append(f"the search index does not match the interactions: {exc}")
        finally:
            con.execute("ROLLBACK")


def quarantine(paths: AppPaths, now: datetime | None = None) -> Path:
    """Copy the database (and its -wal/-shm) aside into a private folder; returns it.

    The original files are only read. A database already copied aside as it is
    now is not copied again (one copy per distinct damaged file).
    """
    from cxlogger.core import damaged_copies, leftovers

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


def newest_good_backup(
    paths: AppPaths, settings: BackupSettings | None = None
) -> BackupInfo | None:
    """The newest backup that opens, passes the quick check and this version can read."""
    from cxlogger.core import migrate

    for info in list_backups(paths, settings):
        if not info.readable or not info.revision or not migrate.is_known_revision(info.revision):
            continue
        if quick_check(info.path, untouched=True).ok:
            return info
    return None


@dataclass
class StartupCheck:
    ok: bool
    problem: str = ""
    quarantine_dir: Path | None = None
    good_backup: BackupInfo | None = None

    def message(self) -> str:
        """What to tell the user about a damaged database, in plain sentences."""
        if self.ok:
            return ""
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


class EarlyQuickCheck:
    """The start-up quick check, run in a thread while the app loads its modules.

    sqlite3 releases the GIL while it reads, so on a large database the check
    costs no start-up time. Its result is used only after the instance lock is
    held (``check_on_start(paths, early=...)``).
    """

    def __init__(self, paths: AppPaths):
        self.paths = paths
        self._result: CheckResult | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = _startup_quick_check(self.paths)
        except Exception:  # a bug here must not stop the app: check again in the open
            log.exception("early quick check failed")

    def result(self) -> CheckResult | None:
        self._thread.join()
        return self._result


def _startup_quick_check(paths: AppPaths) -> CheckResult | None:
    """None when there is nothing for this check to look at."""
    if not paths.is_sqlite or paths.database_url is not None or not paths.db_path.exists():
        return None
    try:
        with open(paths.db_path, "rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None  # open_database refuses it with its own message
    except OSError:
        return None  # open_database explains
    return quick_check(paths.db_path, untouched=True)


def check_on_start(
    paths: AppPaths, now: datetime | None = None, early: EarlyQuickCheck | None = None
) -> StartupCheck:
    """Quick check before the database is opened for writing.

    A file that is not an SQLite database at all is left to open_database, which
    refuses it with its own message. A damaged one is copied aside and the newest
    good backup looked up; the file itself is not written to.
    """
    result = early.result() if early is not None else None
    if result is None:
        result = _startup_quick_check(paths)
    if result is None:
        return StartupCheck(True)
    if result.ok:
        return StartupCheck(True)
    log.error("quick check failed on %s: %s", paths.db_path, result.problems)
    folder = quarantine(paths, now)
    return StartupCheck(False, result.summary(), folder, newest_good_backup(paths))
