"""Issue 10: a customer's timeline shows its first rows as soon as its first page arrives
(not after the panel's details), and amounts are painted without babel's data being
loaded on the GUI thread."""

import threading
from datetime import timedelta

import pytest

from cxlogger.core.records import customers as customers_svc
from cxlogger.core.records import money
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import Qt
from cxlogger.ui.views.customers_view import CustomerPanel, TimelineModel
from cxlogger.ui.views.interaction_log_model import COLUMNS, InteractionLogModel
from tests.conftest import NOW


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


def logged(db, me, amounts=(), count=30):
    """A customer with ``count`` interactions; the newest have the given amounts."""
    with db.session() as s:
        anna = add_customer(s, CustomerData("Anna Voss"), me.id, NOW - timedelta(days=90))
    for n in range(count):
        amount, currency = amounts[n] if n < len(amounts) else ("", None)
        data = InteractionData(
            anna.id,
            NOW - timedelta(hours=n),
            "phone",
            "purchase",
            f"Q {n}",
            amount=amount,
            currency=currency,
            amount_kind="sale" if amount else None,
        )
        with db.session() as s:
            log_interaction(s, data, me.id, NOW)
    return anna


def test_the_timeline_shows_its_first_rows_while_the_details_are_still_on_their_way(
    qtbot, ctx, db, me, monkeypatch
):
    """The first page was asked for only after the customer's details arrived: two
    queries one after the other before any row (66.6 ms at 1M, the page itself 6.5 ms)."""
    anna = logged(db, me, count=60)
    details = threading.Event()
    real = customers_svc.get_customer
    pages = []
    real_page = customers_svc.timeline_page

    def timeline_page(*args):
        pages.append(1)
        return real_page(*args)

    monkeypatch.setattr(customers_svc, "timeline_page", timeline_page)

    def slow_details(session, customer_id):
        details.wait(10)
        return real(session, customer_id)

    monkeypatch.setattr(customers_svc, "get_customer", slow_details)
    panel = CustomerPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(700, 520)
    panel.show()
    qtbot.waitExposed(panel)
    try:
        panel.show_customer(anna.id)
        qtbot.waitUntil(lambda: panel.timeline_model.rowCount() > 0, timeout=5000)
        assert panel.customer is None  # the details are not there yet
        model = panel.timeline_model
        assert model.index(0, 3).data() == "Q 0"
        assert model.index(0, 4).data() == "Alex Owner"  # the page brought who did it
        # only the rows on screen are formatted, not the whole first page
        qtbot.wait(30)
        assert 0 < model.built_rows() < model.rowCount()
    finally:
        details.set()
    assert ctx.ops.wait_idle()
    qtbot.waitUntil(lambda: panel.customer is not None)
    assert "Anna Voss" in panel.title.text()
    assert panel.timeline_model.rowCount() == TimelineModel.FIRST_PAGE
    assert len(pages) == 1  # the details' arrival did not ask for it again


@pytest.fixture
def babel_calls(monkeypatch):
    """Which threads load babel's data (babel.core.get_global), with money's caches empty
    as in a process that has not shown an amount yet."""
    import babel.core

    calls = []
    real = babel.core.get_global

    def get_global(key):
        calls.append(threading.current_thread() is threading.main_thread())
        return real(key)

    monkeypatch.setattr(babel.core, "get_global", get_global)
    money._decimals.cache_clear()
    money._known_currencies.cache_clear()
    yield calls
    money._decimals.cache_clear()
    money._known_currencies.cache_clear()


AMOUNTS = [("12.50", "EUR"), ("1500", "XAF"), ("7.125", "KWD")]  # XAF: not in the table


def test_the_log_paints_amounts_without_loading_babel_on_the_gui_thread(
    qtbot, ctx, db, me, babel_calls
):
    logged(db, me, AMOUNTS, count=3)
    money._decimals.cache_clear()  # logging them looked their decimals up
    money._known_currencies.cache_clear()
    babel_calls.clear()
    model = InteractionLogModel(ctx)
    assert ctx.ops.wait_idle()
    amount = [key for _title, key in COLUMNS].index("amount")
    shown = [model.index(row, amount).data() for row in range(3)]
    assert "12.50" in shown[0] and "EUR" not in shown[0]  # € from the table
    assert "1500" in shown[1].replace(",", "") and "XAF" in shown[1]  # babel, on a worker
    assert "1500.00" not in shown[1].replace(",", "")  # no decimals
    assert "7.125" in shown[2]
    assert True not in babel_calls  # never on the GUI thread
    assert False in babel_calls  # XAF was looked up, on a worker


def test_the_timeline_paints_amounts_without_loading_babel_on_the_gui_thread(
    qtbot, ctx, db, me, babel_calls
):
    anna = logged(db, me, AMOUNTS, count=3)
    money._decimals.cache_clear()
    money._known_currencies.cache_clear()
    babel_calls.clear()
    model = TimelineModel(ctx)
    model.show(anna.id)
    assert ctx.ops.wait_idle()
    details = [model.index(row, 3).data() for row in range(3)]
    assert "1500" in details[1].replace(",", "") and "XAF" in details[1]
    assert "7.125" in details[2]
    assert True not in babel_calls and False in babel_calls
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)


def test_the_customers_view_builds_the_timeline_query_once_its_list_is_shown(
    qtbot, ctx, db, me, monkeypatch
):
    """SQLAlchemy compiles the timeline's query the first time it runs in a process (~40 ms
    of the first timeline's ~50 ms at 1M): it runs once, for nobody, on a worker, after the
    list arrived."""
    from cxlogger.ui.views.customers_view import CustomersView

    logged(db, me, count=1)
    asked = []
    real_page = customers_svc.timeline_page

    def timeline_page(session, customer_id, *args):
        asked.append((customer_id, threading.current_thread() is threading.main_thread()))
        return real_page(session, customer_id, *args)

    monkeypatch.setattr(customers_svc, "timeline_page", timeline_page)
    view = CustomersView(ctx)
    qtbot.addWidget(view)
    assert ctx.ops.wait_idle()
    assert view.model.rowCount() == 1
    assert asked == [(0, False)]
    view.apply_search()  # another list: not again
    assert ctx.ops.wait_idle()
    assert asked == [(0, False)]


def test_opening_a_customer_in_the_list_asks_for_their_timeline_once(
    qtbot, ctx, db, me, monkeypatch
):
    """Opening a customer selects their row in the list; the selection asked for the
    details and the timeline again, dropping the answers on their way."""
    from cxlogger.ui.views.customers_view import CustomersView

    anna = logged(db, me, count=3)
    view = CustomersView(ctx)
    qtbot.addWidget(view)
    assert ctx.ops.wait_idle()
    assert view.model.row_of(anna.id) is not None
    asked = []
    real_page = customers_svc.timeline_page

    def timeline_page(session, customer_id, *args):
        asked.append(customer_id)
        return real_page(session, customer_id, *args)

    monkeypatch.setattr(customers_svc, "timeline_page", timeline_page)
    view.open_customer(anna.id)
    assert ctx.ops.wait_idle()
    assert asked == [anna.id]
    assert view.panel.timeline_model.rowCount() == 3
    assert view.table.currentIndex().row() == view.model.row_of(anna.id)
