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


class Notifier(QObject):
    """Checks every ``interval_ms``; emits ``notices`` once per follow-up that came due."""

    notices = Signal(list)  # list[Notice]
    due_count_changed = Signal(int)

    LIST_UP_TO = 4  # several at once: one summary naming this many
    REFRESH_EVERY = timedelta(minutes=5)

    def __init__(self, ctx: AppContext, interval_ms: int = 30_000, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self._last_refresh: datetime | None = None
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
            now = self.ctx.now()
            try:
                with self.ctx.session() as session:
                    # new rule settings apply to everything recent, not just what changed
                    changed = followups.refresh(session, now, full="settings" in what)
                self._last_refresh = now
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
                    if followups.refresh(session, now):
                        self.ctx.changes.announce("followups")
                    self._last_refresh = now
                fresh = followups.to_notify(session, now)
                hours = BusinessHours.from_settings(settings_svc.get_all(session))
                notices = self._notices(fresh, now, hours)
                session.commit()  # end the read before the write
                if fresh:
                    followups.mark_notified(session, [f.id for f in fresh], now)
        except Exception:
            log.exception("checking for due follow-ups failed")
            return []
        self._update_count()
        if notices:
            self.notices.emit(notices)
        return notices

    def _notices(self, fresh, now=None, hours=None) -> list[Notice]:
        """One notification: the follow-up itself, or a summary when several came due."""
        if not fresh:
            return []
        if len(fresh) == 1:
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
        if len(fresh) > self.LIST_UP_TO:
            lines.append(self.tr("and %Ln more", "", len(fresh) - self.LIST_UP_TO))
        title = self.tr("%Ln follow-up(s) are due", "", len(fresh))
        return [Notice(title, "\n".join(lines), None)]
