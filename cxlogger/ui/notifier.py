"""A QTimer-driven scheduler: refreshes the rules and announces follow-ups as they come due.

The clock is the context's (replaceable in tests), so nothing sleeps: a test
moves the clock and calls ``tick()`` (or lets the timer fire).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from cxlogger.core import followups
from cxlogger.core import settings as settings_svc
from cxlogger.core.csv_safety import Cancelled
from cxlogger.core.due_text import capitalised
from cxlogger.core.schedule import BusinessHours
from cxlogger.ui.context import AppContext
from cxlogger.ui.due_format import due_words
from cxlogger.ui.qt import QLocale, QObject, QTimer, Signal
from cxlogger.ui.worker import JobWorker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """One notification: what and for whom; ``followup_id`` is None for a summary."""

    title: str
    message: str
    followup_id: int | None


class Notifier(QObject):
    """Checks every ``interval_ms``; emits ``notices`` once per follow-up that came due."""

    notices = Signal(list)  # list[Notice]
    due_count_changed = Signal(int)
    # the catch-up in the background: a sentence for the status bar, then how many changed
    catch_up_progress = Signal(str)
    catch_up_finished = Signal(int)

    LIST_UP_TO = 4  # several at once: one summary naming this many
    REFRESH_EVERY = timedelta(minutes=5)
    # a full evaluation (first start, after a bulk import, new rule settings) of a
    # database with more interactions than this runs in a background thread; a small
    # one's takes a few milliseconds and is done at once
    INLINE_CATCH_UP_ROWS = 5000

    def __init__(self, ctx: AppContext, interval_ms: int = 30_000, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self._last_refresh: datetime | None = None
        self.due_count = 0
        self._catch_up: JobWorker | None = None
        self._catch_up_again = False  # settings changed while one ran
        ctx.changes.changed.connect(self._on_changed)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.tick)  # what came due while the app was closed

    def stop(self) -> None:
        self.timer.stop()
        worker = self._catch_up
        if worker is not None and worker.isRunning():
            worker.cancel()  # it stops after the rule it is on; nothing is half-written
            worker.wait()

    # --- the catch-up ---------------------------------------------------------------------------
    @property
    def catching_up(self) -> bool:
        return self._catch_up is not None

    def _start_catch_up(self, full: bool) -> None:
        """Evaluate every rule over the lookback window in a thread with its own session;
        progress goes to the status bar, the window never waits."""
        if self._catch_up is not None:
            self._catch_up_again = self._catch_up_again or full
            return
        ctx = self.ctx
        now = ctx.now()

        def job(progress, cancelled):
            def report(done: int, total: int, _what: str) -> None:
                if cancelled():
                    raise Cancelled()
                progress(done, total)

            with ctx.session() as session:
                changed = followups.refresh(session, now, full=full, progress=report)
                # marking what came due can be a big UPDATE after a bulk import: here too
                batch = followups.take_notifications(session, now, first=Notifier.LIST_UP_TO)
                hours = BusinessHours.from_settings(settings_svc.get_all(session))
                session.commit()
                return changed, batch, hours

        worker = JobWorker(job, self)
        worker.progressed.connect(self._catch_up_progressed)
        worker.succeeded.connect(self._catch_up_succeeded)
        worker.failed.connect(self._catch_up_failed)
        worker.finished.connect(self._catch_up_ended)
        self._catch_up = worker
        self._last_refresh = now
        self.catch_up_progress.emit(self.tr("Bringing reminders up to date…"))
        worker.start()

    def _catch_up_progressed(self, done: int, total: int) -> None:
        percent = QLocale().toString(int(100 * done / total) if total else 0)
        self.catch_up_progress.emit(
            self.tr("Bringing reminders up to date… %1%").replace("%1", percent)
        )

    def _catch_up_succeeded(self, result) -> None:
        changed, batch, hours = result
        if changed:
            self.ctx.changes.announce("followups")
        else:
            self._update_count()
        self.catch_up_finished.emit(int(changed or 0))  # last: the views are up to date
        notices = self._notices(batch, self.ctx.now(), hours)
        if notices:
            self.notices.emit(notices)

    def _catch_up_failed(self, message: str) -> None:
        log.warning("bringing follow-ups up to date failed: %s", message)
        self.catch_up_finished.emit(0)

    def _catch_up_ended(self) -> None:
        worker, self._catch_up = self._catch_up, None
        if worker is not None:
            worker.deleteLater()
        if self._catch_up_again:
            self._catch_up_again = False
            self._start_catch_up(full=True)

    def _refresh(self, session, now: datetime, full: bool = False) -> int:
        """The rules: at once when quick (what changed since the last run, or a small
        database), else a catch-up in the background (returns 0 then)."""
        if self._catch_up is not None:
            if full:
                self._catch_up_again = True
            return 0  # the running catch-up covers it; its watermark keeps the rest
        if full:
            big = followups.rows_to_evaluate(session) > self.INLINE_CATCH_UP_ROWS
        else:  # a first start, or thousands imported since the last run
            big = followups.many_changes(session, now, self.INLINE_CATCH_UP_ROWS)
        session.commit()  # end the read before the rules' own transaction
        if big:
            self._start_catch_up(full)
            return 0
        changed = followups.refresh(session, now, full=full)
        self._last_refresh = now
        return changed

    def _on_changed(self, what: set) -> None:
        """A cause changed (a promise kept, consent withdrawn…): bring the rules up to date."""
        if what & {"interactions", "promises", "feedback", "settings", "customers"}:
            now = self.ctx.now()
            try:
                with self.ctx.session() as session:
                    # new rule settings apply to everything recent, not just what changed
                    changed = self._refresh(session, now, full="settings" in what)
            except Exception:
                log.exception("updating follow-ups failed")
                changed = 0
            if changed:
                self.ctx.changes.announce("followups")
                return  # that announcement updates the count
        if what & {"interactions", "promises", "followups", "feedback", "settings", "customers"}:
            self._update_count()

    def _update_count(self) -> None:
        try:
            with self.ctx.session() as session:
                count = followups.count_due(session, self.ctx.now())
        except Exception:
            log.exception("counting due follow-ups failed")
            return
        if count != self.due_count:
            self.due_count = count
        self.due_count_changed.emit(count)

    def tick(self) -> list[Notice]:
        """Refresh the rules now and then, and notify what has come due."""
        now = self.ctx.now()
        notices: list[Notice] = []
        try:
            with self.ctx.session() as session:
                if (
                    self._last_refresh is None
                    or now - self._last_refresh >= self.REFRESH_EVERY
                    or now < self._last_refresh
                ):
                    if self._refresh(session, now):
                        self.ctx.changes.announce("followups")
                hours = BusinessHours.from_settings(settings_svc.get_all(session))
                session.commit()  # end the read before the write
                if self._catch_up is None:  # else the catch-up notifies when it is done
                    # how many came due, the first few, all marked notified in one statement
                    batch = followups.take_notifications(session, now, first=self.LIST_UP_TO)
                    notices = self._notices(batch, now, hours)
        except Exception:
            log.exception("checking for due follow-ups failed")
            return []
        self._update_count()
        if notices:
            self.notices.emit(notices)
        return notices

    def _notices(self, batch: followups.DueNotices, now=None, hours=None) -> list[Notice]:
        """One notification: the follow-up itself, or a summary when several came due
        ("12 follow-ups are due — 3 overdue", the first few named)."""
        if not batch.count:
            return []
        fresh = batch.first
        if batch.count == 1 and fresh:
            f = fresh[0]
            message = f.title
            if now is not None and hours is not None:
                # when it is due, in the same words as Today ("due Friday 4 Dec, end of day")
                due = followups.due_line(f, now, hours, due_words())
                message += "\n" + capitalised(due)
            return [Notice(f"{followups.KIND_TITLES[f.kind]}: {f.customer.name}", message, f.id)]
        lines = [
            f"{followups.KIND_TITLES[f.kind]}: {f.customer.name}" for f in fresh[: self.LIST_UP_TO]
        ]
        if batch.count > len(lines):
            lines.append(self.tr("and %Ln more", "", batch.count - len(lines)))
        title = self.tr("%Ln follow-up(s) are due", "", batch.count)
        if batch.overdue:
            title = self.tr("%1 — %2 overdue").replace("%1", title)
            title = title.replace("%2", QLocale().toString(batch.overdue))
        return [Notice(title, "\n".join(lines), None)]
