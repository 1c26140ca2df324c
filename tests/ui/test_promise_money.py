"""Mark kept… can record the refund that was paid, so it reaches the money export."""

from datetime import date

import pytest
from sqlalchemy import select

from cxlogger.core.exchange.csv_export import ExportOptions, export_csv
from cxlogger.core.models import Promise
from cxlogger.core.records import promises as promises_svc
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.promises import PromiseData
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs import promise_dialogs
from cxlogger.ui.dialogs.promise_dialogs import Outcome, OutcomeDialog
from cxlogger.ui.qt import QDialog, Qt
from cxlogger.ui.views.promises_view import PromisesView
from tests.conftest import NOW


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


@pytest.fixture
def view(qtbot, ctx, db, me):
    with db.session() as s:
        anna = add_customer(s, CustomerData("Anna Berg"), me.id, NOW)
    with db.session() as s:
        promises_svc.add_promise(
            s, anna.id, PromiseData("Refund the double charge", date(2026, 3, 12)), me.id, NOW
        )
    widget = PromisesView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    assert ctx.ops.wait_idle()  # the rows arrive from the background
    return widget


def test_the_kept_dialog_takes_an_amount_checked_like_the_log_dialog(qtbot):
    dialog = OutcomeDialog("Refund the double charge", "kept", currency="EUR")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.money_row.isVisible() and dialog.amount_kind.currentData() == "refund"
    dialog.note.setPlainText("Refunded to the card")
    qtbot.keyClicks(dialog.amount, "4.999")
    dialog._check()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.money_error.isVisible()
    assert dialog.money_error.text() == "EUR amounts have at most 2 decimal places."
    dialog.amount.setText("49,90")
    assert not dialog.money_error.isVisible()  # cleared as soon as the field changes
    dialog._check()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.money_error.isVisible()
    assert dialog.outcome() == Outcome("Refunded to the card", "49,90", "EUR", "refund")


def test_a_cancelled_promise_has_no_money_row(qtbot):
    dialog = OutcomeDialog("Call back", "cancelled")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.money_row.isVisible()
    dialog.amount.setText("10")  # hidden: never used
    assert dialog.outcome().amount == ""


def test_marking_kept_with_a_refund_puts_it_in_the_money_export(
    qtbot, db, view, monkeypatch, tmp_path
):
    asked = []

    def ask_outcome(parent, promise_text, status, currency):
        asked.append((promise_text, status, currency))
        return Outcome("Refunded to the card", "49.90", currency, "refund")

    monkeypatch.setattr(promise_dialogs, "ask_outcome", ask_outcome)
    view.table.selectRow(0)
    qtbot.mouseClick(view.kept_button, Qt.MouseButton.LeftButton)
    assert view.ctx.ops.wait_idle()

    assert asked == [("Refund the double charge", "kept", "EUR")]
    with db.session() as s:
        promise = s.scalar(select(Promise))
        assert (promise.status, promise.amount_minor, promise.currency, promise.amount_kind) == (
            "kept",
            4990,
            "EUR",
            "refund",
        )
        export_csv(s, ExportOptions("money"), tmp_path / "money.csv")
    lines = (tmp_path / "money.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith(f"PRM-{promise.id:06d},")
    assert ",-49.90,EUR,refund,49.90,promise," in lines[1]


def test_the_status_filter_speaks_the_language(qtbot, qapp, ctx):
    """Its choices were plain English in every language (lupdate did not see them)."""
    from cxlogger.ui import i18n
    from cxlogger.ui.qt import QLocale

    before = QLocale()
    i18n.install(qapp, "fr")
    try:
        widget = PromisesView(ctx)
        qtbot.addWidget(widget)
        choices = [widget.filter.itemText(i) for i in range(widget.filter.count())]
        assert choices == ["Ouvertes", "Tenues", "Non tenues", "Annulées", "Toutes"]
        assert widget.filter.itemData(0) == ("open",)
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
