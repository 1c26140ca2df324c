"""Work nobody waits for (the start-up backup, the daily full check) gives way to the window.

On two cores, the start-up backup's page copy and its check (seconds of SQLite at a
million interactions) took the core the GUI thread and the database readers needed:
scrolling the log then stalled for 100-140 ms. A lower CPU priority only matters when
the cores are short, so on an idle machine such work runs as fast as before.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
# added to the process's nice value (19 is the lowest priority)
BACKGROUND_NICE = 10


def lower_this_thread() -> bool:
    """Lower the calling thread's CPU priority; whether it could.

    Linux only: there the nice value belongs to each thread (setpriority with a thread
    id). A priority once lowered cannot be raised again without privileges, so only a
    thread that does nothing but background work should call this.
    """
    if not sys.platform.startswith("linux"):
        return False
    tid = threading.get_native_id()
    try:
        nice = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(19, nice + BACKGROUND_NICE))
    except OSError as exc:  # a sandbox may refuse it: the work runs all the same
        log.debug("could not lower a background thread's priority: %s", exc)
        return False
    return True


def in_background_thread(fn: Callable[..., T], *args, name: str = "cxlogger-background") -> T:
    """``fn(*args)`` run in a thread of its own at a lower CPU priority; its result, or its
    exception raised here. The caller's own priority stays as it was."""
    outcome: dict = {}

    def run() -> None:
        lower_this_thread()
        try:
            outcome["value"] = fn(*args)
        except BaseException as exc:  # handed to the caller's thread, raised there
            outcome["error"] = exc

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
