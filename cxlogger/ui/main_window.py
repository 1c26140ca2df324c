"""The main window: a sidebar of views, menus, the Ctrl+L quick-log action."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from cxlogger import APP_TITLE, __version__
from cxlogger.core.storage.paths import AppPaths
from cxlogger.ui.context import window_settings
from cxlogger.ui.qt import (
    QAction,
    QApplication,
    QByteArray,
    QCloseEvent,
    QDialog,
    QGuiApplication,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QRect,
    QShowEvent,
    QSize,
    QStackedWidget,
    QTimer,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets.icons import app_icon, standard

if TYPE_CHECKING:
    from cxlogger.ui.context import AppContext

log = logging.getLogger(__name__)

# This module imports only Qt: the window's frame paints while the database layer
# and the views are still loading (see attach()). Views and dialogs are imported
# where they are first used.
#
# Nor the ``Qt`` namespace, until the frame has painted: PySide6 builds all of its
# hundred-odd enums as Python classes the first time it is asked for (~20-35 ms, most of
# a bare Qt window's whole start). The few Qt values the frame needs are set by their
# names through Qt's property system (setProperty), which reads them in C++.

# Style sheets are set on the few widgets they style: one on the whole window would
# make Qt style every widget through the (slow) style-sheet engine.
SIDEBAR_STYLE = """
QListWidget { border: none; background: palette(window); font-size: 14px; }
QListWidget::item { padding: 8px 10px; border-radius: 6px; }
QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


