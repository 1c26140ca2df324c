"""Keeping an eye on the database while the app runs: idle work, off the GUI thread.

When nothing has changed for a while, a worker checkpoints the -wal (so it rarely
holds more than minutes of work, see core.high_water) and, at most once a day,
runs the full integrity check (core.health: the search index's own check too; a
damaged index is rebuilt). Damage it finds is told at once, with the newest good
backup offered; the -wal is also checkpointed on quit.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from cxlogger.core.reminders import high_water
from cxlogger.core.storage import health, integrity
from cxlogger.core.storage.integrity import CheckResult
from cxlogger.core.storage.paths import AppPaths
from cxlogger.ui.dialogs.backup_dialogs import damaged_box
from cxlogger.ui.qt import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal
from cxlogger.ui.worker import JobWorker

log = logging.getLogger(__name__)


@dataclass
class IdleOutcome:
    checkpointed: bool
    result: CheckResult | None = None  # the full check, if it was due


def idle_work(paths: AppPaths, now, cancelled=None) -> IdleOutcome:
    """Runs in a worker thread: the full check if one is due, then a checkpoint.

    Quitting stops the full check (``cancelled``): it is due again next time."""
    result = None
    if health.full_check_due(paths, now):
        try:
            result = health.full(paths, now, cancelled=cancelled)
        except integrity.CheckInterrupted:
            log.info("the full check gave way to quitting")
            return IdleOutcome(False)
    if result is not None and not result.ok:
        return IdleOutcome(False, result)  # nothing more is written to a damaged file
    done = high_water.checkpoint(paths.db_path, "TRUNCATE", busy_ms=1000)
    return IdleOutcome(done, result)


class HealthWatch(QObject):
    """Idle work on a timer; ``worker_done(outcome or None)`` once each run is dealt with."""

    worker_done = Signal(object)
    IDLE_SECONDS = 120  # no change announced for this long: the app is idle
    TICK_MS = 60_000

    def __init__(self, window, ctx, safety, app=None, tick_ms: int = TICK_MS):
        super().__init__(window)
        self.window, self.ctx, self.safety = window, ctx, safety
        self.local = ctx.paths.is_sqlite and ctx.paths.database_url is None
        self.last_change = time.monotonic()
        self.worker: JobWorker | None = None
        self._running = False  # from starting a run until its outcome has been dealt with
        ctx.changes.changed.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        if self.local:
            self.timer.start()
        if app is not None:
            app.aboutToQuit.connect(self.on_quit)

    def _changed(self, _what) -> None:
        self.last_change = time.monotonic()

    def idle(self) -> bool:
        return time.monotonic() - self.last_change >= self.IDLE_SECONDS

    def tick(self) -> None:
        # not while a run works, nor while its outcome is dealt with: a restore behind a
        # busy dialog keeps the event loop (and this timer) running
        if not self.local or self._running:
            return
        # damage found meanwhile (e.g. by the start-up backup's check): deal with it now
        if self.idle() or health.damage_recorded(self.ctx.paths):
            self.run_idle_work()

    def run_idle_work(self) -> JobWorker:
        self._running = True
        paths, now = self.ctx.paths, self.ctx.now()
        self.worker = JobWorker(lambda _progress, cancelled: idle_work(paths, now, cancelled), self)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()
        return self.worker

    def _failed(self, message: str) -> None:
        log.error("idle check failed: %s", message)
        self._running = False
        self.worker_done.emit(None)

    def _done(self, outcome: IdleOutcome) -> None:
        self.timer.stop()  # no second question while this one is open
        try:
            self._deal_with(outcome)
        finally:
            self._running = False
            if self.local:
                self.timer.start()
            self.worker_done.emit(outcome)

    def _deal_with(self, outcome: IdleOutcome) -> None:
        result = outcome.result
        if result is None:
            return
        if result.repaired:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "HealthWatch",
                    "The search index was damaged and has been rebuilt from the interactions.",
                ),
                10_000,
            )
        if not result.ok:
            self.damage_found(result)

    # --- damage found while running -------------------------------------------------------
    def ask(self, message: str, can_restore: bool, details: str) -> bool:
        """Restore the newest good backup (True) or quit (replaced in tests)."""
        box, restore = damaged_box(message, can_restore, details, parent=self.window)
        box.exec()
        chosen = restore is not None and box.clickedButton() is restore
        box.deleteLater()
        return chosen

    def quit(self) -> None:
        QCoreApplication.quit()

    def damage_found(self, result: CheckResult) -> None:
        log.error("idle integrity check failed: %s", result.problems)
        best = integrity.newest_good_backup(self.ctx.paths)
        text = QCoreApplication.translate(
            "HealthWatch",
            "The daily check found damage in cxlogger's database ({0}). To keep it from "
            "spreading, nothing more may be written to it.",
        ).format(health.short_problem(result))
        if best is not None:
            text += " " + QCoreApplication.translate(
                "HealthWatch",
                "Restore the newest good backup, from {0} ({1} customers, {2} interactions)? "
                "The damaged file is kept aside. What was entered after that time is not in it.",
            ).format(
                QLocale().toString(
                    QDateTime.fromSecsSinceEpoch(int(best.created_at.timestamp())),
                    QLocale.FormatType.ShortFormat,
                ),
                QLocale().toString(best.customers or 0),
                QLocale().toString(best.interactions or 0),
            )
        else:
            text += " " + QCoreApplication.translate(
                "HealthWatch",
                "There is no good backup to restore: cxlogger quits. Keep the data folder, "
                "and ask someone who knows SQLite to rescue it.",
            )
        if best is not None and self.ask(text, True, result.details()):
            if self.safety.replace_with(best.path):
                return
        self.quit()

    def on_quit(self) -> None:
        """Fold the -wal into the file on quit (after the backup on quit)."""
        self.timer.stop()
        if self.worker is not None:
            self.worker.cancel()  # a full check of a big file stops within a moment
            self.worker.wait(30_000)
        if self.local:
            high_water.checkpoint(self.ctx.paths.db_path, "TRUNCATE", busy_ms=2000)


def install_health_watch(app, window, ctx, safety) -> HealthWatch:
    return HealthWatch(window, ctx, safety, app)
