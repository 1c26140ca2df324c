"""Quitting: no backup when nothing changed; otherwise one taken off the GUI thread."""

import threading
import time

import pytest

from cxlogger.core.storage import backup
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs.backup_dialogs import SafetyController
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QApplication, QProgressDialog, QTimer
from tests.conftest import NOW
from tests.core.safety_helpers import add_customers


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def safety(window, ctx):
    controller = SafetyController(window, ctx)
    yield controller
    controller.executor.shutdown(wait=True)


def reasons(paths):
    return sorted(b.reason for b in backup.list_backups(paths))


def test_quit_with_no_changes_takes_no_backup(safety, paths, ctx, window):
    add_customers(ctx.db, NOW, 2)
    assert safety.start_backup().result(timeout=30).reason == "start"
    safety.on_quit()
    assert reasons(paths) == ["start"]
    assert not window.isVisible()


def test_quit_after_a_change_backs_up_while_the_event_loop_keeps_running(
    safety, paths, ctx, window, monkeypatch, settled_heap
):
    add_customers(ctx.db, NOW, 2)
    backup.take_backup(paths, "manual", NOW)
    add_customers(ctx.db, NOW, 1, prefix="Changed")
    real = backup.take_backup
    threads = []

    def slow_backup(*args, **kwargs):  # a big database: the copy takes a while
        threads.append(threading.current_thread())
        time.sleep(0.6)
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "take_backup", slow_backup)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    shown = []

    def look():  # the small window that says what is happening
        shown.extend(
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )

    QTimer.singleShot(500, look)
    started = time.perf_counter()
    safety.on_quit()  # what QApplication.aboutToQuit runs
    took = time.perf_counter() - started
    timer.stop()
    assert reasons(paths) == ["manual", "quit"]
    assert threads and threads[0] is not threading.main_thread()
    assert took >= 0.6 and len(ticks) >= 20  # the GUI thread kept serving its timers
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.3
    assert not window.isVisible()  # the window went at once
    assert shown == ["Backing up your data before quitting…"]


def test_logging_out_starts_the_backup_and_the_quit_waits_for_that_one(safety, paths, ctx):
    add_customers(ctx.db, NOW, 1)
    future = safety.start_quit_backup()  # what the session's commitDataRequest runs
    assert safety.start_quit_backup() is future
    safety.on_quit()
    assert future.done() and reasons(paths) == ["quit"]


def test_the_quit_window_shows_how_far_the_backup_is_and_the_quit_ends(
    safety, paths, ctx, window, monkeypatch
):
    add_customers(ctx.db, NOW, 2)
    backup.take_backup(paths, "manual", NOW)
    add_customers(ctx.db, NOW, 1, prefix="Changed")
    real = backup.take_backup

    def slow_copy(*args, progress=None, **kwargs):  # a big file: the copy goes in steps
        for fraction in (0.2, 0.4, 0.6):
            progress(fraction)
            time.sleep(0.3)
        return real(*args, progress=progress, **kwargs)

    monkeypatch.setattr(backup, "take_backup", slow_copy)
    bars = []

    def look():
        bars.extend(
            (w.value(), w.maximum())
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(look)
    timer.start()
    safety.on_quit()
    timer.stop()
    assert reasons(paths) == ["manual", "quit"]
    values = [value for value, _maximum in bars]
    assert bars and {maximum for _value, maximum in bars} == {1000}  # a bar, not a busy one
    assert values == sorted(values) and values[0] < values[-1]
    assert 400 <= values[-1] < 1000  # it went up with the copy; full only when done
    assert safety.quitting.done() and safety.executor._shutdown  # nothing left to wait for


def test_quitting_while_the_start_up_backup_copies_stops_it_and_backs_up_at_once(
    safety, paths, ctx, monkeypatch
):
    add_customers(ctx.db, NOW, 2)
    real = backup.copy_pages
    copying = threading.Event()
    calls = []

    def copy_pages(source, target, progress=None):
        calls.append(target)
        if len(calls) == 1:  # the start-up backup of a big file: a minute of steps
            copying.set()
            for step in range(3000):
                progress(step / 3000)
                time.sleep(0.02)
        return real(source, target, progress)

    monkeypatch.setattr(backup, "copy_pages", copy_pages)
    started = safety.start_backup()
    assert copying.wait(10)
    began = time.perf_counter()
    safety.on_quit()
    took = time.perf_counter() - began
    assert isinstance(started.exception(), backup.BackupCancelled)
    assert reasons(paths) == ["quit"]  # the start-up one kept nothing; the quit's is whole
    assert took < 10  # not the minute the start-up copy would have taken
    assert not any(p.name.startswith(".") for p in paths.backup_dir.iterdir())
    assert not backup.quit_backup_owed(paths)


def keep_asking(ctx, window):
    """Someone scrolling the log: the window asks for data again and again."""
    timer = QTimer(window)
    timer.setInterval(100)
    timer.timeout.connect(lambda: ctx.ops.query(window, "page", lambda s: 1, lambda _: None))
    timer.start()
    return timer


def test_the_start_up_backup_waits_while_the_user_works(
    safety, ctx, paths, window, qtbot, steady_pause
):
    """Copying a big file beside someone scrolling made the scrolling stall: the start-up
    backup's copy waits for a pause, then finishes."""
    add_customers(ctx.db, NOW, 2)
    scrolling = keep_asking(ctx, window)
    qtbot.wait(150)
    started = safety.start_backup()
    qtbot.wait(2500)
    assert not started.done() and reasons(paths) == []
    scrolling.stop()
    qtbot.waitUntil(started.done, timeout=20_000)
    assert started.result().reason == "start" and reasons(paths) == ["start"]


def test_the_start_up_backup_waits_for_a_pause_only_so_long(
    safety, ctx, paths, window, qtbot, monkeypatch, steady_pause
):
    monkeypatch.setattr(SafetyController, "GIVE_WAY_S", 0.5)
    add_customers(ctx.db, NOW, 2)
    scrolling = keep_asking(ctx, window)
    qtbot.wait(150)
    started = safety.start_backup()
    qtbot.waitUntil(started.done, timeout=20_000)  # while the user still scrolls
    assert scrolling.isActive()
    assert started.result().reason == "start" and reasons(paths) == ["start"]
    scrolling.stop()
