"""Start-up of the desktop app: open the database, know who is using it, show the window."""

from __future__ import annotations

import logging
import os
import sys
import time

from cxlogger import APP_NAME
from cxlogger.core import backup
from cxlogger.core.db import Database, open_database
from cxlogger.core.errors import UserError
from cxlogger.core.paths import AppPaths, ensure_private_dir
from cxlogger.ui.context import AppContext
from cxlogger.ui.icons import app_icon
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QApplication, QDialog, QEvent, QMessageBox, QObject, QTimer
from cxlogger.ui.staff_dialogs import WhoAreYouDialog, current_staff_id, remember_staff

log = logging.getLogger(__name__)

# Benchmarks set this to the process start time (epoch seconds): the app prints how
# long it took until the main window first painted, then quits.
BENCH_ENV = "CXLOGGER_BENCH_FIRST_PAINT"


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(app_icon())
    return app


def open_or_explain(paths: AppPaths) -> Database | None:
    try:
        return open_database(paths, before_migrate=backup.before_migrate_hook(paths))
    except UserError as exc:
        QMessageBox.critical(None, "cxlogger cannot open its data", str(exc))
        return None


def identify_staff(db: Database, paths: AppPaths, demo: bool) -> int | None:
    """The staff member using this desktop; asked on the first start."""
    staff_id = current_staff_id(db, paths)
    if staff_id is None and demo:
        from cxlogger.core import staff as staff_svc

        with db.session() as session:
            members = staff_svc.list_staff(session)
        staff_id = members[0].id if members else None
    if staff_id is None:
        dialog = WhoAreYouDialog(db)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.staff_id is None:
            return None
        staff_id = dialog.staff_id
    remember_staff(paths, staff_id)
    return staff_id


class _FirstPaintProbe(QObject):
    def __init__(self, started: float):
        super().__init__()
        self.started = started
        self.done = False

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # let this paint finish, then report and leave
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint-seconds {time.time() - self.started:.4f}", flush=True)
        QApplication.quit()


def run_gui(
    paths: AppPaths, start_hidden: bool = False, demo: bool = False, early_check=None
) -> int:
    app = make_application()
    from cxlogger.ui import backup_dialogs, error_handling, single_instance

    if paths.database_url is None:
        ensure_private_dir(paths.data_dir)
        error_handling.install_excepthook(error_handling.log_to_file(paths.data_dir))
    else:
        error_handling.install_excepthook(None)

    instance = single_instance.claim(paths)  # before the database: a second start wakes the first
    if instance is None:
        return 0
    # damaged: kept aside, a good backup offered
    if not backup_dialogs.startup_check(paths, early=early_check):
        return 2
    db = open_or_explain(paths)
    if db is None:
        return 2
    try:
        staff_id = identify_staff(db, paths, demo)
        if staff_id is None:
            return 0
        ctx = AppContext(db, paths, staff_id, demo=demo)
        window = MainWindow(ctx)
        probe = None
        if os.environ.get(BENCH_ENV):
            probe = _FirstPaintProbe(float(os.environ[BENCH_ENV]))
            window.installEventFilter(probe)
        from cxlogger.ui.reminders import install_reminders

        # Today view, tray, notifications, close-to-tray; shows the window unless hidden
        safety = backup_dialogs.install_safety(app, window, ctx)  # noqa: F841 (lives with app)
        reminders = install_reminders(app, window, ctx)
        reminders.start(start_hidden)
        instance.activated.connect(reminders.show_window)
        return app.exec()
    finally:
        db.dispose()
