"""Start-up of the desktop app.

The main window's frame is shown first, as soon as Qt is up; the database layer
loads, the file is checked and opened, and the views are built while the user
already sees the window (the integrity check reads the file in a thread from the
first paint on, and the first screen is shown while it runs).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from typing import TYPE_CHECKING

from cxlogger import APP_NAME
from cxlogger.core.storage.paths import AppPaths, ensure_private_dir
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import (
    QApplication,
    QCoreApplication,
    QDialog,
    QEvent,
    QEventLoop,
    QObject,
    QTimer,
    QToolBar,
    Signal,
)
from cxlogger.ui.widgets.formats import install_plurals
from cxlogger.ui.widgets.icons import app_icon

if TYPE_CHECKING:
    from cxlogger.core.storage.db import Database

log = logging.getLogger(__name__)

# Benchmarks set this to the process start time (epoch seconds): the app prints how
# long it took until the main window first painted, and until it showed its data,
# then quits.
BENCH_ENV = "CXLOGGER_BENCH_FIRST_PAINT"


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(app_icon())
    install_plurals(app)  # "1 interaction", "2 interactions" from "%Ln interaction(s)"
    from cxlogger.ui import gui_thread_gc

    # a worker thread never frees Qt objects in a collection; paused until start-up resumes it
    gui_thread_gc.install(app, paused=True)
    return app


def install_language(app, paths: AppPaths) -> str:
    """The language chosen in Settings for this desktop (local.json), else the desktop's;
    before any window, so every text is in it."""
    from cxlogger.core.storage import local_config
    from cxlogger.ui import i18n

    return i18n.install(app, local_config.load(paths.data_dir).get("language"))


def localize_templates(ctx) -> None:
    """In the background: the untouched English built-in message templates become the
    window's language's (a Norwegian shop's thank-you goes out in Norwegian)."""
    from cxlogger.core.reminders import template_languages
    from cxlogger.ui import i18n

    language, now = i18n.current(), ctx.now()
    if language in template_languages.BY_LANGUAGE:
        ctx.ops.write(
            None,
            lambda session: template_languages.localize_defaults(session, language, now),
            failed=lambda message: log.warning("templates not localized: %s", message),
        )


class _Finished(QObject):
    done = Signal()  # emitted on the worker thread, delivered (queued) on the GUI thread


def in_background(fn, name: str = "cxlogger-start"):
    """``fn()`` on a thread of its own while the GUI thread keeps painting (a local event
    loop runs until it is done); its result, or its exception raised here.

    For the steps of start-up that must finish before the next one (opening and
    migrating the database): the code stays in order, the window never freezes.
    """
    if QCoreApplication.instance() is None:  # no event loop to keep going (core tests)
        return fn()
    outcome: dict = {}
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit)

    def work() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome["error"] = exc
        finally:
            finished.done.emit()

    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    if thread.is_alive():
        loop.exec()
    thread.join()  # the loop may have ended early (the app is quitting): finish anyway
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def open_or_explain(paths: AppPaths) -> Database | None:
    """Open (and migrate, after the backup it needs) on a thread of its own."""
    from cxlogger.core.errors import UserError

    def work():
        from cxlogger.core.storage import backup
        from cxlogger.core.storage.db import open_database  # its imports, too, off the GUI thread

        return open_database(paths, before_migrate=backup.before_migrate_hook(paths))

    try:
        return in_background(work)
    except UserError as exc:
        offline = open_offline(paths, exc)
        if offline is not None:
            return offline
        from cxlogger.ui.qt import QMessageBox  # (named only when shown: ~2 ms of enums)

        QMessageBox.critical(
            None, QCoreApplication.translate("app", "cxlogger cannot open its data"), str(exc)
        )
        return None


def open_offline(paths: AppPaths, exc: BaseException) -> Database | None:
    """The shared server cannot be reached: start with this desk's cache and outbox, if it
    has them (issue 12). The Database is marked ``offline``; it connects when it can."""
    import uuid

    from sqlalchemy.orm import sessionmaker

    from cxlogger.core.storage.db import Database, make_engine
    from cxlogger.core.sync.outbox import Outbox, is_unreachable

    if paths.is_sqlite or not is_unreachable(exc.__cause__):
        return None
    box = Outbox.in_folder(paths.data_dir)
    if not box.exists() or not box.cached_staff():
        return None  # never online on this desk: nothing to work from
    engine = make_engine(paths.url)
    sessions = sessionmaker(engine, expire_on_commit=False, info={"cx_origin": uuid.uuid4().hex})
    db = Database(engine, sessions, paths)
    db.offline = True
    log.info("the shared server cannot be reached: starting with this desk's cache")
    return db


