"""A report block's tables on screen (compact, sortable) and their cells as text.

``cell_text`` writes a cell of a core ``reports.Table`` for a person: months as the
locale's month names, counts with its separators, money through ``money_text`` in the
row's currency, ratings, NPS and rates as the figures are. The view's table model and
the PDF (report_pdf.py) both use it, so the screen and the paper say the same. Imported
with the charts, when the Reports view is first shown.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cxlogger.core.models import label
from cxlogger.core.reports import Table
from cxlogger.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QCoreApplication,
    QHeaderView,
    QLocale,
    QModelIndex,
    QSizePolicy,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    Signal,
)
from cxlogger.ui.views.reports_view import report_text
from cxlogger.ui.widgets.report_charts import month_label

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
PER_STAFF = ("promises_by_staff", "by_staff")
MONEY_TABLES = ("money_by_month",)
LINKED = (
    "promises_by_month",
    "loop_by_month",
    "feedback_by_month",
    "activity_by_month",
    "money_by_month",
    "promises_by_staff",
    "by_staff",
    "by_channel",
    "by_kind",
    "followups_by_kind",
    "csat_distribution",
)
RECORD_LISTS = ("unhandled_complaints", "low_ratings")  # a row opens its customer
CODED = ("Channel", "Kind", "Scale")  # columns of codes in the lists of records
VISIBLE_ROWS = 12  # a longer table scrolls inside its frame
MAX_COLUMN = 320  # px; the tooltip of a list's cell shows the whole text
# titles for what a person sees: the money table's cells are amounts, not minor units
SHOWN_TITLES = {"money_by_month": QT_TRANSLATE_NOOP("Reports", "Money by month")}


def table_title(table: Table) -> str:
    """The table's title as the screen and the PDF show it (translated)."""
    if table.key in SHOWN_TITLES:
        return QCoreApplication.translate("Reports", SHOWN_TITLES[table.key])
    return report_text(table.title)


def cell_text(table: Table, row: list, column: int) -> str:
    """One cell of ``table`` as a person reads it (QLocale; texts translated)."""
    value = row[column] if column < len(row) else None
    name = table.columns[column] if column < len(table.columns) else ""
    locale = QLocale()
    if value is None:
        return "–"
    if isinstance(value, datetime):  # a list of records (core/report_lists.py)
        from cxlogger.ui.widgets.formats import date_time_text

        return date_time_text(value)
    if name == "Scale" and isinstance(value, str):
        return report_text(value.upper())  # "CSAT", "NPS"
    if name in CODED and isinstance(value, str):
        return report_text(label(value))  # "in_person" -> "In person", translated
    if name == "Month" and isinstance(value, str):
        return month_label(value, with_year=True)
    if table.key in MONEY_TABLES and column in table.numeric:
        from cxlogger.ui.widgets.formats import money_text

        currency = row[1] if len(row) > 1 else None
        return money_text(int(value), currency) if currency else locale.toString(int(value))
    if isinstance(value, bool):
        return str(value)
    if name == "NPS" and isinstance(value, int | float):
        return ("+" if value > 0 else "") + locale.toString(float(value), "f", 0)
    if name == "CSAT average" and isinstance(value, int | float):
        return locale.toString(float(value), "f", 2)
    if name == "On-time rate %" and isinstance(value, int | float):
        return locale.toString(float(value), "f", 0) + "\u202f%"
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 1)
    text = str(value)
    if column == 0 and table.key in PER_STAFF:
        return report_text(text) if text == "(nobody)" else text  # a name stays as it is
    if column == 0 or name in ("Kind", "Channel", "Currency"):
        return report_text(text)
    return text


def sort_value(table: Table, row: list, column: int):
    """What a column sorts by: numbers as numbers (none first), text without case."""
    value = row[column] if column < len(row) else None
    if isinstance(value, datetime):
        return value.timestamp()
    if column in table.numeric or isinstance(value, int | float):
        return float("-inf") if value is None else float(value)
    return cell_text(table, row, column).casefold() if table.columns[column] != "Month" else value


RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
DISPLAY, ALIGN, TIP = (
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.TextAlignmentRole),
    int(Qt.ItemDataRole.ToolTipRole),
)


class ReportTableModel(QAbstractTableModel):
    """A core ``reports.Table``: a cell's text is written the first time the view asks
    for it and kept (sizing the columns asks for every cell more than once)."""

    def __init__(self, table: Table, parent=None):
        super().__init__(parent)
        self.table = table
        self._texts: dict[tuple[int, int], str] = {}
        self._heads = [report_text(c) for c in table.columns]
        self._tip = (
            QCoreApplication.translate("Reports", "Click to see the records of this row.")
            if table.key in LINKED
            else None
        )

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._heads)
            and int(role) in (DISPLAY, TIP)
        ):
            return self._heads[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.table.rows)):
            return None
        r, column = index.row(), index.column()
        if not (0 <= column < len(self.table.columns)):
            return None
        role = int(role)
        if role == DISPLAY:
            text = self._texts.get((r, column))
            if text is None:
                text = self._texts[r, column] = cell_text(self.table, self.table.rows[r], column)
            return text
        if role == SORT_ROLE:
            return sort_value(self.table, self.table.rows[r], column)
        if role == ALIGN:
            return RIGHT if column in self.table.numeric else LEFT
        if role == TIP:
            if self.table.key in RECORD_LISTS:  # a comment cut short: the whole of it
                return self.data(index, DISPLAY)
            return self._tip
        return None


class ReportTable(QTableView):
    """A compact, sortable table under a block's figures; a click on a row (or Enter)
    says which row of the core table it is (``row_clicked``), whatever the sort."""

    row_clicked = Signal(int)

    def __init__(self, table: Table, parent=None):
        super().__init__(parent)
        self.table = table
        self.source = ReportTableModel(table, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the core's order until a click
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)  # once: fixed data
        for column in range(len(table.columns)):  # a long comment or summary: cut short
            if header.sectionSize(column) > MAX_COLUMN:
                header.resizeSection(column, MAX_COLUMN)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # as wide as its columns (no empty frame beside them), narrower with a scroll bar
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(table_title(table))
        if table.key in LINKED or table.key in RECORD_LISTS:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._clicked)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (at most VISIBLE_ROWS), and a scroll bar's height more
        when it is narrower than its columns."""
        rows = min(len(self.table.rows), VISIBLE_ROWS)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(rows)) or self.fontMetrics().height() + 8
        inner = self.width() - 2 * self.frameWidth()
        if len(self.table.rows) > VISIBLE_ROWS:
            inner -= self.verticalScrollBar().sizeHint().width()
        if self.horizontalHeader().length() > inner:
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def source_row(self, index) -> int:
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def _clicked(self, index) -> None:
        row = self.source_row(index)
        if row >= 0:
            self.row_clicked.emit(row)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row = self.source_row(self.currentIndex())
            if row >= 0:
                self.row_clicked.emit(row)
                return
        super().keyPressEvent(event)
