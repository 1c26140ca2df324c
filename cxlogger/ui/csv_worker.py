"""Running an export or import off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from cxlogger.core.csv_safety import Cancelled
from cxlogger.core.errors import UserError
from cxlogger.ui.qt import QThread, Signal

log = logging.getLogger(__name__)


class CsvWorker(QThread):
    """Runs ``job(progress, cancelled)`` in its own thread.

    The job opens its own database session (one per thread). Exactly one of
    ``succeeded(result)``, ``failed(message)`` or ``was_cancelled()`` is emitted
    when it ends; ``progressed(done, total)`` while it runs.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(self, job: Callable, parent=None):
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelling(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._progress, self._cancel.is_set)
        except Cancelled:
            self.was_cancelled.emit()
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: log it with its traceback, tell the user plainly
            log.exception("CSV job failed")
            self.failed.emit(
                f"Something went wrong ({exc.__class__.__name__}: {exc}); nothing was changed. "
                "The details are in the log."
            )
        else:
            self.succeeded.emit(result)

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(int(min(done, 2**31 - 1)), int(min(total, 2**31 - 1)))
