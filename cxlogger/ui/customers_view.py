"""Customers: search as you type, and one customer's details and timeline."""

from __future__ import annotations

from cxlogger.core import customers as customers_svc
from cxlogger.core.models import Customer, label
from cxlogger.core.timeutil import format_local
from cxlogger.ui.context import AppContext
from cxlogger.ui.formats import money_text
from cxlogger.ui.qt import (
    QCheckBox,
    QColor,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QTimer,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from cxlogger.ui.table_model import RowsTableModel, row_table

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerListModel(RowsTableModel):
    """Search results, paged by name as the list scrolls."""

    HEADERS = ("Name", "Company", "Email", "Phone")

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.text = ""
        self.include_archived = False
        self._rows: list[Customer] = []
        self._more = False
        self.reload()

    def _fetch(self, after) -> list[Customer]:
        with self.ctx.session() as session:
            return customers_svc.search_customers(
                session, self.text, self.include_archived, limit=PAGE, after=after
            )

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch(None)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def set_search(self, text: str, include_archived: bool) -> None:
        self.text = text
        self.include_archived = include_archived
        self.reload()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self._rows:
            return
        page = self._fetch(customers_svc.sort_key(self._rows[-1]))
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def customer_at(self, row: int) -> Customer:
        return self._rows[row]

    def row_of(self, customer_id: int) -> int | None:
        for row, customer in enumerate(self._rows):
            if customer.id == customer_id:
                return row
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        customer = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (customer.name, customer.company, customer.email, customer.phone)
            return values[index.column()]
        if role == ID_ROLE:
            return customer.id
        if role == Qt.ItemDataRole.ForegroundRole and customer.archived:
            return QColor("#888888")
        return None


class CustomerPanel(QWidget):
    """One customer's details, actions and timeline (interactions and promises)."""

    edit_requested = Signal(int)
    log_requested = Signal(int)
    promise_requested = Signal(int)
    archive_requested = Signal(int, bool)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer: Customer | None = None
        self.title = QLabel("Choose a customer")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_button = QPushButton("Log interaction…")
        self.promise_button = QPushButton("Add promise…")
        self.edit_button = QPushButton("Edit…")
        self.archive_button = QPushButton("Archive")
        self.log_button.clicked.connect(lambda: self._emit(self.log_requested))
        self.promise_button.clicked.connect(lambda: self._emit(self.promise_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.archive_button.clicked.connect(self._toggle_archive)
        self.actions_row = QHBoxLayout()
        for button in (self.log_button, self.promise_button, self.edit_button, self.archive_button):
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)

        self.timeline = QTreeWidget()
        self.timeline.setHeaderLabels(["When", "What", "Status", "Details"])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setUniformRowHeights(True)
        header = self.timeline.header()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline.setColumnWidth(0, 130)
        self.timeline.setColumnWidth(1, 150)
        self.timeline.setColumnWidth(2, 90)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(self.actions_row)
        heading = QLabel("Timeline")
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        layout.addWidget(self.timeline, 1)
        self.show_customer(None)

    def _emit(self, signal) -> None:
        if self.customer is not None:
            signal.emit(self.customer.id)

    def _toggle_archive(self) -> None:
        if self.customer is not None:
            self.archive_requested.emit(self.customer.id, not self.customer.archived)

    def show_customer(self, customer_id: int | None) -> None:
        with self.ctx.session() as session:
            customer = customers_svc.get_customer(session, customer_id) if customer_id else None
            entries = customers_svc.timeline(session, customer_id) if customer else []
        self.customer = customer
        for button in (self.log_button, self.promise_button, self.edit_button, self.archive_button):
            button.setEnabled(customer is not None)
        self.timeline.clear()
        if customer is None:
            self.title.setText("Choose a customer")
            self.details.setText("Pick a customer on the left to see their details and history.")
            return
        self.title.setText(customer.name + ("  (archived)" if customer.archived else ""))
        self.archive_button.setText("Unarchive" if customer.archived else "Archive")
        lines = []
        for caption, value in (
            ("Company", customer.company),
            ("Email", customer.email),
            ("Phone", customer.phone),
            ("Prefers", label(customer.preferred_channel) if customer.preferred_channel else ""),
            ("Tags", customer.tags),
            ("Notes", customer.notes),
        ):
            if value:
                lines.append(f"<b>{caption}:</b> {_html(value)}")
        lines.append(
            "<b>Contact:</b> "
            + ("agrees to be contacted" if customer.consent else "does not want to be contacted")
        )
        self.details.setText("<br>".join(lines))
        now = self.ctx.now()
        for entry in entries:
            self.timeline.addTopLevelItem(_timeline_item(entry, now))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _timeline_item(entry, now) -> QTreeWidgetItem:
    item = entry.item
    if entry.type == "interaction":
        what = f"{label(item.kind)} · {label(item.channel)}"
        status = label(item.sentiment)
        text = item.summary
        if item.amount_minor is not None:
            amount = money_text(item.amount_minor, item.currency)
            text += f"  [{label(item.amount_kind)} {amount}]"
        row = QTreeWidgetItem([format_local(entry.when), what, status, text])
        if item.sentiment == "negative":
            row.setForeground(2, QColor("#b3261e"))
        return row
    if entry.type == "promise":
        due = format_local(item.due_at, with_time=item.due_has_time)
        overdue = item.is_overdue(now)
        status = "Overdue" if overdue else label(item.status)
        text = f"{item.description} (due {due})"
        if item.outcome_note:
            text += f" — {item.outcome_note}"
        row = QTreeWidgetItem([format_local(entry.when), "Promise", status, text])
        if overdue:
            for column in range(4):
                row.setForeground(column, QColor("#b3261e"))
        return row
    if entry.type == "message":
        return _message_item(entry)
    # other entry types (feedback, follow-ups done) describe themselves
    text = getattr(entry, "text", "") or str(getattr(item, "title", ""))
    return QTreeWidgetItem([format_local(entry.when), label(entry.type), "", text])


def _message_item(entry) -> QTreeWidgetItem:
    """A message sent (or copied) to the customer: the text exactly as it went out."""
    from cxlogger.ui.message_preview import sent_message_item

    return sent_message_item(entry.item, format_local(entry.when))


class CustomersView(QWidget):
    """Search on the left, the chosen customer on the right."""

    add_requested = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by name, company, email or phone…")
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox("Show archived")
        self.add_button = QPushButton("Add customer…")
        self.add_button.clicked.connect(self.add_requested)
        self.model = CustomerListModel(ctx, self)
        self.table = row_table(self.model, {0: 170, 1: 140})
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(2, 190)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.panel = CustomerPanel(ctx)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Customers")
        title.setObjectName("viewTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.show_archived)
        left_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self.show_archived.toggled.connect(self.apply_search)
        ctx.changes.changed.connect(self._on_changed)

    def apply_search(self) -> None:
        self._debounce.stop()
        current = self.panel.customer.id if self.panel.customer else None
        self.model.set_search(self.search.text(), self.show_archived.isChecked())
        self._reselect(current)

    def _reselect(self, customer_id: int | None) -> None:
        row = self.model.row_of(customer_id) if customer_id else None
        if row is not None:
            self.table.selectRow(row)

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self.panel.show_customer(self.model.customer_at(current.row()).id)

    def open_customer(self, customer_id: int) -> None:
        """Show one customer, even if the current search would hide them."""
        self.panel.show_customer(customer_id)
        self._reselect(customer_id)

    def _on_changed(self, what: set) -> None:
        if what & {"customers", "interactions", "promises", "followups", "feedback", "messages"}:
            current = self.panel.customer.id if self.panel.customer else None
            if "customers" in what:
                self.model.reload()
                self._reselect(current)
            self.panel.show_customer(current)
