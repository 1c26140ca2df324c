"""Errors meant for the user: each message says what happened and what to do.

Anything else that escapes is a bug and is logged with its traceback.
"""


class UserError(Exception):
    """A problem the user can understand and act on."""


class ValidationError(UserError):
    """Invalid input; ``errors`` maps a field name to a sentence about it."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class DatabaseError(UserError):
    """The database cannot be opened or used as it is."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer cxlogger."""


class NotADatabaseError(DatabaseError):
    """The file is not a cxlogger database (or not a database at all)."""


class DataFolderError(UserError):
    """The data folder cannot be used: a file in its place, not writable, or unreachable."""


class BackupError(UserError):
    """A backup could not be taken, read or restored (core.storage.backup)."""


class DiskFullError(UserError):
    """The disk (or the file size limit) is full; the failed action was rolled back."""


DISK_FULL_MESSAGE = "The disk is full; nothing was lost. Free some space and try again."
WRITE_FAILED_MESSAGE = (
    "cxlogger could not write to the disk, which is probably full; nothing was lost. "
    "Free some space and try again."
)
_ENOSPC_LIKE = {28, 27, 122}  # ENOSPC, EFBIG, EDQUOT


def disk_full_error(exc: BaseException) -> DiskFullError | None:
    """The DiskFullError that ``exc`` (or anything it wraps) amounts to, else None.

    Recognises SQLite's "database or disk is full" (SQLITE_FULL) and failed writes
    (SQLITE_IOERR_WRITE, e.g. a file size limit), through SQLAlchemy's wrapping,
    and OSErrors such as ENOSPC.
    """
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        err = todo.pop()
        if err is None or id(err) in seen:
            continue
        seen.add(id(err))
        if isinstance(err, DiskFullError):
            return err
        name = getattr(err, "sqlite_errorname", "") or ""
        text = str(err).lower()
        if name == "SQLITE_FULL" or "database or disk is full" in text:
            return DiskFullError(DISK_FULL_MESSAGE)
        if name.startswith("SQLITE_IOERR_WRITE") or (not name and "disk i/o error" in text):
            return DiskFullError(WRITE_FAILED_MESSAGE)
        if isinstance(err, OSError) and err.errno in _ENOSPC_LIKE:
            return DiskFullError(DISK_FULL_MESSAGE)
        todo += [getattr(err, "orig", None), err.__cause__, err.__context__]
    return None


class disk_full_guard:  # noqa: N801 - used like a function: ``with disk_full_guard():``
    """Turn a full disk inside the block into a DiskFullError the UI can show.

    Services already roll their transaction back when an error escapes, so what
    was saved before stays saved, and the same action can be retried later::

        with disk_full_guard():
            interactions.log_interaction(session, data, staff_id)
    """

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None or isinstance(exc, UserError):
            return False
        translated = disk_full_error(exc)
        if translated is not None:
            raise translated from exc
        return False
