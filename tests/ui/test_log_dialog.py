"""The quick-log dialog, driven by keyboard alone as a user at the front desk would."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from cxlogger.core.models import Customer, Interaction, Promise
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs.log_dialog import LogInteractionDialog
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QApplication, QDate, Qt, QTime, QTimer
from tests.conftest import NOW

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CLOCK_NOW = NOW + timedelta(minutes=30)  # a fixed clock, a little after the fixture's NOW


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: CLOCK_NOW)


@pytest.fixture
def anna(db, me):
    with db.session() as s:
        return add_customer(
            s, CustomerData("Anna Berg", company="Green Leaf Cafe"), me.id, NOW - timedelta(days=40)
        )


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    return win


def counts(db):
    with db.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) for m in (Customer, Interaction, Promise)
        )


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key press where the keyboard is: an open completer popup has it, else the focus."""
    widget = focused()
    popup = getattr(widget, "completer", lambda: None)()
    target = popup.popup() if popup is not None and popup.popup().isVisible() else widget
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, widget, limit=10):
    for _ in range(limit):
        press(qtbot, Key.Key_Tab)
        if focused() is widget:
            return
    raise AssertionError(f"Tab never reached {widget}")


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is dialog)
    qtbot.waitUntil(dialog.ready)  # the staff list and the currency arrived: Save works
    return dialog


def settle(dialog):
    """Let the dialog's questions to the database be answered (suggestions, the save)."""
    assert dialog.ctx.ops.wait_idle()


@pytest.fixture
def dialog(qtbot, ctx, window):
    return open_dialog(qtbot, LogInteractionDialog(ctx, window))


def test_ctrl_l_opens_the_log_dialog_with_the_cursor_in_the_customer_field(
    qtbot, window, monkeypatch
):
    opened = []

    def show_instead_of_blocking(dialog):
        opened.append((dialog, focused()))
        return 0

    monkeypatch.setattr(LogInteractionDialog, "exec", show_instead_of_blocking)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None)
    qtbot.keyClick(focused(), Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    dialog = opened[0][0]
    assert dialog.windowTitle() == "Log interaction"
    assert dialog.customer.hasFocus() or dialog.focusWidget() is dialog.customer


def test_log_an_interaction_by_keyboard_alone(qtbot, db, window, dialog, anna):
    window.show()
    dialog.activateWindow()  # showing the window took the focus: give it back
    qtbot.waitUntil(lambda: focused() is dialog.customer)
    type_text(qtbot, "cafe")  # the company is enough to find her
    popup = dialog.customer.completer().popup()
    qtbot.waitUntil(popup.isVisible)  # the suggestions arrive from the background
    assert popup.model().rowCount() == 1
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Return)
    settle(dialog)
    assert dialog.customer.customer_id() == anna.id
    assert dialog.customer_hint.text() == "Existing customer"
    assert dialog.isVisible()  # choosing the suggestion did not save yet

    tab_to(qtbot, dialog.channel)
    type_text(qtbot, "em")  # combo keyboard search: Email
    tab_to(qtbot, dialog.kind)
    type_text(qtbot, "pu")  # Purchase
    tab_to(qtbot, dialog.summary)
    type_text(qtbot, "Ordered 3 bags of espresso beans")
    press(qtbot, Key.Key_A, ALT)  # &Amount
    assert focused() is dialog.amount
    type_text(qtbot, "19,99")
    press(qtbot, Key.Key_S, ALT)  # back to &Summary, then Enter saves
    assert focused() is dialog.summary
    press(qtbot, Key.Key_Return)
    settle(dialog)

    assert not dialog.isVisible() and dialog.saved is not None
    with db.session() as s:
        stored = s.get(Interaction, dialog.saved.id)
        assert (stored.customer_id, stored.channel, stored.kind, stored.summary) == (
            anna.id,
            "email",
            "purchase",
            "Ordered 3 bags of espresso beans",
        )
        assert (stored.amount_minor, stored.currency, stored.amount_kind) == (1999, "EUR", "sale")
        assert stored.occurred_at == CLOCK_NOW.replace(second=0)  # the dialog starts at "now"

    # the interactions log shows it at the top
    model = window.interactions_view.model
    assert window.ctx.ops.wait_idle()
    assert model.rowCount() == 1
    assert model.row_at(0).summary == "Ordered 3 bags of espresso beans"
    assert model.row_at(0).customer == "Anna Berg"
    # and so does her timeline
    window.show_customer(anna.id)
    assert window.ctx.ops.wait_idle()  # the data arrive from the background
    timeline = window.customers_view.panel.timeline
    assert window.current_view_key() == "customers"
    assert timeline.model().rowCount() == 1
    assert timeline.model().index(0, 3).data().startswith("Ordered 3 bags of espresso beans")


