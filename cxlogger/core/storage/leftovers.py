"""Leftovers of interrupted operations: recognised, cleaned up or completed, never in the way.

Every temporary file or folder cxlogger writes on its way to a finished one (a
backup, a restore's staged copy, a CSV export, a customer export) is made by
:func:`private_temp`: a unique hidden name ending in ``.partial`` (or ``.part``),
private (0600/0700), and on POSIX held under an ``flock`` for as long as its
writer lives. The operating system drops that lock when the writer dies, however
it dies, so a temporary file that nobody holds is a leftover: :func:`sweep`
removes it (with SQLite's ``-journal``/``-wal``/``-shm`` beside it) and leaves
alone the ones a running operation (another cxlogger, a command in a terminal)
still holds. Unique names mean a leftover can never block the next attempt.

Two operations pass a point of no return, and are completed rather than undone:

- a restore, once the backup is staged as ``.cxlogger.sqlite3.restoring`` (only
  after the safety backup of the current database was written): the next start
  that holds the instance lock finishes it (:func:`finish_restore`);
- an erase, once the customer's rows are deleted: a marker
  (``.cxlogger.sqlite3.purge-pending``) written before it makes the next start
  rebuild the file and empty the WAL (:func:`finish_erase`), so no page with
  their data lingers.

A migration runs in one transaction (core.migrate), so a killed one leaves
nothing but the ``_alembic_tmp_*`` tables of databases upgraded by an older
cxlogger; migrate drops those before it upgrades.

:func:`recover` runs at every start (the GUI's and every command's); it never
raises, so a leftover it cannot remove is logged, not shown as a failure.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from cxlogger.core.storage.paths import AppPaths

log = logging.getLogger(__name__)

SQLITE_SATELLITES = ("-journal", "-wal", "-shm")
RESTORING_SUFFIX = ".restoring"  # .cxlogger.sqlite3.restoring: a staged, complete restore
PURGE_MARKER_SUFFIX = ".purge-pending"
# local_config writes .local-XXXX.json without a lock (it is tiny and quick): only one
# that has been lying there this long is taken for a leftover
UNLOCKED_MIN_AGE_S = 600.0


# --- holding a temporary file ---------------------------------------------------------------


class Held:
    """A temporary file or folder and the lock that says its writer is alive."""

    def __init__(self, path: Path, fd: int | None):
        self.path = path
        self._fd = fd

    def release(self) -> None:
        """Drop the lock (the path itself is renamed or removed by the caller)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def discard(self) -> None:
        """Remove the temporary file or folder (and SQLite's files beside it), then release."""
        try:
            _remove(self.path)
        finally:
            self.release()

    def __enter__(self) -> Held:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def temp_name(stem: str, suffix: str = ".partial") -> str:
    return f".{stem}.{secrets.token_hex(4)}{suffix}"


def private_temp(
    folder: Path, stem: str, suffix: str = ".partial", directory: bool = False
) -> Held:
    """A new, empty, private file (or folder) ``folder/.<stem>.<random><suffix>``, locked.

    Raises OSError if it cannot be made. Unique names: a leftover of an earlier,
    interrupted attempt never gets in the way.
    """
    for _ in range(10):
        path = folder / temp_name(stem, suffix)
        if directory:
            path.mkdir(mode=0o700)
            os.chmod(path, 0o700)
            fd = os.open(path, os.O_RDONLY)
        else:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
            os.fchmod(fd, 0o600)
        if not _lock(fd):  # pragma: no cover - a brand-new name; someone must be racing us
            os.close(fd)
            continue
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return Held(path, fd)
        # a sweep took it for a leftover between creating and locking it: make another
        os.close(fd)
    raise OSError(f"could not create a temporary file in {folder}")


# --- sweeping -------------------------------------------------------------------------------