def tell_restore_finished(window) -> None:
    """Say that the restore cut short last time has been completed (replaced in tests)."""
    from cxlogger.ui.qt import QMessageBox

    QMessageBox.information(
        window,
        QCoreApplication.translate("Startup", "Restore completed"),
        QCoreApplication.translate(
            "Startup",
            "The restore that was interrupted last time has been completed: cxlogger now "
            "holds the backup you chose. The data as it was before is kept in the backups "
            "(or, if it was damaged, in the “damaged” folder).",
        ),
    )


def data_dir_usable(paths: AppPaths) -> bool:
    """Make sure the data folder exists and can be written; if not, say why in a dialog."""
    from cxlogger.core.errors import UserError
    from cxlogger.core.storage.paths import check_data_dir

    try:
        check_data_dir(paths.data_dir)
        try:
            ensure_private_dir(paths.data_dir)
        except OSError as exc:
            check_data_dir(paths.data_dir)  # explains most causes; else the plain reason
            raise UserError(
                f"The data folder {paths.data_dir} cannot be used: {exc.strerror or exc}. "
                "Choose another folder with --data-dir (or CXLOGGER_DATA_DIR)."
            ) from exc
    except UserError as exc:
        from cxlogger.ui.qt import QMessageBox

        QMessageBox.critical(
            None,
            QCoreApplication.translate("Startup", "cxlogger cannot use its data folder"),
            str(exc),
        )
        return False
    return True


