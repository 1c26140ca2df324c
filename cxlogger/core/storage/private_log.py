"""The data folder's rotating log file, private (0600) at every rollover.

Apart from private_files.py (which re-exports it), so that modules needing only
``ensure_private_file`` do not import logging.handlers.
"""

from __future__ import annotations

import os
from logging.handlers import RotatingFileHandler


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
