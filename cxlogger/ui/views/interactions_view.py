"""The interactions log: newest first, sortable, filtered by date, channel, kind, staff, text."""

from __future__ import annotations

from datetime import date

from cxlogger.core.models import CHANNELS, KINDS
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.customers import SEARCH_MAX_CHARS
from cxlogger.core.records.interaction_log import LogFilter
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from cxlogger.ui.search_pace import SearchPace
from cxlogger.ui.views.interaction_log_model import COLUMNS, ID_ROLE, SORTABLE, InteractionLogModel
from cxlogger.ui.views.table_model import row_table
from cxlogger.ui.widgets.formats import localize_edit
from cxlogger.ui.widgets.widgets import choice_combo

MINE = -1  # the staff filter's "Mine": the person at the desk


class InteractionsView(QWidget):
    open_customer = Signal(int)
    open_record = Signal(str, int)  # ("interaction", id): open its editor

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search texts and customer names…"))
        self.search.setToolTip(
            self.tr(
                "Three or more characters find summaries, details and customer names that "
                "contain them; one or two characters find customers whose name begins "
                "with them."
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_CHARS)
        self.use_dates = QCheckBox(self.tr("From"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        self.date_from.setAccessibleName(self.tr("First day"))
        self.date_to.setAccessibleName(self.tr("Last day"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            localize_edit(edit, time=False)
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.channel = choice_combo(CHANNELS, with_any=self.tr("Any channel"))
        self.kind = choice_combo(KINDS, with_any=self.tr("Any kind"))
        self.staff = QComboBox()
        self.reload_staff()

        self.search.setMinimumWidth(260)
        # two rows, so the window still fits a small screen at 150 % scaling
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.channel)
        filters.addWidget(self.kind)
        filters.addWidget(self.staff)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)

        self.model = InteractionLogModel(ctx, parent=self)
        self.table = row_table(self.model)
        self.table.setAccessibleName(self.tr("Interactions"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self._sorted = (0, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((125, 150, 90, 85, 300, 75, 115, 130)):
            self.table.setColumnWidth(column, width)
        # double-click or Enter opens the interaction; the context menu has the rest
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Interactions"))
        title.setObjectName("viewTitle")
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.table)

        # each key searches at once while answers are quick; a pause only while they are slow
        self.pace = SearchPace(self._search_now, self)
        self.search.textChanged.connect(self.pace.typed)
        self.model.loaded.connect(self.pace.answered)
        self._to_top = False  # a new search's rows are shown from their first
        self.model.loaded.connect(self._show_first_rows)
        for signal in (
            self.use_dates.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.channel.currentIndexChanged,
            self.kind.currentIndexChanged,
            self.staff.currentIndexChanged,
        ):
            signal.connect(self.apply_filter)
        ctx.changes.changed.connect(self._on_changed)

    def reload_staff(self) -> None:
        def load(session):
            return [(m.name, m.id) for m in staff_svc.list_staff(session, include_inactive=True)]

        self.ctx.ops.query(self, "staff", load, self._show_staff)

    def _show_staff(self, members: list[tuple[str, int]]) -> None:
        current = self.staff.currentData()
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("Anyone"), None)
        self.staff.addItem(self.tr("Mine"), MINE)  # whoever is at the desk
        for name, ident in members:
            self.staff.addItem(name, ident)
        index = self.staff.findData(current)
        self.staff.setCurrentIndex(max(index, 0))
        self.staff.blockSignals(False)

    def _on_sort_indicator(self, column: int, order) -> None:
        """Only the columns an index can serve sort; another keeps the current order."""
        if COLUMNS[column][1] in SORTABLE:
            self._sorted = (column, order)
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted)
        header.blockSignals(False)

    def current_filter(self) -> LogFilter:
        date_from: date | None = None
        date_to: date | None = None
        if self.use_dates.isChecked():
            date_from = self.date_from.date().toPython()
            date_to = self.date_to.date().toPython()
        return LogFilter(
            date_from=date_from,
            date_to=date_to,
            channel=self.channel.currentData(),
            kind=self.kind.currentData(),
            staff_id=self.ctx.staff_id
            if self.staff.currentData() == MINE
            else self.staff.currentData(),
            text=self.search.text(),
        )

    def show_filtered(self, link: dict) -> None:
        """Filter to a report figure's records: its days, and its kind, channel and staff
        member when it names them; the search is cleared."""
        widgets = (self.search, self.use_dates, self.date_from, self.date_to)
        widgets += (self.channel, self.kind, self.staff)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.clear()
            self.use_dates.setChecked(True)
            for edit in (self.date_from, self.date_to):
                edit.setEnabled(True)
            self.date_from.setDate(QDate.fromString(link["first"], "yyyy-MM-dd"))
            self.date_to.setDate(QDate.fromString(link["last"], "yyyy-MM-dd"))
            for combo, value in (
                (self.channel, link.get("channel")),
                (self.kind, link.get("kind")),
                (self.staff, link.get("staff_id")),
            ):
                combo.setCurrentIndex(0 if value is None else max(0, combo.findData(value)))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Search with the filters as they are, now (no pause)."""
        self.pace.now()

    def _search_now(self) -> None:
        self._to_top = True
        self.model.set_filter(self.current_filter())

    def _show_first_rows(self) -> None:
        """A new search starts at its first row. The view kept the scroll bar where it was:
        at the end of the last search's rows it stayed at the end of the new ones, and the
        view asked for no next page as nothing moved (the bench's scrolling stopped at 200
        rows once searches ran at once). A reload for someone's change keeps the place."""
        if self._to_top:
            self._to_top = False
            self.table.scrollToTop()

    def _on_changed(self, what: set) -> None:
        if "staff" in what:
            self.reload_staff()
            if self.staff.currentData() == MINE:
                self.apply_filter()  # someone else at the desk: their interactions
        if what & {"interactions", "customers", "staff"}:
            self.model.reload()

    def _on_activated(self, index) -> None:
        if index.isValid():
            self.open_record.emit("interaction", self.model.data(index, ID_ROLE))

    def _context_menu(self, pos) -> None:
        from cxlogger.ui.dialogs.record_editor import record_menu

        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        ident = self.model.data(index, ID_ROLE)
        row = self.model.row_at(index.row())
        if row is None:
            return  # its page is on its way
        customer_id = row.customer_id
        menu = record_menu(
            self.ctx,
            self,
            "interaction",
            ident,
            open_customer=lambda: self.open_customer.emit(customer_id),
            open_record=lambda: self.open_record.emit("interaction", ident),
        )
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def delete_selected(self) -> None:
        from cxlogger.ui.dialogs.record_editor import delete_quietly

        ident = self.selected_interaction_id()
        if ident is not None:
            delete_quietly(self.ctx, self, "interaction", ident)

    def selected_interaction_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None
