"""The app's start cleans up or completes what interrupted work left (finding 1, GUI entry)."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import text

from cxlogger.core.storage import backup, integrity, leftovers
from cxlogger.core.storage.instance_lock import InstanceLock
from cxlogger.ui import app as app_module
from cxlogger.ui.dialogs.staff_dialogs import remember_staff
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QObject, Signal
from tests.core.safety_helpers import add_customers, counts


class FakeInstance(QObject):
    activated = Signal()


def test_the_app_start_completes_a_restore_and_sweeps_leftovers(
    qapp, qtbot, db, paths, now, monkeypatch
):
    add_customers(db, now, 2, "Before")
    saved = backup.take_backup(paths, "manual", now)
    add_customers(db, now, 1, "After")
    with db.session() as s:
        staff_id = s.execute(text("SELECT id FROM staff")).scalar()
    remember_staff(paths, staff_id)
    db.dispose()
    # a restore killed after its safety backup, and a backup killed midway
    backup.take_backup(paths, "before-restore", now + timedelta(minutes=1))
    leftovers.restoring_path(paths).write_bytes(saved.path.read_bytes())
    partial = paths.backup_dir / ".cxlogger-20260311-100500-000000-start.sqlite3.0a0b0c0d.partial"
    partial.write_bytes(b"x" * 4096)
    stale_07 = paths.data_dir / "..cxlogger.sqlite3.restoring.partial"
    stale_07.write_bytes(b"x")
    leftovers.mark_purge_pending(paths)  # an erase killed before its purge

    lock = InstanceLock(paths.data_dir).acquire()  # as single_instance.claim holds it
    window = MainWindow(paths=paths)
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(app_module, "tell_restore_finished", told.append)
    threads = []  # where the recovery and the checks ran: never the GUI thread
    targets = ((leftovers, "recover"), (integrity, "check_on_start"), (app_module, "_preload"))
    for module, name in targets:
        original = getattr(module, name)

        def spy(*args, _original=original, **kwargs):
            threads.append(threading.current_thread())
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, spy)
    startup = app_module.Startup(qapp, window, paths, False, True, None, FakeInstance())
    try:
        assert startup._steps() is None  # the app went on to show its data
        # the recovery, the checks and the core modules' imports (SQLAlchemy, the models)
        assert len(threads) == 3 and threading.main_thread() not in threads
        assert counts(paths.db_path) == (2, 4)
        assert told == [window]  # the user is told the restore was completed
        assert not leftovers.restoring_path(paths).exists()
        assert not partial.exists() and not stale_07.exists()
        assert not leftovers.purge_marker(paths).exists()
    finally:
        for part in startup.parts:
            if hasattr(part, "executor"):  # the start-up backup, in its thread
                part.executor.shutdown(wait=True)
        if startup.ctx is not None:
            startup.ctx.db.dispose()
        lock.release()
