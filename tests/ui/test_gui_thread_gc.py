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


def test_start_up_pauses_collections_then_freezes_what_it_built(qapp, qtbot):
    """While the app starts, no collection walks the objects its imports make (a first
    one froze the window for ~0.1 s); after, they are frozen and collections go on."""
    collector = gui_thread_gc.install(qapp)
    assert gui_thread_gc.collector(qapp) is collector
    collections = []

    def note(phase, _info):
        if phase == "start":
            collections.append(1)

    gc.callbacks.append(note)
    try:
        collector.pause()
        garbage = [_Cycle() for _ in range(3 * gc.get_threshold()[0])]
        ref = weakref.ref(garbage[0])
        del garbage
        qtbot.wait(2 * gui_thread_gc.INTERVAL_MS + 200)
        assert collections == [] and ref() is not None  # paused
        frozen = gc.get_freeze_count()
        collector.resume()
        assert gc.get_freeze_count() > frozen  # what existed is frozen
        assert ref() is None  # young garbage is collected before what is left is frozen
        # new garbage is collected again, on the timer
        more = [_Cycle() for _ in range(3 * gc.get_threshold()[0])]
        new = weakref.ref(more[0])
        del more
        qtbot.waitUntil(lambda: new() is None, timeout=5000)
        assert collections
    finally:
        gc.callbacks.remove(note)
        gc.unfreeze()
        collector.resume()


def test_young_generations_go_often_and_a_full_collection_at_most_once_a_minute(qapp, monkeypatch):
    """Issue 10: a full collection walks every object on the GUI thread (80 ms at
    130,000 objects on a loaded machine); the young generations are small and go often."""
    collector = gui_thread_gc.install(qapp)
    clock = [1000.0]
    monkeypatch.setattr(gui_thread_gc.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(collector, "_last_full", clock[0])
    monkeypatch.setattr(collector, "_long_lived", 0)  # every object in it is new
    monkeypatch.setattr(gui_thread_gc.gc, "get_objects", lambda generation=None: [0] * 100)
    collected = []
    monkeypatch.setattr(gui_thread_gc.gc, "collect", lambda gen=2: collected.append(gen))
    threshold = gc.get_threshold()
    over = (threshold[0] + 1, threshold[1] + 1, threshold[2] + 1)
    monkeypatch.setattr(gui_thread_gc.gc, "get_count", lambda: over)
    assert collector.check() == 1  # the oldest but one: the full one waits
    clock[0] += gui_thread_gc.FULL_EVERY_S
    assert collector.check() == 2
    clock[0] += 1
    assert collector.check() == 1  # not again for a minute
    clock[0] += gui_thread_gc.FULL_EVERY_S
    monkeypatch.setattr(collector, "_long_lived", 90)  # 100 now: not a quarter more
    assert collector.check() == 1  # as Python's own collector, the full one waits
    assert collected == [1, 2, 1, 1]
    assert gui_thread_gc.INTERVAL_MS <= 100  # a burst of allocations goes in small steps
