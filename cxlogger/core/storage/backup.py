"""Backups of the local SQLite database: take, list, rotate, restore.

A backup is a consistent snapshot copied page by page with SQLite's backup API
from a read-only connection that holds one read transaction for the whole copy,
so it can be taken while the app is writing and never touches the live file. The
copy is page for page the database as it was, so SQLite's quick check of the copy
is the quick check of the database (a damaged database is never kept as a good
backup); free pages are copied as they are (erasing a customer VACUUMs the live
file first, core.exchange.privacy, so none holds erased data). It is written to a
private temporary file, checked, synced and renamed, so a crash never leaves a
half backup that looks whole. Backups by hand and before an upgrade, an import or
a restore also get the full check on the copy (core.health); the automatic ones
(on start, on quit) only the quick check, which keeps quitting short: the full
check is the idle health watch's, at most once a day.

Backup settings (folder, interval, rotation) are per desktop and live in the
data folder's ``local.json`` (core.local_config), not in the database: they are
needed before the database can be opened (a backup before a migration, a
damaged database), a folder path only means something on this computer, and
restoring an older backup must not roll them back.
"""

from __future__ import annotations

import calendar
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cxlogger.core.errors import BackupError, DatabaseError, UserError, disk_full_error
from cxlogger.core.storage import leftovers, local_config
from cxlogger.core.storage.paths import AppPaths, ensure_private_dir
from cxlogger.core.storage.sqlite_files import sqlite_uri
from cxlogger.core.timeutil import format_local, utcnow

log = logging.getLogger(__name__)

PREFIX = "cxlogger-"
SUFFIX = ".sqlite3"
_NAME_RE = re.compile(r"^cxlogger-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S-%f"
REASONS = {
    "manual": "Backed up by hand",
    "start": "On start",
    "quit": "On quit",
    "before-migrate": "Before an upgrade",
    "before-import": "Before an import",
    "before-restore": "Before a restore",
}


class CopyDamaged(BackupError):
    """The copy did not pass SQLite's quick check: the database it was copied from is damaged."""

    def __init__(self, message: str, problems: list[str]):
        super().__init__(message)
        self.problems = problems


class BackupCancelled(Exception):
    """Raised by a ``progress`` callback to stop a copy (nothing is kept)."""


# Pages copied per step of the backup API (16 MiB at SQLite's default 4 KiB pages): few
# enough steps to cost nothing, enough of them for a progress bar and a prompt cancel.
COPY_STEP_PAGES = 4096
# Of a backup's progress, the share of the page copy (the quick check of the copy is the rest)
COPY_SHARE = 0.8

Progress = Callable[[float], None]  # a fraction done, 0..1, from the backup's thread


@dataclass(frozen=True)
class BackupSettings:
    """When backups are taken and how many are kept (per desktop, see module docstring)."""

    folder: str | None = None  # None: the "backups" folder inside the data folder
    interval_hours: float = 24.0  # a backup on start at most this often
    on_quit: bool = True
    keep_last: int = 10  # always keep the newest N
    daily_days: int = 14  # then one a day for this many days
    weekly_weeks: int = 13  # one a week for this many weeks (about three months)
    monthly_months: int = 12  # one a month for this many months

    KEY = "backup"

    @classmethod
    def load(cls, data_dir: Path) -> BackupSettings:
        stored = local_config.load(data_dir).get(cls.KEY) or {}
        known = {k: v for k, v in stored.items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            log.warning("ignoring unreadable backup settings %r", stored)
            return cls()

    def save(self, data_dir: Path) -> None:
        ensure_private_dir(data_dir)
        local_config.update(data_dir, **{self.KEY: asdict(self)})

    def backup_dir(self, paths: AppPaths) -> Path:
        return Path(self.folder).expanduser() if self.folder else paths.backup_dir

    def with_changes(self, **changes) -> BackupSettings:
        return replace(self, **changes)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC, from the file name
    reason: str
    size: int
    customers: int | None = None
    interactions: int | None = None
    revision: str | None = None
    problem: str = ""  # why it cannot be read, if it cannot

    @property
    def readable(self) -> bool:
        return not self.problem

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason.replace("-", " ").capitalize())

    def describe(self) -> str:
        """One line for a list or a message: date, size, counts."""
        when = format_local(self.created_at)
        if self.problem:
            return f"{when} — cannot be read ({self.problem})"
        return (
            f"{when} — {human_size(self.size)}, {self.customers} customers, "
            f"{self.interactions} interactions"
        )


@dataclass
class RestoreResult:
    restored: BackupInfo
    safety_backup: BackupInfo | None = None
    removed: list[Path] = field(default_factory=list)
    kept_aside: Path | None = None  # where a damaged current database was moved


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def _require_local(paths: AppPaths) -> None:
    if not paths.is_sqlite or paths.database_url is not None:
        raise BackupError(
            "cxlogger backs up only its own local database file. A shared server database "
            "is backed up on the server; ask whoever runs it."
        )


def backup_name(created_at: datetime, reason: str) -> str:
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"backup reason must be a lower-case slug, not {reason!r}")
    stamp = created_at.astimezone(timezone.utc).strftime(_STAMP)
    return f"{PREFIX}{stamp}-{reason}{SUFFIX}"