def identify_staff(db: Database, paths: AppPaths, demo: bool, writable=None) -> int | None:
    """The staff member using this desktop; asked on the first start.

    ``writable()``, if given, returns the database to ask with (``db`` may be read-only
    while the start-up check runs), or None if the app is not going on."""
    from cxlogger.ui.dialogs.staff_dialogs import WhoAreYouDialog, current_staff_id, remember_staff

    def remembered() -> int | None:  # on a thread of its own: the GUI thread never waits
        if getattr(db, "offline", False):  # started without the server: the desk's cache
            from cxlogger.core.storage import local_config
            from cxlogger.core.sync.outbox import Outbox

            staff_id = local_config.load(paths.data_dir).get("staff_id")
            cached = dict(Outbox.in_folder(paths.data_dir).cached_staff())
            return staff_id if staff_id in cached else None
        staff_id = current_staff_id(db, paths)
        if staff_id is None and demo:
            from cxlogger.core.records import staff as staff_svc

            with db.session() as session:
                members = staff_svc.list_staff(session)
            staff_id = members[0].id if members else None
        return staff_id

    staff_id = in_background(remembered)
    if staff_id is None:
        if writable is not None:
            db = writable()
            if db is None:
                return None
        dialog = WhoAreYouDialog(db, paths=paths)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.staff_id is None:
            return None
        staff_id = dialog.staff_id
    remember_staff(paths, staff_id)
    return staff_id


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, right after the watched window first paints.

    ``at_paint``, if given, is called during that paint event itself (benchmarks).
    """

    def __init__(self, window, then, at_paint=None):
        super().__init__(window)
        self.then = then
        self.at_paint = at_paint
        self.fired = False
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            obj.removeEventFilter(self)  # once: the window's other events pass untouched
            if self.at_paint is not None:
                self.at_paint()
            QTimer.singleShot(0, self.then)  # let this paint finish first
        return False


# The core modules the steps after the first paint need (all of them load on a normal
# start anyway): SQLAlchemy and the models alone take ~0.3 s to import, which on the GUI
# thread would freeze the window that has just painted. They are imported first, on a
# thread of their own (core modules only: no Qt class is defined off the GUI thread).
PRELOADED = (
    "sqlalchemy.orm",
    "cxlogger.core.models",
    "cxlogger.core.storage.db",
    "cxlogger.core.records.history",
    "cxlogger.core.records.staff",
    "cxlogger.core.records.customers",
    "cxlogger.core.records.promises",
    "cxlogger.core.reminders.followups",
    "cxlogger.core.records.interaction_log",
    "cxlogger.core.records.undo",
    "cxlogger.core.reminders.messages",
    "cxlogger.core.storage.backup",
    "cxlogger.core.storage.health",
    "cxlogger.core.storage.leftovers",
    "cxlogger.core.records.team",
    "cxlogger.core.records.onboarding",
    "cxlogger.core.records.heads_ups",
    "cxlogger.core.records.settings",
    "cxlogger.core.exchange.csv_safety",
    "cxlogger.core.reminders.template_languages",
    "cxlogger.core.sync.live",
    "cxlogger.core.sync.outbox",
)


def _preload() -> None:
    import importlib

    for name in PRELOADED:
        importlib.import_module(name)


class Startup:
    """The steps after the window frame is up; ``exit_code`` is set if start-up stops."""

    def __init__(
        self,
        app,
        window: MainWindow,
        paths: AppPaths,
        demo: bool,
        start_hidden: bool,
        early_check,
        instance,
    ):
        self.app, self.window, self.paths, self.demo = app, window, paths, demo
        self.start_hidden, self.early_check, self.instance = start_hidden, early_check, instance
        self.ctx = None
        self.parts: list = []  # controllers that live as long as the app
        self.reminders = self.safety = self.gc = None
        self.offline = False
        # the start-up check: passed (or answered) yet; its thread while it runs
        self.checked, self.check, self._answered = False, None, False
        self.rows_shown = False  # Today's and the log's first rows are on screen
        self.exit_code: int | None = None  # the check failed and the user chose to quit
        self.ctx_db = None  # the database opened for writing before the context existed

    def run(self) -> None:
        from cxlogger.ui import gui_thread_gc

        self.gc = gui_thread_gc.collector(self.app)
        if self.gc is not None:
            self.gc.pause()  # resumed (start-up's objects frozen) after the later steps
        code = self._steps()
        if code is not None:
            self.app.exit(code)

    def _steps(self) -> int | None:
        in_background(_preload, "cxlogger-imports")  # the window keeps painting meanwhile
        # the first screen's UI modules, while the start-up check still reads the file in
        # its thread (a second or more at a million interactions)
        import_in_slices(FIRST_SCREEN_MODULES)
        from cxlogger.core.storage import leftovers
        from cxlogger.ui.context import AppContext
        from cxlogger.ui.dialogs import backup_dialogs

        # what interrupted work left (we hold the instance lock): swept, or completed
        # (a restore past its point of no return; an erase's purge)
        # (file work, on a thread of its own: the window keeps painting)
        recovered = in_background(lambda: leftovers.recover(self.paths, exclusive=True))
        early = None if recovered.changed_database else self.early_check
        if recovered.restore_finished:
            tell_restore_finished(self.window)
        # The first screen reads the file while the start-up check still runs (a second or
        # more at a million interactions; once a day the full check, several): through
        # read-only connections, with every write held until the check passes.
        db = None
        if early is not None:
            from cxlogger.core.storage.db import open_read_only

            db = in_background(lambda: open_read_only(self.paths))
        if db is not None:
            self.check = _CheckInBackground(self.paths, early, self.window)
            self.check.finished.connect(self._checked)
            staff_id = identify_staff(db, self.paths, self.demo, writable=self._writable)
            if self.ctx_db is not None:  # the check passed meanwhile: the file for writing
                db.dispose()
                db = self.ctx_db
            if staff_id is None or self.exit_code is not None:
                db.dispose()
                return self.exit_code if self.exit_code is not None else 0
        else:
            # the old way (a new file, one to migrate, a server, a restore just completed):
            # damaged: kept aside, a good backup offered
            if not backup_dialogs.startup_check(self.paths, early=early):
                return 2
            db = open_or_explain(self.paths)
            if db is None:
                return 2
            self.checked = True
            staff_id = identify_staff(db, self.paths, self.demo)
        if staff_id is None:
            db.dispose()
            return 0
        self.ctx = AppContext(db, self.paths, staff_id, demo=self.demo)
        if not self.checked:
            self.ctx.ops.hold_writes()  # until the check passes (_checked)
        self.offline = getattr(db, "offline", False)
        if self.offline:  # the views' first questions must already know the server is away
            self._install_live()
        # The first screen first: the log and Today ask for their rows before anything else
        # (ctx.ops has two readers: both at once). Each long step on the GUI thread is a
        # slice of its own, with the event loop running in between (the window paints).
        self.window.attach(self.ctx)  # the log; the other views are built when first shown
        # the rest once Today's and the log's rows are on screen (or after a few seconds)
        first_rows = _FirstRows(self.window, self.window.interactions_view.model, self)
        breathe()
        from cxlogger.ui.desktop.reminders import install_reminders

        # the Today view (shown first), the tray and the reminders' menus; the notifier
        # starts with what comes later
        self.reminders = install_reminders(self.app, self.window, self.ctx)
        first_rows.today = self.reminders.today
        self.parts.append(self.reminders)
        self.instance.activated.connect(self.reminders.show_window)
        gc.freeze()  # the modules loaded so far live as long as the app: no collection walks them
        return None

    def later_steps(self) -> list:
        """Start-up work nobody waits for, done after the first rows are on screen, one step
        per turn of the event loop (each is short on the GUI thread)."""
        return [
            lambda: localize_templates(self.ctx),
            self._install_live,  # other desks' changes appear here; the offline banner
            # the notifier (what came due while the app was closed; the catch-up after a
            # bulk import), the desktop's notifications; shows the window unless hidden
            lambda: self.reminders.start(self.start_hidden),
            self._start_team_watch,  # the daily digest, "handed to you" notifications
            self._install_safety,  # backups on start and quit (the start-up backup's thread)
            self._install_health_watch,  # idle: checkpoint, daily full check
            self._collect_again,
        ]

    # --- the start-up check, while the first screen is shown -----------------------------------

    def first_rows_shown(self) -> None:
        """The later steps start once the rows are shown AND the check passed."""
        self.rows_shown = True
        if self.checked:
            self.run_later_steps()

    def _writable(self):
        """A first start asks who is at the desk, which writes: wait for the check here."""
        check = in_background(self.check.wait, "cxlogger-check-wait")
        self._checked(check)  # unless its signal came first, during that wait
        return self.ctx_db if self.exit_code is None else None

    def _checked(self, check) -> None:
        """The check's outcome, on the GUI thread: writes go on, or the damaged-file flow."""
        from cxlogger.ui.dialogs import backup_dialogs

        if self._answered:  # from its signal, or waited for by a first start's question
            return
        self._answered = True
        if check is None:  # the check itself failed (a bug): as a damaged file would, quit
            check = _bug_check()
        if not check.ok and not self._damaged(check, backup_dialogs):
            self._stop()
            return
        db = open_or_explain(self.paths)  # now for writing: migrations, pragmas, counters
        if db is None:
            self._stop()
            return
        if self.ctx is None:
            self.ctx_db = db
        else:
            old, self.ctx.db = self.ctx.db, db
            old.dispose()
            if not check.ok:  # restored: who is here may predate the backup
                in_background(lambda: backup_dialogs.keep_staff(self.ctx))
            self.ctx.ops.release_writes()
            if not check.ok:
                _show_data(self.window, True)
                self.ctx.changes.announce(*backup_dialogs.ALL_CHANGES)
        self.checked = True
        if self.rows_shown:
            self.run_later_steps()

    def _stop(self) -> None:
        """Start-up ends with code 2 (the file failed, or cannot be opened for writing)."""
        self.exit_code = 2
        if self.ctx is not None:  # past start-up: the app ends here
            self.app.exit(2)

    def _damaged(self, check, backup_dialogs) -> bool:
        """The file failed its check (kept aside already): nothing is written to it, the
        views stop showing its data, and the user is offered the newest good backup.
        True if the app goes on (restored, or going on without lost changes)."""
        if self.ctx is not None:
            self.ctx.ops.refuse_writes(
                QCoreApplication.translate(
                    "Startup",
                    "Not saved: cxlogger found its database damaged, so nothing was written "
                    "to it. What you entered is still here: copy it before closing, and enter "
                    "it again once the data is restored.",
                )
            )
            _show_data(self.window, False)
            self.ctx.db.dispose()  # its connections on the damaged file closed
        return backup_dialogs.answer_check(self.paths, check)

    # Each later step waits for a pause in the user's work (no view asked for data for
    # db_ops.PAUSE_S) and for the database work of the steps before it to end, until
    # PAUSE_WAIT_S after the steps were ready (nothing is held up for longer). At a
    # million interactions the check passes ~50 s after the start, often while the user
    # scrolls or searches: the steps together (the start-up backup's copy, the
    # notifier's catch-up, Today's new cards) made the scrolling stall 65-95 ms for three
    # seconds, and run together in a pause, 40-90 ms.
    PAUSE_WAIT_S = 20.0

    def run_later_steps(self) -> None:
        from cxlogger.ui import db_ops

        steps = self.later_steps()
        ready = time.monotonic()

        def next_step() -> None:
            if not steps or self.ctx is None:
                return
            waited = time.monotonic() - ready
            ops = self.ctx.ops
            if (ops.asked_within(db_ops.PAUSE_S) or ops.busy()) and waited < self.PAUSE_WAIT_S:
                QTimer.singleShot(100, self.window, next_step)
                return
            steps.pop(0)()
            QTimer.singleShot(1, self.window, next_step)  # (a 0 ms chain starves timers)

        next_step()

    def _collect_again(self) -> None:
        if self.gc is not None:
            self.gc.resume()  # what start-up built is frozen: it lives as long as the app
        else:
            gc.freeze()

    def _install_live(self) -> None:
        if self.ctx.live is not None:
            return
        from cxlogger.ui import live

        # other desks' changes appear here; on a shared server, the outbox and the banner
        self.parts.append(live.install(self.window, self.ctx, self.offline))

    def _install_safety(self) -> None:
        from cxlogger.ui.dialogs import backup_dialogs

        self.safety = backup_dialogs.install_safety(self.app, self.window, self.ctx)
        self.parts.append(self.safety)

    def _install_health_watch(self) -> None:
        from cxlogger.ui.desktop.health_watch import install_health_watch

        # idle: checkpoint, daily full check; checkpoint on quit
        self.parts.append(install_health_watch(self.app, self.window, self.ctx, self.safety))

    def _start_team_watch(self) -> None:
        from cxlogger.ui.team import TeamWatch

        team_watch = TeamWatch(self.ctx, self.window, self.reminders.show_notices)
        self.parts.append(team_watch)
        team_watch.start()


