"""Every control has a name a screen reader can say (issue 14): a button its text, a field
its label (QFormLayout rows and setBuddy make the label its name), anything else a name
set for it. Views and the main dialogs are opened and every visible control is checked."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def accessible_name(widget: QWidget) -> str:
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _inside_another_control(widget: QWidget) -> bool:
    """A combo box's line edit, a spin box's, a calendar's parts: named by their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or type(parent).__name__ in (
            "QCalendarWidget",
            "QTabBar",
        ):
            return True
        parent = parent.parentWidget()
    return False


def _owner(widget: QWidget) -> str:
    """The nearest cxlogger widget around it, to say where it is."""
    parent = widget.parentWidget()
    while parent is not None and not type(parent).__module__.startswith("cxlogger"):
        parent = parent.parentWidget()
    return type(parent).__name__ if parent is not None else "?"


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if _inside_another_control(widget) or type(widget).__name__ == "QHeaderView":
            continue  # parts of another control (a table's header is named by its columns)
        if not accessible_name(widget).strip():
            found.append(f"{type(widget).__name__} in {_owner(widget)}")
    return found


@pytest.fixture
def window(qtbot, ctx):
    from cxlogger.ui.main_window import MainWindow
    from cxlogger.ui.views.today_view import TodayView

    anna = add_anna(ctx)
    log(ctx, anna.id)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.today = TodayView(ctx)
    win.add_view("today", "Today", win.today, index=0)
    win.resize(1100, 760)
    win.show()
    qtbot.waitExposed(win)
    settle(ctx)
    return win


def test_every_control_of_every_view_has_a_name(qtbot, window):
    found = []
    for key in ("today", "interactions", "customers", "promises"):
        window.show_view(key)
        settle(window.ctx)
        found += unnamed_controls(window)
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


def _dialogs(ctx, window):
    from cxlogger.ui.dialogs.customer_dialog import CustomerDialog
    from cxlogger.ui.dialogs.export_dialog import ExportDialog
    from cxlogger.ui.dialogs.feedback_dialog import FeedbackDialog
    from cxlogger.ui.dialogs.import_dialog import ImportDialog
    from cxlogger.ui.dialogs.log_dialog import LogInteractionDialog
    from cxlogger.ui.dialogs.promise_dialogs import PromiseDialog
    from cxlogger.ui.dialogs.settings_dialog import SettingsDialog

    yield LogInteractionDialog(ctx, window)
    yield CustomerDialog(ctx, parent=window)
    yield ExportDialog(ctx, window)
    yield ImportDialog(ctx, window)
    yield FeedbackDialog(ctx, window)
    yield PromiseDialog(ctx, 1, parent=window)
    dialog = SettingsDialog(ctx, window, autostart_base=ctx.paths.data_dir / "autostart")
    yield dialog


def test_every_control_of_the_main_dialogs_has_a_name(qtbot, ctx, window):
    found = []
    for dialog in _dialogs(ctx, window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(ctx)
        tabs = dialog.findChildren(QTabWidget)
        for tab in tabs:
            for index in range(tab.count()):
                tab.setCurrentIndex(index)
                found += unnamed_controls(dialog)
        found += unnamed_controls(dialog)
        dialog.reject()
    assert not sorted(set(found)), "\n".join(sorted(set(found)))
