"""Work that must finish once started (erase, restore, back up now) shows a busy dialog."""

import time

import pytest

from cxlogger.core.errors import UserError
from cxlogger.ui import worker
from cxlogger.ui.qt import QProgressDialog, QTimer, QWidget


def test_a_long_job_shows_its_busy_dialog_and_the_window_keeps_painting(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    seen, ticks = [], []

    def probe():
        ticks.append(time.perf_counter())
        seen.extend(d.labelText() for d in window.findChildren(QProgressDialog) if d.isVisible())

    timer = QTimer()
    timer.timeout.connect(probe)
    timer.start(20)
    result = worker.run_busy(
        window, "Erasing", "Erasing the customer…", lambda: time.sleep(1.0) or 7
    )
    timer.stop()
    assert result == 7
    assert "Erasing the customer…" in seen  # shown after its 400 ms delay (it never was)
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.3
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))  # gone after


def test_a_job_that_ends_before_the_wait_begins_still_gives_its_result(qapp, monkeypatch):
    """Seen in a full run under load: a quick job finished before run_busy's loop
    started, its queued result was never delivered, and run_busy returned None (the
    erase dialog then failed with "'NoneType' object is not subscriptable")."""
    worker_module = worker
    start = worker_module.JobWorker.start

    def start_and_finish(self, *args):
        start(self, *args)
        self.wait()  # the job is over before run_busy looks

    monkeypatch.setattr(worker_module.JobWorker, "start", start_and_finish)
    assert worker_module.run_busy(None, "Title", "Working…", lambda: {"done": 1}) == {"done": 1}

    def refused():
        raise UserError("Only owners erase.")

    with pytest.raises(UserError, match="Only owners erase."):
        worker_module.run_busy(None, "Title", "Working…", refused)