# The UI modules of the first screen, imported one per turn of the event loop before it is
# built (compiling and running a big module is tens of ms on the GUI thread; in one go they
# froze the window for a few hundred). Qt classes are defined on the GUI thread only.
FIRST_SCREEN_MODULES = (
    "cxlogger.ui.db_ops",
    "cxlogger.ui.views.table_model",
    "cxlogger.ui.views.interaction_log_model",
    "cxlogger.ui.views.interactions_view",
    "cxlogger.ui.csv_actions",
    "cxlogger.ui.team",
    "cxlogger.ui.widgets.heads_up_widgets",
    "cxlogger.ui.widgets.due_format",
    "cxlogger.ui.views.today_view",
    "cxlogger.ui.desktop.notifier",
    "cxlogger.ui.desktop.desktop_notifications",
    "cxlogger.ui.desktop.tray",
    "cxlogger.ui.desktop.reminders",
)


def import_in_slices(names) -> None:
    import importlib

    for name in names:
        if name not in sys.modules:
            importlib.import_module(name)
            breathe()


def breathe() -> None:
    """Let the event loop run once between two long start-up steps on the GUI thread: the
    window paints, timers fire, answers from the database are shown."""
    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()


class _FirstRows(QObject):
    """Runs the start-up's later steps once Today's board and the log's first page have
    arrived (and had a moment to paint), or after ``WAIT_MS`` whatever happened."""

    WAIT_MS = 5000
    PAINT_MS = 30  # the rows' first paint comes before the later steps

    def __init__(self, window, log_model, startup: Startup):
        super().__init__(window)
        self.today = None  # set once the Today view exists
        self.startup, self.fired = startup, False
        self.log_loaded = False
        log_model.loaded.connect(self._log_loaded)
        self.poll = QTimer(self)
        self.poll.setInterval(10)
        self.poll.timeout.connect(self._check)
        self.poll.start()
        QTimer.singleShot(self.WAIT_MS, self, self._go)

    def _log_loaded(self) -> None:
        self.log_loaded = True

    def _check(self) -> None:
        if self.log_loaded and self.today is not None and self.today.loaded:
            self.poll.stop()
            QTimer.singleShot(self.PAINT_MS, self, self._go)

    def _go(self) -> None:
        if self.fired:
            return
        self.fired = True
        self.poll.stop()
        self.startup.first_rows_shown()


