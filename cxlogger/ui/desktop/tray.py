"""The system tray icon: how many follow-ups are due, a menu rebuilt each time it opens."""

from __future__ import annotations

from cxlogger.ui.qt import (
    QColor,
    QFont,
    QIcon,
    QMenu,
    QObject,
    QPainter,
    QPixmap,
    QSystemTrayIcon,
    Qt,
    Signal,
)
from cxlogger.ui.widgets.icons import app_icon


def tray_available() -> bool:
    """Patched in tests; the one place that asks the desktop."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def badge_icon(base: QIcon, count: int, size: int = 64) -> QIcon:
    """The app icon with a red badge showing ``count`` (nothing when 0)."""
    pixmap = base.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor("#1f7a6d"))
    if count <= 0:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = str(count) if count < 100 else "99+"
    diameter = int(size * (0.62 if len(text) < 3 else 0.75))
    x, y = size - diameter, 0
    painter.setPen(QColor("white"))
    painter.setBrush(QColor("#d93025"))
    painter.drawEllipse(x, y, diameter - 1, diameter - 1)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(diameter * (0.62 if len(text) == 1 else 0.48)))
    painter.setFont(font)
    painter.drawText(x, y, diameter, diameter, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """Owns the QSystemTrayIcon. The menu: Log interaction…, Today, Snooze all for
    1 hour, Open cxlogger, Quit — rebuilt on ``aboutToShow`` from the last count it was
    given (``set_count``), never by asking the database; ``menu_opening`` lets the
    owner ask for a fresh count, which updates the open menu when it arrives."""

    log_requested = Signal()
    today_requested = Signal()
    snooze_all_requested = Signal()
    open_requested = Signal()
    quit_requested = Signal()
    followup_clicked = Signal(object)  # follow-up id, or None for "the Today view"
    menu_opening = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.count = 0
        self._header = self._snooze = None
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self._menu_about_to_show)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self._last_message_target: int | None = None
        self.set_count(0)
        self.rebuild_menu()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_count(self, count: int) -> None:
        self.count = count
        self.icon.setIcon(badge_icon(app_icon(), count))
        if count == 0:
            tip = "cxlogger — nothing is due"
        else:
            tip = self.tr("cxlogger — %Ln follow-up(s) due", "", count)
        self.icon.setToolTip(tip)
        if self._header is not None:  # the menu may be open: say the new count there too
            self._header.setText(self._header_text())
            self._snooze.setEnabled(count > 0)

    def _header_text(self) -> str:
        return self.tr("%Ln follow-up(s) due", "", self.count) if self.count else "Nothing is due"

    def _menu_about_to_show(self) -> None:
        self.rebuild_menu()
        self.menu_opening.emit()

    def rebuild_menu(self) -> None:
        """The menu from the last known count (the database is never asked here)."""
        self.menu.clear()
        count = self.count
        header = self.menu.addAction(self._header_text())
        header.setEnabled(False)
        self._header = header
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Log interaction…"), self.log_requested.emit)
        today = self.menu.addAction(self.tr("Today"), self.today_requested.emit)
        font = today.font()
        font.setBold(True)
        today.setFont(font)
        snooze = self.menu.addAction(
            self.tr("Snooze all for 1 hour"), self.snooze_all_requested.emit
        )
        snooze.setEnabled(count > 0)
        self._snooze = snooze
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Open cxlogger"), self.open_requested.emit)
        self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)

    def action(self, text: str):
        """The current menu's action called ``text`` (for tests and accessibility)."""
        return next((a for a in self.menu.actions() if a.text() == text), None)

    def notify(self, title: str, message: str, followup_id: int | None) -> None:
        self._last_message_target = followup_id
        self.icon.showMessage(title, message, app_icon(), 15_000)

    def show_info(self, title: str, message: str) -> None:
        self._last_message_target = None
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8_000)

    def _message_clicked(self) -> None:
        self.followup_clicked.emit(self._last_message_target)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.today_requested.emit()
