"""A lazy table model of the interactions log: pages arrive in the background as the
view scrolls, and memory stays flat however far it scrolls.

The model keeps every loaded row's id (8 bytes a row) and the full rows of only a few
pages (MAX_PAGES). A page that was let go of is fetched again by its ids when it comes
back into view; until it arrives its cells are empty. Every read goes through ctx.ops,
so the GUI thread never waits for the database; a reload keeps the old rows on screen
until the new first page is there, then lets all of them go.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict

from cxlogger.core.records import interaction_log, money
from cxlogger.core.records.interaction_log import LogFilter, LogRow
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import label
from cxlogger.ui.qt import QColor, QCoreApplication, QModelIndex, QPalette, Qt, Signal
from cxlogger.ui.views.table_model import RowsTableModel
from cxlogger.ui.widgets.formats import date_time_text, money_text
from cxlogger.ui.widgets.widgets import palette_of, positive_text, warning_text

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
SORTABLE = {key for _title, key in COLUMNS if key in interaction_log.SORT_COLUMNS}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
# the only roles the log answers: a painted cell is asked for about ten (font, icon,
# check state, background…), and those go back at once, before any row is looked up
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT, int(ID_ROLE)})
MAX_PAGES = 8  # full rows kept: the pages on screen and a few either side


def _warmed(rows: list[LogRow]) -> list[LogRow]:
    """On the worker: the page's currencies' decimals are looked up here, so painting an
    amount never loads babel's data on the GUI thread (money.KNOWN_DECIMALS has the
    common ones without it)."""
    money.warm({row.currency for row in rows})
    return rows


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
    loaded = Signal()  # a reload's first page is on screen

    def __init__(self, ctx: AppContext, page_size: int = interaction_log.PAGE_SIZE, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.filter = LogFilter()
        self.sort_key = "occurred_at"
        self.descending = True
        self._ids = array("q")  # every row's id, in order
        self._pages: OrderedDict[int, list[LogRow]] = OrderedDict()  # page → rows, LRU
        # row → its cells' texts, formatted once when first painted (dates, words, money);
        # let go of with the row's page
        self._texts: dict[int, list[str | None]] = {}
        self._asked: set[int] = set()  # pages being fetched again
        self._last: LogRow | None = None  # the last row loaded: the next page's keyset
        self._more = False
        self._fetching = False
        self._generation = 0  # answers for an older filter or sort are dropped
        self.reload()

    # --- loading (all through ctx.ops) ---------------------------------------------------

    def reload(self) -> None:
        """Ask for the first page again; the old rows stay until it arrives."""
        self._generation += 1
        generation = self._generation
        flt, sort, descending, size = self.filter, self.sort_key, self.descending, self.page_size
        self._fetching = True

        def load(session):
            return _warmed(interaction_log.fetch_page(session, flt, sort, descending, None, size))

        self.ctx.ops.query(self, "page", load, lambda rows: self._first(generation, rows))

    def _first(self, generation: int, rows: list[LogRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = array("q", (row.id for row in rows))
        self._pages = OrderedDict([(0, rows)]) if rows else OrderedDict()
        self._texts = {}
        self._asked = set()
        self._last = rows[-1] if rows else None
        self._more = len(rows) == self.page_size
        self._fetching = False
        self.endResetModel()
        self.loaded.emit()

    def set_filter(self, flt: LogFilter) -> None:
        self.filter = flt
        self.reload()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more or self._fetching:
            return
        self._fetching = True
        generation = self._generation
        flt, sort, descending, size = self.filter, self.sort_key, self.descending, self.page_size
        after = self._last

        def load(session):
            return _warmed(interaction_log.fetch_page(session, flt, sort, descending, after, size))

        self.ctx.ops.query(self, "page", load, lambda rows: self._next(generation, rows))

    def _next(self, generation: int, rows: list[LogRow]) -> None:
        if generation != self._generation:
            return
        more = len(rows) == self.page_size
        if not rows:
            self._more = more
            self._fetching = False
            return
        first = len(self._ids)
        # still "fetching" while the rows go in: a view asking for more from inside the
        # insertion must wait for this page's last row
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._ids.extend(row.id for row in rows)
        self._last = rows[-1]
        self._more = more
        # pages are page_size long, so a new page starts where the last one ended
        self._keep(first // self.page_size, rows)
        self.endInsertRows()
        self._fetching = False

    def _keep(self, page: int, rows: list[LogRow]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            gone, _rows = self._pages.popitem(last=False)
            first = gone * self.page_size
            for row in range(first, first + self.page_size):
                self._texts.pop(row, None)

    def _ask_page(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        generation = self._generation
        start = page * self.page_size
        ids = list(self._ids[start : start + self.page_size])
        sort = self.sort_key

        def load(session):
            return _warmed(interaction_log.fetch_rows(session, ids, sort))

        def done(rows):
            if generation != self._generation:
                return
            self._asked.discard(page)
            self._keep(page, rows)
            last = start + len(ids) - 1
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(COLUMNS) - 1))

        self.ctx.ops.query(self, f"rows {page}", load, done)

    def held_rows(self) -> int:
        """How many full rows the model holds (the rest are ids only)."""
        return sum(len(rows) for rows in self._pages.values())

    def formatted_rows(self) -> int:
        """How many rows' texts the model keeps formatted (only rows of held pages)."""
        return len(self._texts)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key not in SORTABLE:
            return  # the view puts the indicator back
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # the order it has (the view switching sorting on): no second first page
        self.sort_key = key
        self.descending = descending
        self.reload()

    # --- the Qt model interface -------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def valid_row(self, index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._ids)

    def row_at(self, row: int) -> LogRow | None:
        """The row's data, or None while its page is being fetched again."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.page_size
        rows = self._pages.get(page)
        if rows is None:
            self._ask_page(page)
            return None
        self._pages.move_to_end(page)
        offset = row - page * self.page_size
        return rows[offset] if offset < len(rows) else None

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and 0 <= section < len(COLUMNS)
        ):
            if COLUMNS[section][1] in SORTABLE:
                return QCoreApplication.translate(
                    "InteractionLogModel",
                    "Click to sort by this column; equal values are newest first.",
                )
            return QCoreApplication.translate(
                "InteractionLogModel",
                "This column cannot be sorted: on a large log that would read every row. "
                "Use the search and the filters instead.",
            )
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # called for every role of every cell on every paint (~1,300 calls a page while
        # the log scrolls): the common cases first, each looked up once
        if role not in _ROLES:
            return None
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[number]
        row = self.row_at(number)
        if row is None:
            return None  # its page is on its way
        column = index.column()
        if role == _DISPLAY:
            # each cell formatted once, not on every paint; only the cells shown (an amount
            # off to the right is never formatted)
            texts = self._texts.get(number)
            if texts is None:
                texts = self._texts[number] = [None] * len(COLUMNS)
            text = texts[column]
            if text is None:
                text = texts[column] = self._text(row, COLUMNS[column][1])
            return text
        if role == _TOOLTIP:
            return self.full_text(index)
        key = COLUMNS[column][1]
        if role == _FOREGROUND and key == "sentiment":
            return sentiment_colour(row.sentiment)
        if role == _ALIGNMENT and key == "amount":
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