def test_a_typed_name_that_matches_nobody_creates_the_customer(qtbot, db, window, dialog, anna):
    customers = window.customers_view  # built (as when it was opened before), listening
    assert window.ctx.ops.wait_idle()
    type_text(qtbot, "Neue Kundin")
    assert dialog.customer.customer_id() is None
    assert "New customer “Neue Kundin” will be added" == dialog.customer_hint.text()
    assert not dialog.new_customer_row.isHidden()
    tab_to(qtbot, dialog.new_email)
    type_text(qtbot, "neue@example.com")
    press(qtbot, Key.Key_S, ALT)
    type_text(qtbot, "Asked about opening hours")
    press(qtbot, Key.Key_Return)
    settle(dialog)

    assert not dialog.isVisible()
    with db.session() as s:
        customer = s.scalar(select(Customer).where(Customer.name == "Neue Kundin"))
        assert customer is not None and customer.email == "neue@example.com"
        assert s.get(Interaction, dialog.saved.id).customer_id == customer.id
    assert window.ctx.ops.wait_idle()
    assert customers.model.row_of(customer.id) is not None  # the list refreshed itself


def test_a_promise_made_in_the_dialog_is_saved_with_it(qtbot, db, dialog, anna):
    dialog.customer.set_customer(anna)
    dialog.summary.setFocus()
    type_text(qtbot, "Cake order for Saturday")
    dialog.promise_box.setChecked(True)
    dialog.promise_text.setFocus()
    type_text(qtbot, "Call when the cake is ready")
    press(qtbot, Key.Key_Return)
    settle(dialog)
    assert not dialog.isVisible()
    with db.session() as s:
        promise = s.scalar(select(Promise))
        assert promise.description == "Call when the cake is ready"
        assert promise.interaction_id == dialog.saved.id
        assert not promise.due_has_time


def test_a_promise_due_at_a_set_time_keeps_that_time(qtbot, db, dialog, anna):
    dialog.customer.set_customer(anna)
    dialog.summary.setText("Cake order for Saturday")
    dialog.promise_box.setChecked(True)
    dialog.promise_text.setText("Call when the cake is ready")
    dialog.promise_due.date_edit.setDate(QDate(2026, 3, 14))
    dialog.promise_due.has_time.setChecked(True)
    dialog.promise_due.time_edit.setTime(QTime(15, 30))
    dialog.save()
    settle(dialog)
    assert dialog.saved is not None
    with db.session() as s:
        promise = s.scalar(select(Promise))
        assert promise.due_has_time
        local = promise.due_at.astimezone()
        assert (local.date().isoformat(), local.strftime("%H:%M")) == ("2026-03-14", "15:30")


@pytest.mark.parametrize(
    "summary, amount, currency, field",
    [
        ("", "", "EUR", "summary"),
        ("Bought a voucher", "12.3.4", "EUR", "amount"),
        ("Bought a voucher", "12.50", "EURO", "currency"),
    ],
)
def test_invalid_input_shows_the_error_next_to_the_field_and_saves_nothing(
    qtbot, db, dialog, anna, summary, amount, currency, field
):
    dialog.customer.set_customer(anna)
    dialog.summary.setText(summary)
    dialog.amount.setText(amount)
    dialog.currency.setCurrentText(currency)
    before = counts(db)
    dialog.summary.setFocus()
    press(qtbot, Key.Key_Return)
    settle(dialog)

    assert dialog.isVisible() and dialog.saved is None
    assert counts(db) == before
    error = dialog.errors[field]
    assert error.isVisible() and error.text()
    shown = {key for key, label in dialog.errors.items() if label.isVisible()}
    assert shown == {field}
    field_widget = {
        "summary": dialog.summary,
        "amount": dialog.amount,
        "currency": dialog.currency,
    }[field]
    assert focused() is field_widget  # the cursor goes where the problem is
    # the sentence sits right under its field
    top = field_widget.mapTo(dialog, field_widget.rect().bottomLeft()).y()
    assert 0 <= error.mapTo(dialog, error.rect().topLeft()).y() - top < 60