def sweep(folder: Path, patterns: Iterable[str], min_age_s: float | None = None) -> list[Path]:
    """Remove leftovers in ``folder`` whose names match ``patterns`` (globs); returns them.

    A file a living writer still holds (locked) is left alone, with SQLite's files
    beside it. ``min_age_s`` is for files written without a lock: only those older
    than that are taken for leftovers.
    """
    patterns = list(patterns)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    groups: dict[Path, list[Path]] = {}
    for path in entries:
        base = _base_of(path)
        if any(fnmatchcase(base.name, pattern) for pattern in patterns):
            groups.setdefault(base, []).append(path)
    removed: list[Path] = []
    now = time.time()
    for base, members in groups.items():
        try:
            if min_age_s is not None and now - base.lstat().st_mtime < min_age_s:
                continue
        except FileNotFoundError:
            pass
        try:
            if not _remove_unheld(base):
                continue
            for member in members:
                member.unlink(missing_ok=True)
            removed += members
        except OSError:
            log.warning("could not remove the leftover %s", base)
    removed.sort()
    if removed:
        log.info("removed %d leftovers of interrupted work in %s", len(removed), folder)
    return removed


def _base_of(path: Path) -> Path:
    for suffix in SQLITE_SATELLITES:
        if path.name.endswith(suffix):
            return path.with_name(path.name[: -len(suffix)])
    return path


def _remove_unheld(path: Path) -> bool:
    """Remove ``path`` unless a living writer holds it; True if it is gone."""
    if os.name != "posix":  # pragma: no cover - Windows refuses to delete an open file
        try:
            _remove(path)
        except PermissionError:
            return False
        return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True
    try:
        if not _lock(fd):
            return False
        try:  # still the file we locked (not a new one made under the same name)?
            if os.stat(path).st_ino != os.fstat(fd).st_ino:
                return False
        except FileNotFoundError:
            return True
        _remove(path)
        return True
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
    for suffix in SQLITE_SATELLITES:
        Path(str(path) + suffix).unlink(missing_ok=True)


if os.name == "posix":
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

else:  # pragma: no cover - Windows: a file another process has open cannot be deleted

    def _lock(fd: int) -> bool:
        return True


# --- what each operation leaves, and where ----------------------------------------------------


def data_dir_patterns(paths: AppPaths) -> list[str]:
    name = paths.db_path.name
    return [
        f".{name}{RESTORING_SUFFIX}.*.partial",  # a restore's staged copy, being written
        f"..{name}{RESTORING_SUFFIX}.partial",  # the same, as cxlogger 0.1 named it
    ]


BACKUP_PATTERNS = [".cxlogger-*.sqlite3.*.partial", ".cxlogger-*.sqlite3.partial"]


def csv_patterns(target: Path) -> list[str]:
    return [f".{target.name}.*.part"]


CUSTOMER_EXPORT_PATTERNS = [".customer-*.partial"]


def sweep_backups(folder: Path) -> list[Path]:
    return sweep(folder, BACKUP_PATTERNS)


# --- restore --------------------------------------------------------------------------------


def restoring_path(paths: AppPaths) -> Path:
    return paths.data_dir / f".{paths.db_path.name}{RESTORING_SUFFIX}"


def swap_in(paths: AppPaths, staged: Path) -> None:
    """Put a staged, checked copy in place of the database (the restore's last step).

    The old -wal must go before the new file takes the name, or SQLite would
    replay old pages onto it; the safety backup holds everything that was in it.
    """
    from cxlogger.core.storage.backup import fsync_dir

    db_path = paths.db_path
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(staged, db_path)
    fsync_dir(paths.data_dir)
    from cxlogger.core.storage import health

    health.after_restore(paths)  # old findings dropped; the restored counter is the mark


def finish_restore(paths: AppPaths) -> bool:
    """Complete a restore that was interrupted after its point of no return.

    Only with the instance lock held (no other cxlogger has the database open).
    Returns True if a restore was completed. A staged copy that fails its check
    is removed and the database left as it is.
    """
    staged = restoring_path(paths)
    if not staged.exists():
        return False  # the usual case: no integrity module loaded on a command's start
    from cxlogger.core.storage import integrity

    for suffix in ("-journal", "-wal", "-shm"):
        # the staged copy is a closed, rollback-journal file; nothing of these is its own
        Path(str(staged) + suffix).unlink(missing_ok=True)
    if not integrity.quick_check(staged, untouched=True).ok:
        log.error("an interrupted restore left a damaged copy %s; removed it", staged)
        staged.unlink(missing_ok=True)
        return False
    swap_in(paths, staged)
    log.warning("completed an interrupted restore: %s is the restored backup", paths.db_path)
    return True


