"""Start-up: the window frame paints first, then the data arrives."""

import os
import subprocess
import sys
import time

from cxlogger.ui.context import AppContext
from cxlogger.ui.main_window import MainWindow
from tests.conftest import NOW


def test_the_frame_shows_opening_and_waits_with_its_actions(qtbot, paths):
    window = MainWindow(paths=paths)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.loading
    assert "Opening" in window.loading.text()
    assert not window.log_action.isEnabled() and not window.add_customer_action.isEnabled()
    assert window.sidebar.count() == 0


def test_attaching_the_database_fills_in_the_views(qtbot, db, paths, me):
    window = MainWindow(paths=paths)
    qtbot.addWidget(window)
    ctx = AppContext(db, paths, me.id, clock=lambda: NOW)
    window.attach(ctx)
    assert window.log_action.isEnabled()
    assert [window.sidebar.item(r).text() for r in range(window.sidebar.count())] == [
        "Interactions",
        "Customers",
        "Promises",
        "Losing touch",
        "Reports",
    ]
    assert window.stack.currentWidget() is window.interactions_view
    assert ctx.ops.wait_idle()  # the staff member's name comes from the background
    assert window.desk_switcher.text().startswith("At the desk: Alex Owner")


def test_the_app_paints_its_window_before_loading_the_data(tmp_path):
    """A real start (demo data, offscreen): frame first, then the views, then it quits."""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", CXLOGGER_BENCH_FIRST_PAINT=repr(time.time())
    )
    out = subprocess.run(
        [sys.executable, "-m", "cxlogger", "--data-dir", str(tmp_path), "demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = [line.split() for line in out.stdout.splitlines() if "-seconds" in line]
    assert [name for name, _ in lines] == ["first-paint-seconds", "data-shown-seconds"]
    assert float(lines[0][1]) < float(lines[1][1])
    assert (tmp_path / "demo" / "cxlogger.sqlite3").exists()


def test_the_later_views_modules_are_imported_a_while_after_start_not_on_first_click(
    qtbot, db, paths, me, monkeypatch
):
    """Issue 10: importing a view's module on the first click was 2-4 ms of that stall;
    they are imported one per turn a few seconds after the first screen, and nothing is
    built until shown."""
    later = list(MainWindow.LAZY_VIEW_MODULES)
    for name in later:  # as in a fresh process (both put back after the test)
        package, _dot, module = name.rpartition(".")
        if name in sys.modules:
            monkeypatch.setattr(sys.modules[package], module, sys.modules[name])
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setattr(MainWindow, "IMPORT_VIEWS_AFTER_MS", 200)
    window = MainWindow(paths=paths)
    qtbot.addWidget(window)
    window.attach(AppContext(db, paths, me.id, clock=lambda: NOW))
    assert not any(name in sys.modules for name in later)
    qtbot.waitUntil(lambda: all(name in sys.modules for name in later), timeout=5000)
    assert not any(window.is_built(k) for k in ("customers", "promises", "losing_touch"))
    assert window.ctx.ops.wait_idle()


def test_views_not_shown_first_are_built_when_first_shown(qtbot, db, paths, me):
    window = MainWindow(paths=paths)
    qtbot.addWidget(window)
    ctx = AppContext(db, paths, me.id, clock=lambda: NOW)
    window.attach(ctx)
    later = ("customers", "promises", "losing_touch", "reports")
    assert window.is_built("interactions")
    assert not any(window.is_built(key) for key in later)  # only their sidebar entries
    seen = []
    window.when_built("customers", seen.append)
    window.show_view("customers")  # the sidebar's choice builds it, then shows it
    assert window.is_built("customers") and seen == [window.customers_view]
    assert window.stack.currentWidget() is window.customers_view
    assert window.current_view_key() == "customers"
    # asked for in code, a view is built too, in its place in the sidebar's order
    promises = window.promises_view
    assert window.stack.indexOf(promises) == 2 and window.is_built("promises")
    assert not window.is_built("losing_touch") and not window.is_built("reports")
    window.when_built("customers", seen.append)  # built already: at once
    assert seen == [window.customers_view] * 2
    assert ctx.ops.wait_idle()
    assert [window.sidebar.item(r).text() for r in range(window.sidebar.count())] == [
        "Interactions",
        "Customers",
        "Promises",
        "Losing touch",
        "Reports",
    ]


def test_start_up_asks_for_the_first_screen_first_and_defers_the_rest(
    qapp, qtbot, db, paths, now, monkeypatch
):
    """Today's board and the log's first page are the first questions to the database;
    the live watcher, backups, idle checks, notifier and team digest start only once those
    rows are on screen, and the views not shown are not built."""
    from cxlogger.core.storage.instance_lock import InstanceLock
    from cxlogger.ui import app as app_module
    from cxlogger.ui.db_ops import DbOps
    from cxlogger.ui.dialogs.staff_dialogs import remember_staff
    from cxlogger.ui.qt import QObject, Signal
    from tests.core.safety_helpers import add_customers

    class FakeInstance(QObject):
        activated = Signal()

    add_customers(db, now, 2, "Early")
    with db.session() as s:
        from cxlogger.core.records import staff

        remember_staff(paths, staff.find_by_name(s, "Alex Owner").id)
    db.dispose()
    asked = []
    original = DbOps.query

    def query(self, owner, key, fn, done, failed=None, invalid=None):
        asked.append((type(owner).__name__, key))
        return original(self, owner, key, fn, done, failed, invalid)

    monkeypatch.setattr(DbOps, "query", query)
    lock = InstanceLock(paths.data_dir).acquire()
    window = MainWindow(paths=paths)
    qtbot.addWidget(window)
    startup = app_module.Startup(qapp, window, paths, False, True, None, FakeInstance())
    try:
        assert startup._steps() is None
        # before them, only the log's staff list, the desk switcher and the Undo menu's
        # lookup (small questions); after them, everything else
        first = asked[: asked.index(("TodayView", "board")) + 1]
        assert ("InteractionLogModel", "page") in first
        assert len(first) <= 5, first
        assert not any(window.is_built(k) for k in ("customers", "promises", "losing_touch"))
        # nothing else has started yet
        assert startup.safety is None and startup.ctx.live is None
        assert not startup.reminders.notifier.timer.isActive()
        qtbot.waitUntil(
            lambda: (
                startup.reminders.today.loaded and window.interactions_view.model.rowCount() == 4
            ),
            timeout=10_000,
        )
        # then the rest, one step at a time
        qtbot.waitUntil(
            lambda: any(type(p).__name__ == "HealthWatch" for p in startup.parts),
            timeout=10_000,
        )
        kinds = [type(p).__name__ for p in startup.parts]
        assert kinds == [
            "Reminders",
            "LiveSync",
            "TeamWatch",
            "SafetyController",
            "HealthWatch",
        ]
        assert startup.ctx.live is not None and startup.reminders.notifier.timer.isActive()
        assert not window.is_built("customers")  # still: nobody has opened it
    finally:
        if startup.reminders is not None:
            startup.reminders.notifier.stop()
        if startup.ctx is not None:
            if startup.ctx.live is not None:
                startup.ctx.live.stop()
            if startup.safety is not None:
                startup.safety.executor.shutdown(wait=True)
            startup.ctx.ops.wait_idle()  # what the later steps asked is answered first
            startup.ctx.ops.shutdown()
            startup.ctx.db.dispose()
        lock.release()


def test_a_customer_asked_for_while_the_database_opens_is_shown_once_it_is(qtbot, db, paths, me):
    """Seen: opening a customer (a notification, a second start) before start-up had built
    the views raised KeyError: 'customers'."""
    from cxlogger.core.records.customers import CustomerData, add_customer

    with db.session() as session:
        customer_id = add_customer(session, CustomerData("Early Bird"), me.id, NOW).id
    window = MainWindow(paths=paths)
    qtbot.addWidget(window)
    window.show_customer(customer_id)  # no error while "Opening…" shows
    assert window.stack.currentWidget() is window.loading
    window.attach(AppContext(db, paths, me.id, clock=lambda: NOW))
    assert window.stack.currentWidget() is window.customers_view
    qtbot.waitUntil(lambda: "Early Bird" in window.customers_view.panel.title.text(), timeout=5000)


def test_the_offline_banner_goes_above_the_views_without_moving_them(qtbot, db, paths, me):
    """Issue 10: the banner (ui/live.py), added after the first screen, went in by taking
    the views out of the window and putting them into a new container: every widget of
    every built view got parent-change and polish events (a 50-120 ms stall at 100k)."""
    from cxlogger.ui import live
    from cxlogger.ui.qt import QEvent, QObject

    ctx = AppContext(db, paths, me.id, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    views = window.stack.parentWidget()
    moved = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.ParentChange:
                moved.append(obj)
            return False

    watch = Watch()
    for widget in (views, window.stack, window.interactions_view):
        widget.installEventFilter(watch)
    sync = live.install(window, ctx)
    try:
        assert moved == []
        assert window.stack.parentWidget() is views
        assert window.centralWidget().layout().indexOf(window.offline_banner) == 0
        assert not window.offline_banner.isVisible()  # a local database: nothing to say
        assert window.interactions_view.isVisible()
    finally:
        sync.stop()
    assert ctx.ops.wait_idle()
