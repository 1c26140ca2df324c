"""Consent in three states in the customer dialog and on the customer panel."""

from datetime import timedelta

import pytest

from cxlogger.core.models import Customer
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs.customer_dialog import CustomerDialog
from cxlogger.ui.main_window import MainWindow
from tests.conftest import NOW


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


def add(db, me, state):
    with db.session() as s:
        return add_customer(s, CustomerData("Anna Berg", consent=state), me.id, NOW - timedelta(1))


def test_a_new_customer_starts_at_not_asked(qtbot, ctx, db):
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.consent.currentData() == "not_asked"
    assert [dialog.consent.itemData(i) for i in range(dialog.consent.count())] == [
        "not_asked",
        "yes",
        "no",
    ]
    dialog.name.setText("Ben Okafor")
    dialog.save()
    assert ctx.ops.wait_idle()
    with db.session() as s:
        assert s.get(Customer, dialog.saved.id).contact_consent == "not_asked"


def test_editing_shows_and_changes_the_stored_state(qtbot, ctx, db, me):
    anna = add(db, me, "no")
    dialog = CustomerDialog(ctx, anna)
    qtbot.addWidget(dialog)
    assert dialog.consent.currentData() == "no"
    dialog.consent.setCurrentIndex(dialog.consent.findData("yes"))
    dialog.save()
    assert ctx.ops.wait_idle()
    with db.session() as s:
        assert s.get(Customer, anna.id).contact_consent == "yes"


@pytest.mark.parametrize(
    "state, says",
    [
        ("no", "does not want to be contacted — no thank-yous, feedback requests"),
        ("not_asked", "not asked yet — thank-yous only"),
        ("yes", "agrees to be contacted"),
    ],
)
def test_the_customer_panel_says_why_messages_are_or_are_not_suggested(
    qtbot, ctx, db, me, state, says
):
    anna = add(db, me, state)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_customer(anna.id)
    assert window.ctx.ops.wait_idle()  # the data arrive from the background
    assert says in window.customers_view.panel.details.text()
