"""A QTimer-driven scheduler: refreshes the rules and announces follow-ups as they come due.

The clock is the context's (replaceable in tests), so nothing sleeps: a test
moves the clock and calls ``tick()`` (or lets the timer fire).
"""

from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from cxlogger.core.exchange.csv_safety import Cancelled
from cxlogger.core.records import heads_ups
from cxlogger.core.records import settings as settings_svc
from cxlogger.core.reminders import followups
from cxlogger.core.reminders.due_text import capitalised
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.core.storage.db import is_busy
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import followup_title, word
from cxlogger.ui.qt import QLocale, QObject, QTimer, Signal
from cxlogger.ui.widgets.due_format import due_words
from cxlogger.ui.widgets.heads_up_widgets import heads_up_line
from cxlogger.ui.worker import JobWorker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """One notification: what and for whom; ``followup_id`` is None for a summary."""

    title: str
    message: str
    followup_id: int | None
    can_finish: bool = False  # "Done" needs no question (telling a customer asks how)


@dataclass(frozen=True)
class Due:
    """What a notification needs to know about one follow-up (plain data from the worker)."""

    id: int
    kind: str
    customer: str
    title: str
    due_line: str
    can_finish: bool = False
    heads_ups: tuple = ()  # the customer's active heads-ups (core.heads_ups.HeadsUpView)


@dataclass(frozen=True)
class TickAnswer:
    """What one tick found: whether the rules changed anything, what came due, the count."""

    changed: int
    fresh: list[Due]  # the first few that came due (a summary names no more)
    fresh_count: int  # how many came due
    due_count: int
    overdue_count: int = 0  # how many of those that came due are overdue
    catch_up: bool = False  # the rules have thousands to look at: run the catch-up
    # thousands came due: nothing was marked notified yet; that runs in chunks in a
    # thread of its own (the writer stays free for saves), then the notification shows
    notify_in_background: bool = False


# a full evaluation (first start, new rule settings) of a database with more causes than
# this, or an import of more since the last run, runs as the catch-up in a thread of its own
# (the writer thread stays free for saves); a small one takes milliseconds
INLINE_CATCH_UP_ROWS = 5000
# a catch-up refused by a locked database is tried again this many times in all, after
# 1, 2, 3… times this pause, before its failure is said
CATCH_UP_TRIES = 5
CATCH_UP_RETRY_S = 0.5
# more than this many came due at once: marked notified in chunks off the writer thread
INLINE_NOTIFY_ROWS = 5000


def check_due(
    session,
    now: datetime,
    refresh: bool,
    words,
    named: int = 4,
    inline_rows: int | None = None,
    chunk: int | None = None,
) -> TickAnswer:
    """The tick's database work, on the writer thread: the rules (now and then, unless
    they have thousands to look at: then the answer asks for the catch-up), then what
    came due since the last tick: counted, the first ``named`` described (a notification
    names no more), all marked notified with one UPDATE, unless thousands came due:
    then the answer asks for that to run in the background (``chunk``: in transactions
    of that many rows, as the background thread does)."""
    inline_rows = INLINE_CATCH_UP_ROWS if inline_rows is None else inline_rows
    changed, catch_up = 0, False
    if refresh:
        catch_up = followups.many_changes(session, now, inline_rows)
        session.commit()  # end the read: the rules open their own transaction
        if not catch_up:
            changed = followups.refresh(session, now)
    batch = followups.take_notifications(
        session, now, first=named, chunk=chunk, inline_up_to=INLINE_NOTIFY_ROWS
    )
    if batch.deferred:
        session.commit()
        return TickAnswer(
            changed, [], batch.count, followups.count_due(session, now), 0, catch_up, True
        )
    hours = BusinessHours.from_settings(settings_svc.get_all(session))
    heads = heads_ups.active_for(session, {f.customer_id for f in batch.first}, now)
    due = [
        Due(
            f.id,
            f.kind,
            f.customer.name,
            f.title,
            followups.due_line(f, now, hours, words),
            followups.rule_of(f) != "promise_tell",
            tuple(heads.get(f.customer_id, ())),
        )
        for f in batch.first
    ]
    session.commit()
    return TickAnswer(
        changed, due, batch.count, followups.count_due(session, now), batch.overdue, catch_up
    )


def update_rules(session, now: datetime, full: bool, inline_rows: int | None = None) -> int:
    """The rules after a change, on the writer thread; -1 (nothing done) when there are
    thousands to look at, for the catch-up."""
    inline_rows = INLINE_CATCH_UP_ROWS if inline_rows is None else inline_rows
    if full:
        big = followups.rows_to_evaluate(session) > inline_rows
    else:
        big = followups.many_changes(session, now, inline_rows)
    session.commit()
    if big:
        return -1
    return followups.refresh(session, now, full=full)


