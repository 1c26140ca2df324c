"""Issue 10: a search box searches on each key while answers come quickly, and pauses only
while they are slow (a fixed 150-200 ms pause was added to every answer)."""

import pytest

from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.ui.context import AppContext
from cxlogger.ui.search_pace import LONGEST_MS, SearchPace
from cxlogger.ui.views.customers_view import CustomersView
from cxlogger.ui.views.interactions_view import InteractionsView
from tests.conftest import NOW


class Clock:
    def __init__(self):
        self.at = 100.0

    def __call__(self) -> float:
        return self.at

    def advance(self, ms: float) -> None:
        self.at += ms / 1000


@pytest.fixture
def paced(qapp):
    clock = Clock()
    asked = []
    pace = SearchPace(lambda: asked.append(clock()), clock=clock)
    yield pace, clock, asked
    pace.timer.stop()


def test_quick_answers_search_on_every_key_at_once(paced):
    pace, clock, asked = paced
    for _key in range(4):  # a key every 200 ms, each answered in 40 ms
        pace.typed()
        assert not pace.timer.isActive()
        clock.advance(40)
        pace.answered()
        clock.advance(160)
    assert len(asked) == 4


def test_a_key_while_the_last_search_is_still_quick_supersedes_it_at_once(paced):
    pace, clock, asked = paced
    pace.typed()
    clock.advance(30)  # not answered yet, but only 30 ms in
    pace.typed()
    assert len(asked) == 2 and not pace.timer.isActive()


def test_slow_answers_make_the_next_key_wait_about_as_long_as_an_answer_takes(paced):
    pace, clock, asked = paced
    pace.typed()
    clock.advance(180)
    pace.answered()  # that took 180 ms
    pace.typed()
    assert len(asked) == 1  # not yet: it waits
    assert pace.timer.isActive() and pace.timer.interval() == 180
    pace.typed()  # another key restarts the pause: one search for both
    assert pace.timer.isActive() and len(asked) == 1
    pace.timer.timeout.emit()
    assert len(asked) == 2 and not pace.timer.isActive()


def test_the_pause_never_grows_past_its_longest(paced):
    pace, clock, asked = paced
    pace.typed()
    clock.advance(2_000)
    pace.answered()
    pace.typed()
    assert pace.timer.interval() == LONGEST_MS


def test_an_answer_still_missing_counts_as_slow(paced):
    pace, clock, asked = paced
    pace.typed()
    clock.advance(150)  # no answer yet after 150 ms
    pace.typed()
    assert len(asked) == 1 and pace.timer.interval() == 150


def test_the_pause_shrinks_back_when_answers_are_quick_again(paced):
    pace, clock, asked = paced
    pace.typed()
    clock.advance(300)
    pace.answered()
    pace.now()  # Enter, or a filter changed: at once whatever the pace
    assert len(asked) == 2
    clock.advance(20)
    pace.answered()
    pace.typed()
    assert len(asked) == 3 and not pace.timer.isActive()


@pytest.fixture
def ctx(db, paths, me):
    for name, summary in (("Anna Berg", "Delivery late"), ("Ben Smith", "Routine call")):
        with db.session() as s:
            customer = add_customer(s, CustomerData(name), me.id, NOW)
        data = InteractionData(customer.id, NOW, "phone", "inquiry", summary)
        with db.session() as s:
            log_interaction(s, data, me.id, NOW)
    return AppContext(db, paths, me.id, clock=lambda: NOW)


def test_typing_in_the_log_searches_with_the_key_just_typed(qtbot, ctx):
    view = InteractionsView(ctx)
    qtbot.addWidget(view)
    assert ctx.ops.wait_idle()
    assert view.model.rowCount() == 2
    view.search.setFocus()
    qtbot.keyClicks(view.search, "deliv")
    assert view.model.filter.text == "deliv"  # asked with the last key, no pause first
    assert ctx.ops.wait_idle()
    assert view.model.rowCount() == 1
    assert view.model.row_at(0).summary == "Delivery late"


def test_typing_a_customer_search_searches_with_the_key_just_typed(qtbot, ctx):
    view = CustomersView(ctx)
    qtbot.addWidget(view)
    assert ctx.ops.wait_idle()
    view.search.setFocus()
    qtbot.keyClicks(view.search, "ben")
    assert view.model.text == "ben"
    assert ctx.ops.wait_idle()
    assert [view.model.customer_at(r).name for r in range(view.model.rowCount())] == ["Ben Smith"]


def test_an_older_search_answering_last_is_dropped(qtbot, ctx, monkeypatch):
    """Each key searches at once now, so answers can overtake each other: the rows are
    always those of the text in the box."""
    import threading

    from cxlogger.core.records import interaction_log

    view = InteractionsView(ctx)
    qtbot.addWidget(view)
    assert ctx.ops.wait_idle()
    release = threading.Event()
    real = interaction_log.fetch_page

    def fetch_page(session, flt, *args):
        if flt.text == "rou":  # the older search is slow
            release.wait(5)
        return real(session, flt, *args)

    monkeypatch.setattr(interaction_log, "fetch_page", fetch_page)
    view.search.setFocus()
    qtbot.keyClicks(view.search, "rou")
    qtbot.keyClicks(view.search, "x")  # "roux": nothing has it
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    release.set()
    assert ctx.ops.wait_idle()
    qtbot.wait(20)
    assert view.model.rowCount() == 0 and view.model.filter.text == "roux"


def test_a_new_search_shows_its_first_rows_and_scrolling_fetches_its_next_page(
    qtbot, db, me, ctx, monkeypatch
):
    """At the end of one search's rows, another search's rows were shown at their end too,
    and the view asked for no next page (nothing moved the scroll bar any more)."""
    from datetime import timedelta

    with db.session() as s:
        cara = add_customer(s, CustomerData("Cara Lund"), me.id, NOW)
    for n in range(90):
        data = InteractionData(
            cara.id, NOW - timedelta(minutes=n + 1), "phone", "inquiry", f"Routine {n}"
        )
        with db.session() as s:
            log_interaction(s, data, me.id, NOW)
    view = InteractionsView(ctx)
    qtbot.addWidget(view)
    view.model.page_size = 30
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.apply_filter()
    assert ctx.ops.wait_idle()
    bar = view.table.verticalScrollBar()
    view.table.scrollToBottom()  # the end of the first page: the next one comes
    qtbot.waitUntil(lambda: view.model.rowCount() == 60)
    assert ctx.ops.wait_idle()
    view.table.scrollToBottom()
    qtbot.wait(20)
    assert bar.value() > 0
    view.search.setFocus()
    qtbot.keyClicks(view.search, "rout")
    qtbot.waitUntil(lambda: view.model.filter.text == "rout" and view.model.rowCount() == 30)
    assert bar.value() == 0  # its first rows
    assert view.table.indexAt(view.table.viewport().rect().topLeft()).row() == 0
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 60)
