"""Customers: search as you type, and one customer's details and timeline."""

from __future__ import annotations

from dataclasses import dataclass

from cxlogger.core.models import Customer
from cxlogger.core.records import customers as customers_svc
from cxlogger.core.records import heads_ups, money
from cxlogger.core.records import promises as promises_svc
from cxlogger.core.records import settings as settings_svc
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.reminders.due_text import DueText
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import label, word
from cxlogger.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QApplication,
    QCheckBox,
    QCoreApplication,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QModelIndex,
    QPalette,
    QPushButton,
    QSplitter,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from cxlogger.ui.search_pace import SearchPace
from cxlogger.ui.views.table_model import RowsTableModel, row_table
from cxlogger.ui.widgets.due_format import due_text
from cxlogger.ui.widgets.formats import date_text, date_time_text, money_text
from cxlogger.ui.widgets.heads_up_widgets import HeadsUpBanner, heads_up_line, kind_icon, kind_word
from cxlogger.ui.widgets.widgets import muted_text, palette_of, warning_text

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # timeline rows: ("interaction", id) etc.
EDITABLE = ("interaction", "promise", "feedback")
HEADS_UP_ROLE = Qt.ItemDataRole.UserRole + 3  # search results: kind of active heads-up


class CustomerListModel(RowsTableModel):
    """Search results, paged by name as the list scrolls; pages arrive through ctx.ops."""

    HEADERS = ("Name", "Company", "Email", "Phone", "Last contact")
    loaded = Signal()  # a new search's first page is on screen

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.text = ""
        self.include_archived = False
        self._rows: list[Customer] = []
        self._heads: dict[int, str] = {}  # customer id -> kind of their active heads-up
        self._more = False
        self._fetching = False
        self._generation = 0
        self.reload()

    def _ask(self, after, done) -> None:
        text, archived, now = self.text, self.include_archived, self.ctx.now()

        def load(session):
            rows = customers_svc.search_customers(session, text, archived, PAGE, after)
            # an icon on those with an active heads-up (one query per page)
            return rows, heads_ups.customers_with_active(session, [c.id for c in rows], now)

        generation = self._generation
        self.ctx.ops.query(self, "page", load, lambda answer: done(generation, *answer))

    def reload(self) -> None:
        """Search again; the old rows stay until the first page arrives."""
        self._generation += 1
        self._fetching = True
        self._ask(None, self._first)

    def _first(self, generation: int, rows: list[Customer], heads: dict | None = None) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self._heads = dict(heads or {})
        self._more = len(rows) == PAGE
        self._fetching = False
        self.endResetModel()
        self.loaded.emit()

    def set_search(self, text: str, include_archived: bool) -> None:
        self.text = text
        self.include_archived = include_archived
        self.reload()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._rows or not self._more or self._fetching:
            return
        self._fetching = True
        self._ask(customers_svc.sort_key(self._rows[-1]), self._next)

    def _next(self, generation: int, page: list[Customer], heads: dict | None = None) -> None:
        if generation != self._generation:
            return
        self._heads.update(heads or {})
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self._more = len(page) == PAGE
            self.endInsertRows()
        else:
            self._more = False
        self._fetching = False

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
            if index.column() == 4:  # kept by core/touch.py: no query per row
                last = customer.last_contact_at
                return date_text(last) if last is not None else ""
            values = (customer.name, customer.company, customer.email, customer.phone)
            return values[index.column()]
        if role == ID_ROLE:
            return customer.id
        heads_up = self._heads.get(customer.id)
        if heads_up and index.column() == 0:
            if role == Qt.ItemDataRole.DecorationRole:
                return kind_icon(QApplication.instance().style(), heads_up)
            if role == HEADS_UP_ROLE:
                return heads_up
            if role == Qt.ItemDataRole.ToolTipRole:  # the icon says it in words too
                return (
                    QCoreApplication.translate(
                        "Customers", "Heads-up (%1) on this customer"
                    ).replace("%1", kind_word(heads_up))
                    + "\n"
                    + self.full_text(index)
                )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.full_text(index)
        if role == Qt.ItemDataRole.ForegroundRole and customer.archived:
            return muted_text(palette_of(), palette_of().color(QPalette.ColorRole.Base))
        return None