class _CheckDone(QObject):
    finished = Signal(object)  # emitted on the check's thread, delivered on the GUI thread


class _CheckInBackground(QObject):
    """The start-up check (integrity.check_on_start: the early quick check's result, the
    daily full check, the high-water mark) on a thread of its own; ``finished(check)`` on
    the GUI thread with its StartupCheck, or None if the check itself failed."""

    finished = Signal(object)

    def __init__(self, paths: AppPaths, early, parent=None):
        super().__init__(parent)
        self._done = threading.Event()
        self._result = None
        self._relay = _CheckDone()
        self._relay.finished.connect(self.finished)
        self._thread = threading.Thread(target=self._run, args=(paths, early), daemon=True)
        self._thread.name = "cxlogger-check"
        self._thread.start()

    def _run(self, paths, early) -> None:
        from cxlogger.core.storage import integrity

        try:
            self._result = integrity.check_on_start(paths, early=early)
        except Exception:
            log.exception("the start-up check failed")
        finally:
            self._done.set()
            self._relay.finished.emit(self._result)

    def wait(self):
        self._done.wait()
        return self._result


def _bug_check():
    from cxlogger.core.storage.integrity import StartupCheck

    return StartupCheck(
        False,
        "the check could not be completed; the details are in the log",
        details="",
    )


