"""UI tests run with the application's English plurals, as cxlogger starts with them, and
with a guard: the GUI thread never opens a database session (issue 10)."""

import gc
import sys
import threading
from pathlib import Path

import pytest

import cxlogger.ui
from cxlogger.core.storage.db import Database

UI_DIR = Path(cxlogger.ui.__file__).resolve().parent

# Not the code that wants the data: the worker itself (its jobs run on its threads; a test's
# callback may run inside its delivery) and AppContext.session, a pass-through.
PASS_THROUGH = {"db_ops.py", "context.py"}

# What may still open a session on the GUI thread. After i10-queries and i10-dialogs were
# merged, nothing under test does, but for this: start-up calls current_staff_id on a
# thread of its own (app.identify_staff), test_first_run calls it directly. This list only
# shrinks; an entry is a file name, or "file.py:function" for one function of a file.
STILL_ON_THE_GUI_THREAD = {
    "staff_dialogs.py:current_staff_id",
}


def _ui_caller() -> tuple[str, str, int] | None:
    """The innermost frame in cxlogger/ui/ on the stack (file, function, line), if any."""
    frame = sys._getframe(2)
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        if UI_DIR in path.parents and path.name not in PASS_THROUGH:
            return path.name, frame.f_code.co_name, frame.f_lineno
        frame = frame.f_back
    return None


@pytest.fixture(autouse=True)
def no_desktop_bus(monkeypatch):
    """Tests never send notifications to the desktop of whoever runs them; the
    notification tests start a private bus of their own."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


@pytest.fixture
def settled_heap():
    """For tests that time the event loop's gaps: the test process's heap (the leftovers of
    a thousand tests before) collected and frozen first, so that a collection of it on the
    GUI thread cannot land in the measured gap. Late in CI's runs such gaps of 0.6-0.7 s
    failed these tests now and then; the app's own full collection takes 10-20 ms."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture
def steady_pause(monkeypatch, settled_heap):
    """For tests that keep the window asking for data (someone scrolling) while background
    work waits for a pause (db_ops.PAUSE_S): a pause three times as long as the app's,
    and the heap settled, so a slow turn of a loaded machine never looks like one."""
    from cxlogger.ui import db_ops

    monkeypatch.setattr(db_ops, "PAUSE_S", 1.5)


@pytest.fixture(autouse=True)
def english_plurals(qapp):
    from cxlogger.ui import gui_thread_gc
    from cxlogger.ui.widgets.formats import install_plurals

    install_plurals(qapp)
    gui_thread_gc.install(qapp)  # as make_application does: collections on this thread only


@pytest.fixture(autouse=True)
def gui_thread_never_waits_for_the_database(monkeypatch):
    """Records every session opened on the GUI (main) thread by code in cxlogger/ui/;
    after the test, any from a file not on the shrinking list above fails it."""
    opened: list[tuple[str, str, int]] = []
    original = Database.session

    def session(self):
        if threading.current_thread() is threading.main_thread():
            caller = _ui_caller()
            if caller is not None:
                opened.append(caller)
        return original(self)

    monkeypatch.setattr(Database, "session", session)
    yield opened
    offenders = sorted(
        {
            f"{name}:{function} (line {line})"
            for name, function, line in opened
            if name not in STILL_ON_THE_GUI_THREAD
            and f"{name}:{function}" not in STILL_ON_THE_GUI_THREAD
        }
    )
    assert not offenders, (
        "the GUI thread opened a database session; use ctx.ops.query/write: " + ", ".join(offenders)
    )
