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