def _show_data(window, shown: bool) -> None:
    """Show or hide (and disable) the views, menus and toolbar: after a failed check they
    must neither show nor act on the damaged file's data."""
    window.centralWidget().setVisible(shown)
    window.menuBar().setEnabled(shown)
    for bar in window.findChildren(QToolBar):
        bar.setEnabled(shown)


def _bench_probe(startup: Startup) -> tuple:
    """For the start-up tests (tests/ui/test_startup.py): report the two moments, then quit.

    Returns the ``at_paint`` callback for the window's first paint.
    """
    started = float(os.environ[BENCH_ENV])

    def first_paint() -> None:
        print(f"first-paint-seconds {time.time() - started:.4f}", flush=True)

    def data_shown() -> None:
        print(f"data-shown-seconds {time.time() - started:.4f}", flush=True)
        QApplication.quit()

    run = startup.run

    def run_then_watch() -> None:
        run()
        # the data comes from the background: wait for the first view's answer (Today
        # says ``loaded``), then report its next paint
        view = startup.window.stack.currentWidget()

        def when_loaded() -> None:
            if not getattr(view, "loaded", True):
                QTimer.singleShot(5, when_loaded)
                return
            _AfterFirstPaint(view, lambda: None, at_paint=data_shown)
            view.update()

        when_loaded()

    startup.run = run_then_watch
    return first_paint


def run_gui(
    paths: AppPaths, start_hidden: bool = False, demo: bool = False, check_early: bool = False
) -> int:
    """The desktop app. ``check_early``: the start-up check starts reading the file in a
    thread as soon as the frame has painted (the first screen is shown while it runs)."""
    app = make_application()
    install_language(app, paths)  # before any window or message
    from cxlogger.ui import error_handling
    from cxlogger.ui.desktop import single_instance

    if paths.database_url is None:
        if not data_dir_usable(paths):
            return 2
        # the log file's handler once the window has painted (or at the first error)
        error_handling.install_excepthook(paths.data_dir / error_handling.LOG_NAME)
    else:
        error_handling.install_excepthook(None)

    # the lock before any window (a second start wakes the first); the socket that second
    # start knocks on once the window has painted (it keeps trying for a few seconds)
    instance = single_instance.claim(paths, listen=False)
    if instance is None:
        return 0
    window = MainWindow(paths=paths, demo=demo)
    startup = Startup(app, window, paths, demo, start_hidden, None, instance)
    at_paint = _bench_probe(startup) if os.environ.get(BENCH_ENV) else None

    def after_paint() -> None:
        if check_early:
            # not before the paint: its module and the thread's work are ~15 ms of Python
            from cxlogger.core.storage.integrity import EarlyQuickCheck

            startup.early_check = EarlyQuickCheck(paths)
        if paths.database_url is None:
            try:
                error_handling.log_to_file(paths.data_dir)
            except OSError as exc:  # the app works on; its log goes to stderr only
                log.warning("cannot write the log file in %s: %s", paths.data_dir, exc)
        instance.listen()
        QTimer.singleShot(0, startup.run)

    if start_hidden:
        QTimer.singleShot(0, after_paint)
    else:
        _AfterFirstPaint(window, after_paint, at_paint=at_paint)
        window.show()
    try:
        return app.exec()
    finally:
        if startup.ctx is not None:
            if startup.ctx.live is not None:
                startup.ctx.live.stop()
            startup.ctx.ops.shutdown()  # writes already asked for are finished, never dropped
            startup.ctx.db.dispose()
