"""The timeline says who logged each entry and all of it; a cell cut short by its column
shows its full text on hover, in every table."""

from datetime import date, timedelta

import pytest

from cxlogger.core.records import feedback as feedback_svc
from cxlogger.core.records import promises as promises_svc
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import QApplication, QEvent, QHelpEvent, Qt, QToolTip
from cxlogger.ui.views.customers_view import CustomerListModel, CustomerPanel
from cxlogger.ui.views.interaction_log_model import InteractionLogModel
from cxlogger.ui.views.promises_view import PromisesModel
from cxlogger.ui.views.table_model import row_table
from tests.conftest import NOW

Role = Qt.ItemDataRole
LONG = "Wants the blue road bike in size 56, with mudguards, a bell and the dynamo lights"


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


@pytest.fixture
def sam(db):
    with db.session() as s:
        return staff_svc.add_staff(s, "Sam Front Desk", NOW)


@pytest.fixture
def anna(db, me):
    with db.session() as s:
        return add_customer(
            s,
            CustomerData("Anna Berg", company="Green Leaf Cafe and Bakery Cooperative"),
            me.id,
            NOW - timedelta(days=30),
        )


@pytest.fixture
def history(db, me, sam, anna):
    """Sam logs a purchase with details; Alex (me) makes a promise and records feedback."""
    data = InteractionData(
        customer_id=anna.id,
        occurred_at=NOW - timedelta(days=2),
        channel="in_person",
        kind="purchase",
        summary=LONG,
        details="Paid by card.\nPicks it up on Saturday.",
        amount="1499.00",
        currency="EUR",
        amount_kind="sale",
    )
    with db.session() as s:
        interaction = log_interaction(s, data, sam.id, NOW - timedelta(days=2))
    with db.session() as s:
        promise = promises_svc.add_promise(
            s,
            anna.id,
            PromiseData("Order the mudguards", date(2026, 3, 13), owner_id=sam.id),
            me.id,
            NOW - timedelta(days=1),
        )
    with db.session() as s:
        feedback_svc.record_feedback(
            s,
            feedback_svc.FeedbackData(anna.id, 5, comment="Lovely service"),
            me.id,
            NOW,
        )
    return interaction, promise


def tips(panel) -> dict[str, str]:
    tree = panel.timeline
    found = {}
    model = tree.model()
    for row in range(model.rowCount()):
        tips = {model.index(row, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(4)}
        assert len(tips) == 1  # the whole row
        found[model.index(row, 1).data()] = tips.pop()
    return found


def test_the_timeline_says_who_logged_each_entry_and_all_of_it(qtbot, ctx, history, anna):
    panel = CustomerPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(anna.id)
    assert panel.ctx.ops.wait_idle()  # the data arrive from the background
    found = tips(panel)
    purchase = found["Purchase · In person"]
    assert "<b>Logged by:</b> Sam Front Desk" in purchase
    assert LONG in purchase  # the summary the column cuts short
    assert "Paid by card.<br>Picks it up on Saturday." in purchase  # details, never shown
    assert "1,499.00" in purchase or "1.499,00" in purchase or "1499.00" in purchase
    promise = found["Promise"]
    assert "<b>Promised by:</b> Alex Owner" in promise
    assert "<b>Owner:</b> Sam Front Desk" in promise
    assert "Order the mudguards" in promise
    feedback = found["Feedback"]
    assert "<b>Recorded by:</b> Alex Owner" in feedback and "Lovely service" in feedback


def test_the_timeline_tooltip_escapes_what_staff_typed(qtbot, db, ctx, me, anna):
    data = InteractionData(anna.id, NOW, "email", "inquiry", "Asked about <b>bold</b> & co")
    with db.session() as s:
        log_interaction(s, data, me.id, NOW)
    panel = CustomerPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(anna.id)
    assert panel.ctx.ops.wait_idle()  # the data arrive from the background
    (tip,) = tips(panel).values()
    assert "Asked about &lt;b&gt;bold&lt;/b&gt; &amp; co" in tip


def cell_texts(model, role):
    return [
        model.index(r, c).data(role)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def test_every_table_models_tooltip_is_the_cells_full_text(ctx, history):
    customers = CustomerListModel(ctx)
    log = InteractionLogModel(ctx)
    promises = PromisesModel(ctx)
    promises.reload()
    assert ctx.ops.wait_idle()
    for model in (customers, log, promises):
        assert model.rowCount() >= 1
        shown = cell_texts(model, Role.DisplayRole)
        assert cell_texts(model, Role.ToolTipRole) == [text or None for text in shown]
    assert LONG in cell_texts(log, Role.ToolTipRole)


def hover(qtbot, table, row, column) -> str:
    """The tooltip a user sees resting the mouse on a cell ('' if none)."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    rect = table.visualRect(table.model().index(row, column)).intersected(table.viewport().rect())
    at = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, at, table.viewport().mapToGlobal(at))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_cell_cut_short_shows_its_text_on_hover_and_a_whole_one_does_not(qtbot, ctx, history):
    model = InteractionLogModel(ctx)
    assert ctx.ops.wait_idle()
    table = row_table(model)
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    qtbot.waitExposed(table)
    summary = model.HEADERS.index("Summary")
    table.setColumnWidth(summary, 80)
    assert hover(qtbot, table, 0, summary) == LONG
    table.setColumnWidth(summary, 1200)
    table.scrollTo(model.index(0, summary))
    assert hover(qtbot, table, 0, summary) == ""
    QToolTip.hideText()
