"""Keeping the data safe from the GUI: start-up check, automatic backups, restore, privacy.

``startup_check(paths)`` runs before the database is opened; ``install_safety``
adds File → Back up now… / Restore from backup…, the customer's Data menu
(Export data… / Erase customer…), the start-up backup (in a worker thread, at
most once per interval) and the backup on quit. Blocking questions go through
small ``ask_*`` / ``choose_*`` methods that tests replace.

Every file or database action the user starts here (back up now, restore, export or
erase a customer, reading what an erase would remove) runs in a worker thread behind a
busy dialog (``run_busy``), so the window keeps painting however long it takes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from cxlogger.core.errors import UserError
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.reminders import high_water
from cxlogger.core.storage import backup, integrity
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths
from cxlogger.ui import db_ops
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import word
from cxlogger.ui.qt import (
    QAbstractItemView,
    QAction,
    QApplication,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QEventLoop,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLocale,
    QMenu,
    QMessageBox,
    QObject,
    QProgressDialog,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QToolButton,
    QVBoxLayout,
)
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.widgets.formats import date_time_text
from cxlogger.ui.worker import run_busy

log = logging.getLogger(__name__)

ALL_CHANGES = ("customers", "interactions", "promises", "followups", "settings", "staff")


# --- start-up -------------------------------------------------------------------------------


def damaged_box(
    message: str, can_restore: bool, details: str = "", go_on: bool = False, parent=None
) -> tuple[QMessageBox, QPushButton | None]:
    """The question about a damaged database (or one that lost changes): a few lines,
    with every problem SQLite listed behind “Show Details…”."""
    if go_on:
        icon, title = (
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("DamagedDatabase", "cxlogger's database is missing changes"),
        )
    else:
        icon, title = (
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("DamagedDatabase", "cxlogger's database is damaged"),
        )
    box = QMessageBox(icon, title, message, parent=parent)
    if details and details != message:
        box.setDetailedText(details)
    restore = None
    if can_restore:
        restore = box.addButton(
            QCoreApplication.translate("DamagedDatabase", "Restore the backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    other = box.addButton(
        QCoreApplication.translate("DamagedDatabase", "Go on without them")
        if go_on
        else QCoreApplication.translate("DamagedDatabase", "Quit"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(restore or other)
    return box, restore


def ask_restore_damaged(
    message: str, can_restore: bool, details: str = "", go_on: bool = False
) -> bool:
    """Ask whether to restore the newest good backup (replaced in tests).

    ``go_on``: the database is healthy but lost its last changes; declining means
    going on with it as it is, not quitting.
    """
    box, restore = damaged_box(message, can_restore, details, go_on)
    box.exec()
    return restore is not None and box.clickedButton() is restore


def startup_check(paths: AppPaths, ask=ask_restore_damaged, early=None) -> bool:
    """The checks before opening (core.health); True if the app may go on.

    A damaged database is copied aside and never written to; the user is offered
    the newest good backup. Declining (or no backup) means quitting. A database
    that lost its last changes with its -wal is copied aside too; the user may
    restore a backup that holds more, or go on with it as it is.
    """
    from cxlogger.ui.app import in_background

    # on a thread of its own: it waits for the early quick check, and once a day runs
    # the full check (seconds at a million interactions) while the window keeps painting
    check = in_background(lambda: integrity.check_on_start(paths, early=early))
    return answer_check(paths, check, ask)


def answer_check(paths: AppPaths, check: integrity.StartupCheck, ask=ask_restore_damaged) -> bool:
    """What ``startup_check`` does with the check's outcome: nothing if it passed; else the
    question about the damaged file (kept aside already) and the restore. True if the app
    may go on (on the file as it is, or on the restored backup)."""
    from cxlogger.ui.app import in_background

    if check.ok:
        return True
    behind = check.behind is not None
    can_restore = check.good_backup is not None
    if not ask(check.message(), can_restore, details=check.details, go_on=behind):
        if behind:  # going on: what the database holds now is the new mark
            high_water.reset(paths.db_path)
            return True
        return False
    if check.good_backup is None:
        return False
    good = check.good_backup.path
    try:
        in_background(lambda: backup.restore_backup(paths, good, backup_current=False))
    except UserError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("backup_dialogs", "The backup was not restored"),
            str(exc),
        )
        return False
    return True


# --- restore dialog -------------------------------------------------------------------------


class RestoreDialog(AppDialog):
    """The backups with date, size and counts; the chosen one is restored by the caller."""

    COLUMNS = ("Date", "Taken", "Size", "Customers", "Interactions")

    def __init__(self, backups: list[backup.BackupInfo], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backups
        self.chosen: Path | None = None
        self.table = QTableWidget(len(backups), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([word(title) for title in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, info in enumerate(backups):
            cells = (
                date_time_text(info.created_at),
                info.reason_label,
                backup.human_size(info.size),
                "" if info.problem else str(info.customers),
                f"cannot be read: {info.problem}" if info.problem else str(info.interactions),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore_selected())
        intro = QLabel(
            self.tr(
                "Choose a backup to go back to. The database as it is now is backed up first, "
                "so this can be undone by restoring that backup."
            )
            if backups
            else self.tr("There are no backups yet. Use File → Back up now… to take one.")
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = QPushButton(self.tr("Other file…"))
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)
        if backups:
            self.table.selectRow(0)

    def _restore_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if rows:
            self.chosen = self.backups[min(rows)].path
            self.accept()

    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore which backup?"),
            "",
            "cxlogger backups (*.sqlite3);;All files (*)",
        )
        return path

    def _choose_file(self) -> None:
        path = self.choose_file()
        if path:
            self.chosen = Path(path)
            self.accept()


# --- the controller -------------------------------------------------------------------------


class SafetyController(QObject):
    """File actions for backups, the customer's Data menu, automatic backups."""

    def __init__(self, window, ctx: AppContext, app: QApplication | None = None):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cxlogger-backup")
        self.pending: Future | None = None
        self.quitting: Future | None = None  # the backup on quit, once started
        self.quit_progress = 0.0  # how far the backup on quit is, 0..1 (its thread writes it)
        self._quit_asked = threading.Event()  # a start-up backup still copying gives way
        self._gave_way = 0.0  # seconds the start-up backup waited for the user (its thread)
        self.local = ctx.paths.is_sqlite and ctx.paths.database_url is None

        self.backup_action = QAction(self.tr("&Back up now…"), window)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.triggered.connect(self.restore)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(self.local)
            window.add_file_action(action)

        self.export_customer_action = QAction(self.tr("&Export data…"), window)
        self.export_customer_action.triggered.connect(lambda: self.export_customer())
        self.erase_customer_action = QAction(self.tr("E&rase customer…"), window)
        self.erase_customer_action.triggered.connect(lambda: self.erase_customer())
        self.data_button = QToolButton()
        self.data_button.setText(self.tr("Data"))
        self.data_button.setToolTip(self.tr("Export or erase everything about this customer"))
        self.data_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.data_button)
        menu.addAction(self.export_customer_action)
        menu.addAction(self.erase_customer_action)
        menu.aboutToShow.connect(self._update_customer_actions)
        self.data_button.setMenu(menu)
        # on the customer panel, once the Customers view is built (when first shown)
        window.when_built("customers", self._add_data_button)
        if app is not None:
            app.aboutToQuit.connect(self.on_quit)
            # logging out: start the backup at once; the quit that follows waits for it
            app.commitDataRequest.connect(lambda _manager: self.start_quit_backup())

    # --- automatic backups --------------------------------------------------------------------
    def start_backup(self) -> Future | None:
        """The start-up backup, off the GUI thread, if one is due."""
        if not self.local:
            return None
        self.pending = self.executor.submit(
            backup.backup_on_start, self.ctx.paths, progress=self._start_progress
        )
        self.pending.add_done_callback(self._log_result)
        return self.pending

    # the start-up backup's copy waits while the user works (a view asked for data in the
    # last moment), at most this long in all: copying 800 MB beside someone scrolling the
    # log at a million interactions made the scrolling stall 30-65 ms
    GIVE_WAY_S = 60.0

    def _start_progress(self, _fraction: float) -> None:
        # quitting while the start-up backup copies: it stops (nothing of it is kept) and
        # the backup on quit, which holds everything it would have, goes at once
        if self._quit_asked.is_set():
            raise backup.BackupCancelled()
        while self.ctx.ops.asked_within(db_ops.PAUSE_S) and self._gave_way < self.GIVE_WAY_S:
            if self._quit_asked.wait(0.1):
                raise backup.BackupCancelled()
            self._gave_way += 0.1

    @staticmethod
    def _log_result(future: Future) -> None:
        exc = future.exception()
        if isinstance(exc, backup.BackupCancelled):
            log.info("the start-up backup gave way to the backup on quit")
        elif exc is not None:
            log.error("automatic backup failed: %s", exc, exc_info=not isinstance(exc, UserError))
        elif future.result() is not None:
            log.info("backup taken: %s", future.result().path)

    def start_quit_backup(self) -> Future | None:
        """Start the backup on quit in the backup thread (once); None for a server database.

        It is skipped there when the newest backup already holds the same data.
        """
        if not self.local:
            return None
        if self.quitting is None:
            self._quit_asked.set()
            self.quitting = self.executor.submit(self._backup_on_quit)
        return self.quitting

    def _backup_on_quit(self) -> backup.BackupInfo | None:
        # the same thread ran the start-up backup (one worker): it has ended or given way
        def progress(fraction: float) -> None:
            self.quit_progress = fraction

        return backup.backup_on_quit(self.ctx.paths, progress=progress)

    def on_quit(self) -> None:
        """The backup on quit, finished before the process ends, without freezing anything.

        The window goes at once; the backup runs in its thread while the event loop
        keeps running, and a small window shows how far it is if it takes a while.
        """
        future = self.start_quit_backup()
        if future is None:
            return
        self.window.hide()
        wait_with_progress(
            future,
            self.tr("cxlogger"),
            self.tr("Backing up your data before quitting…"),
            progress=lambda: self.quit_progress,
        )
        try:
            info = future.result()
        except UserError as exc:
            log.error("backup on quit failed: %s", exc)
        except Exception:
            log.exception("backup on quit failed")
        else:
            if info is not None:
                log.info("backup on quit taken: %s", info.path)
        self.executor.shutdown(wait=True)

    # --- File → Back up now… --------------------------------------------------------------------
    def tell(self, title: str, text: str, problem: bool = False) -> None:
        if problem:
            QMessageBox.warning(self.window, title, text)
        else:
            QMessageBox.information(self.window, title, text)

    def back_up_now(self) -> backup.BackupInfo | None:
        paths = self.ctx.paths
        try:
            info = run_busy(
                self.window,
                QCoreApplication.translate("DamagedDatabase", "Backing up"),
                QCoreApplication.translate("DamagedDatabase", "Backing up the database…"),
                lambda: backup.take_backup(paths, "manual"),
            )
        except UserError as exc:
            self.tell("No backup was taken", str(exc), problem=True)
            return None
        self.tell("Backed up", f"Backed up to {info.path}.\n{info.describe()}")
        self.window.statusBar().showMessage(self.tr("Backed up"), 5000)
        return info

    # --- File → Restore from backup… ------------------------------------------------------------
    def choose_backup(self, backups: list[backup.BackupInfo]) -> Path | None:
        dialog = RestoreDialog(backups, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen

    def confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        ok = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is ok

    def restore(self) -> bool:
        if not self._may("restore", "Not restored"):
            return False
        chosen = self.choose_backup(backup.list_backups(self.ctx.paths))
        if chosen is None:
            return False
        try:
            info = backup.verify_backup(chosen)
        except UserError as exc:
            self.tell("Not restored", str(exc), problem=True)
            return False
        if not self.confirm(
            "Restore this backup?",
            f"Go back to the backup from {info.describe()}?\n\n"
            "Everything entered since then is replaced. The database as it is now is "
            "backed up first, so you can return to it.",
            "Restore",
        ):
            return False
        return self.replace_with(chosen)

    def replace_with(self, chosen: Path) -> bool:
        """Restore ``chosen`` under the running app: its connections closed, the file
        replaced (the current one backed up first, or moved aside if damaged), reopened."""
        self.ctx.ops.wait_idle()  # the queries and saves already asked for end first
        pending, ctx = self.pending, self.ctx

        def replace():  # in a worker: the window keeps painting behind the busy dialog
            if pending is not None:
                pending.result(timeout=120)
            ctx.db.dispose()  # no connection of ours may stay on the old file
            result = backup.restore_backup(ctx.paths, chosen)
            ctx.db = open_database(ctx.paths, before_migrate=backup.before_migrate_hook(ctx.paths))
            self._keep_staff()
            return result

        try:
            result = run_busy(
                self.window,
                QCoreApplication.translate("DamagedDatabase", "Restoring"),
                QCoreApplication.translate("DamagedDatabase", "Restoring the backup…"),
                replace,
            )
        except UserError as exc:
            self.tell("Not restored", str(exc), problem=True)
            return False
        self.ctx.changes.announce(*ALL_CHANGES)
        safety = result.safety_backup
        self.tell(
            "Restored",
            f"Restored the backup from {result.restored.describe()}."
            + (f"\nThe database as it was is kept in {safety.path}." if safety else "")
            + (
                QCoreApplication.translate(
                    "DamagedDatabase", "\nThe damaged database was moved, as it was, to {0}."
                ).format(result.kept_aside)
                if result.kept_aside
                else ""
            ),
        )
        return True

    def _keep_staff(self) -> None:
        keep_staff(self.ctx)

    def _add_data_button(self, customers_view) -> None:
        panel = customers_view.panel
        row = panel.actions_row
        row.insertWidget(max(row.count() - 1, 0), self.data_button)  # before the stretch
        panel.customer_changed.connect(self._update_customer_actions)
        self._update_customer_actions()

    # --- a customer's data ------------------------------------------------------------------------
    def _customer_id(self) -> int | None:
        if not self.window.is_built("customers"):
            return None  # no customer was opened yet
        customer = self.window.customers_view.panel.customer
        return customer.id if customer is not None else None

    def _update_customer_actions(self, *_) -> None:
        has = self._customer_id() is not None
        self.export_customer_action.setEnabled(has)
        self.erase_customer_action.setEnabled(has)
        self.data_button.setEnabled(has)  # like the panel's other buttons

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self.window, self.tr("Export the customer's data into")
        )

    def export_customer(self, customer_id: int | None = None) -> Path | None:
        customer_id = customer_id or self._customer_id()
        if customer_id is None:
            return None
        folder = self.choose_folder()
        if not folder:
            return None
        from cxlogger.core.exchange import privacy

        db = self.ctx.db

        def export() -> Path:
            with db.session() as session:
                return privacy.export_customer(session, customer_id, Path(folder))

        try:
            written = run_busy(
                self.window,
                QCoreApplication.translate("DamagedDatabase", "Exporting"),
                QCoreApplication.translate("DamagedDatabase", "Exporting the customer's data…"),
                export,
            )
        except UserError as exc:
            self.tell("Not exported", str(exc), problem=True)
            return None
        self.tell(
            "Exported",
            f"Everything about this customer is in {written} "
            "(customer.json, and a CSV file per kind of record).",
        )
        return written

    def _may(self, what: str, title: str) -> bool:
        """Whether the staff member using this desk may do an owner's ``what``
        (core/roles.py), asked in a worker; staff are told who can."""
        from cxlogger.core.records import roles

        db, staff_id = self.ctx.db, self.ctx.staff_id

        def check() -> None:
            with db.session() as session, session.begin():
                roles.require_owner(session, staff_id, what)

        try:
            run_busy(self.window, self.tr("Checking"), self.tr("Checking who may do this…"), check)
        except UserError as exc:
            self.tell(title, str(exc), problem=True)
            return False
        return True

    def erase_customer(self, customer_id: int | None = None) -> bool:
        customer_id = customer_id or self._customer_id()
        if customer_id is None:
            return False
        from cxlogger.core.exchange import privacy

        db = self.ctx.db
        staff_id = self.ctx.staff_id

        def read() -> dict:
            from cxlogger.core.records import roles

            with db.session() as session:
                with session.begin():  # only owners erase (core/roles.py)
                    roles.require_owner(session, staff_id, "erase")
                return privacy.customer_record(session, customer_id)

        try:
            record = run_busy(
                self.window,
                QCoreApplication.translate("DamagedDatabase", "Erase customer"),
                QCoreApplication.translate("DamagedDatabase", "Reading what would be erased…"),
                read,
            )
        except UserError as exc:
            self.tell("Not erased", str(exc), problem=True)
            return False
        name = record["customer"]["name"]
        counts = ", ".join(
            f"{len(record.get(t, []))} {label}"
            for t, label in (
                ("interactions", "interactions"),
                ("promises", "promises"),
                ("feedback", "feedback entries"),
                ("followups", "follow-ups"),
            )
        )
        text = (
            f"Erase {name} and everything about them ({counts})? This cannot be undone; "
            "use Export data… first if they asked for a copy.\n\n" + privacy.BACKUPS_KEEP_IT
        )
        kept = privacy.money_rows_kept(record)
        if kept:  # bookkeeping law keeps money rows, without anything personal
            rows = (
                self.tr("Their money record (a sale, refund, credit or goodwill) is kept")
                if kept == 1
                else self.tr(
                    "Their %1 money records (sales, refunds, credits, goodwill) are kept"
                ).replace("%1", QLocale().toString(kept))
            )
            text += (
                "\n\n"
                + rows
                + self.tr(
                    ", as bookkeeping law requires, but without their name, contact details, "
                    "notes or summaries: amounts, dates and references stay as they are, so past "
                    "money exports do not change."
                )
            )
        if not self.confirm(f"Erase {name}?", text, "Erase"):
            return False
        try:  # VACUUM rewrites the whole file: seconds on a large database
            result = run_busy(
                self.window,
                "Erasing",
                f"Erasing {name} and compacting the database…",
                lambda: privacy.erase_customer(self.ctx.db, customer_id),
            )
        except UserError as exc:
            self.tell("Not erased", str(exc), problem=True)
            return False
        self.window.customers_view.panel.show_customer(None)
        self.ctx.changes.announce("customers", "interactions", "promises", "followups")
        self.tell("Erased", result.message())
        return True