def test_fixing_the_input_then_saves(qtbot, db, dialog, anna):
    dialog.customer.set_customer(anna)
    dialog.summary.setFocus()
    press(qtbot, Key.Key_Return)
    settle(dialog)
    assert dialog.errors["summary"].isVisible()
    type_text(qtbot, "Now with a summary")
    press(qtbot, Key.Key_Return)
    settle(dialog)
    assert not dialog.isVisible()
    assert counts(db)[1] == 1


def test_escape_cancels_and_saves_nothing(qtbot, db, dialog, anna):
    type_text(qtbot, "Somebody New")
    dialog.summary.setFocus()
    type_text(qtbot, "Half-typed entry")
    press(qtbot, Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved is None
    assert dialog.result() == 0
    assert counts(db) == (1, 0, 0)  # only Anna


def test_tab_walks_the_fields_one_press_each(qtbot, dialog, anna):
    """Customer → When → Channel → Kind → Summary: four presses, not nine."""
    dialog.customer.set_customer(anna)
    dialog.customer.setFocus()
    order = []
    for _ in range(4):
        press(qtbot, Key.Key_Tab)
        order.append(focused())
    assert dialog.when.isAncestorOf(order[0]) or order[0] is dialog.when
    assert order[1:] == [dialog.channel, dialog.kind, dialog.summary]


def test_an_error_goes_as_soon_as_its_field_is_fixed(qtbot, db, dialog, anna):
    dialog.customer.set_customer(anna)
    dialog.amount.setText("12.3.4")
    dialog.summary.setFocus()
    press(qtbot, Key.Key_Return)
    settle(dialog)
    assert dialog.errors["summary"].isVisible() and dialog.errors["amount"].isVisible()
    type_text(qtbot, "Bought a voucher")  # fixed: its sentence goes before any Save
    assert not dialog.errors["summary"].isVisible()
    assert dialog.errors["amount"].isVisible()  # still wrong, still said
    dialog.amount.setFocus()
    dialog.amount.selectAll()
    type_text(qtbot, "12.")
    assert not dialog.errors["amount"].isVisible()  # "12." is an amount
    type_text(qtbot, "5.")
    assert not dialog.errors["amount"].isVisible()  # wrong again: said at the next Save
    assert counts(db)[1] == 0  # nothing saved by checking
    press(qtbot, Key.Key_Return)
    settle(dialog)
    assert dialog.errors["amount"].isVisible() and counts(db)[1] == 0
    press(qtbot, Key.Key_Backspace)
    assert not dialog.errors["amount"].isVisible()


def test_a_field_not_complained_about_stays_quiet_while_typing(qtbot, dialog, anna):
    dialog.customer.set_customer(anna)
    dialog.amount.setFocus()
    type_text(qtbot, "12.3.4")
    assert not any(error.isVisible() for error in dialog.errors.values())


def test_choosing_complaint_does_not_take_the_tab_to_summary(qtbot, dialog, anna):
    """Seen: "The problem was resolved" appeared after Kind and took the next Tab."""
    dialog.customer.set_customer(anna)
    dialog.kind.setFocus()
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    assert dialog.resolved.isVisible()
    press(qtbot, Key.Key_Tab)
    assert focused() is dialog.summary
    press(qtbot, Key.Key_Tab)
    assert focused() is dialog.details
    press(qtbot, Key.Key_Tab)
    assert focused() is dialog.resolved  # still reachable by keyboard, after Details
    press(qtbot, Key.Key_R, ALT)
    qtbot.waitUntil(dialog.resolved.isChecked)  # a mnemonic clicks it (animated)


def test_ctrl_enter_saves_from_the_details_box(qtbot, db, dialog, anna):
    dialog.customer.set_customer(anna)
    dialog.summary.setText("Asked about opening hours")
    dialog.details.setFocus()
    type_text(qtbot, "First line")
    press(qtbot, Key.Key_Return)  # Enter in Details is a new line
    settle(dialog)
    assert dialog.isVisible()
    type_text(qtbot, "second line")
    press(qtbot, Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(dialog)
    assert not dialog.isVisible()
    assert dialog.saved.details == "First line\nsecond line"
    assert counts(db)[1] == 1


def test_a_new_customers_bad_email_is_explained_under_it_and_goes_when_fixed(qtbot, db, dialog):
    type_text(qtbot, "Somebody New")
    dialog.new_email.setText("not-an-email")
    dialog.summary.setText("Asked about prices")
    dialog.summary.setFocus()
    press(qtbot, Key.Key_Return)
    settle(dialog)
    error = dialog.errors["customer_email"]
    assert error.isVisible() and "not-an-email" in error.text()
    row = dialog.new_customer_row
    below = row.mapTo(dialog, row.rect().bottomLeft()).y()
    assert 0 <= error.mapTo(dialog, error.rect().topLeft()).y() - below < 30
    dialog.new_email.setText("somebody@example.com")
    assert not error.isVisible()
    assert counts(db) == (0, 0, 0)


def test_consent_not_asked_yet_is_recorded_with_one_keystroke(qtbot, db, dialog, anna):
    dialog.customer.set_customer(anna)
    qtbot.waitUntil(lambda: not dialog.consent_row.isHidden())  # nobody asked Anna yet
    dialog.summary.setFocus()
    type_text(qtbot, "Bought a gift card")
    press(qtbot, Key.Key_Y, ALT)  # &Yes
    qtbot.waitUntil(dialog.consent_yes.isChecked)  # a mnemonic "animates" the click
    dialog.summary.setFocus()
    press(qtbot, Key.Key_Return)
    settle(dialog)
    assert dialog.saved is not None
    with db.session() as s:
        assert s.get(Customer, anna.id).contact_consent == "yes"


def test_saying_no_in_the_log_dialog_and_not_asking_leaves_it(qtbot, db, ctx, window, anna):
    first = open_dialog(qtbot, LogInteractionDialog(ctx, window, customer=anna))
    first.summary.setFocus()
    type_text(qtbot, "Asked about opening hours")
    press(qtbot, Key.Key_N, ALT)  # &No
    qtbot.waitUntil(first.consent_no.isChecked)
    first.summary.setFocus()
    press(qtbot, Key.Key_Return)
    settle(first)
    with db.session() as s:
        assert s.get(Customer, anna.id).contact_consent == "no"
        anna = s.get(Customer, anna.id)
    # once answered, the question is not shown again; the hint says what they said
    second = open_dialog(qtbot, LogInteractionDialog(ctx, window, customer=anna))
    qtbot.waitUntil(lambda: "does not want" in second.customer_hint.text())  # read afresh
    assert second.consent_row.isHidden()
    assert "does not want to be contacted" in second.customer_hint.text()
    assert second.consent_answer() is None


def test_a_new_customer_can_be_asked_too(qtbot, db, dialog):
    type_text(qtbot, "Neue Kundin")
    assert not dialog.consent_row.isHidden()
    dialog.summary.setFocus()
    type_text(qtbot, "First visit")
    press(qtbot, Key.Key_Y, ALT)
    qtbot.waitUntil(dialog.consent_yes.isChecked)
    dialog.summary.setFocus()
    press(qtbot, Key.Key_Return)
    settle(dialog)
    with db.session() as s:
        assert s.scalar(select(Customer.contact_consent).where(Customer.name == "Neue Kundin")) == (
            "yes"
        )


def test_leaving_it_at_not_asked_changes_nothing(qtbot, db, dialog, anna):
    dialog.customer.set_customer(anna)
    dialog.summary.setFocus()
    type_text(qtbot, "Browsed")
    press(qtbot, Key.Key_Return)
    settle(dialog)
    with db.session() as s:
        assert s.get(Customer, anna.id).contact_consent == "not_asked"


def test_the_dialog_stays_responsive_while_a_slow_save_runs(
    qtbot, db, dialog, anna, monkeypatch, settled_heap
):
    """The save runs on the writer thread: the event loop keeps turning, a second Enter or
    Esc meanwhile neither saves twice nor loses the save, and the dialog closes after."""
    import time

    from cxlogger.ui.dialogs import log_dialog

    real = log_dialog.log_interaction

    def slow(*args, **kwargs):
        time.sleep(0.6)  # a database that takes its time (a big rule scan, a busy disk)
        return real(*args, **kwargs)

    monkeypatch.setattr(log_dialog, "log_interaction", slow)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    dialog.customer.set_customer(anna)
    dialog.summary.setFocus()
    type_text(qtbot, "Asked for a refund")
    started = time.perf_counter()
    press(qtbot, Key.Key_Return)
    assert time.perf_counter() - started < 0.2  # Enter returned at once
    assert dialog.isVisible() and not dialog.save_button.isEnabled()  # saving…
    press(qtbot, Key.Key_Return)  # impatient: nothing saved twice
    press(qtbot, Key.Key_Escape)  # nor cancelled half-way
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    timer.stop()
    assert dialog.result() == 1 and dialog.saved.summary == "Asked for a refund"
    assert counts(db) == (1, 1, 0)
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 20 and max(gaps) < 0.2  # the timer kept firing all along


def test_a_failed_save_keeps_the_dialog_open_with_the_sentence_and_all_typed(
    qtbot, db, dialog, anna, monkeypatch
):
    from cxlogger.core.errors import UserError
    from cxlogger.ui.dialogs import log_dialog

    real = log_dialog.log_interaction

    def refuse(*_args, **_kwargs):
        raise UserError("The database is busy; nothing was saved. Try again in a moment.")

    told = []
    monkeypatch.setattr(log_dialog, "log_interaction", refuse)
    monkeypatch.setattr(
        log_dialog.QMessageBox, "warning", lambda _parent, title, text: told.append((title, text))
    )
    dialog.customer.set_customer(anna)
    dialog.summary.setText("Wants the blue one")
    dialog.amount.setText("12.50")
    dialog.promise_box.setChecked(True)
    dialog.promise_text.setText("Order the blue one")
    dialog.summary.setFocus()
    press(qtbot, Key.Key_Return)
    settle(dialog)
    assert told == [
        ("Not saved", "The database is busy; nothing was saved. Try again in a moment.")
    ]
    assert dialog.isVisible() and dialog.saved is None and dialog.save_button.isEnabled()
    assert counts(db) == (1, 0, 0)
    # nothing typed was lost: the next Enter saves it all
    assert (dialog.summary.text(), dialog.amount.text()) == ("Wants the blue one", "12.50")
    assert dialog.promise_text.text() == "Order the blue one"
    monkeypatch.setattr(log_dialog, "log_interaction", real)
    press(qtbot, Key.Key_Return)
    settle(dialog)
    assert not dialog.isVisible() and counts(db) == (1, 1, 1)


def test_a_bug_in_the_save_is_a_sentence_without_the_data(qtbot, db, dialog, anna, monkeypatch):
    from cxlogger.ui.dialogs import log_dialog

    def crash(*_args, **_kwargs):
        raise RuntimeError("Anna Berg owes 12.50")

    told = []
    monkeypatch.setattr(log_dialog, "log_interaction", crash)
    monkeypatch.setattr(
        log_dialog.QMessageBox, "warning", lambda _parent, title, text: told.append(text)
    )
    dialog.customer.set_customer(anna)
    dialog.summary.setText("Something")
    dialog.save()
    settle(dialog)
    assert len(told) == 1 and told[0].startswith("Something went wrong (RuntimeError)")
    assert "Anna" not in told[0] and dialog.isVisible()


def test_the_dialog_opens_before_the_database_answers(qtbot, ctx, window, monkeypatch):
    """Opening never waits: the owner list and the currency fill in when they arrive,
    and Save waits for them."""
    import threading

    from cxlogger.ui.dialogs import log_dialog

    release = threading.Event()
    real = log_dialog.staff_svc.list_staff

    def slow_staff(session):
        release.wait(5)
        return real(session)

    monkeypatch.setattr(log_dialog.staff_svc, "list_staff", slow_staff)
    dialog = LogInteractionDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.isVisible() and not dialog.save_button.isEnabled()
    assert dialog.promise_owner.count() == 0
    dialog.save()  # nothing to save with yet: no crash, nothing saved
    release.set()
    qtbot.waitUntil(dialog.ready)
    assert dialog.save_button.isEnabled()
    assert dialog.promise_owner.currentData() == ctx.staff_id
    assert dialog.currency.currentText() == "EUR"


def test_logging_for_a_customer_by_id_fills_the_picker(qtbot, ctx, window, anna):
    dialog = open_dialog(qtbot, LogInteractionDialog(ctx, window, customer_id=anna.id))
    settle(dialog)
    assert dialog.customer.customer_id() == anna.id
    assert dialog.customer.text() == "Anna Berg — Green Leaf Cafe"
    assert dialog.customer_hint.text() == "Existing customer"


def test_each_keystroke_asks_again_and_only_the_newest_suggestions_show(qtbot, db, me, dialog):
    with db.session() as s:
        for name in ("Berta Alt", "Bernd Neu", "Carla Bern"):
            add_customer(s, CustomerData(name), me.id, NOW)
    type_text(qtbot, "Ber")
    type_text(qtbot, "nd")
    settle(dialog)
    assert dialog.customer.completer().model().stringList() == ["Bernd Neu"]
    assert dialog.customer.customer_id() is None  # a part of a name chooses nobody yet