def fit_rect(rect: QRect, areas: list[QRect]) -> QRect:
    """``rect`` moved, and shrunk if it is bigger, into the one of ``areas`` (screens'
    available geometries) it overlaps most or, if none, the nearest."""
    if not areas:
        return QRect(rect)

    def remoteness(area: QRect) -> int:
        if area.intersects(rect):
            overlap = area.intersected(rect)
            return -overlap.width() * overlap.height()
        dx = max(area.left() - rect.right(), rect.left() - area.right(), 0)
        dy = max(area.top() - rect.bottom(), rect.top() - area.bottom(), 0)
        return dx * dx + dy * dy

    area = min(areas, key=remoteness)
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = min(max(rect.x(), area.x()), area.x() + area.width() - width)
    y = min(max(rect.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


def style_titles(root: QWidget) -> None:
    """Bigger, bold view titles and section headings (labels named viewTitle/sectionTitle)."""
    from cxlogger.ui.qt import QFont

    for label in root.findChildren(QLabel):
        name = label.objectName()
        if name in ("viewTitle", "sectionTitle"):
            font = QFont(label.font())
            font.setBold(True)
            if name == "viewTitle":
                font.setPointSizeF(font.pointSizeF() * 1.45)
            label.setFont(font)
            label.setContentsMargins(0, 2, 0, 6 if name == "viewTitle" else 0)


def _name_controls(widget: QWidget) -> None:
    from cxlogger.ui import accessibility

    accessibility.name_controls(widget)


class MainWindow(QMainWindow):
    """With a context, the whole window. Without one, its frame only (menus, toolbar,
    "Opening…"), shown at once while start-up goes on; ``attach(ctx)`` fills it in."""

    def __init__(
        self, ctx: AppContext | None = None, *, paths: AppPaths | None = None, demo: bool = False
    ):
        super().__init__()
        self.ctx: AppContext | None = None
        self.paths = ctx.paths if ctx is not None else paths
        self.demo = ctx.demo if ctx is not None else demo
        self.setWindowIcon(app_icon())
        self.setWindowTitle(APP_TITLE + (" — " + self.tr("demo data") if self.demo else ""))

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setFixedWidth(170)
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.loading = QLabel(self.tr("Opening your customer records…"))
        self.loading.setProperty("alignment", "AlignCenter")  # Qt.AlignmentFlag.AlignCenter
        self.stack.addWidget(self.loading)
        views = QWidget()
        layout = QHBoxLayout(views)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        # banners (offline, ui/live.py) go above the views: into this layout, so adding
        # one never moves the views to a new parent (at 100k that was a 50-120 ms stall:
        # every widget of every built view got its parent-change and polish events)
        central = QWidget()
        self.banners = QVBoxLayout(central)
        self.banners.setContentsMargins(0, 0, 0, 0)
        self.banners.setSpacing(0)
        self.banners.addWidget(views, 1)
        self.setCentralWidget(central)
        self.views: dict[str, QWidget] = {}
        # views built when first shown or asked for (add_lazy_view), and what waits for them
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._when_built: dict[str, list[Callable[[QWidget], None]]] = {}
        # what was asked before the database was open (a customer to show), done by attach
        self._after_attach: list[Callable[[], None]] = []

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_undo_offer()
        for action in (
            self.log_action,
            self.add_customer_action,
            self.staff_action,
            self.find_action,
        ):
            action.setEnabled(False)
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Build the views on an open database.

        The interactions log is built now; the other views when they are first shown (or
        first asked for: ``window.customers_view``), so their modules, widgets and queries
        never stand between the start and the first screen's rows."""
        from cxlogger.ui.csv_actions import add_csv_actions
        from cxlogger.ui.qt import QStyle
        from cxlogger.ui.views.interactions_view import InteractionsView

        self.ctx = ctx
        self.log_action.setIcon(standard(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        self.interactions_view = InteractionsView(ctx)
        self.add_view(
            "interactions",
            self.tr("Interactions"),
            self.interactions_view,
            standard(QStyle.StandardPixmap.SP_FileDialogDetailedView),
        )
        self.add_lazy_view(
            "customers",
            self.tr("Customers"),
            self._build_customers,
            standard(QStyle.StandardPixmap.SP_DirHomeIcon),
        )
        self.add_lazy_view(
            "promises",
            self.tr("Promises"),
            self._build_promises,
            standard(QStyle.StandardPixmap.SP_DialogApplyButton),
        )
        self.add_lazy_view(
            "losing_touch",
            self.tr("Losing touch"),
            self._build_losing_touch,
            standard(QStyle.StandardPixmap.SP_MessageBoxInformation),
        )
        self.add_lazy_view(
            "reports",
            self.tr("Reports"),
            self._build_reports,
            standard(QStyle.StandardPixmap.SP_FileDialogInfoView),
        )
        self.interactions_view.open_customer.connect(self.show_customer)
        self.interactions_view.open_record.connect(self.open_record)

        add_csv_actions(self, ctx)  # File → Export…, File → Import customers…
        for action in (
            self.log_action,
            self.add_customer_action,
            self.staff_action,
            self.find_action,
        ):
            action.setEnabled(True)
        # who's at the desk: the status bar's switcher and Ctrl+Shift+U (ui/team.py)
        from cxlogger.ui.team import DeskSwitcher

        self.desk_switcher = DeskSwitcher(ctx, self)
        self.statusBar().addPermanentWidget(self.desk_switcher)
        ctx.changes.changed.connect(self._on_changed)
        ctx.ops.error.connect(self.show_background_error)
        self._attach_corrections()
        self.sidebar.setCurrentRow(0)
        for then in self._after_attach:
            then()
        self._after_attach.clear()
        QTimer.singleShot(self.IMPORT_VIEWS_AFTER_MS, self, self._import_a_view_module)

    # the modules of the views built on first use, imported a while after the first screen,
    # one per turn (2-4 ms each): imported on the first click, one was part of that stall
    LAZY_VIEW_MODULES = [
        "cxlogger.ui.views.customers_view",
        "cxlogger.ui.views.promises_view",
        "cxlogger.ui.views.losing_touch_view",
        "cxlogger.ui.views.reports_view",
    ]
    IMPORT_VIEWS_AFTER_MS = 3000

    def _import_a_view_module(self, index: int = 0) -> None:
        if index < len(self.LAZY_VIEW_MODULES):
            __import__(self.LAZY_VIEW_MODULES[index])
            QTimer.singleShot(100, self, lambda: self._import_a_view_module(index + 1))

    def _build_customers(self) -> QWidget:
        from cxlogger.ui.views.customers_view import CustomersView

        view = CustomersView(self.ctx)
        view.add_requested.connect(self.add_customer)
        panel = view.panel
        panel.log_requested.connect(self.log_interaction_for)
        panel.promise_requested.connect(self.add_promise_for)
        panel.edit_requested.connect(self.edit_customer)
        panel.archive_requested.connect(self.archive_customer)
        view.open_record.connect(self.open_record)
        view.merge_requested.connect(self.merge_customers)
        return view

    def _build_promises(self) -> QWidget:
        from cxlogger.ui.views.promises_view import PromisesView

        view = PromisesView(self.ctx)
        view.open_customer.connect(self.show_customer)
        view.open_record.connect(self.open_record)
        return view

    def _build_losing_touch(self) -> QWidget:
        from cxlogger.ui.views.losing_touch_view import LosingTouchView

        view = LosingTouchView(self.ctx)
        view.open_customer.connect(self.show_customer)
        view.log_requested.connect(self.log_interaction_for)
        return view

    def _build_reports(self) -> QWidget:
        from cxlogger.ui.views.reports_view import ReportsView

        view = ReportsView(self.ctx)  # builds its contents when first shown
        view.open_customer.connect(self.show_customer)
        view.show_interactions.connect(self.show_interactions_for)
        return view

    # the views built on first use (add_lazy_view in attach)
    customers_view = property(lambda self: self.view("customers"))
    promises_view = property(lambda self: self.view("promises"))
    losing_touch_view = property(lambda self: self.view("losing_touch"))
    reports_view = property(lambda self: self.view("reports"))

    # --- views ---------------------------------------------------------------------------
    def add_view(self, key: str, title: str, widget: QWidget, icon=None, index: int = -1) -> None:
        """Add a view to the sidebar; ``index`` 0 puts it first (and makes it the default)."""
        item = QListWidgetItem(title)
        if icon is not None:
            item.setIcon(icon)
        if index < 0:
            index = self.sidebar.count()
        style_titles(widget)
        self.stack.insertWidget(index, widget)
        self.sidebar.insertItem(index, item)
        self.views[key] = widget
        if self.isVisible():  # added after the window was shown (attach): named too
            QTimer.singleShot(0, widget, lambda: _name_controls(widget))

    def add_lazy_view(
        self, key: str, title: str, build: Callable[[], QWidget], icon=None, index: int = -1
    ) -> None:
        """A view in the sidebar whose widget ``build()`` makes when it is first shown or
        asked for (``view(key)``); until then an empty page holds its place."""
        placeholder = QWidget()
        placeholder.setObjectName("viewNotBuiltYet")
        self._builders[key] = build
        self.add_view(key, title, placeholder, icon, index)

    def view(self, key: str) -> QWidget:
        """The view ``key``, built now if it was not yet."""
        if key not in self.views:
            raise AttributeError(f"no view {key!r} (the database is not open yet)")
        build = self._builders.pop(key, None)
        if build is not None:
            placeholder = self.views[key]
            widget = build()
            style_titles(widget)
            index = self.stack.indexOf(placeholder)
            was_current = self.stack.currentWidget() is placeholder
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.views[key] = widget
            if was_current:
                self.stack.setCurrentIndex(index)
            # as the window's were when it was shown; on the next turn, which is not the one
            # that built the view (a few ms of findChildren)
            QTimer.singleShot(0, widget, lambda: _name_controls(widget))
            for then in self._when_built.pop(key, []):
                then(widget)
        return self.views[key]

    def when_built(self, key: str, then: Callable[[QWidget], None]) -> None:
        """``then(view)`` once the view ``key`` exists: now, or when it is built."""
        if key in self._builders:
            self._when_built.setdefault(key, []).append(then)
        else:
            then(self.views[key])

    def is_built(self, key: str) -> bool:
        return key in self.views and key not in self._builders

    def _show_row(self, row: int) -> None:
        """The sidebar's choice: its view, built first if it is shown for the first time."""
        page = self.stack.widget(row)
        for key, widget in self.views.items():
            if widget is page and key in self._builders:
                self.view(key)
                break
        self.stack.setCurrentIndex(row)

    def show_view(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.stack.indexOf(self.views[key]))

    def current_view_key(self) -> str:
        current = self.stack.currentWidget()
        return next(key for key, widget in self.views.items() if widget is current)

    def show_customer(self, customer_id: int) -> None:
        if "customers" not in self.views:  # still opening: shown once the views exist
            self._after_attach.append(lambda: self.show_customer(customer_id))
            return
        self.show_view("customers")
        self.customers_view.open_customer(customer_id)

    def show_interactions_for(self, link: dict) -> None:
        """The log filtered to a report figure: its days, kind, channel and staff member."""
        self.show_view("interactions")
        self.interactions_view.show_filtered(link)

    # --- actions -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        # setShortcuts([sequence]), not setShortcut(sequence): PySide6 resolves the latter's
        # overloads (QKeyCombination, Qt.Key...) by building the whole Qt namespace (see
        # the note at the top); the list sets the same one shortcut.
        # (its icon, the style's, is set by attach: naming QStyle costs the frame ~4 ms)
        self.log_action = QAction(self.tr("&Log interaction…"), self)
        self.log_action.setShortcuts([QKeySequence("Ctrl+L")])
        # Qt.ShortcutContext.ApplicationShortcut (see the note at the top)
        self.log_action.setProperty("shortcutContext", "ApplicationShortcut")
        self.log_action.setToolTip(self.tr("Log an interaction (Ctrl+L)"))
        self.log_action.triggered.connect(lambda: self.log_interaction())
        self.add_customer_action = QAction(self.tr("Add &customer…"), self)
        self.add_customer_action.setShortcuts([QKeySequence("Ctrl+Shift+N")])
        self.add_customer_action.triggered.connect(self.add_customer)
        self.staff_action = QAction(self.tr("&Staff…"), self)
        self.staff_action.triggered.connect(self.manage_staff)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        self.quit_action.triggered.connect(self.quit_app)
        self.about_action = QAction(self.tr("&About cxlogger"), self)
        self.about_action.triggered.connect(self.about)
        self.find_action = QAction(self.tr("&Find customer"), self)
        self.find_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find)])
        self.find_action.triggered.connect(self.find_customer)
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_last)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.log_action)
        self.file_menu.addAction(self.add_customer_action)
        self.file_menu.addSeparator()
        # features add their File actions (export, import, backups) above this separator
        self.quit_separator = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.staff_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)
        self._rebuild_view_menu()
        self.sidebar.model().rowsInserted.connect(lambda *_: self._rebuild_view_menu())

    def add_file_action(self, action: QAction) -> None:
        """Put a feature's action in the File menu, above Quit."""
        self.file_menu.insertAction(self.quit_separator, action)

    def _rebuild_view_menu(self) -> None:
        self.view_menu.clear()
        for row in range(self.sidebar.count()):
            action = self.view_menu.addAction(self.sidebar.item(row).text())
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _c=False, r=row: self.sidebar.setCurrentRow(r))

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        # Qt.ToolButtonStyle.ToolButtonTextBesideIcon (see the note at the top)
        self.toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        self.toolbar.addAction(self.log_action)
        self.toolbar.addAction(self.add_customer_action)
        self.addToolBar(self.toolbar)

    def _on_changed(self, what: set) -> None:
        self._refresh_undo(offer=True)

    # --- corrections: open records, Undo, merge ----------------------------------------------
    def _attach_corrections(self) -> None:
        from cxlogger.core.records import undo

        # "this session": Undo reaches back only to actions taken since the window opened.
        # Asked on the writer thread, so it is answered before any action taken after it.
        self.undo_since: int | None = None
        self._offered: str | None = None
        self._offer_pending = False

        def since_known(change_id: int) -> None:
            self.undo_since = change_id
            self._refresh_undo()

        self.ctx.ops.write(self, undo.latest_change_id, since_known)

    def _build_undo_offer(self) -> None:
        """A status-bar message with an Undo button, shown for a few seconds after an action."""
        self.undo_message = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo it (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_last)
        # permanent widgets, so a view's own status message does not hide the offer
        self.statusBar().insertPermanentWidget(0, self.undo_message)
        self.statusBar().insertPermanentWidget(1, self.undo_button)
        self.undo_message.hide()
        self.undo_button.hide()
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(8000)
        self.undo_timer.timeout.connect(self._hide_undo_offer)

    def _hide_undo_offer(self) -> None:
        self.undo_message.hide()
        self.undo_button.hide()

    def _refresh_undo(self, offer: bool = False) -> None:
        """Name the action Ctrl+Z would undo; offer it in the status bar if it is new.
        (Asked in the background; a newer question replaces an older one, keeping its offer.)"""
        if self.ctx is None or getattr(self, "undo_since", None) is None:
            return
        from cxlogger.core.records import undo

        self._offer_pending = self._offer_pending or offer
        staff_id, since = self.ctx.staff_id, self.undo_since
        self.ctx.ops.query(
            self,
            "undo",
            lambda session: undo.last_undoable(session, staff_id, since),
            self._show_undo,
            lambda message: log.warning("finding the last action failed: %s", message),
        )

    def _show_undo(self, item) -> None:
        offer, self._offer_pending = self._offer_pending, False
        self.undo_action.setEnabled(item is not None)
        if item is None:
            self.undo_action.setText(self.tr("&Undo"))
            self._hide_undo_offer()
            return
        self.undo_action.setText(self.tr("&Undo: {}").format(item.summary))
        if offer and item.group_id != self._offered:
            self._offered = item.group_id
            self.statusBar().clearMessage()
            self.undo_message.setText(item.summary)
            self.undo_message.show()
            self.undo_button.show()
            self.undo_timer.start()

    def undo_last(self) -> None:
        """Undo this person's last action, on the writer thread."""
        from cxlogger.core.records import undo
        from cxlogger.ui.qt import QMessageBox

        self._hide_undo_offer()
        if self.undo_since is None:  # the window has only just opened: nothing yet
            self.statusBar().showMessage(self.tr("Nothing to undo"), 4000)
            return
        staff_id, since, now = self.ctx.staff_id, self.undo_since, self.ctx.now()

        def undo_it(session):
            done = undo.undo_last(session, staff_id, now, since)
            # what Ctrl+Z would undo next: shown, but not offered again as something new
            after = undo.last_undoable(session, staff_id, since) if done else None
            return done, after

        def undone(answer) -> None:
            done, after = answer
            if done is None:
                self.statusBar().showMessage(self.tr("Nothing to undo"), 4000)
                return
            self._offered = after.group_id if after is not None else None
            self._hide_undo_offer()
            self.statusBar().showMessage(self.tr("Undone: {}").format(done), 6000)
            self.ctx.changes.announce(
                "customers", "interactions", "promises", "followups", "feedback"
            )

        self.ctx.ops.write(
            self,
            undo_it,
            undone,
            lambda message: QMessageBox.information(self, self.tr("Can't undo"), message),
        )

    def merge_customers(self, first_id: int, second_id: int | None = None) -> None:
        from cxlogger.ui.dialogs.merge_dialog import MergeDialog

        dialog = MergeDialog(self.ctx, first_id, second_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.merged:
            self.show_customer(dialog.keep_id)

    def open_record(self, entity: str, entity_id: int) -> None:
        from cxlogger.ui.dialogs.record_editor import open_editor

        open_editor(self.ctx, entity, entity_id, self)

    # --- user actions ----------------------------------------------------------------------
    def log_interaction(self, customer_id: int | None = None) -> bool:
        from cxlogger.ui.dialogs.log_dialog import LogInteractionDialog

        # the dialog reads the customer in the background and fills the picker
        dialog = LogInteractionDialog(self.ctx, self, customer_id=customer_id)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and getattr(dialog, "queued", None):  # the server is away (issue 12)
            message = self.tr("Kept on this computer until the server is back: %1")
            self.statusBar().showMessage(message.replace("%1", dialog.saved.summary), 5000)
        elif accepted and dialog.saved is not None:
            self.statusBar().showMessage(
                self.tr("Logged: %1").replace("%1", dialog.saved.summary), 5000
            )
        return accepted

    def log_interaction_for(self, customer_id: int) -> None:
        self.log_interaction(customer_id)

    def add_customer(self) -> None:
        from cxlogger.ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.ctx, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.show_customer(dialog.saved.id)
        elif dialog.open_existing is not None:  # it was a duplicate: show the one we have
            self.show_customer(dialog.open_existing)

    def edit_customer(self, customer_id: int) -> None:
        from cxlogger.ui.dialogs.customer_dialog import CustomerDialog

        # the dialog reads the customer in the background and fills its fields
        CustomerDialog(self.ctx, parent=self, customer_id=customer_id).exec()

    def add_promise_for(self, customer_id: int) -> None:
        from cxlogger.ui.dialogs.promise_dialogs import PromiseDialog

        PromiseDialog(self.ctx, customer_id, parent=self).exec()  # names them when read

    def archive_customer(self, customer_id: int, archived: bool) -> None:
        """Archive or restore, on the writer thread; the views refresh when it is done."""
        from cxlogger.core.records import customers as customers_svc
        from cxlogger.ui.qt import QMessageBox

        staff_id = self.ctx.staff_id
        self.ctx.ops.write(
            self,
            lambda session: customers_svc.set_archived(session, customer_id, archived, staff_id),
            lambda _result: self.statusBar().showMessage(
                self.tr("Customer archived") if archived else self.tr("Customer restored"), 4000
            ),
            lambda message: QMessageBox.warning(self, self.tr("Not changed"), message),
            changes=("customers",),
        )

    def find_customer(self) -> None:
        self.show_view("customers")
        self.customers_view.search.setFocus()
        self.customers_view.search.selectAll()

    def manage_staff(self) -> None:
        from cxlogger.ui.dialogs.staff_dialogs import StaffDialog

        StaffDialog(self.ctx, self).exec()

    def about(self) -> None:
        from cxlogger.ui.qt import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About cxlogger"),
            f"<h3>cxlogger {__version__}</h3><p>"
            + self.tr(
                "Log every customer interaction in seconds, keep every promise, "
                "and follow up at the right moment."
            )
            + "</p><p>"
            + self.tr("Your data: %1").replace("%1", f"<code>{self.paths.data_dir}</code>")
            + "</p>",
        )

    # --- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = window_settings(self.paths).value("main/geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
        else:
            self.resize(1180, 720)
        self.fit_to_screen()
        self._fitted_once = False
        self._name_after_paint = False  # shown: named once it has painted

    def fit_to_screen(self) -> None:
        """Move and shrink the window into the screens there are now: a geometry saved on
        another monitor, at another scale, or a default bigger than a small screen must
        never open it off-screen. (Its minimum size still wins; its title bar stays on.)"""
        if self.isMaximized() or self.isFullScreen():
            return
        areas = [screen.availableGeometry() for screen in QGuiApplication.screens()]
        frame, inner = self.frameGeometry(), self.geometry()
        fitted = fit_rect(frame, areas)
        if fitted == frame:
            return
        self.resize(
            max(fitted.width() - (frame.width() - inner.width()), 1),
            max(fitted.height() - (frame.height() - inner.height()), 1),
        )
        # the size may have stayed bigger (the minimum): place what it is now
        self.move(fit_rect(self.frameGeometry(), areas).topLeft())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_once:  # now the frame and the layouts' minimum are known
            self._fitted_once = True
            QTimer.singleShot(0, self.fit_to_screen)
        # its controls named for screen readers as it is shown (dialogs: AppDialog), once
        # it has painted: a turn of its own, never before the first paint (it ran just
        # before it, a few ms of findChildren, when asked for on the next turn)
        self._name_after_paint = True

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._name_after_paint:
            self._name_after_paint = False
            QTimer.singleShot(0, self, lambda: _name_controls(self))

    def save_geometry(self) -> None:
        settings = window_settings(self.paths)
        settings.setValue("main/geometry", self.saveGeometry())
        settings.sync()

    def show_background_error(self, message: str) -> None:
        """A background query or save failed and nobody else said so: say it plainly.

        One box that does not block: the event loop keeps running, and a second failure
        while it is open replaces its text instead of stacking another box on top."""
        from cxlogger.ui.qt import QMessageBox

        box = getattr(self, "_error_box", None)
        if box is None:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("cxlogger"), "", QMessageBox.StandardButton.Ok
            )
            from cxlogger.ui.qt import Qt

            box.setParent(self, box.windowFlags())
            box.setWindowModality(Qt.WindowModality.NonModal)
            self._error_box = box
        box.setText(message)
        self.statusBar().showMessage(message, 15000)
        box.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        event.accept()

    def quit_app(self) -> None:
        self.save_geometry()
        QApplication.quit()
