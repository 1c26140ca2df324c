"""CSV files that are safe to open in a spreadsheet, written atomically.

A text cell starting with ``=``, ``+``, ``-``, ``@``, TAB or CR could be run as a
formula by Excel or LibreOffice (CSV injection). Following OWASP's guidance it
is prefixed with a single quote, which spreadsheets show as text. Columns that
hold real numbers (amounts, ratings) are written as plain numbers and never
prefixed, so ``-12.50`` stays a number.

Files are written to a temporary file in the target folder and renamed over the
target at the end, so a cancelled or failed export never leaves a partial file
and never replaces a good one.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

TRIGGERS = frozenset("=+-@\t\r")
QUOTE = "'"
# text that a spreadsheet would turn into a number (losing leading zeros): 0301234567
_NUMBER_LIKE = re.compile(r"^\d[\d ./]*$")


def neutralise(value: str) -> str:
    """Prefix a text cell that a spreadsheet could run as a formula (OWASP CSV injection)."""
    if value[:1] in TRIGGERS:
        return QUOTE + value
    return value


def keep_text(value: str) -> str:
    """For columns that must stay text (phone numbers): also protect number-like values."""
    if value[:1] in TRIGGERS or _NUMBER_LIKE.match(value):
        return QUOTE + value
    return value


def unneutralise(value: str) -> str:
    """Undo :func:`neutralise` / :func:`keep_text` (for importing our own exports)."""
    if value[:1] == QUOTE and len(value) > 1:
        rest = value[1:]
        if rest[:1] in TRIGGERS or _NUMBER_LIKE.match(rest):
            return rest
    return value


class Cancelled(Exception):
    """The user cancelled a long operation; nothing was written."""


@contextlib.contextmanager
def atomic_text_file(target: str | os.PathLike, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Write ``target`` through a temporary file in the same folder, renamed at the end.

    If the block raises (including :class:`Cancelled`), the temporary file is removed
    and an existing ``target`` is left as it was.
    """
    from cxlogger.core.storage import leftovers

    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    leftovers.sweep(folder, leftovers.csv_patterns(target))  # what a killed export left
    held = leftovers.private_temp(folder, target.name, suffix=".part")
    tmp = held.path
    try:
        with open(tmp, "w", encoding=encoding, newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # the temporary file is 0600; give the export the permissions any new file gets
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        held.release()