class Notifier(QObject):
    """Checks every ``interval_ms``; emits ``notices`` once per follow-up that came due.

    The checking (the reminder rules, what is due, marking it notified) runs on the
    database worker's writer thread; the GUI thread only asks and shows the answer, so
    a slow rule refresh never freezes the window. A tick asked while the previous one
    is still working is skipped: the timer comes back.
    """

    notices = Signal(list)  # list[Notice]
    due_count_changed = Signal(int)
    problem = Signal(str)  # a tick failed: a sentence for the status bar
    # the catch-up in the background: a sentence for the status bar, then how many changed
    catch_up_progress = Signal(str)
    catch_up_finished = Signal(int)

    LIST_UP_TO = 4  # several at once: one summary naming this many
    REFRESH_EVERY = timedelta(minutes=5)

    def __init__(self, ctx: AppContext, interval_ms: int = 30_000, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self._last_refresh: datetime | None = None
        self._ticking = False
        self._updating = False  # a rules update after a change is on the writer thread
        self._update_again: bool | None = None  # another change came meanwhile (full?)
        self._catch_up: JobWorker | None = None
        self._catch_up_again = False  # settings changed while one ran
        self._notifying: JobWorker | None = None  # thousands being marked notified
        self._caught_up: TickAnswer | None = None  # what the catch-up found came due
        self.due_count = 0
        ctx.changes.changed.connect(self._on_changed)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.tick)  # what came due while the app was closed

    def stop(self) -> None:
        self.timer.stop()
        notifying = self._notifying
        if notifying is not None and notifying.isRunning():
            notifying.wait()  # its chunks are short; none is left half-written
        worker = self._catch_up
        if worker is not None and worker.isRunning():
            worker.cancel()  # it stops after the rule it is on; nothing is half-written
            worker.wait()

    # --- the catch-up ---------------------------------------------------------------------------
    @property
    def catching_up(self) -> bool:
        return self._catch_up is not None

    def _start_catch_up(self, full: bool) -> None:
        """Evaluate the rules over the lookback window (or everything imported since the
        last run) in a thread with its own session, so neither the window nor the
        writer thread (saves) waits; progress goes to the status bar."""
        if self._catch_up is not None:
            self._catch_up_again = self._catch_up_again or full
            return
        ctx = self.ctx
        now = ctx.now()
        words, named = due_words(), self.LIST_UP_TO  # translated here, on the GUI thread

        def job(progress, cancelled):
            def report(done: int, total: int, _what: str) -> None:
                if cancelled():
                    raise Cancelled()
                progress(done, total)

            for attempt in range(1, CATCH_UP_TRIES + 1):
                try:
                    with ctx.session() as session:
                        changed = followups.refresh(
                            session, now, full=full, progress=report, may_commit=True
                        )
                        # what came due, notified here in chunks: hundreds of thousands
                        # after a bulk fill would be one UPDATE of seconds on the writer
                        answer = check_due(
                            session, now, False, words, named, chunk=followups.NOTIFY_CHUNK
                        )
                        return dataclasses.replace(answer, changed=changed)
                except Exception as exc:
                    # another connection wrote meanwhile (at start: the views' first
                    # saves, the templates' translation): SQLite refuses this transaction
                    # at once. Its rules run again; their keys keep anything from twice.
                    if attempt == CATCH_UP_TRIES or not is_busy(exc) or cancelled():
                        raise
                    log.info("the catch-up met a locked database; trying again")
                    time.sleep(CATCH_UP_RETRY_S * attempt)

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
        text = self.tr("Bringing reminders up to date… %1%").replace("%1", percent)
        self.catch_up_progress.emit(text)

    def _catch_up_succeeded(self, answer: TickAnswer) -> None:
        changed = answer.changed
        if changed:
            self.ctx.changes.announce("followups")
        self._set_count(answer.due_count)
        self.catch_up_finished.emit(int(changed or 0))  # last: the views are up to date
        # what came due (already marked notified): one notification, with the next tick's
        self._caught_up = answer
        QTimer.singleShot(0, self.tick)

    def _catch_up_failed(self, message: str) -> None:
        log.warning("bringing follow-ups up to date failed: %s", message)
        self.catch_up_finished.emit(0)
        self._say(message)

    def _catch_up_ended(self) -> None:
        worker, self._catch_up = self._catch_up, None
        if worker is not None:
            worker.deleteLater()
        if self._catch_up_again:
            self._catch_up_again = False
            self._start_catch_up(full=True)

    def _on_changed(self, what: set) -> None:
        """A cause changed (a promise kept, consent withdrawn…): bring the rules up to date."""
        if what & {"interactions", "promises", "feedback", "settings", "customers"}:
            # new rule settings apply to everything recent, not just what changed
            self._update_rules(full="settings" in what)
        elif what & {"followups", "staff", "heads_ups"}:
            self.update_count()

    def _update_rules(self, full: bool) -> None:
        if self._catch_up is not None:  # the running catch-up covers it (its watermark)
            self._catch_up_again = self._catch_up_again or full
            return
        if self._updating:  # one at a time; changes meanwhile make one more run
            self._update_again = bool(self._update_again) or full
            return
        self._updating = True
        now = self.ctx.now()

        def done(changed: int) -> None:
            self._last_refresh = now
            self._rules_updated()
            if changed < 0:  # thousands to look at
                self._start_catch_up(full)
                return
            if changed:
                self.ctx.changes.announce("followups")  # that announcement updates the count
            else:
                self.update_count()

        def failed(message: str) -> None:
            self._rules_updated()
            self._say(message)

        self.ctx.ops.write(self, lambda session: update_rules(session, now, full), done, failed)

    def _rules_updated(self) -> None:
        self._updating = False
        again, self._update_again = self._update_again, None
        if again is not None:
            self._update_rules(full=again)

    def update_count(self) -> None:
        """Ask for the number of due follow-ups; ``due_count_changed`` says it."""
        now = self.ctx.now()
        self.ctx.ops.query(
            self,
            "count",
            lambda session: followups.count_due(session, now),
            self._set_count,
            lambda message: log.warning("counting due follow-ups failed: %s", message),
        )

    def _set_count(self, count: int) -> None:
        self.due_count = count
        self.due_count_changed.emit(count)

    def tick(self) -> bool:
        """Refresh the rules now and then, and notify what has come due (in the
        background: ``notices`` is emitted when the answer arrives). False if the
        previous tick is still working."""
        if self._ticking:
            return False
        now = self.ctx.now()
        refresh = self._catch_up is None and (
            self._last_refresh is None
            or now - self._last_refresh >= self.REFRESH_EVERY
            or now < self._last_refresh
        )
        words = due_words()  # translated here, on the GUI thread
        self._ticking = True

        def done(answer: TickAnswer) -> None:
            if refresh:
                self._last_refresh = now
            self._set_count(answer.due_count)
            if answer.changed:
                self.ctx.changes.announce("followups")
            if answer.catch_up:
                self._start_catch_up(full=False)
            if answer.notify_in_background:
                self._notify_in_background(now, words)  # the tick ends when that does
                return
            self._ticking = False
            fresh, count, overdue = answer.fresh, answer.fresh_count, answer.overdue_count
            caught_up, self._caught_up = self._caught_up, None
            if caught_up is not None and caught_up.fresh_count:
                fresh = (caught_up.fresh + fresh)[: self.LIST_UP_TO]
                count += caught_up.fresh_count
                overdue += caught_up.overdue_count
            notices = self._notices(fresh, count, overdue)
            if notices:
                self.notices.emit(notices)

        def failed(message: str) -> None:
            self._ticking = False
            self._say(message)

        named = self.LIST_UP_TO
        self.ctx.ops.write(
            self, lambda session: check_due(session, now, refresh, words, named), done, failed
        )
        return True

    def _notify_in_background(self, now: datetime, words) -> None:
        """Thousands came due: mark them notified in chunks in a thread of its own (a
        save waits for one chunk at most), then show the one notification."""
        ctx, named = self.ctx, self.LIST_UP_TO

        def job(progress, cancelled):
            with ctx.session() as session:
                return check_due(session, now, False, words, named, chunk=followups.NOTIFY_CHUNK)

        def done(answer: TickAnswer) -> None:
            self._ticking = False
            self._set_count(answer.due_count)
            notices = self._notices(answer.fresh, answer.fresh_count, answer.overdue_count)
            if notices:
                self.notices.emit(notices)

        def failed(message: str) -> None:
            self._ticking = False
            self._say(message)

        worker = JobWorker(job, self)
        worker.succeeded.connect(done)
        worker.failed.connect(failed)
        worker.finished.connect(self._notifying_ended)
        self._notifying = worker
        worker.start()

    def _notifying_ended(self) -> None:
        worker, self._notifying = self._notifying, None
        if worker is not None:
            worker.deleteLater()

    def _say(self, message: str) -> None:
        self.problem.emit(
            self.tr("Reminders could not be checked. {message}").format(message=message)
        )

    def _notices(
        self, fresh: list[Due], count: int | None = None, overdue: int = 0
    ) -> list[Notice]:
        """One notification: the follow-up itself, or a summary when several came due
        ("12 follow-ups are due — 3 overdue", the first few named)."""
        count = len(fresh) if count is None else count
        if not fresh:
            return []
        if count == 1:
            f = fresh[0]
            # when it is due, in the same words as Today ("due Friday 4 Dec, end of day")
            message = f"{followup_title(f.title)}\n{capitalised(f.due_line)}"
            for view in f.heads_ups:  # what everyone should know about the customer
                message += "\n" + self.tr("Heads-up: %1").replace("%1", heads_up_line(view))
            title = f"{word(followups.KIND_TITLES[f.kind])}: {f.customer}"
            return [Notice(title, message, f.id, f.can_finish)]
        lines = [
            f"{word(followups.KIND_TITLES[f.kind])}: {f.customer}"
            + ("  ⚑ " + heads_up_line(f.heads_ups[0], with_who=False) if f.heads_ups else "")
            for f in fresh[: self.LIST_UP_TO]
        ]
        if count > self.LIST_UP_TO:
            lines.append(self.tr("and %Ln more", "", count - self.LIST_UP_TO))
        title = self.tr("%Ln follow-up(s) are due", "", count)
        if overdue:
            title = self.tr("%1 — %2 overdue").replace("%1", title)
            title = title.replace("%2", QLocale().toString(overdue))
        return [Notice(title, "\n".join(lines), None)]