def keep_staff(ctx: AppContext) -> None:
    """The restored database may predate whoever is logged in: add them back by name.

    Runs in the restore's worker thread."""
    with ctx.session() as session:
        if session.get(staff_svc.Staff, ctx.staff_id) is not None:
            return
    log.info("staff member %s is not in the restored database", ctx.staff_id)
    with ctx.session() as session:
        anyone = staff_svc.list_staff(session)
        session.commit()
        if anyone:
            ctx.staff_id = anyone[0].id
        else:
            ctx.staff_id = staff_svc.add_staff(session, staff_svc.os_user_name()).id


PROGRESS_STEPS = 1000


def wait_with_progress(
    future: Future,
    title: str,
    text: str,
    show_after_ms: int = 400,
    progress: Callable[[], float] | None = None,
) -> None:
    """Keep the event loop running until ``future`` is done; a small window shows if it
    takes longer than ``show_after_ms`` (work that must finish: no Cancel), with a bar
    filled to ``progress()`` (a fraction, read as it goes), or a busy one without it."""
    if future.done():
        return
    dialog = QProgressDialog(text, "", 0, PROGRESS_STEPS if progress else 0)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setValue(0)  # starts its clock: it shows itself once show_after_ms has passed
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(25)

    def look() -> None:
        if future.done():
            loop.quit()
        elif progress is not None:
            done = round(max(0.0, min(progress(), 1.0)) * PROGRESS_STEPS)
            if done > dialog.value():
                dialog.setValue(min(done, PROGRESS_STEPS - 1))  # full only when done

    poll.timeout.connect(look)
    poll.start()
    if not future.done():
        loop.exec()
    poll.stop()
    dialog.close()
    dialog.deleteLater()


def install_safety(app: QApplication | None, window, ctx: AppContext) -> SafetyController:
    """Add the backup and privacy actions to ``window`` and take the start-up backup."""
    controller = SafetyController(window, ctx, app)
    controller.start_backup()
    return controller
