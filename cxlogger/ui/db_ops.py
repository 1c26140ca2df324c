"""Database work off the GUI thread: the one way views, dialogs and the tray reach the data.

Every query and write runs on a worker thread with a session of its own (one connection
per thread) and hands its result back to the GUI thread by a queued signal, so the window
keeps painting whatever the database does. As in Anki's QueryOp/CollectionOp:

- ``ops.query(owner, key, fn, done)`` runs ``fn(session)`` and calls ``done(result)`` on
  the GUI thread. A newer query from the same owner with the same key supersedes the
  older one: the older result is dropped, so a view never shows an answer to a question
  the user has stopped asking (they typed another letter).
- ``ops.write(owner, fn, done, changes=...)`` runs ``fn(session)`` (one user action, one
  transaction, opened by the service) on a single writer thread, in the order asked, then
  announces ``changes`` on the ChangeBus so the views refresh themselves.
- A UserError becomes its sentence, a bug a logged traceback and a plain sentence; either
  goes to ``failed(message)`` or, without one, to the ``error`` signal the main window
  shows. A ValidationError goes to ``invalid(errors)`` when given (its field → sentence
  dict, so a dialog shows each next to its field), else it is a UserError like any other.
  Results for an owner that was destroyed are dropped.
- A ConflictError (core/conflicts.py: the row changed since it was read, nothing was
  written) goes to ``conflict(conflict)`` when given (a dialog offers the field-by-field
  choice), else it is a UserError like any other.
- ``hold_writes()``: while the start-up check still reads the file, the views already read
  it, but no write starts. Writes asked meanwhile wait, in order, and run when
  ``release_writes()`` says the file passed; ``refuse_writes(sentence)`` (it is damaged)
  fails each of them, and every later one, with that sentence: nothing is written.

``fn`` must return plain data or ORM objects whose attributes it has loaded: the session
is closed before ``done`` runs.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from cxlogger.core.errors import UserError, ValidationError, disk_full_error
from cxlogger.core.records.conflicts import ConflictError, stale_error
from cxlogger.ui.qt import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)

log = logging.getLogger(__name__)

BUG_SENTENCE = "Something went wrong ({name}); nothing was changed. The details are in the log."
UNREACHABLE_SENTENCE = (
    "The shared server cannot be reached, so this was not saved and nothing was changed. "
    "cxlogger keeps reconnecting: try again when the window no longer says it is working "
    "offline. New interactions are kept on this computer meanwhile."
)


class Unreachable(str):
    """The failure sentence of a job that found the shared server gone (issue 12)."""


class Refused(str):
    """The failure sentence of a write refused because the file failed its start-up check:
    the damaged-database question says it all, so nobody else is told unless they asked."""


def _is_alive(owner: QObject | None) -> bool:
    if owner is None:
        return True
    from shiboken6 import isValid

    return isValid(owner)


# no view asked for data for this long: the user paused (background work's moment)
PAUSE_S = 0.5


class DbOps(QObject):
    """Runs database jobs on worker threads; see the module docstring."""

    error = Signal(str)  # a failure nobody asked to hear about: the window shows it
    unreachable = Signal()  # a job found the shared server gone: the window says "offline"
    writes_released = Signal()  # held writes go on (the start-up check passed)
    _finished = Signal(int, bool, object)  # ticket, ok, result or message (worker → GUI)

    def __init__(self, session_factory: Callable, changes=None, readers: int = 2, parent=None):
        super().__init__(parent)
        self._session_factory = session_factory
        self._changes = changes
        self._readers = ThreadPoolExecutor(readers, thread_name_prefix="cxlogger-read")
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="cxlogger-write")
        self._tickets = itertools.count(1)
        self._last_asked = float("-inf")  # time.monotonic() of the last query a view asked
        self._pending: dict[
            int, tuple
        ] = {}  # ticket → (owner, key, done, failed, changes, invalid)
        self._latest: dict[tuple[int, str], int] = {}  # (owner id, key) → newest ticket
        self._conflicts: dict[int, Callable] = {}  # ticket → conflict handler (writes)
        self._lock = threading.Lock()
        self._closed = False
        self._held: list[tuple[int, Callable]] | None = None  # writes waiting for the check
        self._to_start: list[tuple[int, Callable]] = []  # queries asked in this turn
        self._refusal: str | None = None  # the file is damaged: every write fails with this
        # issue 12: known to be offline (ui/live.py sets it), a job fails at once instead of
        # waiting for a connection timeout, unless it knows what to do offline
        self.is_offline: Callable[[], bool] = lambda: False
        # queued even from the GUI thread (a refused write): delivered by the event loop
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- asking ------------------------------------------------------------------------------

    def query(
        self,
        owner: QObject | None,
        key: str,
        fn: Callable[[Any], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
        invalid: Callable[[dict[str, str]], None] | None = None,
    ) -> int:
        """Read in the background; ``done(result)`` on the GUI thread unless superseded.

        Asked on the GUI thread, the query starts when the event loop next waits: after
        the rest of this turn (building a view, painting it). A worker compiling and
        running its query meanwhile held the GIL half the time, so the turn took about
        twice as long (opening the Customers view at 1M: ~30 ms of work, 50-77 ms stalled).
        """
        ticket = self._register(owner, key, done, failed, (), invalid)
        if QThread.currentThread() is not self.thread():
            self._readers.submit(self._run, ticket, fn)
            return ticket
        self._last_asked = time.monotonic()
        self._to_start.append((ticket, fn))
        if len(self._to_start) == 1:
            QTimer.singleShot(0, self, self._start_asked)  # after this turn's posted events
        return ticket

    def write(
        self,
        owner: QObject | None,
        fn: Callable[[Any], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        changes: Iterable[str] = (),
        invalid: Callable[[dict[str, str]], None] | None = None,
        conflict: Callable[[Any], None] | None = None,
    ) -> int:
        """One user action in the background, in order; announces ``changes`` when done."""
        ticket = self._register(owner, None, done, failed, tuple(changes), invalid)
        if conflict is not None:
            self._conflicts[ticket] = conflict
        with self._lock:
            refusal, held = self._refusal, self._held
            if refusal is None and held is not None:
                held.append((ticket, fn))
                return ticket
        if refusal is not None:
            self._finished.emit(ticket, False, refusal)  # delivered by the event loop
            return ticket
        self._writer.submit(self._run, ticket, fn)
        return ticket

    # --- the start-up check ------------------------------------------------------------------

    def hold_writes(self) -> None:
        """No write starts until ``release_writes`` (or each fails at ``refuse_writes``)."""
        with self._lock:
            if self._held is None:
                self._held = []

    def holding_writes(self) -> bool:
        return self._held is not None and self._refusal is None

    def release_writes(self) -> None:
        """The file passed its check (or was restored): the held writes run, in order."""
        with self._lock:
            held, self._held, self._refusal = self._held or [], None, None
        for ticket, fn in held:
            self._writer.submit(self._run, ticket, fn)
        self.writes_released.emit()

    def refuse_writes(self, sentence: str) -> None:
        """The file is damaged: each held write, and every later one until
        ``release_writes``, fails with ``sentence``; nothing runs."""
        sentence = Refused(sentence)
        with self._lock:
            held, self._held, self._refusal = self._held or [], [], sentence
        for ticket, _fn in held:
            self._finished.emit(ticket, False, sentence)  # delivered by the event loop

    def asked_within(self, seconds: float) -> bool:
        """Whether the window asked for data in the last ``seconds`` (someone scrolls,
        searches, opens a customer): background work can wait for a pause."""
        return time.monotonic() - self._last_asked < seconds

    def busy(self) -> bool:
        with self._lock:
            return bool(self._pending)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Let every job finish and deliver (tests, quitting); False on timeout."""
        clock = QElapsedTimer()
        clock.start()
        while self.busy():
            if clock.elapsed() > timeout_ms:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return True

    def shutdown(self) -> None:
        """Finish the writes already asked for (never lose one); drop what is not read yet.

        Writes still held for the start-up check are not run: the file was never found
        healthy (their dialogs were still open, saying so)."""
        self._closed = True
        if self._held:
            log.warning("%d write(s) not run: the start-up check had not passed", len(self._held))
        self._readers.shutdown(wait=True, cancel_futures=True)
        self._writer.shutdown(wait=True)

    # --- inside ------------------------------------------------------------------------------

    def _start_asked(self) -> None:
        """Start the queries asked during the last turn; those already superseded (the
        user typed another letter in the same turn) are dropped without running."""
        asked, self._to_start = self._to_start, []
        for ticket, fn in asked:
            with self._lock:
                owner, key = self._pending[ticket][:2]
                if self._latest.get((id(owner), key)) != ticket or self._closed:
                    del self._pending[ticket]
                    continue
            self._readers.submit(self._run, ticket, fn)

    def _register(self, owner, key, done, failed, changes, invalid=None) -> int:
        ticket = next(self._tickets)
        with self._lock:
            self._pending[ticket] = (owner, key, done, failed, changes, invalid)
            if key is not None:
                self._latest[(id(owner), key)] = ticket
        return ticket

    def _run(self, ticket: int, fn: Callable) -> None:  # on a worker thread
        if not getattr(fn, "works_offline", False) and self.is_offline():
            self._finished.emit(ticket, False, Unreachable(UNREACHABLE_SENTENCE))
            return
        try:
            with self._session_factory() as session:
                result = fn(session)
        except (ValidationError, ConflictError) as exc:
            self._finished.emit(ticket, False, exc)  # fields, or the conflict, on delivery
        except UserError as exc:
            self._finished.emit(ticket, False, str(exc))
        except Exception as exc:
            full = disk_full_error(exc) or stale_error(exc)
            if full is not None:
                self._finished.emit(ticket, False, str(full))
                return
            if self._closed:
                return  # the app is going away; nobody is waiting for this
            from cxlogger.core.sync.outbox import is_unreachable

            if is_unreachable(exc):  # not a bug: the banner says so, no box per view
                log.info("the shared server cannot be reached: %s", type(exc).__name__)
                self._finished.emit(ticket, False, Unreachable(UNREACHABLE_SENTENCE))
                return
            log.exception("database job failed")
            self._finished.emit(ticket, False, BUG_SENTENCE.format(name=type(exc).__name__))
        else:
            self._finished.emit(ticket, True, result)

    def _deliver(self, ticket: int, ok: bool, payload) -> None:  # on the GUI thread
        with self._lock:
            owner, key, done, failed, changes, invalid = self._pending.pop(ticket)
            on_conflict = self._conflicts.pop(ticket, None)
            current = key is None or self._latest.get((id(owner), key)) == ticket
            if key is not None and current:
                del self._latest[(id(owner), key)]
        if not current or not _is_alive(owner):
            return  # superseded, or its view is gone
        if not ok:
            if isinstance(payload, ConflictError):
                if on_conflict is not None:
                    on_conflict(payload.conflict)
                    return
                payload = str(payload)
            if isinstance(payload, Unreachable):
                self.unreachable.emit()
                if failed is None:
                    return
            if isinstance(payload, Refused) and failed is None:
                return
            if isinstance(payload, ValidationError):
                if invalid is not None:
                    invalid(dict(payload.errors))
                    return
                payload = str(payload)
            (failed or self.error.emit)(payload)
            return
        if done is not None:
            done(payload)  # first: a dialog closes and shows what it saved at once
        if changes and self._changes is not None:
            self._changes.announce(*changes)
