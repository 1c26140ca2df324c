"""Start-up at scale (issue 10): the first screen reads the file while the start-up check
still runs; every write waits for the check, and a failed check leads to the damaged-file
flow with nothing written."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from cxlogger.core.records import staff
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.storage import backup, integrity
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.instance_lock import InstanceLock
from cxlogger.ui import app as app_module
from cxlogger.ui.dialogs.log_dialog import LogInteractionDialog
from cxlogger.ui.dialogs.saving_dialog import accept_buttons
from cxlogger.ui.dialogs.staff_dialogs import remember_staff
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QMessageBox, QObject, Signal
from tests.conftest import NOW
from tests.core.safety_helpers import add_customers, counts, digest
from tests.core.test_damage_guard import damage_a_record


class FakeInstance(QObject):
    activated = Signal()


@pytest.fixture
def slow_check(monkeypatch):
    """The start-up check waits until ``slow_check.passes.set()`` (a million interactions'
    second or more, made as long as the test needs), then runs for real."""
    passes = threading.Event()
    real = integrity.check_on_start
    ran_on = []

    def check_on_start(*args, **kwargs):
        ran_on.append(threading.current_thread())
        assert passes.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(integrity, "check_on_start", check_on_start)
    slow_check.passes, slow_check.ran_on = passes, ran_on
    yield slow_check
    passes.set()  # a failed test's check ends too


@pytest.fixture
def answer(monkeypatch):
    """Patch QMessageBox.exec: record each box and click the button named ``choice``."""
    shown = []

    def exec_(box):
        shown.append(box.text())
        wanted = [b for b in box.buttons() if b.text() == answer.choice]
        (wanted or box.buttons())[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    answer.choice, answer.shown = "Quit", shown
    return answer


def prepared(db, paths):
    add_customers(db, NOW, 2)  # 2 customers, 4 interactions
    with db.session() as s:
        remember_staff(paths, staff.find_by_name(s, "Alex Owner").id)
    db.dispose()


@pytest.fixture
def start(qapp, qtbot, paths, slow_check, answer, monkeypatch):
    """A Startup as run_gui makes it (with the early check the app starts in __main__),
    its steps run; everything it started is stopped after the test."""
    made = []
    exits = []  # the app's exit(code) recorded: the real one would end every event loop
    monkeypatch.setattr(qapp, "exit", exits.append)
    qapp.exits = exits
    lock = InstanceLock(paths.data_dir).acquire()

    def start_app():
        window = MainWindow(paths=paths)
        qtbot.addWidget(window)
        early = integrity.EarlyQuickCheck(paths)
        startup = app_module.Startup(qapp, window, paths, False, True, early, FakeInstance())
        made.append(startup)
        return startup, startup._steps()

    yield start_app
    slow_check.passes.set()  # a failed test's check ends too
    for startup in made:
        if startup.check is not None:
            startup.check.wait()
        if startup.reminders is not None:
            startup.reminders.notifier.stop()
        if startup.safety is not None:
            startup.safety.executor.shutdown(wait=True)
        if startup.ctx is not None:
            if startup.ctx.live is not None:
                startup.ctx.live.stop()
            startup.ctx.ops.wait_idle()
            startup.ctx.ops.shutdown()
            startup.ctx.db.dispose()
    lock.release()


def all_steps_ran(startup) -> bool:
    """The later steps' last part (the idle health watch) is there."""
    return any(type(p).__name__ == "HealthWatch" for p in startup.parts)


def first_screen_shown(startup) -> bool:
    return (
        startup.reminders is not None
        and startup.reminders.today.loaded
        and startup.window.interactions_view.model.rowCount() == 4
    )