# --- erase ----------------------------------------------------------------------------------


def purge_marker(paths: AppPaths) -> Path:
    return paths.data_dir / f".{paths.db_path.name}{PURGE_MARKER_SUFFIX}"


def mark_purge_pending(paths: AppPaths) -> Path:
    """Before an erase: if it is interrupted, the next start purges the live files."""
    marker = purge_marker(paths)
    fd = os.open(marker, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.fsync(fd)
    finally:
        os.close(fd)
    return marker


def clear_purge_pending(paths: AppPaths) -> None:
    purge_marker(paths).unlink(missing_ok=True)


def finish_erase(paths: AppPaths) -> bool:
    """Complete the purge of an interrupted erase; True if one was done.

    Only with the instance lock held (an erase holds it while it runs). The file
    is rebuilt (VACUUM) and the WAL emptied, after a quick check: a damaged
    database is never written to, and the marker stays for the next start.
    """
    marker = purge_marker(paths)
    if not marker.exists():
        return False  # the usual case: no export or erase module loaded on a normal start
    from cxlogger.core.exchange import privacy
    from cxlogger.core.storage import integrity

    if not paths.db_path.exists():
        marker.unlink(missing_ok=True)
        return False
    if not integrity.quick_check(paths.db_path).ok:
        log.warning("an interrupted erase is finished once the database is healthy again")
        return False
    with closing(sqlite3.connect(paths.db_path, isolation_level=None)) as con:
        con.execute("PRAGMA busy_timeout=10000")
        con.execute("VACUUM")  # no free page keeps what was erased
        purged = privacy.checkpoint_truncate(con)
    if purged:
        marker.unlink(missing_ok=True)
        log.warning("finished an interrupted erase: the database file was rebuilt")
    return purged


# --- at start -------------------------------------------------------------------------------


@dataclass
class Recovery:
    removed: list[Path] = field(default_factory=list)
    restore_finished: bool = False
    erase_finished: bool = False

    @property
    def changed_database(self) -> bool:
        return self.restore_finished


def recover(paths: AppPaths, exclusive: bool) -> Recovery:
    """Clean up (or complete) what interrupted operations left; never raises.

    ``exclusive``: the caller holds the instance lock, so an interrupted restore
    may be completed. Without it only unheld temporary files are removed.
    """
    result = Recovery()
    if not _local_folder(paths):
        return result
    try:
        result.removed += sweep(paths.data_dir, data_dir_patterns(paths))
        result.removed += sweep(paths.data_dir, [".local-*.json"], UNLOCKED_MIN_AGE_S)
        result.removed += sweep(paths.data_dir / "damaged", [".*.partial"])  # a copy cut short
        from cxlogger.core.storage.backup import BackupSettings

        folder = BackupSettings.load(paths.data_dir).backup_dir(paths)
        result.removed += sweep_backups(folder)
        if exclusive:
            result.restore_finished = finish_restore(paths)
            result.erase_finished = finish_erase(paths)
    except Exception as exc:  # never in the way of the start; the log says what happened
        log.warning("cleaning up after interrupted work in %s failed: %s", paths.data_dir, exc)
    return result


def recover_on_start(paths: AppPaths) -> Recovery:
    """For the command line: complete what needs the instance lock if it is free."""
    if not _local_folder(paths):
        return Recovery()
    from cxlogger.core.storage.instance_lock import InstanceLock

    lock = InstanceLock(paths.data_dir)
    try:
        lock.acquire()
    except Exception:  # the app (or another command) is running: it already did this
        return recover(paths, exclusive=False)
    try:
        return recover(paths, exclusive=True)
    finally:
        lock.release()


def _local_folder(paths: AppPaths) -> bool:
    """A local database whose data folder exists (an unusable one is explained elsewhere)."""
    if not paths.is_sqlite or paths.database_url is not None:
        return False
    try:
        return paths.data_dir.is_dir()
    except OSError:
        return False
