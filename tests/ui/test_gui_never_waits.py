"""Issue 10: the GUI thread never waits for the database — Today, the tray, the reminder
tick, start-up. Each slow step is made deliberately slow and a QTimer on the GUI thread
must keep firing meanwhile."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

import gc
import threading
import time

import pytest

from cxlogger.core.reminders import followups
from cxlogger.ui.desktop import reminders as reminders_mod
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QApplication, QEvent, Qt, QTimer
from cxlogger.ui.views.today_view import TodayView
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401

SLOW = 1.0
STALL = 0.5


class Beat:
    """A 10 ms QTimer on the GUI thread; ``longest()`` is the longest gap it saw.

    Each slow step below takes SLOW seconds: had the GUI thread waited for it, the timer
    would have stood still at least that long. Gaps are compared with STALL, well under
    it, as a busy shared machine and Python's GIL make a few hundred ms possible anyway."""

    def __init__(self):
        # what earlier tests left for the event loop (widgets to delete) is not ours to time
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()  # nor is a full garbage collection of their objects (it holds the GIL)
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def longest(self) -> float:
        self.timer.stop()
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False))


@pytest.fixture
def parts(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    rem = reminders_mod.install_reminders(
        QApplication.instance(), window, ctx, tray_available=lambda: True
    )
    settle(ctx)
    yield window, rem
    QApplication.instance().setQuitOnLastWindowClosed(True)


def slowed(monkeypatch, module, name, seconds):
    """Make ``module.name`` take ``seconds`` longer; returns the threads it ran on."""
    original = getattr(module, name)
    ran_on = []

    def slow(*args, **kwargs):
        ran_on.append(threading.current_thread())
        time.sleep(seconds)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)
    return ran_on


def test_the_event_loop_keeps_running_while_a_slow_rule_refresh_ticks(
    qtbot, parts, ctx, monkeypatch
):
    window, rem = parts
    anna = add_anna(ctx)
    log(ctx, anna.id)
    ran_on = slowed(monkeypatch, followups, "refresh", SLOW)  # a bulk-filled database
    rem.notifier._last_refresh = None  # this tick runs the rules
    sent = []
    rem.tray.notify = lambda title, message, fid: sent.append(title)
    beat = Beat()
    started = time.perf_counter()
    assert rem.notifier.tick()
    assert time.perf_counter() - started < 0.15  # asking returns at once
    assert not rem.notifier.tick()  # a tick while one is working is skipped, not queued
    settle(ctx)
    assert beat.longest() < STALL  # never a freeze anywhere near the refresh's second
    assert ran_on and threading.main_thread() not in ran_on
    assert sent == ["Thank: Anna Müller"] and rem.tray.count == 1  # and it did its work


def test_today_keeps_showing_its_content_until_the_new_board_arrives(qtbot, ctx, monkeypatch):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(ctx)
    [old_id] = list(view.rows)
    summary = view.summary.text()

    release = threading.Event()
    original = followups.due_board

    def waiting_board(*args, **kwargs):
        release.wait(5)
        return original(*args, **kwargs)

    monkeypatch.setattr(followups, "due_board", waiting_board)
    row = view.rows[old_id]
    beat = Beat()
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)  # saved, then asked again
    qtbot.wait(300)
    # the answer has not come: the card is still there, greyed while it is dealt with
    assert list(view.rows) == [old_id] and view.summary.text() == summary
    assert not row.isEnabled()
    release.set()
    settle(ctx)
    assert beat.longest() < STALL
    assert view.rows == {} and "Nothing due" in view.summary.text()


def test_today_shows_a_quiet_line_until_its_first_answer(qtbot, ctx, monkeypatch):
    release = threading.Event()
    original = followups.due_board
    monkeypatch.setattr(
        followups, "due_board", lambda *a, **k: release.wait(5) and original(*a, **k)
    )
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.wait(100)
    assert view.placeholder.isVisible() and not view.loaded
    assert view.placeholder.text() == "Looking for what is due…"
    release.set()
    settle(ctx)
    assert view.loaded and "Nothing due" in view.summary.text()
    visible = [w.text() for w in view.findChildren(type(view.summary)) if w.isVisible()]
    assert not any("Looking for" in text for text in visible)


