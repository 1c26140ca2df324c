"""Files in the data folder are the user's only (0600, folders 0700), whatever the umask.

Most of cxlogger's files are created private where they are made (the database,
backups, the lock, local.json). This module covers the ones written by code that
would otherwise follow the umask: the rotating log (a new file at every
rollover; its handler is in private_log.py) and files another library writes
(Qt's window.ini), which keep the mode of a file that already exists.
"""

from __future__ import annotations

import os
from pathlib import Path


def ensure_private_file(path: Path) -> Path:
    """Create ``path`` empty if it is missing; either way leave it 0600."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    return path


def __getattr__(name: str):
    # the log's handler lives in private_log.py: importing logging.handlers (~12 ms) is
    # left to the code that logs to a file, after the window's first paint
    if name == "PrivateRotatingFileHandler":
        from cxlogger.core.storage.private_log import PrivateRotatingFileHandler

        return PrivateRotatingFileHandler
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
