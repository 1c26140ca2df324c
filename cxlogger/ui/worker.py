"""Running long work (export, import, erasing) off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from cxlogger.core.errors import UserError, disk_full_error
from cxlogger.core.exchange.csv_safety import Cancelled
from cxlogger.ui.qt import QEventLoop, QProgressDialog, Qt, QThread, Signal

log = logging.getLogger(__name__)


class JobWorker(QThread):
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
        except Exception as exc:
            full = disk_full_error(exc)
            if full is not None:
                self.failed.emit(str(full))
                return
            from cxlogger.core.sync.outbox import is_unreachable

            if is_unreachable(exc):  # the shared server went away (issue 12): not a bug
                from cxlogger.ui.db_ops import UNREACHABLE_SENTENCE

                log.info("the shared server cannot be reached: %s", type(exc).__name__)
                self.failed.emit(UNREACHABLE_SENTENCE)
                return
            # a bug: log it with its traceback, tell the user plainly (the error's own text
            # can quote customers' data, so it goes to the private log only)
            log.exception("background job failed")
            self.failed.emit(
                f"Something went wrong ({exc.__class__.__name__}); nothing was changed. "
                "The details are in the log."
            )
        else:
            self.succeeded.emit(result)

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(int(min(done, 2**31 - 1)), int(min(total, 2**31 - 1)))


def run_busy(parent, title: str, text: str, job: Callable):
    """Run ``job()`` in a worker while a busy dialog shows; the window keeps painting.

    Returns the job's result; raises UserError with the job's message if it failed.
    """
    worker = JobWorker(lambda _progress, _cancelled: job(), parent)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # work that must finish once started
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setValue(0)  # starts the 400 ms clock: without a value Qt never shows the dialog
    outcome: dict = {}
    # direct: kept as the worker ends, not by a queued call this loop may never run (a
    # quick job can finish before the loop starts; then it returned None)
    direct = Qt.ConnectionType.DirectConnection
    worker.succeeded.connect(lambda result: outcome.update(result=result), direct)
    worker.failed.connect(lambda message: outcome.update(error=message), direct)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.close()
    if "error" in outcome:
        raise UserError(outcome["error"])
    return outcome.get("result")
