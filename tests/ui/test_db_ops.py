"""The database worker: the GUI thread keeps running while queries and writes work."""

import threading
import time

from sqlalchemy import func, select

from cxlogger.core.errors import UserError, ValidationError
from cxlogger.core.models import Customer
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import QObject, QTimer
from tests.conftest import NOW


def make_ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


def test_a_slow_query_does_not_block_the_event_loop(qtbot, db, paths, me, settled_heap):
    ctx = make_ctx(db, paths, me)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    results = []

    def slow(session):
        time.sleep(0.5)  # a query that takes half a second
        return session.scalar(select(func.count()).select_from(Customer))

    started = time.perf_counter()
    ctx.ops.query(None, "count", slow, results.append)
    assert time.perf_counter() - started < 0.05  # asking returns at once
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    timer.stop()
    assert results == [0]
    # the timer kept firing all along: no gap anywhere near the query's half second
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 20 and max(gaps) < 0.2


def test_a_superseded_result_is_dropped(qtbot, db, paths, me):
    ctx = make_ctx(db, paths, me)
    owner = QObject()
    shown = []
    release, running = threading.Event(), threading.Event()

    def first(_session):
        running.set()
        release.wait(5)  # the first question is slow to answer …
        return "a"

    ctx.ops.query(owner, "search", first, shown.append)
    qtbot.waitUntil(running.is_set, timeout=5000)
    ctx.ops.query(owner, "search", lambda _s: "ab", shown.append)  # … the user typed on
    qtbot.waitUntil(lambda: shown == ["ab"], timeout=5000)
    release.set()
    assert ctx.ops.wait_idle()
    assert shown == ["ab"]  # the late answer to "a" never reaches the view


def test_a_query_starts_after_the_turn_that_asked_and_one_superseded_in_it_never_runs(
    qtbot, db, paths, me
):
    """Issue 10: a worker running its query while the GUI thread still builds and paints
    the view that asked held the GIL half that time (opening Customers at 1M stalled
    50-77 ms for ~30 ms of work); a query asked twice in one turn runs once."""
    ctx = make_ctx(db, paths, me)
    owner = QObject()
    ran, shown = [], []

    def asking(text):
        return lambda _session: ran.append(text) or text

    ctx.ops.query(owner, "search", asking("a"), shown.append)
    ctx.ops.query(owner, "search", asking("ab"), shown.append)  # the same turn
    ctx.ops.query(owner, "count", asking("count"), shown.append)
    time.sleep(0.2)  # the turn goes on: nothing has started yet
    assert ran == []
    assert ctx.ops.wait_idle()
    assert sorted(ran) == ["ab", "count"] and sorted(shown) == ["ab", "count"]


def test_a_query_asked_off_the_gui_thread_starts_at_once(qtbot, db, paths, me):
    ctx = make_ctx(db, paths, me)
    assert ctx.ops is not None  # made on the GUI thread, as the window does
    ran = threading.Event()
    asker = threading.Thread(target=lambda: ctx.ops.query(None, "k", lambda _s: ran.set(), print))
    asker.start()
    asker.join()
    assert ran.wait(5)  # no event loop of its own to wait for
    assert ctx.ops.wait_idle()


def test_other_keys_and_owners_are_not_superseded(qtbot, db, paths, me):
    ctx = make_ctx(db, paths, me)
    one, two = QObject(), QObject()
    got = []
    ctx.ops.query(one, "page", lambda _s: 1, got.append)
    ctx.ops.query(two, "page", lambda _s: 2, got.append)
    ctx.ops.query(one, "count", lambda _s: 3, got.append)
    assert ctx.ops.wait_idle()
    assert sorted(got) == [1, 2, 3]


def test_a_write_saves_in_order_and_announces_its_changes(qtbot, db, paths, me):
    ctx = make_ctx(db, paths, me)
    announced, saved = [], []
    ctx.changes.changed.connect(announced.append)
    for name in ("Anna", "Ben", "Cleo"):
        ctx.ops.write(
            None,
            lambda s, n=name: add_customer(s, CustomerData(n), me.id, NOW).name,
            saved.append,
            changes=("customers",),
        )
    assert ctx.ops.wait_idle()
    assert saved == ["Anna", "Ben", "Cleo"]
    assert announced == [{"customers"}] * 3
    with db.session() as s:
        assert s.scalars(select(Customer.name).order_by(Customer.id)).all() == saved


def test_errors_reach_the_user_as_sentences(qtbot, db, paths, me, caplog):
    ctx = make_ctx(db, paths, me)
    told, shown = [], []
    ctx.ops.error.connect(shown.append)

    def refuse(_session):
        raise UserError("That customer was erased.")

    def bug(_session):
        raise KeyError("secret customer data")

    ctx.ops.query(None, "a", refuse, lambda _r: None, told.append)
    ctx.ops.write(None, bug)  # nobody listening: the window's error signal says it
    assert ctx.ops.wait_idle()
    assert told == ["That customer was erased."]
    assert len(shown) == 1 and shown[0].startswith("Something went wrong (KeyError)")
    assert "secret" not in shown[0]  # the sentence carries no data; the log has the details
    assert "secret customer data" in caplog.text


def test_a_result_for_a_closed_view_is_dropped(qtbot, db, paths, me):
    ctx = make_ctx(db, paths, me)
    owner = QObject()
    got = []
    release = threading.Event()
    ctx.ops.query(owner, "rows", lambda _s: release.wait(5) and "rows", got.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=2000)
    release.set()
    assert ctx.ops.wait_idle()
    assert got == []


def test_shutdown_finishes_the_writes_already_asked_for(qtbot, db, paths, me):
    ctx = make_ctx(db, paths, me)

    def slow_add(session):
        time.sleep(0.2)
        return add_customer(session, CustomerData("Last one"), me.id, NOW)

    ctx.ops.write(None, slow_add)
    ctx.ops.shutdown()  # quitting right after Save: the record is still written
    with db.session() as s:
        assert s.scalar(select(Customer.name)) == "Last one"


def test_a_validation_error_reaches_the_fields_as_its_dict(qtbot, db, paths, me):
    """A dialog gets the field → sentence dict to show each next to its field; without
    ``invalid`` the same error is an ordinary sentence."""
    ctx = make_ctx(db, paths, me)
    fields, told = [], []

    def refuse(_session):
        raise ValidationError({"name": "Enter a name.", "email": "That is not an email."})

    ctx.ops.write(None, refuse, failed=told.append, invalid=fields.append)
    ctx.ops.write(None, refuse, failed=told.append)
    ctx.ops.query(None, "check", refuse, lambda _r: None, told.append, invalid=fields.append)
    assert ctx.ops.wait_idle()
    expected = {"name": "Enter a name.", "email": "That is not an email."}
    assert fields == [expected, expected]
    assert told == ["Enter a name. That is not an email."]