def test_an_error_in_the_tick_reaches_the_user_as_a_sentence(
    qtbot, parts, ctx, monkeypatch, caplog
):
    window, rem = parts

    def broken(*_args, **_kwargs):
        raise RuntimeError("secret customer data")

    monkeypatch.setattr(followups, "take_notifications", broken)  # the tick notifies through it
    assert rem.notifier.tick()
    settle(ctx)
    message = window.statusBar().currentMessage()
    assert message.startswith("Reminders could not be checked. Something went wrong (RuntimeError)")
    assert "secret" not in message and "Traceback" not in message
    assert "secret customer data" in caplog.text  # the details are in the log
    assert rem.notifier.tick()  # and the next tick runs again


def test_the_tray_menu_opens_from_the_last_count_without_asking(qtbot, parts, ctx, monkeypatch):
    window, rem = parts
    anna = add_anna(ctx)
    log(ctx, anna.id)
    assert rem.tray.count == 1
    release = threading.Event()
    original = followups.count_due
    monkeypatch.setattr(
        followups, "count_due", lambda *a, **k: release.wait(5) and original(*a, **k) + 1
    )
    started = time.perf_counter()
    rem.tray.menu.aboutToShow.emit()
    assert time.perf_counter() - started < 0.15
    assert rem.tray.menu.actions()[0].text() == "1 follow-up due"  # the last known count
    release.set()
    settle(ctx)
    # the fresh count arrives and the open menu says it
    assert rem.tray.menu.actions()[0].text() == "2 follow-ups due"


def test_snooze_all_from_the_tray_is_a_background_write(qtbot, parts, ctx, monkeypatch):
    window, rem = parts
    anna = add_anna(ctx)
    log(ctx, anna.id)
    ran_on = slowed(monkeypatch, followups, "snooze_all", SLOW)
    rem.tray.menu.aboutToShow.emit()
    beat = Beat()
    rem.tray.action("Snooze all for 1 hour").trigger()
    settle(ctx)
    assert beat.longest() < STALL and threading.main_thread() not in ran_on
    assert rem.tray.count == 0 and rem.today.rows == {}


def test_the_database_is_opened_off_the_gui_thread(qtbot, paths, monkeypatch):
    from cxlogger.core.storage import db as db_mod
    from cxlogger.ui import app

    ran_on = slowed(monkeypatch, db_mod, "open_database", SLOW)  # a migration, say
    beat = Beat()
    database = app.open_or_explain(paths)
    try:
        assert beat.longest() < STALL
        assert ran_on and threading.main_thread() not in ran_on
        assert database is not None and database.paths == paths
    finally:
        database.dispose()


def test_a_refusal_to_open_is_still_a_sentence(qtbot, paths, monkeypatch):
    from cxlogger.core.errors import DatabaseError
    from cxlogger.core.storage import db as db_mod
    from cxlogger.ui import app
    from cxlogger.ui.qt import QMessageBox

    def refuse(*_a, **_k):
        raise DatabaseError("cxlogger could not open its database at x: locked.")

    shown = []
    monkeypatch.setattr(db_mod, "open_database", refuse)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert app.open_or_explain(paths) is None
    assert shown == ["cxlogger could not open its database at x: locked."]


def test_leftover_recovery_and_the_start_up_check_run_off_the_gui_thread(qtbot, paths, monkeypatch):
    """Before the database opens, start-up sweeps what interrupted work left and runs
    the checks (waiting for the early quick check; once a day the full check, seconds
    at a million interactions): each made slow here, the window keeps painting."""
    from cxlogger.core.storage import integrity, leftovers
    from cxlogger.ui.dialogs import backup_dialogs

    recovered_on = slowed(monkeypatch, leftovers, "recover", SLOW)
    checked_on = slowed(monkeypatch, integrity, "check_on_start", SLOW)
    from cxlogger.ui import app

    beat = Beat()
    recovered = app.in_background(lambda: leftovers.recover(paths, exclusive=True))
    assert backup_dialogs.startup_check(paths)  # a first start: nothing to check yet
    assert beat.longest() < STALL
    assert recovered is not None
    assert recovered_on and threading.main_thread() not in recovered_on
    assert checked_on and threading.main_thread() not in checked_on
