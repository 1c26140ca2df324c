"""Work nobody waits for gives way to the window: the start-up backup and the idle full
check run at a lower CPU priority (Linux, where each thread has its own), the backup
on quit (which someone waits for) does not."""

import os
import sys
import threading

import pytest

from cxlogger.core import thread_priority
from cxlogger.core.storage import backup
from cxlogger.ui.context import AppContext
from cxlogger.ui.desktop import health_watch
from cxlogger.ui.dialogs.backup_dialogs import SafetyController
from cxlogger.ui.main_window import MainWindow
from tests.conftest import NOW
from tests.core.safety_helpers import add_customers

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="per-thread priority is Linux's"
)


def nice_here() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def safety(window, ctx):
    controller = SafetyController(window, ctx)
    yield controller
    controller.executor.shutdown(wait=True)


def test_background_thread_runs_lower_and_hands_back_result_and_errors():
    mine = nice_here()
    assert thread_priority.in_background_thread(nice_here) == min(
        19, mine + thread_priority.BACKGROUND_NICE
    )
    assert nice_here() == mine  # the caller's own priority is untouched

    def fails():
        raise ValueError("the disk said no")

    with pytest.raises(ValueError, match="the disk said no"):
        thread_priority.in_background_thread(fails)


def test_start_up_backup_runs_lower_and_the_backup_on_quit_does_not(
    safety, paths, ctx, monkeypatch
):
    add_customers(ctx.db, NOW, 2)
    mine = nice_here()
    real = backup.take_backup
    seen = {}

    def take_backup(paths, reason, *args, **kwargs):
        seen[reason] = nice_here()
        return real(paths, reason, *args, **kwargs)

    monkeypatch.setattr(backup, "take_backup", take_backup)
    assert safety.start_backup().result(timeout=30).reason == "start"
    add_customers(ctx.db, NOW, 1, prefix="Changed")
    safety.on_quit()
    assert sorted(b.reason for b in backup.list_backups(paths)) == ["quit", "start"]
    assert seen["start"] > mine
    assert seen["quit"] == mine


def test_idle_full_check_runs_lower(window, ctx, qtbot, monkeypatch):
    mine = nice_here()
    seen = []

    def idle_work(paths, now, cancelled=None):
        seen.append(nice_here())
        return health_watch.IdleOutcome(False)

    monkeypatch.setattr(health_watch, "idle_work", idle_work)
    watch = health_watch.HealthWatch(window, ctx, safety=None)
    with qtbot.waitSignal(watch.worker_done, timeout=10_000):
        watch.run_idle_work()
    assert seen and seen[0] > mine
