"""Promises: open ones by due date, overdue ones standing out, closed with an outcome note."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cxlogger.core.models import Promise
from cxlogger.core.records import heads_ups
from cxlogger.core.records import promises as promises_svc
from cxlogger.core.records import settings as settings_svc
from cxlogger.core.reminders.due_text import DueText, capitalised
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import label
from cxlogger.ui.dialogs import promise_dialogs
from cxlogger.ui.qt import (
    QApplication,
    QBrush,
    QCheckBox,
    QColor,
    QComboBox,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from cxlogger.ui.views.table_model import RowsTableModel, row_table
from cxlogger.ui.widgets.due_format import due_text
from cxlogger.ui.widgets.formats import date_text, date_time_text
from cxlogger.ui.widgets.heads_up_widgets import HeadsUpBanner, heads_up_line, kind_icon
from cxlogger.ui.widgets.widgets import palette_of, warning_background, warning_text

FILTERS = [
    (QT_TRANSLATE_NOOP("PromisesView", "Open"), ("open",)),
    (QT_TRANSLATE_NOOP("PromisesView", "Kept"), ("kept",)),
    (QT_TRANSLATE_NOOP("PromisesView", "Broken"), ("broken",)),
    (QT_TRANSLATE_NOOP("PromisesView", "Cancelled"), ("cancelled",)),
    (QT_TRANSLATE_NOOP("PromisesView", "All"), None),
]


def overdue_colours() -> tuple[QColor, QColor]:
    """An overdue row's background and text, from the palette (readable in any theme)."""
    palette = palette_of()
    background = warning_background(palette)
    return background, warning_text(palette, background)


class PromisesModel(RowsTableModel):
    HEADERS = ("Due", "Customer", "Promise", "Owner", "Status", "Outcome")

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.statuses: tuple[str, ...] | None = ("open",)
        self.owner_id: int | None = None  # "Only mine": the person at the desk
        self._rows: list[Promise] = []
        self._now = ctx.now()
        self._texts: DueText | None = None
        self._heads: dict[int, list] = {}  # customer id -> their active heads-ups

    def reload(self) -> None:
        """Ask for the rows in the background; the old ones stay until the new arrive."""
        statuses, owner_id, now = self.statuses, self.owner_id, self.ctx.now()

        def load(session):
            rows = promises_svc.list_promises(session, statuses, owner_id=owner_id)
            heads = heads_ups.active_for(session, {p.customer_id for p in rows}, now)
            return rows, BusinessHours.from_settings(settings_svc.get_all(session)), heads

        self.ctx.ops.query(self, "rows", load, self._show)

    def _show(self, loaded) -> None:
        rows, hours, heads = loaded
        self.beginResetModel()
        self._rows = rows
        self._heads = heads
        self._now = self.ctx.now()
        self._texts = due_text(self._now, hours)
        self.endResetModel()

    def set_statuses(self, statuses) -> None:
        self.statuses = statuses
        self.reload()

    def promise_at(self, row: int) -> Promise:
        return self._rows[row]

    def heads_ups_of(self, row: int) -> list:
        """The active heads-ups of the customer of the promise in ``row``."""
        return self._heads.get(self._rows[row].customer_id, [])

    def is_overdue(self, row: int) -> bool:
        return promises_svc.is_overdue(self._rows[row], self._now)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        promise = self._rows[index.row()]
        overdue = promises_svc.is_overdue(promise, self._now)  # as Today and the tray say
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                if self._texts is None:
                    due = promise.due_at
                    return date_time_text(due) if promise.due_has_time else date_text(due)
                return capitalised(self._texts.when(promise.due_at, promise.due_has_time))
            if column == 1:
                return promise.customer.name
            if column == 2:
                return promise.description
            if column == 3:
                return promise.owner.name if promise.owner else ""
            if column == 4:
                if overdue and self._texts is not None:
                    # "Overdue since Friday": the same words as its card in Today
                    return capitalised(self._texts.due(promise.due_at, promise.due_has_time, True))
                return self.tr("Overdue") if overdue else label(promise.status)
            return promise.outcome_note
        heads = self._heads.get(promise.customer_id)
        if heads and index.column() == 1:  # the customer: an icon, and the heads-ups in words
            if role == Qt.ItemDataRole.DecorationRole:
                return kind_icon(QApplication.instance().style(), heads[0].kind)
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [self.full_text(index)]
                lines += ["⚑ " + heads_up_line(view) for view in heads]
                return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.full_text(index)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(overdue_colours()[0])
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(overdue_colours()[1])
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None


