"""Every editing dialog saves on the writer thread: the window keeps running while a slow
save works, and a failed save keeps the dialog open with all that was typed."""

import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from cxlogger.core.errors import UserError
from cxlogger.core.models import Customer, Feedback, Promise
from cxlogger.core.records import customers as customers_svc
from cxlogger.core.records import feedback as feedback_svc
from cxlogger.core.records import promises as promises_svc
from cxlogger.core.records import settings as settings_svc
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs import saving_dialog
from cxlogger.ui.dialogs.customer_dialog import CustomerDialog
from cxlogger.ui.dialogs.feedback_dialog import FeedbackDialog
from cxlogger.ui.dialogs.promise_dialogs import PromiseDialog
from cxlogger.ui.dialogs.settings_dialog import SettingsDialog
from cxlogger.ui.qt import Qt, QTimer
from tests.conftest import NOW


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


def customer_dialog(ctx, anna):
    dialog = CustomerDialog(ctx)
    dialog.name.setText("Ben Okafor")
    return dialog, (customers_svc, "add_customer"), Customer, 2, lambda d: d.name.text()


def promise_dialog(ctx, anna):
    dialog = PromiseDialog(ctx, anna.id, anna.name)
    dialog.description.setText("Send the corrected invoice")
    return dialog, (promises_svc, "add_promise"), Promise, 1, lambda d: d.description.text()


def feedback_dialog(ctx, anna):
    dialog = FeedbackDialog(ctx, customer=anna)
    dialog.comment.setPlainText("Lovely cake")
    return (
        dialog,
        (feedback_svc, "record_feedback"),
        Feedback,
        1,
        lambda d: d.comment.toPlainText(),
    )


def settings_dialog(ctx, anna):
    dialog = SettingsDialog(ctx, platform="linux", autostart_base=ctx.paths.data_dir / "cfg")
    return dialog, (settings_svc, "update"), None, None, lambda d: d.business_name.text()


DIALOGS = [customer_dialog, promise_dialog, feedback_dialog, settings_dialog]


def press_save(dialog):
    (saving_dialog.accept_buttons(dialog)[0]).click()


@pytest.mark.parametrize("make", DIALOGS, ids=lambda f: f.__name__)
def test_a_slow_save_keeps_the_window_running_and_then_closes(
    qtbot, db, ctx, anna, make, monkeypatch, settled_heap
):
    dialog, (module, name), model, expected, _typed = make(ctx, anna)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ready)
    if isinstance(dialog, SettingsDialog):
        dialog.business_name.setText("Bäckerei Sonne")
    real = getattr(module, name)

    def slow(*args, **kwargs):
        time.sleep(0.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    press_save(dialog)
    assert time.perf_counter() - started < 0.2  # Save returned at once
    assert dialog.saving() and not saving_dialog.accept_buttons(dialog)[0].isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc does not abandon a save half-way
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    timer.stop()
    assert dialog.result() == 1
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 15 and max(gaps) < 0.2  # the timer kept firing all along
    if model is not None:
        assert count(db, model) == expected
    else:
        with db.session() as s:
            assert settings_svc.get(s, "business_name") == "Bäckerei Sonne"


@pytest.mark.parametrize("make", DIALOGS, ids=lambda f: f.__name__)
def test_a_failed_save_keeps_the_dialog_open_with_the_sentence_and_all_typed(
    qtbot, db, ctx, anna, make, monkeypatch
):
    dialog, (module, name), model, _expected, typed = make(ctx, anna)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ready)
    before = typed(dialog)
    stored_before = count(db, model) if model is not None else None

    def refuse(*_args, **_kwargs):
        raise UserError("The database is busy; nothing was saved. Try again in a moment.")

    monkeypatch.setattr(module, name, refuse)
    told = []
    # one QMessageBox class behind every dialog's warning
    monkeypatch.setattr(
        saving_dialog.QMessageBox, "warning", lambda _p, title, text: told.append(text)
    )
    press_save(dialog)
    assert ctx.ops.wait_idle()
    assert told == ["The database is busy; nothing was saved. Try again in a moment."]
    assert dialog.isVisible() and dialog.ready()
    assert saving_dialog.accept_buttons(dialog)[0].isEnabled()
    assert typed(dialog) == before  # nothing typed was lost
    if model is not None:
        assert count(db, model) == stored_before


def test_editing_a_customer_by_id_fills_the_fields_when_they_arrive(qtbot, db, ctx, anna):
    dialog = CustomerDialog(ctx, customer_id=anna.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Edit customer"
    qtbot.waitUntil(dialog.ready)
    assert dialog.name.text() == "Anna Berg"
    dialog.company.setText("Green Leaf Cafe")
    dialog.save()
    assert ctx.ops.wait_idle()
    assert dialog.result() == 1 and count(db, Customer) == 1  # updated, not added
    with db.session() as s:
        assert s.get(Customer, anna.id).company == "Green Leaf Cafe"


def test_the_main_window_opens_the_customer_and_promise_dialogs_without_reading(
    qtbot, ctx, anna, monkeypatch
):
    from cxlogger.ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(CustomerDialog, "exec", lambda d: opened.append(d) or 0)
    monkeypatch.setattr(PromiseDialog, "exec", lambda d: opened.append(d) or 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.edit_customer(anna.id)
    window.add_promise_for(anna.id)
    assert ctx.ops.wait_idle()
    customer, promise = opened
    assert customer.name.text() == "Anna Berg" and customer.ready()
    assert promise.windowTitle() == "New promise to Anna Berg" and promise.ready()
