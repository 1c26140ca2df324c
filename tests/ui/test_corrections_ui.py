"""Correcting records in the UI: the editors, Undo, the merge dialog, the duplicate warning."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from cxlogger.core.models import Customer, Interaction, Promise
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs import duplicate_warning, record_editor
from cxlogger.ui.dialogs.customer_dialog import CustomerDialog
from cxlogger.ui.dialogs.log_dialog import LogInteractionDialog
from cxlogger.ui.dialogs.merge_dialog import MergeDialog
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QApplication, QLabel, QRadioButton, Qt
from cxlogger.ui.views.customers_view import RECORD_ROLE
from tests.conftest import NOW

Key = Qt.Key


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


@pytest.fixture
def anna(db, me):
    with db.session() as s:
        return add_customer(
            s,
            CustomerData("Anna Berg", email="anna@example.com", phone="+49 30 1234567"),
            me.id,
            NOW - timedelta(days=40),
        )


@pytest.fixture
def bike(db, me, anna):
    data = InteractionData(
        customer_id=anna.id,
        occurred_at=NOW - timedelta(hours=2, seconds=17),  # the editor shows minutes only
        channel="in_person",
        kind="purchase",
        summary="Bought a road bike",
        promise=PromiseData("Call when the lights arrive", date(2026, 3, 13)),
    )
    with db.session() as s:
        return log_interaction(s, data, me.id, NOW)


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert ctx.ops.wait_idle()
    return win


@pytest.fixture
def editors(monkeypatch):
    """Editors open as they would, but exec() returns at once so the test can drive them."""
    opened = []

    def fake_exec(dialog):
        opened.append(dialog)
        return 0

    monkeypatch.setattr(record_editor.RecordEditorDialog, "exec", fake_exec)
    return opened


def summary_of(db, interaction_id):
    with db.session() as s:
        item = s.get(Interaction, interaction_id)
        return item.summary if item else None


def tree_texts(tree):
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


# --------------------------------------------------------------------------- editors


def test_double_click_in_the_log_opens_the_editor_and_an_edit_shows_in_its_history(
    qtbot, db, bike, window, editors
):
    window.show_view("interactions")
    table = window.interactions_view.table
    rect = table.visualRect(table.model().index(0, 4))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(editors) == 1
    dialog = editors[0]
    assert window.ctx.ops.wait_idle()  # the record arrives from the background
    assert dialog.windowTitle() == f"Interaction INT-{bike.id:06d} — Anna Berg"
    assert dialog.fields["summary"].widget.text() == "Bought a road bike"

    dialog.fields["summary"].widget.setText("Bought a gravel bike")
    dialog.fields["details"].widget.setPlainText("Size 56, paid by card")
    dialog.save_button.click()
    assert window.ctx.ops.wait_idle()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert summary_of(db, bike.id) == "Bought a gravel bike"
    # the log shows the new text as soon as its page is read again
    assert window.ctx.ops.wait_idle()
    assert table.model().index(0, 4).data() == "Bought a gravel bike"

    # opened again (Enter this time): the history tab lists who changed what
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Key.Key_Return)
    assert len(editors) == 2
    assert window.ctx.ops.wait_idle()
    rows = tree_texts(editors[1].history)
    assert rows[0][1:3] == ["Alex Owner", "Edited"]
    changes = [r[3] for r in rows[:2]]
    assert "Summary: Bought a road bike → Bought a gravel bike" in changes
    assert "Details: (empty) → Size 56, paid by card" in changes
    assert rows[-1][1:3] == ["Alex Owner", "Logged"]
    assert len(rows) == 3  # the fields left alone (when, amount, …) are not "changed"


def test_an_invalid_edit_shows_the_sentence_next_to_the_field(qtbot, db, ctx, bike):
    dialog = record_editor.RecordEditorDialog(ctx, "interaction", bike.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)
    dialog.fields["summary"].widget.setText("   ")
    dialog.save_button.click()
    assert ctx.ops.wait_idle()  # the core's sentence comes back from the writer
    assert dialog.errors["summary"].text() == "Write a short summary of what happened."
    assert summary_of(db, bike.id) == "Bought a road bike"


def test_an_editor_opens_at_once_and_a_record_gone_meanwhile_is_a_sentence(
    qtbot, db, ctx, bike, monkeypatch
):
    from cxlogger.core.records import records

    told = []
    monkeypatch.setattr(
        record_editor.QMessageBox, "information", lambda _p, title, text: told.append(title)
    )
    dialog = record_editor.RecordEditorDialog(ctx, "interaction", bike.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()  # Save waits for the record
    assert ctx.ops.wait_idle()
    assert dialog.save_button.isEnabled() and dialog.delete_button.isEnabled()
    with db.session() as s:
        records.delete_record(s, "interaction", bike.id, ctx.staff_id, NOW)
    gone = record_editor.RecordEditorDialog(ctx, "interaction", bike.id)
    qtbot.addWidget(gone)
    gone.show()
    assert ctx.ops.wait_idle()
    assert told == ["Can't open"] and not gone.isVisible()
    # the first editor's save says it is gone too, and keeps the dialog open
    warned = []
    monkeypatch.setattr(
        record_editor.QMessageBox, "warning", lambda _p, title, text: warned.append(title)
    )
    dialog.fields["summary"].widget.setText("Bought a gravel bike")
    dialog.save_button.click()
    assert ctx.ops.wait_idle()
    assert dialog.isVisible() and not dialog.saved
    assert warned == ["Not saved"]


def test_the_promises_view_and_the_timeline_open_their_records(
    qtbot, db, anna, bike, window, editors
):
    window.show_view("promises")
    assert window.ctx.ops.wait_idle()  # its rows arrive from the background
    table = window.promises_view.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Key.Key_Return)
    assert editors[-1].entity == "promise"
    assert window.ctx.ops.wait_idle()
    editors[-1].fields["description"].widget.setText("Call when the lights are in")
    editors[-1].save_button.click()
    assert window.ctx.ops.wait_idle()
    with db.session() as s:
        assert s.scalar(select(Promise.description)) == "Call when the lights are in"

    window.show_customer(anna.id)
    assert window.ctx.ops.wait_idle()  # the data arrive from the background
    timeline = window.customers_view.panel.timeline
    model = timeline.model()
    kinds = [model.index(r, 0).data(RECORD_ROLE)[0] for r in range(model.rowCount())]
    row = kinds.index("interaction")
    timeline.activated.emit(model.index(row, 0))
    assert (editors[-1].entity, editors[-1].entity_id) == ("interaction", bike.id)


# --------------------------------------------------------------------------- undo


def test_delete_asks_nothing_and_ctrl_z_brings_it_back_in_the_view(qtbot, db, bike, window):
    window.show_view("interactions")
    table = window.interactions_view.table
    assert table.model().rowCount() == 1
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Key.Key_Delete)
    assert window.ctx.ops.wait_idle()
    assert table.model().rowCount() == 0
    assert summary_of(db, bike.id) is None
    # the status bar offers the undo for a few seconds
    assert window.undo_message.isVisible() and window.undo_button.isVisible()
    assert window.undo_message.text() == f"Deleted interaction INT-{bike.id:06d}"
    assert window.undo_action.text() == f"&Undo: Deleted interaction INT-{bike.id:06d}"

    with qtbot.waitActive(window):
        window.activateWindow()
    table.setFocus()
    qtbot.keyClick(table, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.ops.wait_idle()
    assert table.model().rowCount() == 1
    assert table.model().index(0, 4).data() == "Bought a road bike"
    assert summary_of(db, bike.id) == "Bought a road bike"
    assert not window.undo_button.isVisible()
    assert "Undone: Deleted interaction" in window.statusBar().currentMessage()


def test_undo_reaches_only_this_sessions_actions_and_says_so(qtbot, db, bike, window):
    # the log happened before the window opened: nothing to undo
    assert not window.undo_action.isEnabled()
    window.undo_last()
    assert window.ctx.ops.wait_idle()
    assert window.statusBar().currentMessage() == "Nothing to undo"
    assert summary_of(db, bike.id) == "Bought a road bike"


def test_an_undo_that_would_overwrite_a_later_change_is_refused_with_a_sentence(
    qtbot, db, ctx, bike, window, monkeypatch
):
    from cxlogger.core.records import records

    with db.session() as s:
        records.update_record(s, "interaction", bike.id, {"summary": "Mine"}, ctx.staff_id, NOW)
    ctx.changes.announce("interactions")
    assert ctx.ops.wait_idle()
    with db.session() as s:
        records.update_record(s, "interaction", bike.id, {"summary": "Theirs"}, None, NOW)
    shown = []
    monkeypatch.setattr("cxlogger.ui.qt.QMessageBox.information", lambda *a: shown.append(a[2]))
    window.undo_action.trigger()
    assert ctx.ops.wait_idle()
    assert "has been changed since" in shown[0]
    assert summary_of(db, bike.id) == "Theirs"


# --------------------------------------------------------------------------- merge


def test_merge_dialog_shows_both_and_merges_what_was_chosen_and_undo_splits_them(
    qtbot, db, ctx, anna, bike, window, me
):
    with db.session() as s:
        twin = add_customer(
            s,
            CustomerData("Anna Berg-Meyer", email="a.berg@example.com", company="Cafe Berg"),
            me.id,
            NOW,
        )
    dialog = MergeDialog(ctx, anna.id, twin.id, window)
    qtbot.addWidget(dialog)
    assert not dialog.merge_button.isEnabled()  # until the plan has arrived
    assert ctx.ops.wait_idle()
    assert dialog.findChild(QLabel, "result_company").text() == "Cafe Berg"
    keep_name = dialog.findChild(QRadioButton, "keep_name")
    assert keep_name.isChecked() and keep_name.text() == "Anna Berg"
    dialog.findChild(QRadioButton, "drop_email").setChecked(True)
    assert ctx.ops.wait_idle()
    assert dialog.findChild(QLabel, "result_email").text() == "a.berg@example.com"
    assert "Moves to the customer kept: nothing else." in dialog.moves.text()

    dialog.swap()  # keep the other one: anna's interaction and promise would move
    assert ctx.ops.wait_idle()
    assert "1 interaction, 1 promise" in dialog.moves.text()
    dialog.swap()
    assert ctx.ops.wait_idle()
    dialog.merge_button.click()
    assert ctx.ops.wait_idle()
    with db.session() as s:
        assert s.get(Customer, twin.id) is None
        kept = s.get(Customer, anna.id)
        assert (kept.email, kept.company) == ("a.berg@example.com", "Cafe Berg")
    assert ctx.ops.wait_idle()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert ctx.ops.wait_idle()
    with db.session() as s:
        assert s.get(Customer, twin.id).name == "Anna Berg-Meyer"
        assert s.get(Customer, anna.id).email == "anna@example.com"


def test_merge_into_picks_the_other_customer_by_typing(qtbot, db, ctx, anna, me):
    with db.session() as s:
        twin = add_customer(s, CustomerData("Anna B."), me.id, NOW)
    dialog = MergeDialog(ctx, anna.id)
    qtbot.addWidget(dialog)
    assert not dialog.merge_button.isEnabled()
    dialog.picker.set_customer(twin)
    assert ctx.ops.wait_idle()
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert ctx.ops.wait_idle()
    with db.session() as s:
        assert s.get(Customer, twin.id) is None


# --------------------------------------------------------------------------- duplicates


def test_seen_a_same_email_customer_is_no_longer_added_silently(qtbot, db, ctx, anna, monkeypatch):
    asked = []

    def ask(parent, name, matches, use_text):
        asked.append([m.sentence for m in matches])
        return matches[0].customer_id  # "Open Anna Berg"

    monkeypatch.setattr(duplicate_warning, "ask", ask)
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("A. Berg")
    dialog.email.setText("ANNA@example.com")
    dialog.save()
    assert ctx.ops.wait_idle()
    assert asked == [[f"Anna Berg (CUS-{anna.id:06d}) has the same email."]]
    assert dialog.open_existing == anna.id and dialog.saved is None
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1

    monkeypatch.setattr(duplicate_warning, "ask", lambda *a: "add")
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Anna Berg")
    dialog.save()
    assert ctx.ops.wait_idle()
    assert dialog.saved is not None  # "Add as a new customer" still possible


def test_quick_log_for_a_new_customer_who_exists_offers_the_existing_one(
    qtbot, db, ctx, anna, monkeypatch
):
    monkeypatch.setattr(
        duplicate_warning, "ask", lambda p, name, matches, t: matches[0].customer_id
    )
    dialog = LogInteractionDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)
    dialog.customer.setText("Someone")
    dialog.new_phone.setText("+49 30 1234567")
    dialog.summary.setText("Asked about lights")
    dialog.save()
    assert ctx.ops.wait_idle()
    assert dialog.saved is not None and dialog.customer.customer_id() == anna.id
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert s.scalar(select(Interaction.customer_id)) == anna.id


def test_the_warning_itself_offers_open_add_and_cancel(qtbot, db, ctx, anna, monkeypatch):
    from cxlogger.core.records.duplicates import find_duplicates

    with db.session() as s:
        matches = find_duplicates(s, CustomerData("Anna Berg"))

    def click_open(box):
        buttons = {b.text(): b for b in box.buttons()}
        assert set(buttons) == {"Open Anna Berg", "Add as a new customer", "Cancel"}
        buttons["Open Anna Berg"].click()

    monkeypatch.setattr(
        "cxlogger.ui.dialogs.duplicate_warning.QMessageBox.exec", lambda box: click_open(box)
    )
    assert duplicate_warning.ask(None, "Anna Berg", matches, "Open {name}") == anna.id
    QApplication.processEvents()


def test_done_in_today_is_offered_for_undo_and_ctrl_z_brings_the_reminder_back(
    qtbot, db, ctx, anna, monkeypatch
):
    import time as _time

    from cxlogger.core.models import FollowUp
    from cxlogger.core.reminders import followups
    from cxlogger.ui.views.today_view import TodayView

    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    followups.install()
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        today = TodayView(ctx)
        win.add_view("today", "Today", today, index=0)
        win.show()
        qtbot.waitExposed(win)
        win.show_view("today")
        data = InteractionData(
            anna.id, NOW - timedelta(hours=1), "phone", "purchase", "Bought a cake"
        )
        with db.session() as s:
            log_interaction(s, data, ctx.staff_id, NOW)
        ctx.changes.announce("interactions", "followups")
        assert ctx.ops.wait_idle()
        rows = list(today.rows.values())
        thank = next(r for r in rows if r.rule == "thank")
        qtbot.mouseClick(thank.done_button, Qt.MouseButton.LeftButton)
        assert ctx.ops.wait_idle()
        assert thank.followup_id not in today.rows
        assert win.undo_button.isVisible()  # not hidden by Today's own status message
        assert win.undo_message.text().startswith("Done: ")
        with qtbot.waitActive(win):
            win.activateWindow()
        win.sidebar.setFocus()
        qtbot.keyClick(win.sidebar, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert ctx.ops.wait_idle()
        with db.session() as s:
            assert s.get(FollowUp, thank.followup_id).status == "pending"
        assert thank.followup_id in today.rows
    finally:
        followups.uninstall()
        monkeypatch.undo()
        _time.tzset()


def test_feedback_editor_names_its_scale_and_shows_the_rating_change(qtbot, db, ctx, anna):
    from cxlogger.core.records.feedback import FeedbackData, record_feedback

    with db.session() as s:
        fb = record_feedback(s, FeedbackData(anna.id, 4, comment="Quick"), ctx.staff_id, NOW)
    dialog = record_editor.RecordEditorDialog(ctx, "feedback", fb.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)
    assert dialog.fields["scale"].widget.currentText() == "Satisfaction (1–5)"
    dialog.fields["rating"].widget.setValue(2)
    dialog.save_button.click()
    assert ctx.ops.wait_idle()
    again = record_editor.RecordEditorDialog(ctx, "feedback", fb.id)
    qtbot.addWidget(again)
    qtbot.waitUntil(again.ready)
    assert tree_texts(again.history)[0][3] == "Rating: 4 → 2"
