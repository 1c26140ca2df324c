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
- once the app has started, ``freeze_startup`` moves what start-up made (modules,
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
FREEZE_AFTER_MS = 10_000  # after start-up: the first screen's data is in


class GuiThreadCollector(QObject):
    """Collects the generations whose thresholds were crossed, on its timer's thread."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()
        self.destroyed.connect(lambda *_: gc.enable())

    def check(self) -> int | None:
        """Collect the oldest generation that is over its threshold (the oldest of all
        at most every FULL_EVERY_S); which one, or None."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] <= self._threshold[generation]:
                continue
            if generation == 2:
                now = time.monotonic()
                if now - self._last_full < FULL_EVERY_S:
                    continue  # the young ones meanwhile; the old ones can wait
                self._last_full = now
            gc.collect(generation)
            return generation
        return None

    def freeze_startup(self, after_ms: int = FREEZE_AFTER_MS) -> None:
        """In ``after_ms``: what exists then is start-up's and lives as long as the app;
        later full collections leave it alone."""
        QTimer.singleShot(after_ms, self, self._freeze)

    def _freeze(self) -> None:
        gc.collect(1)  # the young garbage first, so it is not frozen with the rest
        gc.freeze()


def install(app: QObject) -> GuiThreadCollector:
    """Once per application (make_application; the UI tests' fixture)."""
    existing = app.findChild(GuiThreadCollector)
    if existing is not None:
        return existing
    return GuiThreadCollector(app)