def test_the_logs_rows_are_shown_before_a_slow_check_ends(qtbot, db, paths, start, slow_check):
    prepared(db, paths)
    startup, code = start()
    assert code is None
    qtbot.waitUntil(lambda: first_screen_shown(startup), timeout=10_000)
    # shown from the file while the check still runs, in its own thread; nothing that
    # writes has started (backups, the notifier, the live watcher, the idle checks)
    assert not slow_check.passes.is_set() and not startup.checked
    assert slow_check.ran_on and threading.main_thread() not in slow_check.ran_on
    assert getattr(startup.ctx.db, "read_only", False)
    qtbot.wait(100)  # the first rows' moment passed: the later steps still wait
    assert startup.safety is None and startup.ctx.live is None
    assert not startup.reminders.notifier.timer.isActive()
    slow_check.passes.set()
    qtbot.waitUntil(lambda: startup.checked, timeout=10_000)
    assert not getattr(startup.ctx.db, "read_only", False)  # opened for writing now
    qtbot.waitUntil(lambda: all_steps_ran(startup), timeout=10_000)
    assert startup.safety is not None and startup.reminders.notifier.timer.isActive()


def test_a_save_during_the_check_waits_for_it_then_is_stored(qtbot, db, paths, start, slow_check):
    prepared(db, paths)
    with db.session() as s:
        me = staff.find_by_name(s, "Alex Owner")
        s.commit()
        anna = add_customer(s, CustomerData("Anna Berg"), me.id, NOW)
    db.dispose()
    startup, _ = start()
    qtbot.waitUntil(lambda: first_screen_shown(startup), timeout=10_000)
    dialog = LogInteractionDialog(startup.ctx, startup.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ready)
    dialog.customer.set_customer(anna)
    dialog.summary.setText("Asked while the app was still checking")
    dialog.save()
    qtbot.wait(200)
    # it waits: the dialog stays open with what was typed, saying why; nothing is stored
    assert dialog.isVisible() and dialog.saving()
    buttons = [b.text() for b in accept_buttons(dialog)]
    assert buttons and all(t == "Checking your data…" for t in buttons)
    assert counts(paths.db_path) == (3, 4)
    slow_check.passes.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert counts(paths.db_path) == (3, 5)  # stored once the file passed
    with open_database(paths).engine.connect() as con:
        assert (
            con.execute(
                text("SELECT count(*) FROM interactions WHERE summary LIKE 'Asked while%'")
            ).scalar()
            == 1
        )


def test_a_failed_check_after_the_rows_were_shown_writes_nothing_and_asks(
    qtbot, db, paths, start, slow_check, answer
):
    """Damage the quick check misses (the daily full check finds it): the views showed the
    file's rows, a write asked meanwhile is refused, the views are hidden, the file is kept
    aside and left as it is, and the newest good backup is offered (Quit: the app ends)."""
    prepared(db, paths)
    db = open_database(paths)
    backup.take_backup(paths, "manual", NOW)
    db.dispose()
    damage_a_record(paths.db_path)
    before = digest(paths.db_path)
    startup, code = start()
    assert code is None
    qtbot.waitUntil(lambda: first_screen_shown(startup), timeout=10_000)
    refused = []
    startup.ctx.ops.write(
        None,
        lambda session: session.execute(text("DELETE FROM interactions")),
        done=lambda _: refused.append("written!"),
        failed=refused.append,
    )
    slow_check.passes.set()
    qtbot.waitUntil(lambda: startup.exit_code is not None, timeout=20_000)
    assert startup.exit_code == 2 and startup.app.exits == [2]  # "Quit"
    assert len(answer.shown) == 1 and "damaged" in answer.shown[0]
    assert "Restore it?" in answer.shown[0]  # the good backup was offered
    qtbot.waitUntil(lambda: bool(refused))
    assert refused[0].startswith("Not saved: cxlogger found its database damaged")
    assert not startup.window.centralWidget().isVisible()  # no view shows its data
    assert not startup.window.menuBar().isEnabled()
    assert startup.safety is None  # no start-up backup, no notifier: nothing wrote
    assert digest(paths.db_path) == before
    assert list((paths.data_dir / "damaged").iterdir())  # a copy kept aside
    # a write asked after the answer is refused too
    later = []
    startup.ctx.ops.write(None, lambda s: None, done=later.append, failed=later.append)
    qtbot.waitUntil(lambda: bool(later))
    assert later[0].startswith("Not saved")
    assert digest(paths.db_path) == before


