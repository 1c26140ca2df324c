"""A pseudo-locale lengthens every string by 40 % (German and French run that much longer
than English): the main window and the main dialogs must still show every label and button
whole, and nothing may overlap (issue 14; Vorta checks its layouts the same way)."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QTabWidget, QWidget

from cxlogger.ui.qt import QTranslator
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401

LONGER = 0.4


class PseudoTranslator(QTranslator):
    """Every text 40 % longer: 'Save' -> 'Save [~~]'. Plurals resolved as in English."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802
        if not source_text:
            return None
        text = source_text
        if n is not None and n >= 0:
            text = text.replace("(s)", "" if n == 1 else "s")
        extra = max(1, round(len(text) * LONGER))
        return f"{text} [{'~' * max(extra - 3, 0)}]"

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _text(widget) -> str:
    return widget.text().replace("&", "").strip() if hasattr(widget, "text") else ""


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons given less room than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisibleTo(root):
            continue
        if not _text(widget) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() + 1 < widget.heightForWidth(widget.width()):
                found.append(f"{type(widget).__name__} {_text(widget)[:50]!r} (height)")
        elif widget.width() + 1 < widget.minimumSizeHint().width():
            found.append(
                f"{type(widget).__name__} {_text(widget)[:50]!r}: "
                f"{widget.width()} < {widget.minimumSizeHint().width()}"
            )
    for view in root.findChildren(QListWidget):
        if not view.isVisibleTo(root):
            continue
        for row in range(view.count()):
            item = view.item(row)
            need = view.visualItemRect(item)
            text = view.fontMetrics().horizontalAdvance(item.text())
            if need.x() + view.iconSize().width() + text + 12 > view.viewport().width():
                found.append(f"list item {item.text()[:40]!r}")
    return found


def overlapping(root: QWidget) -> list[str]:
    """Visible labels, buttons and fields of one parent whose rectangles cross."""
    found = []
    parents = {w.parentWidget() for w in root.findChildren(QWidget)}
    for parent in parents:
        if parent is None:
            continue
        kids = [
            w
            for w in parent.findChildren(QWidget, options=_direct())
            if w.isVisibleTo(root) and not w.isWindow() and w.width() > 1 and w.height() > 1
        ]
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                shared = a.geometry().intersected(b.geometry())
                if shared.width() > 2 and shared.height() > 2:
                    found.append(
                        f"{_text(a)[:30]!r} × {_text(b)[:30]!r} in {type(parent).__name__}"
                    )
    return found


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def check(qtbot, root: QWidget) -> list[str]:
    tabs = root.findChildren(QTabWidget)
    problems = clipped(root) + overlapping(root)
    for tab in tabs:
        for index in range(tab.count()):
            tab.setCurrentIndex(index)
            qtbot.wait(10)
            problems += clipped(root) + overlapping(root)
    return problems


@pytest.fixture
def window(qtbot, ctx, pseudo):
    from cxlogger.ui.main_window import MainWindow
    from cxlogger.ui.views.today_view import TodayView

    anna = add_anna(ctx)
    log(ctx, anna.id)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.today = TodayView(ctx)
    win.add_view("today", win.tr("Today"), win.today, index=0)
    win.sidebar.setCurrentRow(0)
    win.resize(1100, 760)
    win.show()
    qtbot.waitExposed(win)
    settle(ctx)
    return win


def test_the_pseudo_locale_really_lengthens_the_texts(window):
    assert window.file_menu.title().endswith("]")


def test_the_main_window_shows_every_text_whole(qtbot, window):
    problems = []
    for key in ("today", "interactions", "customers", "promises"):
        window.show_view(key)
        settle(window.ctx)
        qtbot.wait(20)
        problems += check(qtbot, window)
    assert not problems, "\n".join(sorted(set(problems)))


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
    yield SettingsDialog(ctx, window, autostart_base=ctx.paths.data_dir / "autostart")


def test_the_main_dialogs_show_every_text_whole(qtbot, ctx, window):
    problems = []
    for dialog in _dialogs(ctx, window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(ctx)
        qtbot.wait(20)
        problems += [f"{type(dialog).__name__}: {p}" for p in check(qtbot, dialog)]
        dialog.reject()
    assert not problems, "\n".join(sorted(set(problems)))
