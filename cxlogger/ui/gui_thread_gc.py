"""Python's cycle collector runs on the GUI thread only.

Left automatic, a collection runs on whichever thread happens to allocate when a
threshold is crossed, which in cxlogger is often a database worker (db_ops.py). If the
garbage it frees holds a Qt object (a closed dialog caught in a reference cycle, a
printer, a painter), Qt destroys it on that worker thread and the process can crash
(seen in CI: "Fatal Python error: Segmentation fault ... Garbage-collecting" while a
worker compiled a report query). So automatic collection is switched off and a timer on
the GUI thread collects each generation once its threshold is crossed, as
pyqtgraph's GarbageCollector and Spyder do. Reference counting, which frees most
objects, is not affected.
"""

from __future__ import annotations

import gc
import time

from cxlogger.ui.qt import QObject, QTimer

INTERVAL_MS = 1000
FULL_CHECK_EVERY_S = 10.0  # counting the oldest generation costs ~25 ms per 500k objects


class GuiThreadCollector(QObject):
    """Collects the generations whose thresholds were crossed, on its timer's thread.

    Like CPython's own collector, a full collection waits until the objects that reached
    the oldest generation since the last one are a quarter of those that survived it, so
    an app holding many long-lived objects is not scanned whole every second.
    """

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._long_lived = len(gc.get_objects(generation=2))
        self._next_full_check = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()
        self.destroyed.connect(lambda *_: gc.enable())

    def pause(self) -> None:
        """No collection until resume(): start-up allocates hundreds of thousands of
        objects that live as long as the app (modules, classes), and a first collection
        that walks them all froze the window for ~0.1 s."""
        self._timer.stop()

    def resume(self) -> None:
        """Collections again; whatever exists now is frozen (gc.freeze: the start-up's
        objects are never walked again, as they are never garbage)."""
        gc.freeze()
        self._long_lived = len(gc.get_objects(generation=2))  # what freezing left to walk
        if not self._timer.isActive():
            self._timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation that is due; which one, or None."""
        counts = gc.get_count()
        if counts[2] > self._threshold[2] and time.monotonic() >= self._next_full_check:
            self._next_full_check = time.monotonic() + FULL_CHECK_EVERY_S
            pending = len(gc.get_objects(generation=2)) - self._long_lived
            if pending > self._long_lived // 4:
                gc.collect(2)
                self._long_lived = len(gc.get_objects(generation=2))
                return 2
        for generation in (1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                return generation
        return None


def collector(app: QObject) -> GuiThreadCollector | None:
    return app.findChild(GuiThreadCollector)


def install(app: QObject) -> GuiThreadCollector:
    """Once per application (make_application; the UI tests' fixture)."""
    existing = app.findChild(GuiThreadCollector)
    if existing is not None:
        return existing
    return GuiThreadCollector(app)
