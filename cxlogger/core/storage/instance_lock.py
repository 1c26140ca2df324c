"""One cxlogger at a time per data folder: an OS lock on ``cxlogger.lock``.

The lock is taken with ``flock`` (``msvcrt.locking`` on Windows). The operating
system releases it when the process ends, however it ends, so a lock left by a
crashed copy is stale by construction: the file still holds the dead copy's pid,
the next start takes the lock over and records its own. Taking the lock is
atomic, so of two copies started at the same moment exactly one gets it.

The lock file is never deleted (deleting it would let two processes lock two
different files).
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from pathlib import Path

from cxlogger.core.errors import UserError
from cxlogger.core.storage.paths import ensure_private_dir

log = logging.getLogger(__name__)

LOCK_FILENAME = "cxlogger.lock"
_PID_WIDTH = 24
_WIN_LOCK_OFFSET = 1 << 20  # lock a byte far past the pid, so the pid stays readable


class AlreadyRunningError(UserError):
    """Another cxlogger has this data folder open."""

    def __init__(self, data_dir: Path, pid: int | None):
        self.pid = pid
        who = f" (process {pid})" if pid else ""
        super().__init__(
            f"cxlogger is already running on {data_dir}{who}. Use that window, or close it first."
        )


def server_name(data_dir: Path) -> str:
    """A name for the local socket the running copy listens on, per user and data folder."""
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{uid}:{Path(data_dir).resolve()}".encode()).hexdigest()
    return f"cxlogger-{digest[:20]}"


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name != "posix":
        return True  # unknown; only used for messages
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class InstanceLock:
    """``with InstanceLock(data_dir):`` or ``acquire()`` / ``release()``.

    ``acquire()`` raises AlreadyRunningError if another process holds the lock.
    After acquiring, ``took_over_from`` is the pid a crashed copy left behind.
    """

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILENAME
        self._fd: int | None = None
        self.took_over_from: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        ensure_private_dir(self.data_dir)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            os.chmod(self.path, 0o600)
        except OSError:
            pass
        if not _try_lock(fd):
            pid = _read_pid(fd)
            for _ in range(20):  # the winner may not have written its pid yet
                if pid is not None:
                    break
                time.sleep(0.01)
                pid = _read_pid(fd)
            os.close(fd)
            raise AlreadyRunningError(self.data_dir, pid)
        previous = _read_pid(fd)
        if previous and previous != os.getpid():
            self.took_over_from = previous
            log.info("took over the lock left by process %s, which is no longer running", previous)
        _write_pid(fd, os.getpid())
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _write_pid(fd, None)
        except OSError:
            pass
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):  # a forgotten lock still goes when the object does
        try:
            self.release()
        except Exception:
            pass


def holder_pid(data_dir: Path) -> int | None:
    """The pid recorded in the lock file (it may be stale), for messages."""
    try:
        fd = os.open(Path(data_dir) / LOCK_FILENAME, os.O_RDONLY)
    except OSError:
        return None
    try:
        return _read_pid(fd)
    finally:
        os.close(fd)


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _write_pid(fd: int, pid: int | None) -> None:
    """Overwrite in place with a fixed width, so a reader never sees a half-written pid.

    Not fsynced: the pid only names the holder in messages, other processes read it from
    the page cache at once, and the lock itself does not outlive the machine. (An fsync
    here stood before the window's first paint: milliseconds, more on a busy disk.)"""
    text = "" if pid is None else str(pid)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{text:<{_PID_WIDTH - 1}}\n".encode("ascii"))
    os.ftruncate(fd, _PID_WIDTH)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
