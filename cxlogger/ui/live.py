"""Live on every desk, and working on when the shared server goes away (issue 12).

``LiveSync`` runs the change watcher of core/live.py off the GUI thread (PostgreSQL:
LISTEN/NOTIFY plus change-log catch-up after each reconnect; SQLite: the poller that
notices the CLI) and announces what others changed on the ChangeBus, so Today, the
lists, the counts, the tray badge and an open customer refresh themselves.

On a shared server it also keeps the desk's outbox (core/outbox.py): while the server
cannot be reached, new interactions are kept on this computer, the window says "Working
offline since 10:42 — 3 changes waiting", and once the listener is back they are sent in
the background ("All changes sent"). Reconnecting backs off on the listener's thread;
the GUI never waits. ``OfflineBanner`` is that sentence, above the views.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from cxlogger.core.sync.outbox import Outbox, is_unreachable
from cxlogger.core.timeutil import to_local
from cxlogger.ui.qt import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLocale,
    QObject,
    QPalette,
    QStyle,
    QTimer,
    Signal,
)

log = logging.getLogger(__name__)

SENT_SHOWN_MS = 6000  # "All changes sent" stays this long
RECHECK_MS = 3000  # offline by a job's word: how often to ask the listener whether it is back
CACHE_DELAY_MS = 3000  # customers changed: the desk's offline copy follows this much later


class LiveSync(QObject):
    """See the module docstring. ``status_changed`` fires whenever ``status_text`` may have."""

    status_changed = Signal()
    _heard = Signal(object)  # names, from the watcher's thread
    _state = Signal(bool)  # online, from the watcher's thread

    def __init__(self, ctx, started_offline: bool = False, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        db = ctx.db
        self.origin = db.sessions.kw.get("info", {}).get("cx_origin")
        self.shared = not db.is_sqlite
        self.outbox: Outbox | None = Outbox.in_folder(ctx.paths.data_dir) if self.shared else None
        self.online = not started_offline
        self.needs_migration = started_offline
        self.offline_since: datetime | None = ctx.now() if started_offline else None
        self.started_offline = started_offline
        self.waiting = 0
        self.sending = False
        self.just_sent = False
        self.problem = ""
        self.watcher = None
        self._sent_timer = QTimer(self)
        self._sent_timer.setSingleShot(True)
        self._sent_timer.timeout.connect(self._forget_sent)
        self._cache_timer = QTimer(self)  # the cache follows the customer list, at most
        self._cache_timer.setSingleShot(True)  # every few seconds
        self._cache_timer.setInterval(CACHE_DELAY_MS)
        self._cache_timer.timeout.connect(self._refresh_cache)
        # a job may find the server gone while the listener's connection survives (a
        # restart between two of its pings): then the listener's word brings us back
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self._check_back)
        self._heard.connect(self._on_heard)
        self._state.connect(self._on_state)
        ctx.ops.unreachable.connect(self.note_unreachable)
        if self.shared:
            ctx.ops.is_offline = self.is_offline  # jobs fail at once, no connect timeouts
            ctx.changes.changed.connect(self._on_changed)

    # --- running -------------------------------------------------------------------------

    def start(self) -> None:
        from cxlogger.core.sync import live

        if self.shared:
            self.watcher = live.PgListener.for_engine(
                self.ctx.db.engine, self.origin, self._emit_heard, self._emit_state
            )
        elif self.ctx.paths.database_url is None:
            self.watcher = live.SqlitePoller(self.ctx.paths.db_path, self.origin, self._emit_heard)
        if self.watcher is not None:
            # the window (and this object) gone without stop(): the thread ends by itself
            self.destroyed.connect(self.watcher._stop.set)
            self.watcher.start()
        if self.outbox is not None:
            self._count_waiting()

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop(timeout=2.0)

    # --- what others changed ---------------------------------------------------------------

    def _emit_heard(self, names) -> None:  # on the watcher's thread
        try:
            self._heard.emit(names)  # queued to the GUI thread
        except RuntimeError:  # this object is already gone (the app is closing)
            pass

    def _emit_state(self, online: bool) -> None:  # on the watcher's thread
        try:
            self._state.emit(online)
        except RuntimeError:
            pass

    def _on_heard(self, names) -> None:
        self.ctx.changes.announce(*sorted(names))

    def _on_changed(self, names) -> None:
        if names & {"customers", "staff", "settings"} and self.online:
            self._cache_timer.start()

    def _on_state(self, online: bool) -> None:
        was = self.online
        self.online = online
        if online:
            self.offline_since = None
            self.send_waiting()
            self._refresh_cache()  # (re)connected: the desk's offline copy is made afresh
            if not was:  # back: what the views show may be old
                self.ctx.changes.announce(
                    "customers", "interactions", "promises", "feedback", "followups"
                )
        elif self.offline_since is None:
            self.offline_since = self.ctx.now()
        self.status_changed.emit()

    def note_unreachable(self) -> None:
        """A job found the server gone: say so now (the listener confirms and reconnects)."""
        if self.shared and self.online:
            self.online = False
            self.offline_since = self.ctx.now()
            self._recheck.start()
            self.status_changed.emit()

    def _check_back(self) -> None:
        if self.online:
            self._recheck.stop()
        elif self.watcher is not None and self.watcher.online:
            self._recheck.stop()
            self._on_state(True)

    # --- the outbox ----------------------------------------------------------------------

    def queued(self) -> None:
        """A dialog kept something in the outbox."""
        self.waiting += 1
        if self.online:  # the job that failed first may still be telling us
            self.note_unreachable()
        self.status_changed.emit()

    def _count_waiting(self) -> None:
        box = self.outbox

        def done(count: int) -> None:
            self.waiting = count
            self.status_changed.emit()
            if count and self.online:
                self.send_waiting()

        def count(_session) -> int:
            return box.waiting()

        count.works_offline = True
        self.ctx.ops.query(self, "outbox-count", count, done)

    def send_waiting(self) -> None:
        if self.outbox is None or self.sending or not (self.waiting or self.needs_migration):
            return
        from cxlogger.core.sync.outbox import send_waiting

        box, db, migrate_first = self.outbox, self.ctx.db, self.needs_migration
        self.sending = True
        self.status_changed.emit()

        def send(_session):
            if migrate_first:  # started offline: the server may need this desk's schema
                from cxlogger.core.storage import migrate
                from cxlogger.core.sync import live

                with db.engine.begin() as connection:
                    live.lock_for_migration(connection)
                    migrate.upgrade_to_head(connection)
            return send_waiting(box, db.session)

        self.ctx.ops.write(self, send, self._sent, self._send_failed)

    def _sent(self, report) -> None:
        from cxlogger.core.sync.outbox import names_of

        self.sending = False
        self.needs_migration = False
        before = self.waiting
        self.waiting = report.waiting
        self.problem = report.problems[-1] if report.problems else ""
        if report.sent or report.present:
            self.ctx.changes.announce(*sorted(names_of([])), "interactions", "customers")
        if report.waiting:
            if not self.problem:
                self.note_unreachable()
        elif before or report.sent:
            self.just_sent = True
            self._sent_timer.start(SENT_SHOWN_MS)
        self.status_changed.emit()

    def _send_failed(self, message: str) -> None:
        self.sending = False
        self.problem = message
        self.status_changed.emit()

    def _forget_sent(self) -> None:
        self.just_sent = False
        self.status_changed.emit()

    def _refresh_cache(self) -> None:
        box = self.outbox
        if box is None:
            return
        self.ctx.ops.query(
            self,
            "cache",
            lambda session: box.refresh_cache(session),
            lambda _n: None,
            lambda _m: None,
        )

    # --- what the window says ------------------------------------------------------------

    def status_text(self) -> str:
        if not self.shared:
            return ""
        if not self.online:
            since = QLocale().toString(
                to_local(self.offline_since or self.ctx.now()).time(),
                QLocale.FormatType.ShortFormat,
            )
            text = self.tr(
                "Working offline since %1 — %n change(s) waiting", "", self.waiting
            ).replace("%1", since)
            if self.started_offline and self.needs_migration:
                text += " " + self.tr(
                    "(started without the shared server: new records are kept on this "
                    "computer and sent when it is back)"
                )
            return text
        if self.problem:
            return self.problem
        if self.sending and self.waiting:
            return self.tr("Sending %n change(s)…", "", self.waiting)
        if self.just_sent:
            return self.tr("All changes sent")
        return ""

    def is_offline(self) -> bool:
        return self.shared and not self.online


# --------------------------------------------------------------------------- for dialogs


def or_offline(ctx, fn: Callable[[Any], Any], offline: Callable[[], Any]) -> Callable:
    """``fn(session)`` on the server, or ``offline()`` when it cannot be reached.

    For the reads a dialog needs to work offline (the staff list, customer suggestions
    from the desk's cache): known offline, the server is not even tried.
    """
    sync = getattr(ctx, "live", None)
    if sync is None or not sync.shared:
        return fn

    def run(session):
        if sync.is_offline():
            return offline()
        try:
            return fn(session)
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            return offline()

    run.works_offline = True
    return run


class Queued(str):
    """What a job returns when it kept its action in the outbox: the entry's UUID."""


def or_queue(ctx, fn: Callable[[Any], Any], queue: Callable[[], str]) -> Callable:
    """``fn(session)`` on the server, or ``queue()`` into the desk's outbox when the server
    cannot be reached (a follow-up marked done, feedback). The job's result is then a
    ``Queued``; the dialog calls ``ctx.live.queued()`` on the GUI thread."""
    sync = getattr(ctx, "live", None)
    if sync is None or sync.outbox is None:
        return fn

    def run(session):
        if sync.is_offline():
            return Queued(queue())
        try:
            return fn(session)
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            return Queued(queue())

    run.works_offline = True
    return run


# --------------------------------------------------------------------------- the banner


class OfflineBanner(QFrame):
    """One line above the views: offline since when, how many wait, or all sent."""

    def __init__(self, sync: LiveSync, parent=None):
        super().__init__(parent)
        self.sync = sync
        self.setObjectName("offlineBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)  # the palette's note colour
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.icon = QLabel()
        self.icon.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.text = QLabel()
        self.text.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        sync.status_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        text = self.sync.status_text()
        self.text.setText(text)
        style = QApplication.style()
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if self.sync.is_offline() or self.sync.problem
            else QStyle.StandardPixmap.SP_DialogApplyButton
        )
        size = self.text.fontMetrics().height() + 4
        self.icon.setPixmap(style.standardIcon(pixmap).pixmap(size, size))
        self.setAccessibleName(text)
        self.setVisible(bool(text))


def install(window, ctx, started_offline: bool = False) -> LiveSync:
    """Start the watcher and put the banner above the window's views."""
    sync = LiveSync(ctx, started_offline, parent=window)
    ctx.live = sync
    banner = OfflineBanner(sync)
    window.banners.insertWidget(0, banner)
    window.offline_banner = banner
    sync.start()
    return sync
