"""The part every list-shaped table model shares: rows in ``_rows``, titles in HEADERS."""

from __future__ import annotations

from cxlogger.ui.core_words import word
from cxlogger.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QToolTip,
)


class RowsTableModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return word(self.HEADERS[section])
        return None

    def valid_row(self, index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)

    def full_text(self, index) -> str | None:
        """A cell's ToolTipRole: its whole text (shown where the column cuts it short)."""
        text = self.data(index, Qt.ItemDataRole.DisplayRole)
        return text if isinstance(text, str) and text else None


class FullTextTips(QStyledItemDelegate):
    """Shows a cell's tooltip only when it tells more than the cell: a tooltip that is
    just the cell's own text appears only where the column is too narrow for it."""

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            item = QStyleOptionViewItem(option)
            self.initStyleOption(item, index)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if tip and tip == item.text and self._fits(item, view):
                QToolTip.hideText()
                event.ignore()
                return True
        return super().helpEvent(event, view, option, index)

    @staticmethod
    def _fits(item: QStyleOptionViewItem, view) -> bool:
        style = view.style() if view is not None else item.widget.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        return item.fontMetrics.horizontalAdvance(item.text) <= rect.width() - 2 * margin


def row_table(model, widths: dict[int, int] | None = None) -> QTableView:
    """A read-only table of whole rows, one selectable at a time, as every list here is."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab goes on to the next control, arrows move in rows
    table.setAlternatingRowColors(True)
    table.setItemDelegate(FullTextTips(table))  # a cut-short cell shows its text on hover
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
    return table
