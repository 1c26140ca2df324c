"""When a search box searches as the user types: at once while answers come quickly, after a
pause only while they are slow.

A fixed pause before every search (it was 150–200 ms) is added to every answer: at 1M
interactions the log's rows changed ~240 ms after the last key although its query took
~40 ms. People type about 5 keys a second; while answers come back well within that,
each key searches at once and the newer search supersedes the older (ctx.ops drops an
older answer, and the models drop one for an older question), so the last key's rows
arrive one answer later. Only when answers are slow does the pause grow, to about how
long an answer takes (at most ``LONGEST_MS``), so slow searches do not pile up on the
readers behind each other; it shrinks back as soon as answers are quick again.

The view calls ``typed()`` on each change of the text and ``answered()`` when the answer to
the newest search is on screen; ``search`` is the view's own function that asks for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from cxlogger.ui.qt import QObject, QTimer

QUICK_MS = 100  # answers quicker than this: search on every key, at once
LONGEST_MS = 250  # the longest pause, however slow the answers


class SearchPace(QObject):
    def __init__(
        self,
        search: Callable[[], None],
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        self._search = search
        self._clock = clock
        self._asked_at: float | None = None  # when the unanswered search was asked
        self._took_ms = 0.0  # how long the last answer took
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.now)

    def pause_ms(self) -> int:
        """How long to wait after a key before searching: 0 while answers are quick."""
        took = self._took_ms
        if self._asked_at is not None:  # still waiting: the answer takes at least this long
            took = max(took, (self._clock() - self._asked_at) * 1000)
        if took < QUICK_MS:
            return 0
        return int(min(took, LONGEST_MS))

    def typed(self) -> None:
        """The text changed: search now, or after the pause (a later key restarts it)."""
        pause = self.pause_ms()
        if pause == 0:
            self.now()
        else:
            self.timer.start(pause)

    def now(self) -> None:
        """Search at once (Enter, a filter changed, the pause ran out)."""
        self.timer.stop()
        self._asked_at = self._clock()
        self._search()

    def stop(self) -> None:
        """A search asked another way (show_filtered, a reload): no pending one after it."""
        self.timer.stop()

    def answered(self) -> None:
        """The newest search's answer is on screen: how long it took sets the next pause."""
        if self._asked_at is not None:
            self._took_ms = (self._clock() - self._asked_at) * 1000
            self._asked_at = None