class TimelineModel(QAbstractTableModel):
    """One customer's timeline, a page at a time through ctx.ops (a big customer costs no
    more than a small one). A page's arrival only keeps its entries: a row's texts and
    colours (from the palette) are built the first time the view asks for them, i.e. when
    it comes on screen, and kept; the whole-row tooltip (who logged it) is built when the
    pointer rests on the row; RECORD_ROLE says which record the row is.

    The first page brings what its texts need (staff names, business hours) and has its
    currencies' decimals looked up on the worker, so it is one query from asking to rows
    on screen, asked at once when a customer is chosen, beside the panel's details (it
    waited for them: two queries one after the other, 66 ms to first rows at 1M)."""

    HEADERS = ("When", "What", "Status", "Details", "Who")
    FIRST_PAGE = 50  # rows: more than a screenful
    loaded = Signal()  # a page arrived

    def __init__(self, ctx: AppContext, page_size: int = customers_svc.TIMELINE_PAGE, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.customer_id: int | None = None
        self._entries: list = []  # the timeline's entries (core TimelineEntry), in order
        self._cells: dict[int, tuple[list, list]] = {}  # row -> (texts, colours), once shown
        self._last = None  # the keyset of the last entry loaded
        self._more = False
        self._fetching = False
        self._generation = 0
        self._names: dict[int, str] = {}
        self._with_context = False  # the first page asked brings names and hours
        self._texts: DueText | None = None
        self._now = None

    def show(
        self, customer_id: int | None, names: dict[int, str] | None = None, hours=None
    ) -> None:
        """Start again with another (or the same) customer: the first page is asked for.
        Without ``names`` (staff id -> name), the first page brings them and the hours."""
        self._generation += 1
        self.beginResetModel()
        self.customer_id = customer_id
        self._entries = []
        self._cells = {}
        self._last = None
        self._more = customer_id is not None
        self._fetching = False
        self._names = names or {}
        self._with_context = names is None  # the first page brings names and hours
        self._now = self.ctx.now()
        self._texts = due_text(self._now, hours) if hours is not None else None
        self.endResetModel()
        if customer_id is not None:
            self.fetchMore()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return word(self.HEADERS[section])
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more or self._fetching or self.customer_id is None:
            return
        self._fetching = True
        # the first page only fills the screen: it arrives sooner; scrolling asks for
        # full pages
        size = min(self.FIRST_PAGE, self.page_size) if not self._entries else self.page_size
        generation, customer_id, after = self._generation, self.customer_id, self._last
        context = self._with_context and not self._entries

        def load(session):
            page = customers_svc.timeline_page(session, customer_id, after, size)
            # babel's data, if a currency needs it, loads here and not in a paint
            money.warm({getattr(entry.item, "currency", None) for _key, entry in page})
            return page, (_timeline_context(session) if context else None)

        self.ctx.ops.query(
            self, "page", load, lambda answer: self._arrived(generation, *answer, size=size)
        )

    def _arrived(self, generation: int, page, context=None, size: int | None = None) -> None:
        if generation != self._generation:
            return
        if context is not None:
            self._names, hours = context
            self._texts = due_text(self._now, hours)
            self._with_context = False
        size = self.page_size if size is None else size
        if page:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._entries.extend(entry for _key, entry in page)
            self._last = page[-1][0]
            self._more = len(page) == size
            self.endInsertRows()
        else:
            self._more = False
        self._fetching = False
        self.loaded.emit()

    def built_rows(self) -> int:
        """How many rows' texts have been built (the rows that came on screen)."""
        return len(self._cells)

    def _row_cells(self, row: int) -> tuple[list, list]:
        cells = self._cells.get(row)
        if cells is None:
            entry = self._entries[row]
            texts, colours = _timeline_cells(entry, self._now, self._texts)
            cells = [*texts, _timeline_who(entry, self._names)], [*colours, None]
            self._cells[row] = cells
        return cells

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_cells(index.row())[0][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._row_cells(index.row())[1][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # who, and the full text of every cell, on the whole row
            return _timeline_tip(self._entries[index.row()], self._names)
        if role == RECORD_ROLE:
            return self.record_at(index.row())
        return None

    def record_at(self, row: int):
        if not 0 <= row < len(self._entries):
            return None
        entry = self._entries[row]
        return (entry.type, entry.item.id)


def _timeline_context(session) -> tuple[dict[int, str], BusinessHours]:
    """What a timeline's texts need: staff names (who did it) and the business hours."""
    names = {m.id: m.name for m in staff_svc.list_staff(session, include_inactive=True)}
    return names, BusinessHours.from_settings(settings_svc.get_all(session))


class CustomerPanel(QWidget):
    """One customer's details, actions and timeline (interactions and promises)."""

    edit_requested = Signal(int)
    log_requested = Signal(int)
    promise_requested = Signal(int)
    archive_requested = Signal(int, bool)
    open_record = Signal(str, int)
    merge_requested = Signal(int, object)  # this customer, the other one or None
    customer_changed = Signal(object)  # the customer id shown, or None (buttons follow it)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer: Customer | None = None
        self.title = QLabel(self.tr("Choose a customer"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        # a long name (or the words of another language) wraps: the row beside it holds
        # three buttons, and the window must fit 910 px
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_button = QPushButton(self.tr("Log interaction…"))
        self.promise_button = QPushButton(self.tr("Add promise…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.log_button.clicked.connect(lambda: self._emit(self.log_requested))
        self.promise_button.clicked.connect(lambda: self._emit(self.promise_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.archive_button.clicked.connect(self._toggle_archive)
        self.actions_row = QHBoxLayout()
        for button in (self.log_button, self.promise_button, self.edit_button, self.archive_button):
            self.actions_row.addWidget(button)
        # beside the name, not in the actions row: that row must fit a 910 px wide window
        self.merge_button = QToolButton()
        self.merge_button.setText(self.tr("Merge a duplicate…"))
        self.merge_button.setToolTip(self.tr("Merge a duplicate of this customer into it"))
        self.merge_button.clicked.connect(
            lambda: self.customer and self.merge_requested.emit(self.customer.id, None)
        )
        self.actions_row.addStretch(1)
        # heads-ups (core/heads_ups.py): pinned here, shown in the banner above the timeline
        self.heads_up_button = QToolButton()
        self.heads_up_button.setText(self.tr("Pin a heads-up…"))
        self.heads_up_button.setToolTip(
            self.tr("Pin a note everyone who deals with this customer will see")
        )
        self.heads_up_button.clicked.connect(self._pin_heads_up)
        self.heads_up_banner = HeadsUpBanner(can_resolve=True)
        self.heads_up_banner.resolve_requested.connect(self._resolve_heads_up)
        # issue 11: their own cadence, or stop tracking (beside the name, like merge)
        self.keeping = None
        self.touch_button = QToolButton()
        self.touch_button.setText(self.tr("Keep in touch"))
        self.touch_button.setToolTip(self.tr("How often to get in touch with this customer"))
        self.touch_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.touch_menu = QMenu(self.touch_button)
        self.touch_menu.aboutToShow.connect(self._fill_touch_menu)
        self.touch_button.setMenu(self.touch_menu)

        self.timeline_model = TimelineModel(ctx, parent=self)
        # a table, not a tree: a QTreeView lays out every row and asks the model for more
        # after each page arrives, so it fetched a 5,000-entry timeline whole; a table
        # asks for the next page only when its last row comes into view
        self.timeline = row_table(self.timeline_model)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setShowGrid(False)
        self.timeline.setWordWrap(False)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline.setColumnWidth(0, 125)
        self.timeline.setColumnWidth(1, 135)
        self.timeline.setColumnWidth(2, 75)
        # who logged or did it: narrow (the row's tooltip has it in full); Details stretches
        header.setStretchLastSection(False)
        self.timeline.setColumnWidth(4, 105)
        # double-click or Enter opens an interaction, promise or feedback
        self.timeline.activated.connect(self._open_entry)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._timeline_menu)

        layout = QVBoxLayout(self)
        # the name on a line of its own, its tools under it: the panel fits a small laptop
        layout.addWidget(self.title)
        tools_row = QHBoxLayout()
        tools_row.addWidget(self.heads_up_button)
        tools_row.addWidget(self.touch_button)
        tools_row.addWidget(self.merge_button)
        tools_row.addStretch(1)
        layout.addLayout(tools_row)
        layout.addWidget(self.details)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.heads_up_banner)
        heading = QLabel(self.tr("Timeline"))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        layout.addWidget(self.timeline, 1)
        self.show_customer(None)

    def _open_entry(self, index) -> None:
        record = index.data(RECORD_ROLE) if index.isValid() else None
        if record and record[0] in EDITABLE:
            self.open_record.emit(*record)

    def _timeline_menu(self, pos) -> None:
        from cxlogger.ui.dialogs.record_editor import record_menu

        index = self.timeline.indexAt(pos)
        record = index.data(RECORD_ROLE) if index.isValid() else None
        if not record or record[0] not in EDITABLE:
            return
        extra = ()
        if record[0] == "promise":  # an open one can be handed to a colleague
            from cxlogger.ui import team as team_ui

            text = index.sibling(index.row(), 3).data() or ""
            extra = (
                (
                    QCoreApplication.translate("Timeline", "&Hand over…"),
                    lambda: team_ui.hand_off(self.ctx, self, "promise", record[1], text),
                ),
            )
        menu = record_menu(
            self.ctx,
            self,
            *record,
            open_record=lambda: self.open_record.emit(*record),
            extra=extra,
        )
        menu.exec(self.timeline.viewport().mapToGlobal(pos))

    # --- keeping in touch (issue 11) ---------------------------------------------------------
    def _fill_touch_menu(self) -> None:
        menu = self.touch_menu
        menu.clear()
        customer = self.customer
        if customer is None:
            return
        menu.addAction(self.tr("Every … days…"), self._ask_own_cadence)
        tags = menu.addAction(self.tr("Use the cadence of their tags"))
        tags.setEnabled(customer.touch_every_days is not None)
        tags.triggered.connect(lambda: self.set_tracking(every_days=None))
        menu.addSeparator()
        if customer.touch_stopped:
            menu.addAction(self.tr("Track again"), lambda: self.set_tracking(stopped=False))
        else:
            menu.addAction(self.tr("Stop tracking"), lambda: self.set_tracking(stopped=True))

    def ask_days(self, current: int) -> int | None:
        from cxlogger.ui.qt import QInputDialog

        days, ok = QInputDialog.getInt(
            self,
            self.tr("Keep in touch"),
            self.tr("Get in touch with them at least every (days):"),
            current,
            1,
            3660,
        )
        return days if ok else None

    def _ask_own_cadence(self) -> None:
        current = (self.keeping.cadence_days if self.keeping else None) or 30
        days = self.ask_days(current)
        if days is not None:
            self.set_tracking(every_days=days)

    def set_tracking(self, stopped=None, every_days=False) -> None:
        from cxlogger.core.records import touch

        if self.customer is None:
            return
        customer_id, staff_id, now = self.customer.id, self.ctx.staff_id, self.ctx.now()
        self.ctx.ops.write(
            self,
            lambda s: touch.set_tracking(s, customer_id, staff_id, now, stopped, every_days),
            None,
            lambda message: QMessageBox.warning(self, self.tr("Not changed"), message),
            changes=("customers", "followups"),
        )

    def _emit(self, signal) -> None:
        if self.customer is not None:
            signal.emit(self.customer.id)

    def _pin_heads_up(self) -> None:
        if self.customer is None:
            return
        from cxlogger.ui.widgets.heads_up_widgets import PinHeadsUpDialog

        customer_id = self.customer.id
        dialog = PinHeadsUpDialog(self.ctx, customer_id, self.customer.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_customer(customer_id))
        dialog.open()  # not modal to the app: the window keeps painting
        self.pin_dialog = dialog

    def _resolve_heads_up(self, heads_up_id: int, version: int) -> None:
        from cxlogger.ui.widgets.heads_up_widgets import resolve

        button = self.heads_up_banner.resolve_buttons.get(heads_up_id)
        if button is not None:
            button.setEnabled(False)  # no second click while it is saved
        customer_id = self.customer.id if self.customer else None
        resolve(self.ctx, self, heads_up_id, version, lambda _r: self.show_customer(customer_id))

    def _toggle_archive(self) -> None:
        if self.customer is not None:
            self.archive_requested.emit(self.customer.id, not self.customer.archived)

    def show_customer(self, customer_id: int | None) -> None:
        """Show a customer (None: nobody); the data arrive from the background."""
        if not customer_id:
            self._show(None)
            return
        # the timeline's first page is asked for now, beside the details, not after them
        self.timeline_model.show(customer_id)

        now = self.ctx.now()

        def load(session):
            from cxlogger.core.records import touch

            customer = customers_svc.get_customer(session, customer_id)
            keeping = None
            if customer is not None:  # issue 11: last contact, and their cadence
                values = settings_svc.get_all(session)
                cadence = touch.Cadences.from_settings(values).for_customer(
                    customer.tags, customer.touch_every_days, customer.touch_stopped
                )
                own = customer.touch_every_days is not None or customer.touch_stopped
                keeping = KeepingInTouch(
                    touch.last_contact(session, customer_id), cadence, own, customer.touch_due_at
                )
            return customer, heads_ups.active(session, customer_id, now), keeping

        self.ctx.ops.query(self, "customer", load, lambda loaded: self._show(*loaded))

    def _show(self, customer: Customer | None, heads=None, keeping=None) -> None:
        self.customer = customer
        self.heads_up_banner.show_heads_ups((heads or []) if customer is not None else [])
        self.heads_up_button.setEnabled(customer is not None)
        for button in (self.log_button, self.promise_button, self.edit_button, self.archive_button):
            button.setEnabled(customer is not None)
        self.merge_button.setEnabled(customer is not None)
        self.touch_button.setEnabled(customer is not None)
        self.customer_changed.emit(customer.id if customer is not None else None)
        if customer is None:
            self.timeline_model.show(None)
            self.title.setText(self.tr("Choose a customer"))
            self.details.setText(
                self.tr("Pick a customer on the left to see their details and history.")
            )
            return
        self.title.setText(
            customer.name + ("  " + self.tr("(archived)") if customer.archived else "")
        )
        self.archive_button.setText(
            self.tr("Unarchive") if customer.archived else self.tr("Archive")
        )
        lines = []
        for caption, value in (
            (self.tr("Company:"), customer.company),
            (self.tr("Email:"), customer.email),
            (self.tr("Phone:"), customer.phone),
            (
                self.tr("Prefers:"),
                label(customer.preferred_channel) if customer.preferred_channel else "",
            ),
            (self.tr("Tags:"), customer.tags),
            (self.tr("Notes:"), customer.notes),
        ):
            if value:
                lines.append(_caption(caption, value))
        # why messages are (not) suggested for them (core/consent.py has the rules)
        lines.append(_caption(self.tr("Contact:"), consent_explained(customer.contact_consent)))
        if keeping is not None:
            lines.extend(self.keeping_lines(keeping, customer, self.ctx.now()))
        self.keeping = keeping
        self.details.setText("<br>".join(lines))

    def keeping_lines(self, keeping: KeepingInTouch, customer: Customer, now) -> list[str]:
        """ "Last contact: …" and "Keep in touch: …" lines for the customer panel."""

        contact = keeping.last_contact
        if contact is None:
            last = self.tr("none yet")
        else:
            from cxlogger.ui.views.losing_touch_view import contact_how

            last = f"{date_time_text(contact.at)} · {contact_how(contact)}"
            if contact.what:
                last += f" · {contact.what}"
        lines = [_caption(self.tr("Last contact:"), last)]
        if customer.touch_stopped:
            state = self.tr("not tracked (stopped)")
        elif not keeping.cadence_days:
            state = self.tr("not tracked")
        else:
            state = self.tr("every %n day(s)", "", keeping.cadence_days)
            state += " " + (self.tr("(their own)") if keeping.own else self.tr("(from their tags)"))
            if keeping.due_at is not None and keeping.due_at <= now:
                past = (now - keeping.due_at).days
                state += " · " + (
                    self.tr("due today") if past == 0 else self.tr("%n day(s) past", "", past)
                )
            elif keeping.due_at is not None:
                state += " · " + self.tr("next by %1").replace("%1", date_text(keeping.due_at))
        lines.append(_caption(self.tr("Keep in touch:"), state))
        return lines


@dataclass(frozen=True)
class KeepingInTouch:
    """What the panel says about keeping in touch (issue 11, core/touch.py)."""

    last_contact: object | None  # touch.LastContact
    cadence_days: int | None  # None: not tracked
    own: bool  # their own cadence (or stopped), not their tags'
    due_at: object | None


def _caption(caption: str, value: str) -> str:
    return f"<b>{_html(caption)}</b> {_html(value)}"


def consent_explained(state: str) -> str:
    """What the customer said, and so which messages cxlogger suggests (core/consent.py)."""
    if state == "yes":
        return QCoreApplication.translate("Consent", "agrees to be contacted")
    if state == "no":
        return QCoreApplication.translate(
            "Consent",
            "does not want to be contacted — no thank-yous, feedback requests or "
            "report-backs are suggested; promises to them still remind you",
        )
    return QCoreApplication.translate(
        "Consent", "not asked yet — thank-yous only; ask before requesting feedback"
    )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _warning():
    palette = palette_of()
    return warning_text(palette, palette.color(QPalette.ColorRole.Base))


def _timeline_who(entry, names: dict[int, str]) -> str:
    """Who logged or did the entry (and, for a promise, who owns it now)."""
    item = entry.item

    def who(staff_id) -> str:
        return names.get(staff_id, "") if staff_id is not None else ""

    if entry.type == "interaction":
        return who(item.staff_id if item.staff_id is not None else item.created_by_id)
    if entry.type == "promise":
        by, owner = who(item.created_by_id), who(item.owner_id)
        return f"{by} → {owner}" if owner and owner != by else by
    if entry.type == "followup":
        return who(item.done_by_id)
    if entry.type == "message":
        return who(item.staff_id)
    if entry.type == "handoff":
        return who(item.by_staff_id)
    return who(getattr(item, "created_by_id", None))


def _timeline_tip(entry, names: dict[int, str]) -> str:
    """Everything about one timeline entry, who logged it first: the row's tooltip."""
    item = entry.item

    def who(staff_id) -> str:
        return names.get(staff_id, "") if staff_id is not None else ""

    if entry.type == "interaction":
        fields = [
            (QCoreApplication.translate("Timeline", "Logged by"), who(item.created_by_id)),
            (
                QCoreApplication.translate("Timeline", "With"),
                who(item.staff_id) if item.staff_id != item.created_by_id else "",
            ),
            (QCoreApplication.translate("Timeline", "When"), date_time_text(item.occurred_at)),
            (
                QCoreApplication.translate("Timeline", "What"),
                f"{label(item.kind)} · {label(item.channel)} · {label(item.sentiment)}",
            ),
            (
                QCoreApplication.translate("Timeline", "Amount"),
                f"{money_text(item.amount_minor, item.currency)} ({label(item.amount_kind)})"
                if item.amount_minor is not None
                else "",
            ),
            (QCoreApplication.translate("Timeline", "Summary"), item.summary),
            (QCoreApplication.translate("Timeline", "Details"), item.details),
            (QCoreApplication.translate("Timeline", "In messages"), item.customer_text),
            (QCoreApplication.translate("Timeline", "Resolved"), date_time_text(item.resolved_at)),
        ]
    elif entry.type == "promise":
        due = date_time_text(item.due_at) if item.due_has_time else date_text(item.due_at)
        fields = [
            (QCoreApplication.translate("Timeline", "Promised by"), who(item.created_by_id)),
            (QCoreApplication.translate("Timeline", "Owner"), who(item.owner_id)),
            (QCoreApplication.translate("Timeline", "Made"), date_time_text(item.created_at)),
            (QCoreApplication.translate("Timeline", "Due"), due),
            (QCoreApplication.translate("Timeline", "Status"), label(item.status)),
            (QCoreApplication.translate("Timeline", "Promise"), item.description),
            (QCoreApplication.translate("Timeline", "Outcome"), item.outcome_note),
            (QCoreApplication.translate("Timeline", "Tell the customer"), item.customer_outcome),
            (
                QCoreApplication.translate("Timeline", "Customer told"),
                date_time_text(item.customer_told_at),
            ),
        ]
    elif entry.type == "feedback":
        fields = [
            (QCoreApplication.translate("Timeline", "Recorded by"), who(item.created_by_id)),
            (QCoreApplication.translate("Timeline", "Received"), date_time_text(item.received_at)),
            (QCoreApplication.translate("Timeline", "Feedback"), entry.text),
        ]
    elif entry.type == "handoff":
        fields = [
            (QCoreApplication.translate("Timeline", "Handed over by"), who(item.by_staff_id)),
            (QCoreApplication.translate("Timeline", "From"), who(item.from_staff_id)),
            (QCoreApplication.translate("Timeline", "To"), who(item.to_staff_id)),
            (QCoreApplication.translate("Timeline", "When"), date_time_text(item.at)),
            (QCoreApplication.translate("Timeline", "What"), entry.text),
            (QCoreApplication.translate("Timeline", "Note"), item.note),
        ]
    elif entry.type == "heads_up":
        fields = [
            (QCoreApplication.translate("Timeline", "Pinned by"), who(item.created_by_id)),
            (QCoreApplication.translate("Timeline", "Pinned"), date_time_text(item.created_at)),
            (QCoreApplication.translate("Timeline", "Kind"), kind_word(item.kind)),
            (QCoreApplication.translate("Timeline", "Heads-up"), item.text),
            (
                QCoreApplication.translate("Timeline", "Until"),
                date_text(heads_ups.last_day(item.expires_at)),
            ),
            (
                QCoreApplication.translate("Timeline", "Resolved by"),
                who(item.resolved_by_id) if item.resolved_at else "",
            ),
            (QCoreApplication.translate("Timeline", "Resolved"), date_time_text(item.resolved_at)),
        ]
    elif entry.type == "message":  # as it was sent, word for word
        fields = [
            (QCoreApplication.translate("Timeline", "Sent by"), who(item.staff_id)),
            (QCoreApplication.translate("Timeline", "Sent"), date_time_text(item.sent_at)),
            (
                QCoreApplication.translate("Timeline", "How"),
                QCoreApplication.translate("Timeline", "Emailed")
                if item.channel == "email"
                else QCoreApplication.translate("Timeline", "Copied to send"),
            ),
            (QCoreApplication.translate("Timeline", "To"), item.to_address),
            (QCoreApplication.translate("Timeline", "Subject"), item.subject),
            (QCoreApplication.translate("Timeline", "Message"), item.body),
        ]
    else:
        fields = [
            (
                QCoreApplication.translate("Timeline", "Done by"),
                who(getattr(item, "done_by_id", None)),
            ),
            (QCoreApplication.translate("Timeline", "Done"), date_time_text(entry.when)),
            (QCoreApplication.translate("Timeline", "What"), entry.text),
        ]
    lines = []
    for caption, value in fields:
        if value:  # short lines on one line each; long texts wrap
            wrap = "normal" if len(value) > 60 or "\n" in value else "nowrap"
            text = _html(value).replace("\n", "<br>")
            lines.append(
                f'<p style="margin:0; white-space:{wrap}"><b>{_html(caption)}:</b> {text}</p>'
            )
    return "".join(lines)


def _timeline_cells(entry, now, texts: DueText | None = None) -> tuple[list[str], list]:
    """A timeline row's four texts and their colours (None: the palette's text colour)."""
    item = entry.item
    colours = [None] * 4
    if entry.type == "interaction":
        what = f"{label(item.kind)} · {label(item.channel)}"
        status = label(item.sentiment)
        text = item.summary
        if item.amount_minor is not None:
            amount = money_text(item.amount_minor, item.currency)
            text += f"  [{label(item.amount_kind)} {amount}]"
        if item.sentiment == "negative":
            colours[2] = _warning()
        return [date_time_text(entry.when), what, status, text], colours
    if entry.type == "promise":
        overdue = promises_svc.is_overdue(item, now)
        status = (
            QCoreApplication.translate("Timeline", "Overdue") if overdue else label(item.status)
        )
        if texts is not None:  # the same words as Today and the Promises view
            text = f"{item.description} ({texts.due(item.due_at, item.due_has_time, overdue)})"
        else:
            due = date_time_text(item.due_at) if item.due_has_time else date_text(item.due_at)
            text = f"{item.description} (due {due})"
        if item.outcome_note:
            text += f" — {item.outcome_note}"
        if overdue:
            colours = [_warning()] * 4
        return [date_time_text(entry.when), "Promise", status, text], colours
    if entry.type == "message":
        return _message_cells(entry), colours
    if entry.type == "handoff":
        what = QCoreApplication.translate("Timeline", "Handed over")
        return [date_time_text(entry.when), what, "", entry.text], colours
    if entry.type == "heads_up":
        view = _heads_up_view(item)
        if item.resolved_at is not None:
            status = QCoreApplication.translate("Timeline", "Resolved")
        elif item.expires_at is not None and item.expires_at <= now:
            status = QCoreApplication.translate("Timeline", "Expired")
        else:
            status = QCoreApplication.translate("Timeline", "Active")
        what = QCoreApplication.translate("Timeline", "Heads-up")
        return [date_time_text(entry.when), what, status, heads_up_line(view, False)], colours
    # other entry types (feedback, follow-ups done) describe themselves
    text = getattr(entry, "text", "") or str(getattr(item, "title", ""))
    return [date_time_text(entry.when), label(entry.type), "", text], colours


def _heads_up_view(item) -> heads_ups.HeadsUpView:
    return heads_ups.HeadsUpView(
        item.id,
        item.customer_id,
        item.text,
        item.kind,
        None,
        item.created_at,
        item.expires_at,
        item.interaction_id,
        None,
        item.resolved_at,
        item.version,
    )


def _message_cells(entry) -> list[str]:
    """A message sent (or copied) to the customer: the text exactly as it went out."""
    from cxlogger.ui.dialogs.message_preview import sent_message_item

    item = sent_message_item(entry.item, date_time_text(entry.when))  # not shown: its texts
    return [item.text(column) for column in range(4)]


class CustomersView(QWidget):
    """Search on the left, the chosen customer on the right."""

    add_requested = Signal()
    open_record = Signal(str, int)
    merge_requested = Signal(int, object)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, company, email, phone or tag…"))
        self.search.setToolTip(
            self.tr(
                "Three or more characters find them anywhere in the name, company, email, "
                "phone or tags; one or two characters find names that begin with them."
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(customers_svc.SEARCH_MAX_CHARS)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.add_button = QPushButton(self.tr("Add customer…"))
        self.add_button.clicked.connect(self.add_requested)
        self.model = CustomerListModel(ctx, self)
        self.table = row_table(self.model, {0: 170, 1: 140})
        self.table.setAccessibleName(self.tr("Customers"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(2, 190)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        # select two (Ctrl+click) to merge them
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._list_menu)
        self.panel = CustomerPanel(ctx)
        self.panel.open_record.connect(self.open_record)
        self.panel.merge_requested.connect(self.merge_requested)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Customers"))
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

        # each key searches at once while answers are quick; a pause only while they are slow
        self.pace = SearchPace(self._search_now, self)
        self.search.textChanged.connect(self.pace.typed)
        self.model.loaded.connect(self.pace.answered)
        self.show_archived.toggled.connect(self.apply_search)
        self._keep_selected: int | None = None  # reselected when the list arrives
        self.model.loaded.connect(lambda: self._reselect(self._keep_selected))
        self.model.loaded.connect(self._warm_timeline, Qt.ConnectionType.SingleShotConnection)
        ctx.changes.changed.connect(self._on_changed)

    def _warm_timeline(self) -> None:
        """Once the list is on screen: the timeline's first-page query is built (SQLAlchemy
        compiles it once per process, ~40 ms of a first timeline's ~50 ms at 1M) on a worker
        before anyone is chosen, with nobody's id, so the first customer opened is as quick
        as the next."""

        def build(session):
            customers_svc.timeline_page(session, 0, None, TimelineModel.FIRST_PAGE)

        self.ctx.ops.query(self, "warm timeline", build, lambda _nothing: None)

    def apply_search(self) -> None:
        """Search with the text as it is, now (no pause)."""
        self.pace.now()

    def _search_now(self) -> None:
        self._keep_selected = self.panel.customer.id if self.panel.customer else None
        self.model.set_search(self.search.text(), self.show_archived.isChecked())

    def _reselect(self, customer_id: int | None) -> None:
        row = self.model.row_of(customer_id) if customer_id else None
        if row is not None:
            self.table.selectRow(row)

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            customer_id = self.model.customer_at(current.row()).id
            # not when the panel shows them already, or has them on their way: opening a
            # customer (from Today, the log) selects their row, which asked for everything
            # again and dropped the first answers (a second wait for the timeline)
            if customer_id != self.panel.timeline_model.customer_id:
                self.panel.show_customer(customer_id)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.customer_at(row).id for row in rows]

    def _list_menu(self, pos) -> None:
        ids = self.selected_ids()
        menu = QMenu(self)
        if len(ids) == 2:
            menu.addAction(
                self.tr("&Merge these two customers…"), lambda: self.merge_requested.emit(*ids)
            )
        elif self.panel.customer is not None:
            customer_id = self.panel.customer.id
            menu.addAction(
                self.tr("&Merge into…"), lambda: self.merge_requested.emit(customer_id, None)
            )
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def open_customer(self, customer_id: int) -> None:
        """Show one customer, even if the current search would hide them."""
        self.panel.show_customer(customer_id)
        self._keep_selected = customer_id
        self._reselect(customer_id)

    def _on_changed(self, what: set) -> None:
        if what & {
            "customers",
            "interactions",
            "promises",
            "followups",
            "feedback",
            "messages",
            "handoffs",
            "heads_ups",
        }:
            current = self.panel.customer.id if self.panel.customer else None
            if "customers" in what:
                self._keep_selected = current
                self.model.reload()
            self.panel.show_customer(current)
