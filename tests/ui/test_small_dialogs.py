"""The small dialogs by keyboard: a sentence goes as soon as its field is fixed, Tab leaves
a text box, Ctrl+Enter saves (Enter is a new line in a text box)."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from cxlogger.core.models import Customer, Feedback, Promise
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs.customer_dialog import CustomerDialog
from cxlogger.ui.dialogs.feedback_dialog import FeedbackDialog
from cxlogger.ui.dialogs.promise_dialogs import OutcomeDialog, PromiseDialog
from cxlogger.ui.dialogs.staff_dialogs import WhoAreYouDialog
from cxlogger.ui.qt import QApplication, QDialog, Qt
from tests.conftest import NOW
from tests.ui.reminders_helpers import settle  # waits, then shows what was added

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


@pytest.fixture
def anna(db, me):
    with db.session() as s:
        return add_customer(s, CustomerData("Anna Berg"), me.id, NOW - timedelta(days=40))


def count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def focused():
    return QApplication.focusWidget()


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is dialog)
    if hasattr(dialog, "ready"):
        qtbot.waitUntil(dialog.ready)  # what it needs from the database has arrived
    return dialog


def ctrl_enter(qtbot, widget=None):
    qtbot.keyClick(widget or focused(), Key.Key_Return, CTRL)


def accepted(dialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_customer_dialog_errors_go_as_each_field_is_fixed(qtbot, db, ctx):
    dialog = shown(qtbot, CustomerDialog(ctx))
    dialog.email.setText("anna-at-example")
    ctrl_enter(qtbot, dialog.email)
    errors = dialog.errors
    assert errors["name"].isVisible() and errors["email"].isVisible()
    qtbot.keyClicks(dialog.name, "Anna Berg")
    assert not errors["name"].isVisible()  # fixed: gone before saving again
    assert errors["email"].isVisible()
    qtbot.keyClicks(dialog.email, "@example")  # still not an address (no dot after @)
    assert errors["email"].isVisible()
    dialog.email.setText("anna@example.com")
    assert not errors["email"].isVisible()
    assert count(db, Customer) == 0


def test_customer_dialog_saves_with_ctrl_enter_from_the_notes(qtbot, db, ctx):
    dialog = shown(qtbot, CustomerDialog(ctx))
    qtbot.keyClicks(dialog.name, "Anna Berg")
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Likes oat milk")
    qtbot.keyClick(dialog.notes, Key.Key_Return)  # a new line, not Save
    assert dialog.isVisible()
    ctrl_enter(qtbot, dialog.notes)
    settle(ctx)
    assert accepted(dialog)
    assert dialog.saved.notes == "Likes oat milk" and count(db, Customer) == 1


def test_promise_dialog_error_goes_when_the_promise_is_written(qtbot, db, ctx, anna):
    dialog = shown(qtbot, PromiseDialog(ctx, anna.id, anna.name))
    ctrl_enter(qtbot, dialog.description)
    assert dialog.description_error.isVisible() and dialog.isVisible()
    qtbot.keyClicks(dialog.description, "Call back")
    assert not dialog.description_error.isVisible()
    ctrl_enter(qtbot)
    settle(ctx)
    assert accepted(dialog) and count(db, Promise) == 1


def test_outcome_note_ctrl_enter_accepts_and_the_error_goes_when_written(qtbot):
    dialog = shown(qtbot, OutcomeDialog("Refund by Friday", "kept"))
    ctrl_enter(qtbot, dialog.note)
    assert dialog.error.isVisible() and dialog.isVisible()  # a note is needed
    qtbot.keyClicks(dialog.note, "Refunded")
    assert not dialog.error.isVisible()
    qtbot.keyClick(dialog.note, Key.Key_Return)
    qtbot.keyClicks(dialog.note, "to the card")
    assert dialog.isVisible()  # Enter was a new line
    ctrl_enter(qtbot, dialog.note)
    assert accepted(dialog) and dialog.text() == "Refunded\nto the card"


def test_feedback_comment_tab_moves_on_and_ctrl_enter_saves(qtbot, db, ctx, anna):
    dialog = shown(qtbot, FeedbackDialog(ctx, customer=anna))
    dialog.comment.setFocus()
    qtbot.keyClicks(dialog.comment, "Lovely cake")
    qtbot.keyClick(dialog.comment, Key.Key_Tab)
    assert focused() is dialog.action  # Tab moved on instead of typing a tab
    assert dialog.comment.toPlainText() == "Lovely cake"
    qtbot.keyClick(dialog.action, Key.Key_Tab)
    assert focused() is not dialog.action
    ctrl_enter(qtbot, dialog.comment)
    settle(ctx)
    assert accepted(dialog) and count(db, Feedback) == 1


def test_feedback_customer_error_goes_when_a_customer_is_chosen(qtbot, db, ctx, anna):
    dialog = shown(qtbot, FeedbackDialog(ctx))
    ctrl_enter(qtbot, dialog.comment)
    assert dialog.customer_error.isVisible() and dialog.isVisible()
    dialog.customer.set_customer(anna)
    assert not dialog.customer_error.isVisible()


def test_who_are_you_name_error_goes_when_a_name_is_typed(qtbot, db):
    dialog = shown(qtbot, WhoAreYouDialog(db))
    dialog.name.clear()
    ctrl_enter(qtbot, dialog.name)
    qtbot.waitUntil(dialog.error.isVisible)  # the core's sentence, back from the save
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Sam")
    assert not dialog.error.isVisible()
    ctrl_enter(qtbot, dialog.name)
    qtbot.waitUntil(lambda: accepted(dialog))
    with db.session() as s:
        assert [m.name for m in staff_svc.list_staff(s)] == ["Sam"]


def test_the_action_taken_box_is_saved_with_ctrl_enter(qtbot, ctx):
    from cxlogger.ui.qt import QTimer
    from cxlogger.ui.views.today_view import TodayView

    view = TodayView(ctx)
    qtbot.addWidget(view)

    def answer():
        dialog = QApplication.activeModalWidget()
        editor = dialog.focusWidget()
        qtbot.keyClicks(editor, "Called her back")
        qtbot.keyClick(editor, Key.Key_Return)  # a new line
        qtbot.keyClicks(editor, "refunded the cake")
        assert dialog.isVisible()
        ctrl_enter(qtbot, editor)

    QTimer.singleShot(100, answer)
    # the note for colleagues; the words for the customer were left empty
    assert view.ask_action() == ("Called her back\nrefunded the cake", "")
