"""The part every list-shaped table model shares: rows in ``_rows``, titles in HEADERS."""

from __future__ import annotations

from cxlogger.ui.qt import QAbstractItemView, QAbstractTableModel, QModelIndex, Qt, QTableView


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
            return self.HEADERS[section]
        return None

    def valid_row(self, index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)


def row_table(model, widths: dict[int, int] | None = None) -> QTableView:
    """A read-only table of whole rows, one selectable at a time, as every list here is."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
    return table
