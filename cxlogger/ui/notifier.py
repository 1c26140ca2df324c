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
from cxlogger.core.due_text import capitalised
from cxlogger.core.schedule import BusinessHours
from cxlogger.ui.context import AppContext
from cxlogger.ui.due_format import due_words
from cxlogger.ui.qt import QObject, QTimer, Signal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """One notification: what and for whom; ``followup_id`` is None for a summary."""

    title: str
    message: str
    followup_id: int | None


@dataclass(frozen=True)
class Due:
    """What a notification needs to know about one follow-up (plain data from the worker)."""

    id: int
    kind: str
    customer: str
    title: str
    due_line: str


@dataclass(frozen=True)
class TickAnswer:
    """What one tick found: whether the rules changed anything, what came due, the count."""

    changed: int
    fresh: list[Due]  # the first few that came due (a summary names no more)
    fresh_count: int  # how many came due
    due_count: int


def check_due(session, now: datetime, refresh: bool, words, named: int = 4) -> TickAnswer:
    """The tick's database work, on the writer thread: the rules (now and then), then
    what came due since the last tick, marked notified in the same job. Only the first
    ``named`` are described: a notification names no more."""
    changed = followups.refresh(session, now) if refresh else 0
    fresh = followups.to_notify(session, now)
    hours = BusinessHours.from_settings(settings_svc.get_all(session))
    due = [
        Due(f.id, f.kind, f.customer.name, f.title, followups.due_line(f, now, hours, words))
        for f in fresh[:named]
    ]
    session.commit()  # end the read before the write
    if fresh:
        followups.mark_notified(session, [f.id for f in fresh], now)
    return TickAnswer(changed, due, len(fresh), followups.count_due(session, now))


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
        self.due_count = 0
        ctx.changes.changed.connect(self._on_changed)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.tick)  # what came due while the app was closed

    def stop(self) -> None:
        self.timer.stop()

    def _on_changed(self, what: set) -> None:
        """A cause changed (a promise kept, consent withdrawn…): bring the rules up to date."""
        if what & {"interactions", "promises", "feedback", "settings", "customers"}:
            # new rule settings apply to everything recent, not just what changed
            self._update_rules(full="settings" in what)
        elif what & {"followups", "staff"}:
            self.update_count()

    def _update_rules(self, full: bool) -> None:
        if self._updating:  # one at a time; changes meanwhile make one more run
            self._update_again = bool(self._update_again) or full
            return
        self._updating = True
        now = self.ctx.now()

        def done(changed: int) -> None:
            self._last_refresh = now
            self._rules_updated()
            if changed:
                self.ctx.changes.announce("followups")  # that announcement updates the count
            else:
                self.update_count()

        def failed(message: str) -> None:
            self._rules_updated()
            self._say(message)

        self.ctx.ops.write(
            self, lambda session: followups.refresh(session, now, full=full), done, failed
        )

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
        refresh = (
            self._last_refresh is None
            or now - self._last_refresh >= self.REFRESH_EVERY
            or now < self._last_refresh
        )
        words = due_words()  # translated here, on the GUI thread
        self._ticking = True

        def done(answer: TickAnswer) -> None:
            self._ticking = False
            if refresh:
                self._last_refresh = now
            self._set_count(answer.due_count)
            if answer.changed:
                self.ctx.changes.announce("followups")
            notices = self._notices(answer.fresh, answer.fresh_count)
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

    def _say(self, message: str) -> None:
        self.problem.emit(
            self.tr("Reminders could not be checked. {message}").format(message=message)
        )

    def _notices(self, fresh: list[Due], count: int | None = None) -> list[Notice]:
        """One notification: the follow-up itself, or a summary when several came due."""
        count = len(fresh) if count is None else count
        if not fresh:
            return []
        if count == 1:
            f = fresh[0]
            # when it is due, in the same words as Today ("due Friday 4 Dec, end of day")
            message = f"{f.title}\n{capitalised(f.due_line)}"
            return [Notice(f"{followups.KIND_TITLES[f.kind]}: {f.customer}", message, f.id)]
        lines = [f"{followups.KIND_TITLES[f.kind]}: {f.customer}" for f in fresh[: self.LIST_UP_TO]]
        if count > self.LIST_UP_TO:
            lines.append(self.tr("and %Ln more", "", count - self.LIST_UP_TO))
        title = self.tr("%Ln follow-up(s) are due", "", count)
        return [Notice(title, "\n".join(lines), None)]
