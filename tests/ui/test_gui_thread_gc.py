"""Cycles are collected on the GUI thread only: a collection on a database worker can free
a Qt object there and crash the app (CI, Python 3.13: "Segmentation fault ...
Garbage-collecting" while a worker compiled a report query)."""

import gc
import threading
import weakref

from cxlogger.ui import gui_thread_gc
from cxlogger.ui.qt import QObject


class _Cycle:
    def __init__(self):
        self.me = self
        self.qt = QObject()  # Python-owned: freeing it destroys the Qt object


def test_a_worker_thread_never_runs_a_collection_and_the_gui_thread_does(qapp, qtbot):
    collector = gui_thread_gc.install(qapp)
    assert gui_thread_gc.install(qapp) is collector  # once per application
    collecting_threads = []

    def note(phase, _info):
        if phase == "start":
            collecting_threads.append(threading.current_thread())

    refs = []

    def make_garbage():  # as a worker does while it builds query objects
        for _ in range(3 * gc.get_threshold()[0]):
            cycle = _Cycle()
            refs.append(weakref.ref(cycle))
            del cycle

    gc.callbacks.append(note)
    try:
        worker = threading.Thread(target=make_garbage)
        worker.start()
        worker.join()
        assert collecting_threads == []  # the worker allocated past every threshold
        assert all(ref() is not None for ref in refs)  # the cycles wait for the GUI thread

        qtbot.waitUntil(lambda: all(ref() is None for ref in refs), timeout=5000)
        assert collecting_threads
        assert set(collecting_threads) == {threading.main_thread()}
    finally:
        gc.callbacks.remove(note)


def test_the_app_installs_it(qapp):
    from cxlogger.ui.app import make_application

    assert make_application() is qapp
    assert qapp.findChild(gui_thread_gc.GuiThreadCollector) is not None
    assert not gc.isenabled()