class PromisesView(QWidget):
    open_customer = Signal(int)
    open_record = Signal(str, int)  # ("promise", id): open its editor

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.filter = QComboBox()
        for caption, statuses in FILTERS:
            self.filter.addItem(self.tr(caption), statuses)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.model.set_statuses(self.filter.currentData())
        )
        self.kept_button = QPushButton(self.tr("Mark &kept…"))
        self.broken_button = QPushButton(self.tr("Mark &broken…"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel promise…"))
        self.customer_button = QPushButton(self.tr("Open customer"))
        self.hand_button = QPushButton(self.tr("&Hand over…"))
        self.hand_button.setToolTip(self.tr("Give this promise to a colleague, with a note"))
        self.hand_button.clicked.connect(self.hand_over_selected)
        self.mine_only = QCheckBox(self.tr("Only mine"))
        self.mine_only.setToolTip(self.tr("Show only the promises you own"))
        self.mine_only.toggled.connect(self._mine_toggled)
        self.kept_button.clicked.connect(lambda: self.close_selected("kept"))
        self.broken_button.clicked.connect(lambda: self.close_selected("broken"))
        self.cancel_button.clicked.connect(lambda: self.close_selected("cancelled"))
        self.customer_button.clicked.connect(self._open_customer)
        self.summary = QLabel()

        self.model = PromisesModel(ctx, self)
        self.table = row_table(self.model, {0: 215, 1: 160, 3: 120, 4: 175, 5: 180})
        self.table.setAccessibleName(self.tr("Promises"))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # double-click or Enter opens the promise; the context menu has the rest
        self.table.activated.connect(self._open_promise)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        title = QLabel(self.tr("Promises"))
        title.setObjectName("viewTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.mine_only)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter)
        buttons = QHBoxLayout()
        for button in (
            self.kept_button,
            self.broken_button,
            self.cancel_button,
            self.hand_button,
            self.customer_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        # the selected promise's customer: what everyone should know about them
        self.heads_up_banner = HeadsUpBanner()
        layout.addWidget(self.heads_up_banner)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._update_summary)
        self._stale = True  # loaded when first shown, so start-up stays quick
        ctx.changes.changed.connect(self._on_changed)

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.model.reload()

    def _mine_toggled(self, checked: bool) -> None:
        self.model.owner_id = self.ctx.staff_id if checked else None
        self.refresh()

    def _on_changed(self, what: set) -> None:
        if "staff" in what and self.mine_only.isChecked():
            self.model.owner_id = self.ctx.staff_id  # whoever is at the desk now
        if what & {"promises", "customers", "staff", "heads_ups"}:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def _update_summary(self) -> None:
        overdue = sum(self.model.is_overdue(r) for r in range(self.model.rowCount()))
        shown = self.model.rowCount()
        text = self.tr("%Ln shown", "", shown)
        if overdue:
            colour = warning_text(palette_of(self.summary)).name()
            overdue_text = self.tr("%Ln overdue", "", overdue)
            text += f" · <span style='color:{colour}'><b>{overdue_text}</b></span>"
        self.summary.setText(text)
        self._update_buttons()

    def selected(self) -> Promise | None:
        index = self.table.currentIndex()
        return self.model.promise_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        promise = self.selected()
        is_open = promise is not None and promise.status == "open"
        for button in (self.kept_button, self.broken_button, self.cancel_button, self.hand_button):
            button.setEnabled(is_open)
        self.customer_button.setEnabled(promise is not None)
        index = self.table.currentIndex()
        self.heads_up_banner.show_heads_ups(
            self.model.heads_ups_of(index.row()) if index.isValid() else []
        )

    def close_selected(self, status: str) -> None:
        promise = self.selected()
        if promise is not None and promise.status == "open":
            promise_dialogs.close_with_outcome(
                self.ctx, self, promise.id, promise.description, status
            )

    def hand_over_selected(self) -> str | None:
        promise = self.selected()
        if promise is None or promise.status != "open":
            return None
        from cxlogger.ui import team as team_ui

        return team_ui.hand_off(self.ctx, self, "promise", promise.id, promise.description)

    def _open_promise(self, index) -> None:
        if index.isValid():
            self.open_record.emit("promise", self.model.promise_at(index.row()).id)

    def _context_menu(self, pos) -> None:
        from cxlogger.ui.dialogs.record_editor import record_menu

        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        promise = self.model.promise_at(index.row())
        ident, customer_id = promise.id, promise.customer_id
        extra = ()
        if promise.status == "open":
            from cxlogger.ui import team as team_ui

            what = promise.description
            extra = (
                (
                    self.tr("&Hand over…"),
                    lambda: team_ui.hand_off(self.ctx, self, "promise", ident, what),
                ),
            )
        menu = record_menu(
            self.ctx,
            self,
            "promise",
            ident,
            open_customer=lambda: self.open_customer.emit(customer_id),
            open_record=lambda: self.open_record.emit("promise", ident),
            extra=extra,
        )
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _open_customer(self) -> None:
        promise = self.selected()
        if promise is not None:
            self.open_customer.emit(promise.customer_id)
