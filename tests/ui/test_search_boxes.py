"""The search boxes stop at SEARCH_MAX_CHARS: a pasted 60 KB text searches, it does not fail."""

import pytest

from cxlogger.core.records.customers import SEARCH_MAX_CHARS, CustomerData
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import QApplication
from cxlogger.ui.views.customers_view import CustomersView
from cxlogger.ui.views.interactions_view import InteractionsView
from tests.conftest import NOW

PASTED = "1111 " + "1" * 60_000  # SQLite refuses LIKE patterns over 50 KB


@pytest.fixture
def ctx(db, paths, me):
    with db.session() as s:
        data = InteractionData(
            None,
            NOW,
            "phone",
            "inquiry",
            "Order 1111",
            new_customer=CustomerData("Anna 1111", phone="0171 1111111"),
        )
        log_interaction(s, data, me.id, NOW)
    return AppContext(db, paths, me.id, clock=lambda: NOW)


@pytest.mark.parametrize("view_class", [CustomersView, InteractionsView])
def test_pasting_a_huge_text_into_a_search_box(qtbot, ctx, view_class):
    view = view_class(ctx)
    qtbot.addWidget(view)
    assert view.search.maxLength() == SEARCH_MAX_CHARS == 200
    view.search.setFocus()
    QApplication.clipboard().setText(PASTED)
    view.search.paste()
    assert view.search.text() == PASTED[:SEARCH_MAX_CHARS]
    # the search runs (after the typing pause) without raising, and shows its rows
    if view_class is CustomersView:
        view.apply_search()
    else:
        view.apply_filter()
    assert ctx.ops.wait_idle()
    assert view.model.rowCount() == 0  # nothing holds 195 ones in a row
    view.search.setText("1111")
    view.apply_search() if view_class is CustomersView else view.apply_filter()
    assert ctx.ops.wait_idle()
    assert view.model.rowCount() == 1
