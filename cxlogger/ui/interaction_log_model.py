"""A lazy table model of the interactions log: pages arrive as the view scrolls."""

from __future__ import annotations

from cxlogger.core import interaction_log
from cxlogger.core.interaction_log import LogFilter, LogRow
from cxlogger.core.models import label
from cxlogger.ui.context import AppContext
from cxlogger.ui.formats import date_time_text, money_text
from cxlogger.ui.qt import QColor, QModelIndex, QPalette, Qt
from cxlogger.ui.table_model import RowsTableModel
from cxlogger.ui.widgets import palette_of, positive_text, warning_text

COLUMNS = [
    ("When", "occurred_at"),
    ("Customer", "customer"),
    ("Channel", "channel"),
    ("Kind", "kind"),
    ("Summary", "summary"),
    ("Sentiment", "sentiment"),
    ("Staff", "staff"),
    ("Amount", "amount"),
]
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def sentiment_colour(sentiment: str) -> QColor | None:
    """Negative in a warning colour, positive in green, from the palette (any theme)."""
    palette = palette_of()
    base = palette.color(QPalette.ColorRole.Base)
    if sentiment == "negative":
        return warning_text(palette, base)
    if sentiment == "positive":
        return positive_text(palette, base)
    return None


class InteractionLogModel(RowsTableModel):
    HEADERS = tuple(title for title, _key in COLUMNS)

    def __init__(self, ctx: AppContext, page_size: int = interaction_log.PAGE_SIZE, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.filter = LogFilter()
        self.sort_key = "occurred_at"
        self.descending = True
        self._rows: list[LogRow] = []
        self._more = True
        self.reload()

    # --- loading -------------------------------------------------------------------------
    def _fetch(self, after: LogRow | None) -> list[LogRow]:
        with self.ctx.session() as session:
            return interaction_log.fetch_page(
                session, self.filter, self.sort_key, self.descending, after, self.page_size
            )

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch(None)
        self._more = len(self._rows) == self.page_size
        self.endResetModel()

    def set_filter(self, flt: LogFilter) -> None:
        self.filter = flt
        self.reload()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        page = self._fetch(self._rows[-1] if self._rows else None)
        self._more = len(page) == self.page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- the Qt model interface -------------------------------------------------------------

    def row_at(self, row: int) -> LogRow:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.full_text(index)
        if role == Qt.ItemDataRole.ForegroundRole and key == "sentiment":
            return sentiment_colour(row.sentiment)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(row: LogRow, key: str) -> str:
        if key == "occurred_at":
            return date_time_text(row.occurred_at)
        if key in ("channel", "kind", "sentiment"):
            return label(getattr(row, key))
        if key == "amount":
            if row.amount_minor is None:
                return ""
            return f"{money_text(row.amount_minor, row.currency)} ({label(row.amount_kind)})"
        return getattr(row, key)
