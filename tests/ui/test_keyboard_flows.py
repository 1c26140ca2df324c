"""The main flows by keyboard alone (issue 14): log, done, snooze, search, export. Every
step is a key press where the focus is (QTest key clicks); no mouse, no method calls
standing in for the user."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from __future__ import annotations

import pytest
from sqlalchemy import select

from cxlogger.core.models import FollowUp, Interaction
from cxlogger.ui.dialogs.export_dialog import ExportDialog
from cxlogger.ui.dialogs.log_dialog import LogInteractionDialog
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QApplication, QMenu, Qt, QTimer
from cxlogger.ui.views.today_view import TodayView
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, widget, limit=60):
    """Tab until ``widget`` has the focus: it is on the keyboard path."""
    for _ in range(limit):
        if focused() is widget:
            return
        press(qtbot, Key.Key_Tab)
    assert focused() is widget, f"Tab never reached {widget} (stuck at {focused()})"


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.today = TodayView(ctx)
    win.add_view("today", "Today", win.today, index=0)
    win.sidebar.setCurrentRow(0)  # as the reminders do: Today first
    win.resize(1100, 760)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None)
    settle(ctx)
    return win


def followup_status(ctx, followup_id):
    with ctx.session() as session:
        found = session.get(FollowUp, followup_id)
        return found.status, found.snoozed_until


def test_log_an_interaction_by_keyboard(qtbot, ctx, window, monkeypatch):
    opened = []

    def show_instead_of_blocking(dialog):
        opened.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(LogInteractionDialog, "exec", show_instead_of_blocking)
    press(qtbot, Key.Key_L, CTRL)
    [dialog] = opened
    qtbot.waitUntil(lambda: focused() is dialog.customer)
    qtbot.waitUntil(dialog.ready)
    qtbot.keyClicks(focused(), "Nora Lind")  # nobody yet: a new customer
    tab_to(qtbot, dialog.summary)
    qtbot.keyClicks(focused(), "Asked about opening hours")
    press(qtbot, Key.Key_Return)
    settle(ctx)
    assert not dialog.isVisible()
    with ctx.session() as session:
        [saved] = session.scalars(select(Interaction)).all()
        assert (saved.summary, saved.customer.name) == ("Asked about opening hours", "Nora Lind")


def test_done_and_snooze_by_keyboard(qtbot, ctx, window):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    log(ctx, anna.id, summary="Bought a birthday cake")
    window.today.refresh()
    settle(ctx)
    first, second = list(window.today.rows.values())
    window.sidebar.setFocus()  # where the window starts: the list of views
    tab_to(qtbot, first.done_button)
    press(qtbot, Key.Key_Space)
    settle(ctx)
    assert followup_status(ctx, first.followup_id)[0] == "done"

    second = window.today.rows[second.followup_id]  # the list was rebuilt
    # the keyboard keeps its place: the card that moved up has the focus
    assert focused() is second.done_button
    tab_to(qtbot, second.snooze_button)

    def choose_the_first_time():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu) and menu.actions()[0].text() == "For 1 hour"
        qtbot.keyClick(menu, Key.Key_Down)
        qtbot.keyClick(menu, Key.Key_Return)

    QTimer.singleShot(200, choose_the_first_time)
    press(qtbot, Key.Key_Space)  # opens the menu; the timer chooses in it
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    settle(ctx)
    status, until = followup_status(ctx, second.followup_id)
    assert until is not None and until > ctx.now()


def test_search_a_customer_by_keyboard(qtbot, ctx, window):
    anna = add_anna(ctx)
    press(qtbot, Key.Key_F, CTRL)  # Edit → Find customer
    view = window.customers_view
    assert focused() is view.search
    qtbot.keyClicks(view.search, "anna m")  # QTest types ASCII only
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    tab_to(qtbot, view.table)
    press(qtbot, Key.Key_Down)
    settle(ctx)
    qtbot.waitUntil(lambda: anna.name in view.panel.title.text())
    press(qtbot, Key.Key_Tab)  # a table never traps the keyboard: Tab goes on
    assert focused() is not view.table


def test_export_by_keyboard(qtbot, ctx, window, tmp_path, monkeypatch):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    target = tmp_path / "interactions.csv"
    monkeypatch.setattr(ExportDialog, "ask_path", lambda self: str(target))  # the file picker
    press(qtbot, Key.Key_E, CTRL)  # File → Export to CSV…
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog))
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is dialog)
    press(qtbot, Key.Key_E, ALT)  # &Export: which data
    assert focused() is dialog.dataset
    qtbot.keyClicks(dialog.dataset, "Int")  # Interactions
    assert dialog.dataset.currentData() == "interactions"
    press(qtbot, Key.Key_D, ALT)  # &Dates
    assert focused() is dialog.period
    qtbot.keyClicks(dialog.period, "All")  # All dates
    press(qtbot, Key.Key_Return)  # Export… is the default button
    qtbot.waitUntil(lambda: target.exists() and dialog.worker is None, timeout=10000)
    assert "Bought the anniversary cake" in target.read_text(encoding="utf-8-sig")
