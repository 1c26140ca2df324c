"""Files in the data folder are the user's only (0600, folders 0700), whatever the umask.

Most of cxlogger's files are created private where they are made (the database,
backups, the lock, local.json). This module covers the ones written by code that
would otherwise follow the umask: the rotating log (a new file at every
rollover) and files another library writes (Qt's window.ini), which keep the
mode of a file that already exists.
"""

from __future__ import annotations

import os
from logging.handlers import RotatingFileHandler
from pathlib import Path


def ensure_private_file(path: Path) -> Path:
    """Create ``path`` empty if it is missing; either way leave it 0600."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    return path


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose every log file (new, or after a rollover) is 0600."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        try:
            os.fchmod(fd, 0o600)
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise
