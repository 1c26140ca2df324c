"""Issue 9 in the window: a damaged header is restored from the start-up question, the
question is a few lines with the details behind a button, the idle check finds damage
while the app runs, and a database that lost changes may go on."""

import os
import time
from datetime import timedelta

import pytest
from sqlalchemy import text

from cxlogger.core.reminders import high_water
from cxlogger.core.storage import backup, health, integrity
from cxlogger.core.storage.db import open_database
from cxlogger.ui.context import AppContext
from cxlogger.ui.desktop.health_watch import HealthWatch
from cxlogger.ui.dialogs import backup_dialogs
from cxlogger.ui.dialogs.backup_dialogs import SafetyController
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QMessageBox
from tests.conftest import NOW
from tests.core.safety_helpers import add_customers, counts, digest
from tests.core.test_damage_guard import damage_a_record, damage_the_search_index


@pytest.fixture
def answer(monkeypatch):
    """Patch QMessageBox.exec: record each question and click the button named ``choice``."""
    shown = []

    def exec_(box):
        shown.append(box)
        wanted = [b for b in box.buttons() if b.text() == answer.choice]
        (wanted or box.buttons())[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    answer.choice = "Restore the backup"
    answer.shown = shown
    return answer


def good_backup_then(paths, damage):
    db = open_database(paths)
    add_customers(db, NOW, 2)
    good = backup.take_backup(paths, "manual", NOW)
    add_customers(db, NOW, 1, "Later")
    db.dispose()
    damage(paths.db_path)
    return good


def zero_the_header(db_path):
    data = bytearray(db_path.read_bytes())
    data[:16] = b"\x00" * 16
    db_path.write_bytes(bytes(data))


def test_a_damaged_header_is_restored_from_the_start_up_question(qtbot, paths, answer):
    good = good_backup_then(paths, zero_the_header)
    before = digest(paths.db_path)
    assert backup_dialogs.startup_check(paths) is True  # the real question, its exec patched
    (box,) = answer.shown
    assert box.windowTitle() == "cxlogger's database is damaged"
    assert "does not start like an SQLite database" in box.text()
    assert "2 customers, 4 interactions" in box.text()
    assert counts(paths.db_path) == (2, 4) == (good.customers, good.interactions)
    copies = list((paths.data_dir / "damaged").rglob(paths.db_path.name))
    assert before in {digest(p) for p in copies}  # the damaged file is kept, intact
    open_database(paths).dispose()  # and the app opens the restored file


def test_the_damaged_question_is_a_few_lines_with_every_problem_in_the_details(
    qtbot, paths, answer
):
    def wreck_many_pages(db_path):
        data = bytearray(db_path.read_bytes())
        for page in range(8, len(data) // 4096):
            data[page * 4096 + 1 : page * 4096 + 3] = b"\xff\xf0"  # freeblock pointers
        db_path.write_bytes(bytes(data))

    db = open_database(paths)
    add_customers(db, NOW, 150)
    backup.take_backup(paths, "manual", NOW)
    db.dispose()
    wreck_many_pages(paths.db_path)
    answer.choice = "Quit"
    assert backup_dialogs.startup_check(paths) is False
    (box,) = answer.shown
    details = box.detailedText().splitlines()
    assert len(details) > 40  # what SQLite listed (it was all in the message before)
    assert box.text().count("\n") == 0 and len(box.text()) < 700  # a short paragraph
    assert f"and {len(details) - 2} more problems" in box.text()  # first line + header line


def test_going_on_with_a_database_that_lost_changes(qtbot, paths, answer):
    db = open_database(paths)
    add_customers(db, NOW, 2)
    db.dispose()
    high_water.write_mark(paths.db_path, high_water.database_counter(paths.db_path) + 5)
    answer.choice = "Go on without them"
    assert backup_dialogs.startup_check(paths) is True
    (box,) = answer.shown
    assert box.windowTitle() == "cxlogger's database is missing changes"
    assert "missing its last 5 saved changes" in box.text()
    assert "No backup holds those changes" in box.text()
    assert high_water.check(paths.db_path) is None  # asked once, not at every start
    assert backup_dialogs.startup_check(paths) is True and len(answer.shown) == 1


@pytest.fixture
def running(qtbot, paths):
    """The app running on a database with two customers and a good backup of it."""
    db = open_database(paths)
    add_customers(db, NOW, 2)
    good = backup.take_backup(paths, "manual", NOW)
    with db.session() as s:
        me_id = s.execute(text("SELECT id FROM staff")).scalar()
    ctx = AppContext(db, paths, me_id, clock=lambda: NOW + timedelta(days=2))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    safety = SafetyController(window, ctx)
    safety.told = []
    safety.tell = lambda title, message, problem=False: safety.told.append((title, message))
    watch = HealthWatch(window, ctx, safety, tick_ms=10)
    yield ctx, window, safety, watch, good
    watch.timer.stop()
    if watch.worker is not None:
        watch.worker.wait()
    qtbot.wait(20)  # deliver its last signal while the window is still there
    safety.executor.shutdown(wait=True)
    ctx.db.dispose()


def idle_run(qtbot, watch):
    with qtbot.waitSignal(watch.worker_done, timeout=30_000):
        watch.run_idle_work()


def test_idle_check_rebuilds_a_damaged_search_index_and_says_so(qtbot, running):
    ctx, window, safety, watch, good = running
    add_customers(ctx.db, NOW, 30, "Busy")
    damage_the_search_index(ctx.paths.db_path)
    watch.last_change -= watch.IDLE_SECONDS  # nothing changed for a while
    with qtbot.waitSignal(watch.worker_done, timeout=30_000):
        pass  # the timer (every 10 ms here) starts the idle work by itself
    assert "search index was damaged and has been rebuilt" in window.statusBar().currentMessage()
    assert integrity.full_check(ctx.paths.db_path).ok
    assert health.last_full_check(ctx.paths) == ctx.now()
    assert os.path.getsize(str(ctx.paths.db_path) + "-wal") == 0  # checkpointed


def test_idle_check_does_not_run_while_the_user_works_unless_damage_was_found(
    qtbot, running, answer
):
    ctx, window, safety, watch, good = running
    watch.timer.stop()  # ticks by hand here
    watch.local = True
    ctx.changes.announce("interactions")
    watch.tick()
    assert watch.worker is None
    # the start-up backup's check found damage: the next tick deals with it at once
    damage_a_record(ctx.paths.db_path)
    with pytest.raises(health.DamagedDatabaseError):
        backup.take_backup(ctx.paths, "start", ctx.now())
    assert health.damage_recorded(ctx.paths)
    answer.choice = "Quit"
    quits = []
    watch.quit = lambda: quits.append(True)
    with qtbot.waitSignal(watch.worker_done, timeout=30_000):
        watch.tick()
    assert "daily check found damage" in answer.shown[0].text() and quits == [True]


def test_idle_check_finds_a_damaged_record_and_restores_the_newest_good_backup(
    qtbot, running, answer
):
    ctx, window, safety, watch, good = running
    add_customers(ctx.db, NOW, 1, "Later")
    ctx.db.dispose()  # (the app's pool reconnects; the damage is on disk)
    damage_a_record(ctx.paths.db_path)
    before = digest(ctx.paths.db_path)
    idle_run(qtbot, watch)
    (box,) = answer.shown
    assert "daily check found damage" in box.text() and "missing from index" in box.text()
    assert box.detailedText()
    with ctx.session() as s:  # the window now works on the restored backup
        names = {r[0] for r in s.execute(text("SELECT name FROM customers"))}
    assert names == {"Customer 0", "Customer 1"}
    title, message = safety.told[-1]
    assert title == "Restored" and "moved, as it was, to" in message
    (moved,) = (ctx.paths.data_dir / "damaged").rglob(ctx.paths.db_path.name)
    assert digest(moved) == before
    assert health.damage_recorded(ctx.paths) is None


def test_quit_folds_the_wal_into_the_database_file(qtbot, running):
    ctx, window, safety, watch, good = running
    add_customers(ctx.db, NOW, 3, "Today")  # the app's connections stay open
    wal = str(ctx.paths.db_path) + "-wal"
    assert os.path.getsize(wal) > 0
    watch.on_quit()
    assert os.path.getsize(wal) == 0  # a damaged -wal now would lose nothing
    assert counts(ctx.paths.db_path) == (5, 10)


def test_quitting_stops_the_idle_full_check_at_once_and_it_stays_due(qtbot, running, monkeypatch):
    ctx, window, safety, watch, good = running
    before = health.last_full_check(ctx.paths)
    assert health.full_check_due(ctx.paths, ctx.now())
    real = health.full
    checking = []

    def slow_full(paths, now, may_repair=True, cancelled=None):  # a full check of a big file
        checking.append(True)
        while not cancelled():
            time.sleep(0.01)
        return real(paths, now, may_repair, cancelled=cancelled)

    monkeypatch.setattr(health, "full", slow_full)
    watch.run_idle_work()
    qtbot.waitUntil(lambda: bool(checking), timeout=10_000)
    began = time.perf_counter()
    watch.on_quit()  # what QApplication.aboutToQuit runs
    assert time.perf_counter() - began < 5  # not the 30 s it waited before giving up
    assert watch.worker.isFinished()
    assert health.last_full_check(ctx.paths) == before  # not recorded: due again next time
    assert health.damage_recorded(ctx.paths) is None