def parse_name(name: str) -> tuple[datetime, str] | None:
    match = _NAME_RE.match(name)
    if not match:
        return None
    try:
        created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return created, match.group(2)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _cannot_write(folder: Path, exc: OSError) -> UserError:
    full = disk_full_error(exc)
    if full is not None:
        return full
    return BackupError(
        f"cxlogger could not write a backup into {folder}: {exc.strerror or exc}. "
        "Check that the backup folder exists and that you may write to it."
    )


def stage_copy(
    source: Path,
    target_folder: Path,
    stem: str,
    check: Callable[[Path], None] | None = None,
    progress: Progress | None = None,
) -> leftovers.Held:
    """Write a consistent, checked, synced copy of ``source`` to a locked temporary file.

    ``source`` is opened read-only. The copy is in rollback-journal mode (one
    self-contained file) and private (0600); the caller renames it into place and
    releases it. Raises BackupError (CopyDamaged when the copy fails the quick check,
    or DiskFullError) and leaves nothing behind. ``check(copy)``, if given, runs on
    the finished copy before it is synced, and may refuse it by raising a UserError.
    ``progress(fraction)`` is called as the copy goes; it may stop it by raising
    BackupCancelled (nothing is kept).
    """
    try:
        ensure_private_dir(target_folder)
        held = leftovers.private_temp(target_folder, stem)
    except OSError as exc:
        raise _cannot_write(target_folder, exc) from exc
    tmp = held.path
    try:
        copy_pages(source, tmp, progress)
        problems = _quick_check_copy(tmp)
        if problems != ["ok"]:
            raise CopyDamaged(
                f"The backup of {source} did not pass its check ({'; '.join(problems)}). "
                "Run “cxlogger check” to look at the database.",
                problems,
            )
        if check is not None:
            check(tmp)
        _fsync_file(tmp)
        if progress is not None:
            progress(1.0)
    except BaseException as exc:
        held.discard()
        if isinstance(exc, UserError):
            raise
        full = disk_full_error(exc)
        if full is not None:
            raise full from exc
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise BackupError(
                f"cxlogger could not back up {source} to {target_folder}: {exc}. "
                "Check that the backup folder exists and that you may write to it."
            ) from exc
        raise
    return held


def _quick_check_copy(copy: Path) -> list[str]:
    """The copy made self-contained (rollback journal) and quick-checked: ["ok"] or what
    is wrong. A page too damaged to read is a problem found, not an error."""
    try:
        with closing(sqlite3.connect(copy)) as out:
            out.execute("PRAGMA journal_mode=DELETE")
            return [
                " ".join(str(v) for v in row)
                for row in out.execute("PRAGMA quick_check").fetchmany(20)
            ]
    except sqlite3.DatabaseError as exc:
        # damaged (SQLITE_CORRUPT, not a database): exactly DatabaseError; the rest
        # (disk full, I/O) are OperationalError and the like: not the database's fault
        if type(exc) is not sqlite3.DatabaseError:
            raise
        return [str(exc)]


