"""Losing touch: customers past their keep-in-touch cadence, longest past first.

The list walks ``ix_customers_touch_due`` a page at a time as it scrolls (core/touch.py),
so it opens as quickly on 200,000 customers as on twenty. Each row offers Log, Snooze
and "Stop tracking"; logging anything with the customer takes them off the list.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cxlogger.core.records import settings as settings_svc
from cxlogger.core.records import touch
from cxlogger.core.records.touch import LosingTouchRow
from cxlogger.core.reminders import followups
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import label
from cxlogger.ui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QModelIndex,
    QPushButton,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from cxlogger.ui.views.table_model import RowsTableModel, row_table
from cxlogger.ui.widgets.formats import date_text

PAGE = 200


def contact_how(contact: touch.LastContact | None) -> str:
    """How and by whom: "Phone, Bea Baker" / "Message copied" (translated)."""
    if contact is None:
        return ""
    how = (
        QCoreApplication.translate("LosingTouch", "Message copied")
        if contact.how == "copied"
        else label(contact.how)
    )
    if contact.source == "message" and contact.how == "email":
        how = QCoreApplication.translate("LosingTouch", "Email sent")
    return f"{how}, {contact.staff}" if contact.staff else how


class LosingTouchModel(RowsTableModel):
    """Pages of the Losing touch list, fetched as the table scrolls."""

    loaded = Signal()  # the first page is on screen
    counted = Signal(int)  # how many in all (asked on its own)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[LosingTouchRow] = []
        self.total = 0
        self.hours = BusinessHours()
        self._more = False
        self._fetching = False
        self._generation = 0
        self._now = ctx.now()

    HEADERS = (
        QT_TRANSLATE_NOOP("LosingTouch", "Customer"),
        QT_TRANSLATE_NOOP("LosingTouch", "Past cadence"),
        QT_TRANSLATE_NOOP("LosingTouch", "Cadence"),
        QT_TRANSLATE_NOOP("LosingTouch", "Last contact"),
        QT_TRANSLATE_NOOP("LosingTouch", "How, by whom"),
        QT_TRANSLATE_NOOP("LosingTouch", "What"),
    )

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        text = super().headerData(section, orientation, role)
        return QCoreApplication.translate("LosingTouch", text) if isinstance(text, str) else text

    def _ask(self, after, done, with_total: bool) -> None:
        now = self._now

        def load(session):
            with session.begin():
                rows = touch.losing_touch(session, now, limit=PAGE, after=after)
                hours = BusinessHours.from_settings(settings_svc.get_all(session))
            return rows, hours

        def count(session):
            with session.begin():
                return touch.count_losing_touch(session, now)

        generation = self._generation
        self.ctx.ops.query(self, "page", load, lambda got: done(generation, *got))
        if with_total:  # on its own: the first page does not wait for the count
            self.ctx.ops.query(self, "count", count, lambda n: self._counted(generation, n))

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.counted.emit(total)

    def reload(self) -> None:
        self._generation += 1
        self._fetching = True
        self._now = self.ctx.now()
        self._ask(None, self._first, True)

    def _first(self, generation: int, rows, hours) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.hours = hours
        self._more = len(rows) == PAGE
        self._fetching = False
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._rows or not self._more or self._fetching:
            return
        self._fetching = True
        last = self._rows[-1]
        self._ask((last.due_at, last.customer_id), self._next, False)

    def _next(self, generation: int, page, _hours) -> None:
        if generation != self._generation:
            return
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self._more = len(page) == PAGE
            self.endInsertRows()
        else:
            self._more = False
        self._fetching = False

    def row_at(self, row: int) -> LosingTouchRow:
        return self._rows[row]

    def past_text(self, days: int) -> str:
        """ "Due today", "60 days past"."""
        return self.tr("Due today") if days == 0 else self.tr("%n day(s) past", "", days)

    def cadence_text(self, days: int) -> str:
        return self.tr("Every %n day(s)", "", days)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.valid_row(index):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            contact = row.last_contact
            column = index.column()
            if column == 0:
                return f"{row.name} ({row.company})" if row.company else row.name
            if column == 1:
                return self.past_text(row.days_past)
            if column == 2:
                if not row.cadence_days:
                    return ""
                return self.cadence_text(row.cadence_days)
            if column == 3:
                return date_text(contact.at) if contact else self.tr("No contact yet")
            if column == 4:
                return contact_how(contact)
            return contact.what if contact else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.full_text(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LosingTouchView(QWidget):
    open_customer = Signal(int)
    log_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = LosingTouchModel(ctx, self)
        self.table = row_table(self.model, {0: 230, 1: 115, 2: 110, 3: 95, 4: 185})
        # wide enough for the longest words of the language ("252 Tage überfällig")
        metrics = self.table.fontMetrics()
        header = self.model.headerData
        for column, sample in (
            (1, self.model.past_text(365)),
            (2, self.model.cadence_text(365)),
            (3, header(3, Qt.Orientation.Horizontal)),
        ):
            wanted = (
                max(
                    metrics.horizontalAdvance(sample),
                    metrics.horizontalAdvance(header(column, Qt.Orientation.Horizontal)),
                )
                + 24
            )
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), wanted))
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_customer)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.log_button = QPushButton(self.tr("&Log…"))
        self.log_button.setToolTip(
            self.tr("Log a contact with this customer (it resets the clock)")
        )
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setToolTip(self.tr("Take them off this list until later"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self.snooze_button.setMenu(self.snooze_menu)
        self.stop_button = QPushButton(self.tr("Stop tracking"))
        self.stop_button.setToolTip(
            self.tr("Never remind about keeping in touch with this customer")
        )
        self.customer_button = QPushButton(self.tr("Open customer"))
        self.log_button.clicked.connect(self._log)
        self.stop_button.clicked.connect(self._stop_tracking)
        self.customer_button.clicked.connect(lambda: self._open_customer(self.table.currentIndex()))

        title = QLabel(self.tr("Losing touch"))
        title.setObjectName("viewTitle")
        self.explain = QLabel(
            self.tr(
                "Customers with no contact for longer than their cadence, longest first. "
                "Cadences are set in Settings → Keep in touch, or on the customer."
            )
        )
        self.explain.setWordWrap(True)
        self.summary = QLabel()
        self.empty = QLabel(self.tr("Everyone has heard from you within their cadence."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for button in (self.log_button, self.snooze_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addWidget(self.customer_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)

        self.model.loaded.connect(self._loaded)
        self.model.counted.connect(self._counted)
        self._stale = True  # loaded when first shown
        ctx.changes.changed.connect(self._on_changed)
        self._update_buttons()

    # --- loading --------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.model.reload()

    def _on_changed(self, what: set) -> None:
        if what & {"interactions", "customers", "followups", "settings", "messages"}:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def _loaded(self) -> None:
        any_rows = self.model.rowCount() > 0
        self.table.setVisible(any_rows)
        self.empty.setVisible(not any_rows)
        if not any_rows:
            self.summary.setText(self.tr("%Ln customer(s) past their cadence", "", 0))
        elif not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update_buttons()

    def _counted(self, total: int) -> None:
        self.summary.setText(self.tr("%Ln customer(s) past their cadence", "", total))

    # --- actions --------------------------------------------------------------------------
    def selected(self) -> LosingTouchRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if self.model.valid_row(index) else None

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.log_button, self.stop_button, self.customer_button):
            button.setEnabled(row is not None)
        self.snooze_button.setEnabled(row is not None and row.followup_id is not None)

    def _open_customer(self, index) -> None:
        if self.model.valid_row(index):
            self.open_customer.emit(self.model.row_at(index.row()).customer_id)

    def _log(self) -> None:
        row = self.selected()
        if row is not None:
            self.log_requested.emit(row.customer_id)

    def _write(self, fn, message: str) -> None:
        def failed(text: str) -> None:
            QMessageBox.warning(self, self.tr("Not changed"), text)
            self.refresh()

        self.ctx.ops.write(
            self,
            fn,
            lambda _result: self._status(message),
            failed,
            changes=("followups", "customers"),
        )

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 5000)

    def _fill_snooze_menu(self) -> None:
        self.snooze_menu.clear()
        now = self.ctx.now()
        for text, until in followups.snooze_choices(now, self.model.hours):
            self.snooze_menu.addAction(text, lambda u=until: self.snooze(u))

    def snooze(self, until: datetime) -> None:
        row = self.selected()
        if row is None or row.followup_id is None:
            return
        now = self.ctx.now()
        followup_id = row.followup_id
        self._write(
            lambda s: followups.snooze(s, followup_id, until, now),
            self.tr("Snoozed: %1 is off the list until then").replace("%1", row.name),
        )

    def confirm_stop(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Stop tracking"),
            self.tr(
                "Stop reminding anyone to keep in touch with %1? "
                "You can track them again from their record."
            ).replace("%1", name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _stop_tracking(self) -> None:
        row = self.selected()
        if row is None or not self.confirm_stop(row.name):
            return
        now, staff_id, customer_id = self.ctx.now(), self.ctx.staff_id, row.customer_id
        self._write(
            lambda s: touch.stop_tracking(s, customer_id, staff_id, now),
            self.tr("No longer tracking %1").replace("%1", row.name),
        )
