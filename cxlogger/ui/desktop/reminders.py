"""Wires the reminders into the app: the Today view, the tray, notifications, close-to-tray.

``install_reminders(app, window, ctx)`` is called once at start-up; the main
window knows nothing about any of this beyond ``add_view`` and its menus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from cxlogger.core.reminders import followups
from cxlogger.ui.context import AppContext
from cxlogger.ui.desktop import tray as tray_mod
from cxlogger.ui.desktop.desktop_notifications import DesktopNotifications, Request
from cxlogger.ui.desktop.notifier import Notice, Notifier
from cxlogger.ui.qt import (
    QAction,
    QApplication,
    QEvent,
    QKeySequence,
    QObject,
    QStyle,
    QTimer,
)
from cxlogger.ui.views.today_view import TodayView
from cxlogger.ui.widgets.formats import number_text
from cxlogger.ui.widgets.icons import app_icon, app_icon_path, standard

log = logging.getLogger(__name__)

CLOSE_HINT_KEY = "tray/close_hint_shown"
TRAY_WAIT_MS = 10_000  # at login the tray may appear a few seconds after us


class Reminders(QObject):
    def __init__(
        self,
        app: QApplication,
        window,
        ctx: AppContext,
        tray_available: Callable[[], bool] | None = None,
        interval_ms: int = 30_000,
    ):
        super().__init__(window)
        self.app, self.window, self.ctx = app, window, ctx
        self._tray_available = tray_available or tray_mod.tray_available
        followups.install()

        self.today = TodayView(ctx)
        window.add_view("today", self.tr("Today"), self.today, app_icon(), index=0)
        window.sidebar.setCurrentRow(0)
        self.today.open_customer.connect(window.show_customer)
        self.today.feedback_requested.connect(self.record_feedback)

        self.settings_action = QAction(self.tr("S&ettings…"), window)
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.settings_action.setShortcut(
            preferences if not preferences.isEmpty() else QKeySequence("Ctrl+,")
        )
        self.settings_action.triggered.connect(self.open_settings)
        window.edit_menu.addAction(self.settings_action)
        self.templates_action = QAction(self.tr("&Message templates…"), window)
        self.templates_action.triggered.connect(self.open_templates)
        window.edit_menu.addAction(self.templates_action)
        self.feedback_action = QAction(
            standard(QStyle.StandardPixmap.SP_MessageBoxInformation),
            self.tr("Record &feedback…"),
            window,
        )
        self.feedback_action.triggered.connect(self.record_feedback)
        window.add_file_action(self.feedback_action)

        self.notifier = Notifier(ctx, interval_ms, self)
        self.notifier.notices.connect(self.show_notices)
        self.notifier.due_count_changed.connect(self._count_changed)
        self.notifier.problem.connect(self._say)
        # the catch-up after a bulk import runs in the background: say so in the status bar
        self.notifier.catch_up_progress.connect(self._catch_up_progress)
        self.notifier.catch_up_finished.connect(self._catch_up_finished)

        # the desktop's own notifications (with buttons) where it has them; else the tray's
        self.desktop = DesktopNotifications(self)
        self.desktop.action.connect(self.notification_action)
        self.desktop.failed.connect(self._balloon)
        self.desktop.available.connect(self._desktop_answered)
        self._held: list[Notice] = []  # came before the desktop said whether it notifies

        self.tray: tray_mod.Tray | None = None
        if self._tray_available():
            self._make_tray()
        else:
            app.setQuitOnLastWindowClosed(True)
        window.installEventFilter(self)

    # --- tray ------------------------------------------------------------------------------------
    @property
    def has_tray(self) -> bool:
        return self.tray is not None

    def _make_tray(self) -> None:
        self.tray = tray_mod.Tray(self)
        self.tray.log_requested.connect(self.log_interaction)
        self.tray.today_requested.connect(lambda: self.show_today())
        self.tray.snooze_all_requested.connect(self.snooze_all)
        self.tray.open_requested.connect(self.show_window)
        self.tray.quit_requested.connect(self.quit)
        self.tray.followup_clicked.connect(self.show_today)
        self.tray.menu_opening.connect(self.notifier.update_count)  # fresh when it opens
        self.tray.set_count(self.notifier.due_count)
        self.notifier.update_count()
        self.tray.show()
        self.app.setQuitOnLastWindowClosed(False)

    def _say(self, message: str) -> None:
        """A reminder check failed: a sentence in the status bar, never a traceback."""
        self.window.statusBar().showMessage(message, 15_000)

    def _count_changed(self, count: int) -> None:
        if self.tray is not None:
            self.tray.set_count(count)
        row = self.window.stack.indexOf(self.today)
        item = self.window.sidebar.item(row)
        if item is not None:
            item.setText(
                self.tr("Today (%1)").replace("%1", number_text(count))
                if count
                else self.tr("Today")
            )

    def _catch_up_progress(self, text: str) -> None:
        self.window.statusBar().showMessage(text)

    def _catch_up_finished(self, _changed: int) -> None:
        self.window.statusBar().showMessage(self.tr("Reminders are up to date"), 4000)

    # --- start ---------------------------------------------------------------------------------
    def start(self, start_hidden: bool = False) -> None:
        """Show the window unless asked to start hidden in a tray that exists."""
        self.desktop.start()
        self.notifier.start()
        if not start_hidden:
            self.window.show()
        elif self.tray is None:
            # at login the panel may come up after us: wait a little, never stay invisible
            QTimer.singleShot(TRAY_WAIT_MS, self._tray_or_window)

    def _tray_or_window(self) -> None:
        if self.tray is None and self._tray_available():
            self._make_tray()
        if self.tray is None:
            self.show_window()

    # --- window --------------------------------------------------------------------------------
    def show_window(self) -> None:
        self.window.show()
        self.window.setWindowState(
            self.window.windowState() & ~self.window.windowState().WindowMinimized
        )
        self.window.raise_()
        self.window.activateWindow()

    def show_today(self, followup_id: int | None = None) -> None:
        self.show_window()
        self.window.show_view("today")
        self.today.focus_followup(followup_id)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close and self.tray is not None:
            # hide to the tray; Quit (menu, tray, Ctrl+Q) really quits
            self.window.save_geometry()
            event.ignore()
            self.window.hide()
            self._close_hint()
            return True
        return False

    def _close_hint(self) -> None:
        settings = self.ctx.qsettings()
        if settings.value(CLOSE_HINT_KEY, False, type=bool):
            return
        self.tray.show_info(
            "cxlogger is still running",
            "It keeps reminding you from the system tray. To quit, choose Quit "
            "in the tray menu or the File menu.",
        )
        settings.setValue(CLOSE_HINT_KEY, True)
        settings.sync()

    def quit(self) -> None:
        self.notifier.stop()
        self.desktop.stop()
        if self.tray is not None:
            self.tray.hide()
        self.window.quit_app()

    # --- actions -------------------------------------------------------------------------------
    def log_interaction(self) -> None:
        self.show_window()
        self.window.log_interaction()

    def snooze_all(self) -> None:
        """Snooze everything due for an hour, on the writer thread."""
        now = self.ctx.now()
        self.ctx.ops.write(
            self,
            lambda session: followups.snooze_all(session, now + timedelta(hours=1), now),
            failed=self._say,
            changes=("followups",),
        )

    def open_settings(self) -> None:
        from cxlogger.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self.window).exec()

    def open_templates(self) -> None:
        from cxlogger.ui.dialogs.template_editor import open_template_editor

        open_template_editor(self.ctx, self.window)

    def record_feedback(self) -> None:
        from cxlogger.ui.dialogs.feedback_dialog import FeedbackDialog

        self.show_window()
        FeedbackDialog(self.ctx, self.window).exec()

    def _desktop_answered(self, _available: bool) -> None:
        held, self._held = self._held, []
        if held:
            self.show_notices(held)

    def show_notices(self, notices: list[Notice]) -> None:
        if self.desktop.asking:  # the first tick can be quicker than the bus
            self._held.extend(notices)
            return
        if self.desktop.ready:
            for notice in notices:
                self.desktop.notify(self._request(notice))
            return
        if self.tray is not None:
            for notice in notices[-1:]:  # a balloon replaces the previous one; send one
                self.tray.notify(notice.title, notice.message, notice.followup_id)
            return
        # no tray: reminders show in the main window itself
        text = "  ·  ".join(f"{n.title}: {n.message}" for n in notices)
        self.today.refresh()
        self.today.show_banner(text)
        self.window.statusBar().showMessage(notices[0].title, 10_000)
        QApplication.alert(self.window)

    def _request(self, notice: Notice) -> Request:
        """A notification with buttons: one follow-up can be done, snoozed or opened; a
        summary (or a hand-off) opens Today."""
        actions = [("default", self.tr("Open"))]
        if notice.followup_id is not None:  # a summary or a hand-off only opens Today
            if notice.can_finish:
                actions.append(("done", self.tr("Done")))
            actions.append(("snooze", self.tr("Snooze 1 hour")))
        actions.append(("open", self.tr("Open")))
        return Request(
            notice.title, notice.message, tuple(actions), notice.followup_id, app_icon_path()
        )

    def _balloon(self, request: Request) -> None:
        """The desktop did not take a notification: the tray's balloon, or the window."""
        notice = Notice(request.title, request.body, request.target)
        if self.tray is not None:
            self.tray.notify(notice.title, notice.message, notice.followup_id)
        else:
            self.today.show_banner(f"{notice.title}: {notice.message}")

    def notification_action(self, followup_id: int | None, key: str) -> None:
        """A button on a notification: Done and Snooze act at once, without opening
        the window; Open (or a click on the notification) shows it in Today."""
        now = self.ctx.now()
        if key == "done" and followup_id is not None:
            self.ctx.ops.write(
                self,
                lambda s: followups.complete(s, followup_id, self.ctx.staff_id, now),
                lambda _r: self._said(self.tr("Done — recorded on the customer's timeline")),
                self._say,
                changes=("followups", "promises", "feedback"),
            )
        elif key == "snooze":
            until = now + timedelta(hours=1)
            if followup_id is None:
                self.snooze_all()
                return
            self.ctx.ops.write(
                self,
                lambda s: followups.snooze(s, followup_id, until, now),
                lambda _r: self._said(self.tr("Snoozed for 1 hour")),
                self._say,
                changes=("followups",),
            )
        else:  # "default", "open", or a key from a newer version
            self.show_today(followup_id)

    def _said(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 5000)


def install_reminders(app: QApplication, window, ctx: AppContext, **kwargs) -> Reminders:
    return Reminders(app, window, ctx, **kwargs)