def copy_pages(source: Path, target: Path, progress: Progress | None = None) -> None:
    """Copy ``source`` into the empty file ``target`` with SQLite's backup API.

    One read transaction on ``source`` is held from the first step to the last, so
    every step copies the same snapshot (what others commit meanwhile neither
    restarts the copy nor gets into it), and the copy goes in large steps.
    """
    with (
        closing(sqlite3.connect(sqlite_uri(source), uri=True, isolation_level=None)) as con,
        closing(sqlite3.connect(target)) as out,
    ):
        con.execute("PRAGMA busy_timeout=10000")
        con.execute("BEGIN")
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
            out.execute("PRAGMA synchronous=OFF")  # synced once, as a whole, by the caller

            def step(_status, remaining, total):
                if progress is not None and total:
                    progress(COPY_SHARE * (total - remaining) / total)

            con.backup(out, pages=COPY_STEP_PAGES, progress=step)
        finally:
            con.execute("ROLLBACK")


def snapshot(
    source: Path,
    target_folder: Path,
    target_name: str,
    check: Callable[[Path], None] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write a consistent, checked, synced copy of ``source`` as ``target_folder/target_name``.

    The copy appears under its name only once complete (see :func:`stage_copy`,
    also for ``check``). Raises BackupError (or DiskFullError) and leaves nothing behind.
    """
    final = target_folder / target_name
    held = stage_copy(source, target_folder, target_name, check, progress)
    try:
        if final.exists():
            raise BackupError(f"{final} already exists; cxlogger will not overwrite it.")
        os.replace(held.path, final)
        fsync_dir(target_folder)
    except BaseException as exc:
        held.discard()
        if isinstance(exc, OSError):
            raise _cannot_write(target_folder, exc) from exc
        raise
    held.release()
    return final


def check_backupable(db_path: Path) -> None:
    """Refuse, with a sentence, to back up a file that holds no cxlogger data."""
    from cxlogger.core.errors import SchemaTooNewError
    from cxlogger.core.storage.db import inspect_sqlite_file

    try:
        revision = inspect_sqlite_file(db_path)
    except SchemaTooNewError:
        return  # a newer cxlogger's database is still worth a copy
    except UserError as exc:
        raise BackupError(f"Nothing was backed up: {exc}") from exc
    if revision is None:
        raise BackupError(
            f"Nothing was backed up: {db_path} is an empty database with no cxlogger data in it. "
            "Check the data folder (--data-dir) or restore a backup."
        )


def take_backup(
    paths: AppPaths,
    reason: str = "manual",
    now: datetime | None = None,
    settings: BackupSettings | None = None,
    rotate_after: bool = True,
    full_check: bool = True,
    progress: Progress | None = None,
) -> BackupInfo:
    """Back up the local database now (e.g. ``take_backup(paths, reason="before-import")``).

    Safe while the app has the database open. Old backups are rotated afterwards.
    The copy always gets SQLite's quick check (a damaged database raises
    DamagedDatabaseError and nothing is kept); ``full_check=False`` leaves out the
    full check (see the module docstring). ``progress`` as for :func:`stage_copy`.
    """
    _require_local(paths)
    if not paths.db_path.exists():
        raise BackupError("There is no database to back up yet.")
    from cxlogger.core.reminders import high_water
    from cxlogger.core.storage import health

    # not an SQLite file at all: DamagedDatabaseError; damaged pages: the copy's quick check
    health.file_before_backup(paths)
    try:
        check_backupable(paths.db_path)
    except BackupError:
        health.quick_before_backup(paths)  # unreadable because damaged: DamagedDatabaseError
        raise
    settings = settings or BackupSettings.load(paths.data_dir)
    folder = settings.backup_dir(paths)
    leftovers.sweep_backups(folder)  # killed backups must not pile up
    now = now or utcnow()
    created = now
    while (folder / backup_name(created, reason)).exists():
        created += timedelta(microseconds=1)
    # the full check runs on the copy before it is kept: a damaged database never
    # reaches the backups (a damaged search index is rebuilt and the copy taken again)
    check = health.backup_check(paths, now) if full_check else None

    def copy() -> Path:
        try:
            return snapshot(paths.db_path, folder, backup_name(created, reason), check, progress)
        except CopyDamaged as exc:  # the copy is the database page for page: it is damaged
            raise health.not_backed_up(paths, exc.problems) from exc

    try:
        path = copy()
    except health.SearchIndexDamaged:
        health.rebuild_search_index(paths, now)
        path = copy()
    log.info("backup taken: %s", path)
    high_water.checkpoint(paths.db_path)  # keep the -wal (what a damaged -wal loses) short
    if rotate_after:
        try:
            rotate(folder, settings, now)
        except OSError:
            log.warning("rotating backups in %s failed", folder, exc_info=True)
    return read_info(path)


def read_info(path: Path) -> BackupInfo:
    """Date, size and counts of one backup file (a damaged file gets ``problem`` set)."""
    parsed = parse_name(path.name)
    try:
        size = path.stat().st_size
        if parsed is None:
            created, reason = (
                datetime.fromtimestamp(path.stat().st_mtime, timezone.utc),
                "other",
            )
        else:
            created, reason = parsed
    except OSError as exc:
        return BackupInfo(path, utcnow(), "other", 0, problem=exc.strerror or str(exc))
    try:
        with closing(sqlite3.connect(sqlite_uri(path, immutable=True), uri=True)) as con:
            customers = con.execute("SELECT count(*) FROM customers").fetchone()[0]
            interactions = con.execute("SELECT count(*) FROM interactions").fetchone()[0]
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        return BackupInfo(path, created, reason, size, problem=str(exc))
    return BackupInfo(path, created, reason, size, customers, interactions, row and row[0])


def _backup_files(folder: Path) -> list[Path]:
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    return [p for p in entries if p.is_file() and parse_name(p.name) is not None]


def list_backups(
    paths: AppPaths, settings: BackupSettings | None = None, with_counts: bool = True
) -> list[BackupInfo]:
    """The backups in the backup folder, newest first."""
    settings = settings or BackupSettings.load(paths.data_dir)
    infos = []
    for path in _backup_files(settings.backup_dir(paths)):
        if with_counts:
            infos.append(read_info(path))
        else:
            created, reason = parse_name(path.name)
            infos.append(BackupInfo(path, created, reason, path.stat().st_size))
    infos.sort(key=lambda i: i.created_at, reverse=True)
    return infos


def newest_backup_time(paths: AppPaths, settings: BackupSettings | None = None):
    infos = list_backups(paths, settings, with_counts=False)
    return infos[0].created_at if infos else None


def backup_due(paths: AppPaths, now: datetime, settings: BackupSettings | None = None) -> bool:
    """Whether the start-up backup is due (none within the settable interval)."""
    settings = settings or BackupSettings.load(paths.data_dir)
    newest = newest_backup_time(paths, settings)
    return newest is None or now - newest >= timedelta(hours=settings.interval_hours)


# A quit that started its backup and did not see it end (the process was killed, e.g.
# by logging out) leaves this file in the data folder: the next start owes that backup.
QUIT_OWED = "backup-on-quit.owed"


def quit_backup_owed(paths: AppPaths) -> bool:
    return (paths.data_dir / QUIT_OWED).exists()


def _owe_quit_backup(paths: AppPaths, owed: bool) -> None:
    marker = paths.data_dir / QUIT_OWED
    try:
        if owed:
            marker.touch()
        else:
            marker.unlink(missing_ok=True)
    except OSError:
        log.warning("could not %s %s", "write" if owed else "remove", marker, exc_info=True)


def backup_on_start(
    paths: AppPaths, now: datetime | None = None, progress: Progress | None = None
) -> BackupInfo | None:
    """Take the start-up backup if one is due; None if not due or not a local database.

    It is due once the settable interval has passed since the newest backup, and
    when a backup on quit was cut short (see QUIT_OWED) and the data changed since
    the newest backup. The copy gets the quick check (the full check is the idle
    health watch's). ``progress`` as for :func:`stage_copy` (a quit cancels through it).
    """
    if not paths.is_sqlite or paths.database_url is not None or not paths.db_path.exists():
        return None
    now = now or utcnow()
    settings = BackupSettings.load(paths.data_dir)
    owed = quit_backup_owed(paths)
    if not backup_due(paths, now, settings) and not (
        owed and changed_since_newest_backup(paths, settings)
    ):
        if owed:
            _owe_quit_backup(paths, False)
        return None
    info = take_backup(paths, "start", now, settings, full_check=False, progress=progress)
    if owed:
        _owe_quit_backup(paths, False)
    return info


def backup_on_quit(
    paths: AppPaths, now: datetime | None = None, progress: Progress | None = None
) -> BackupInfo | None:
    """The backup on quit, unless the newest backup already holds the same data.

    Quick-checked only, so it takes about as long as copying the file once. Until it
    has ended (taken, skipped or refused), the next start owes it (QUIT_OWED).
    """
    if not paths.is_sqlite or paths.database_url is not None or not paths.db_path.exists():
        return None
    settings = BackupSettings.load(paths.data_dir)
    if not settings.on_quit:
        return None
    _owe_quit_backup(paths, True)
    try:
        if not changed_since_newest_backup(paths, settings):
            log.info("no backup on quit: nothing changed since the newest backup")
            return None
        return take_backup(paths, "quit", now, settings, full_check=False, progress=progress)
    finally:
        _owe_quit_backup(paths, False)


# What a backup keeps, fingerprinted cheaply (every query is served by a primary key or a
# small table; at a million interactions the whole marker takes about 0.1 s, in the
# backup's thread). Named
# user actions go through the change log; the counts and newest ids catch imports, erases
# and anything else written outside one; follow-ups' done/snoozed state and the settings
# are looked at directly. Not in it: what the reminder rules' timer writes for itself
# (its watermark, notified_at), which every start changes and a restore recomputes.
CHANGE_MARKER_SQL = (
    "SELECT max(id) FROM change_log",
    # count(*) and max(rowid) apart: together they would scan the table, apart the count
    # reads the smallest index and the max is one lookup
    "SELECT count(*) FROM customers",
    "SELECT max(rowid), max(updated_at) FROM customers",
    "SELECT count(*) FROM interactions",
    "SELECT max(rowid) FROM interactions",
    "SELECT count(*) FROM promises",
    "SELECT max(rowid) FROM promises",
    "SELECT count(*) FROM feedback",
    "SELECT max(rowid) FROM feedback",
    "SELECT count(*), max(rowid), sum(status = 'pending'), total(julianday(snoozed_until)), "
    "total(julianday(done_at)) FROM followups",
    "SELECT group_concat(id || ':' || name || ':' || active, ',') FROM staff",
    "SELECT group_concat(key || '=' || value, ',') FROM "
    "(SELECT key, value FROM settings WHERE key != 'rules_checked_at' ORDER BY key)",
    "SELECT version_num FROM alembic_version",
)


def change_marker(db_path: Path, immutable: bool = False) -> tuple | None:
    """A cheap fingerprint of the data in ``db_path``; None if it cannot be read."""
    try:
        with closing(sqlite3.connect(sqlite_uri(db_path, immutable=immutable), uri=True)) as con:
            con.execute("PRAGMA busy_timeout=10000")
            return tuple(con.execute(sql).fetchone() for sql in CHANGE_MARKER_SQL)
    except sqlite3.Error as exc:  # an older schema, a damaged file: not comparable
        log.info("no change marker for %s: %s", db_path, exc)
        return None


def changed_since_newest_backup(paths: AppPaths, settings: BackupSettings | None = None) -> bool:
    """Whether the database holds anything its newest readable backup does not."""
    for info in list_backups(paths, settings, with_counts=False):
        newest = change_marker(info.path, immutable=True)
        if newest is None:
            continue  # unreadable: compare with the one before
        return change_marker(paths.db_path) != newest
    return True


def before_migrate_hook(paths: AppPaths) -> Callable[[Path, str | None], None]:
    """For ``open_database(paths, before_migrate=...)``: back up, or refuse to migrate."""

    def hook(db_path: Path, revision: str | None) -> None:
        try:
            take_backup(paths, "before-migrate")
        except UserError as exc:
            raise DatabaseError(
                f"cxlogger needs to upgrade its database, but could not back it up first, "
                f"so it did not change anything. {exc}"
            ) from exc

    return hook


# --- rotation ---------------------------------------------------------------


def _months_before(moment: datetime, months: int) -> datetime:
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def kept_by_rotation(
    created: Iterable[datetime], settings: BackupSettings, now: datetime
) -> set[datetime]:
    """Which backup times survive: the newest N, then the newest of each day, week and
    month within their windows (days, weeks and months counted in UTC).

    The newest backup of a period stays the newest of it forever, so a backup
    kept once is only ever removed when it leaves the last window.
    """
    newest_first = sorted(set(created), reverse=True)
    keep = set(newest_first[: max(settings.keep_last, 1)])
    windows = [
        (now - timedelta(days=settings.daily_days), lambda t: t.date()),
        (now - timedelta(weeks=settings.weekly_weeks), lambda t: tuple(t.isocalendar())[:2]),
        (_months_before(now, settings.monthly_months), lambda t: (t.year, t.month)),
    ]
    for cutoff, period in windows:
        seen = set()
        for moment in newest_first:
            if moment < cutoff:
                break
            key = period(moment.astimezone(timezone.utc))
            if key not in seen:
                seen.add(key)
                keep.add(moment)
    return keep


def rotate(folder: Path, settings: BackupSettings, now: datetime) -> list[Path]:
    """Delete the backups in ``folder`` that rotation no longer keeps; returns them.

    Only files named like cxlogger's backups are ever considered.
    """
    files = {}
    for path in _backup_files(folder):
        files.setdefault(parse_name(path.name)[0], []).append(path)
    keep = kept_by_rotation(files, settings, now)
    removed = []
    for moment, group in files.items():
        if moment not in keep:
            for path in group:
                path.unlink(missing_ok=True)
                removed.append(path)
    if removed:
        log.info("rotated out %d old backups", len(removed))
    return removed


# --- restore ----------------------------------------------------------------


def verify_backup(path: Path) -> BackupInfo:
    """Check that ``path`` is a readable, undamaged cxlogger database this version can open."""
    from cxlogger.core.storage import integrity
    from cxlogger.core.storage.db import inspect_sqlite_file

    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} does not exist or is not a file; choose a backup file.")
    inspect_sqlite_file(path)  # raises NotADatabaseError / SchemaTooNewError, never writes
    result = integrity.quick_check(path)
    if not result.ok:
        raise BackupError(
            f"The backup {path.name} is damaged ({result.summary()}); choose another backup."
        )
    info = read_info(path)
    if info.problem:
        raise BackupError(f"The backup {path.name} cannot be read ({info.problem}).")
    return info


def restore_backup(
    paths: AppPaths,
    backup_file: Path,
    now: datetime | None = None,
    backup_current: bool = True,
) -> RestoreResult:
    """Replace the local database with ``backup_file``, after backing up the current one.

    The caller must have closed its own connections to the database and hold the
    instance lock (no other cxlogger may have it open). ``backup_current=False``
    is for a damaged database that was already kept aside (integrity.quarantine).
    Nothing is changed if the backup is not a good cxlogger database.
    """
    _require_local(paths)
    backup_file = Path(backup_file).resolve()
    db_path = paths.db_path
    if db_path.exists() and backup_file == db_path.resolve():
        raise BackupError("That is the database itself, not a backup; choose a backup file.")
    info = verify_backup(backup_file)
    ensure_private_dir(paths.data_dir)
    # what an earlier, interrupted restore left: finished, or swept; never in the way
    leftovers.finish_restore(paths)
    leftovers.sweep(paths.data_dir, leftovers.data_dir_patterns(paths))
    # Stage the copy first: if it cannot be written, nothing else happens (no
    # safety backup taken for a restore that cannot proceed).
    held = stage_copy(backup_file, paths.data_dir, f"{db_path.name}{leftovers.RESTORING_SUFFIX}")
    kept_aside = None
    try:
        safety = None
        if backup_current and db_path.exists():
            from cxlogger.core.storage import health, integrity

            try:
                safety = take_backup(paths, "before-restore", now)
            except health.DamagedDatabaseError:
                # damaged, or not a database at all: it cannot be backed up, so it is
                # moved aside intact (damaged/<time>/) and the restore goes on
                kept_aside = integrity.move_aside(paths, now)
        # The point of no return: from here on a start completes the restore
        # (leftovers.finish_restore), since the safety backup holds the current data.
        staged = leftovers.restoring_path(paths)
        os.replace(held.path, staged)
    except BaseException:
        held.discard()
        raise
    held.release()
    try:
        leftovers.swap_in(paths, staged)
    except OSError as exc:
        raise BackupError(
            f"cxlogger could not put the backup in place of {db_path}: {exc.strerror or exc}. "
            "It finishes the restore the next time it starts."
        ) from exc
    log.info("restored %s from %s", db_path, backup_file)
    return RestoreResult(info, safety, kept_aside=kept_aside)
