"""What every window and view needs, passed in explicitly instead of a global app object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cxlogger.core.storage.paths import AppPaths
from cxlogger.core.storage.private_files import ensure_private_file
from cxlogger.core.timeutil import utcnow
from cxlogger.ui.qt import QObject, QSettings, Signal

if TYPE_CHECKING:
    from cxlogger.core.storage.db import Database
    from cxlogger.ui.db_ops import DbOps


def window_settings(paths: AppPaths) -> QSettings:
    """Per-desktop window state, kept in the data folder (never the real config in tests).

    Qt rewrites the file keeping the mode of the one that exists, so it is made 0600 first.
    """
    path = paths.data_dir / "window.ini"
    try:
        ensure_private_file(path)
    except OSError:
        pass  # a data folder that cannot be written: Qt keeps the settings in memory
    return QSettings(str(path), QSettings.Format.IniFormat)


class ChangeBus(QObject):
    """Each user action announces what it changed; views refresh themselves.

    The payload is a set of names such as {"customers", "interactions",
    "promises", "followups", "settings", "staff"}.
    """

    changed = Signal(object)

    def announce(self, *what: str) -> None:
        self.changed.emit(set(what))


@dataclass
class AppContext:
    db: Database
    paths: AppPaths
    staff_id: int
    clock: Callable[[], datetime] = utcnow  # replaced by a fixed clock in tests
    changes: ChangeBus = field(default_factory=ChangeBus)
    demo: bool = False
    _ops: DbOps | None = field(default=None, repr=False)
    live: Any = field(default=None, repr=False)  # issue 12: ui/live.py LiveSync, once started

    @property
    def ops(self) -> DbOps:
        """Background queries and writes: the GUI thread never waits for the database."""
        if self._ops is None:
            from cxlogger.ui.db_ops import DbOps

            # through self.db each time: a restore replaces the Database under the app
            self._ops = DbOps(lambda: self.db.session(), self.changes)
        return self._ops

    def session(self):
        return self.db.session()

    def now(self) -> datetime:
        return self.clock()

    def qsettings(self) -> QSettings:
        return window_settings(self.paths)
