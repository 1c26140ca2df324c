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

A collection stops the GUI thread while it walks the objects it looks at, so (issue 10)
it is kept short:

- the young generations are looked at every 100 ms: a burst of allocations (a page of
  rows arriving) is collected in small steps, not in one walk a second later;
- the oldest generation, which walks every object, at most once a minute (Python's own
  collector also holds full collections back);
- and then, as in Python's own collector, only when a quarter more objects reached the
  oldest generation since the last full collection;
- start-up pauses collections and ``resume`` then moves what start-up made (modules,
  classes, the window, the ORM's mappers: most of the heap) into the permanent
  generation, so a full collection walks only what was made since (tens of
  milliseconds instead of a hundred at 130,000 objects). Cycles among those objects
  are never freed: a bounded cost, as nothing made later is frozen.
"""

from __future__ import annotations

import gc
import time

from cxlogger.ui.qt import QObject, QTimer

INTERVAL_MS = 100
FULL_EVERY_S = 60.0


OBJECT_NAME = "cxloggerGuiThreadCollector"


class GuiThreadCollector(QObject):
    """Collects the generations whose thresholds were crossed, on its timer's thread."""

    def __init__(self, parent: QObject, paused: bool = False):
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self._threshold = gc.get_threshold()
        self._last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        gc.disable()
        if paused:  # the app's start: resume() counts what is there then
            self._long_lived = 0
        else:
            self._long_lived = len(gc.get_objects(generation=2))
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
        gc.collect(1)  # the young garbage first, so it is not frozen with the rest
        gc.freeze()
        self._long_lived = len(gc.get_objects(generation=2))  # what freezing left to walk
        if not self._timer.isActive():
            self._timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation that is due; which one, or None."""
        counts = gc.get_count()
        if counts[2] > self._threshold[2]:
            now = time.monotonic()
            if now - self._last_full >= FULL_EVERY_S:
                self._last_full = now  # counting the oldest costs ~25 ms per 500k objects
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
    """The application's collector, if installed (start-up pauses and resumes it)."""
    # by its name: without one, findChild makes a Python object of each of the
    # application's children to test its class, the style among them, whose class
    # PySide then builds with its eleven enums (~5 ms before the first paint)
    return app.findChild(GuiThreadCollector, OBJECT_NAME)


def install(app: QObject, paused: bool = False) -> GuiThreadCollector:
    """Once per application (make_application; the UI tests' fixture).

    ``paused``: no collection until ``resume()`` (the app's start-up, which resumes it
    once its later steps are done): counting the heap and a first collection are work
    the window's first paint does not wait for."""
    return collector(app) or GuiThreadCollector(app, paused)