def test_a_failed_check_restored_from_the_question_goes_on_with_the_backup(
    qtbot, db, paths, start, slow_check, answer
):
    prepared(db, paths)
    db = open_database(paths)
    backup.take_backup(paths, "manual", NOW)
    add_customers(db, NOW, 1, "Later")  # not in the backup
    db.dispose()
    damage_a_record(paths.db_path)
    startup, _ = start()
    qtbot.waitUntil(lambda: startup.window.interactions_view.model.rowCount() == 6)
    answer.choice = "Restore the backup"
    slow_check.passes.set()
    qtbot.waitUntil(lambda: startup.checked, timeout=20_000)
    assert startup.exit_code is None and startup.app.exits == []
    assert counts(paths.db_path) == (2, 4)  # the backup's data
    assert startup.window.centralWidget().isVisibleTo(startup.window)
    qtbot.waitUntil(lambda: startup.window.interactions_view.model.rowCount() == 4)
    stored = []
    startup.ctx.ops.write(
        None,
        lambda session: add_customer(session, CustomerData("After"), startup.ctx.staff_id, NOW),
        done=stored.append,
    )
    qtbot.waitUntil(lambda: bool(stored))
    assert counts(paths.db_path) == (3, 4)


def keep_asking(startup, every_ms: int = 100):
    """A user scrolling the log: the window asks for data again and again."""
    from cxlogger.ui.qt import QTimer

    timer = QTimer(startup.window)
    timer.setInterval(every_ms)
    timer.timeout.connect(
        lambda: startup.ctx.ops.query(startup.window, "page", lambda s: 1, lambda _: None)
    )
    timer.start()
    return timer


def test_the_later_steps_wait_for_a_pause_in_the_users_work(
    qtbot, db, paths, start, slow_check, steady_pause
):
    """At a million interactions the check passes while the user scrolls or searches: the
    start-up backup, the notifier's catch-up and the rest wait until the window stops
    asking for data, so they do not make the scrolling stall."""
    prepared(db, paths)
    startup, _ = start()
    qtbot.waitUntil(lambda: first_screen_shown(startup), timeout=10_000)
    scrolling = keep_asking(startup)
    slow_check.passes.set()
    qtbot.waitUntil(lambda: startup.checked, timeout=10_000)
    qtbot.wait(2500)  # the user goes on scrolling
    assert startup.safety is None and startup.ctx.live is None
    assert not startup.reminders.notifier.timer.isActive()
    scrolling.stop()  # a pause: the steps run
    qtbot.waitUntil(lambda: all_steps_ran(startup), timeout=30_000)
    assert startup.safety is not None and startup.ctx.live is not None
    assert startup.reminders.notifier.timer.isActive()


def test_the_later_steps_wait_for_a_pause_only_so_long(
    qtbot, db, paths, start, slow_check, monkeypatch, steady_pause
):
    monkeypatch.setattr(app_module.Startup, "PAUSE_WAIT_S", 0.3)
    prepared(db, paths)
    startup, _ = start()
    qtbot.waitUntil(lambda: first_screen_shown(startup), timeout=10_000)
    scrolling = keep_asking(startup)
    slow_check.passes.set()
    # the user never stops: each step runs after waiting a while all the same
    qtbot.waitUntil(lambda: all_steps_ran(startup), timeout=10_000)
    assert scrolling.isActive()
    assert startup.safety is not None and startup.reminders.notifier.timer.isActive()
    scrolling.stop()


def test_each_later_step_waits_for_the_database_work_before_it(
    qtbot, db, paths, start, slow_check, settled_heap
):
    """One thing at a time: a long write (a save held for the check, the notifier's
    catch-up) ends before the next step starts its own work."""
    prepared(db, paths)
    startup, _ = start()
    qtbot.waitUntil(lambda: first_screen_shown(startup), timeout=10_000)
    writing = threading.Event()
    startup.ctx.ops.write(None, lambda session: writing.wait(10))  # held for the check
    slow_check.passes.set()
    qtbot.waitUntil(lambda: startup.checked, timeout=10_000)
    qtbot.wait(800)
    assert startup.ctx.live is None and not startup.reminders.notifier.timer.isActive()
    writing.set()
    qtbot.waitUntil(lambda: all_steps_ran(startup), timeout=30_000)
    assert startup.ctx.live is not None and startup.reminders.notifier.timer.isActive()
    assert any(type(p).__name__ == "TeamWatch" for p in startup.parts)
