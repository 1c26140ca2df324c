"""Reports: promises kept, the loop closed, follow-ups, feedback, activity and money.

The view is an empty frame until it is first shown: then it imports the report code
and the charts (cxlogger/ui/widgets/report_charts.py) and asks for each block on its own
(``ctx.ops.query``, off the GUI thread), showing each as it arrives. Every figure
compares with the previous period of the same length; clicking a figure or a bar
opens the records behind it.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import word
from cxlogger.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLocale,
    QMenu,
    QPalette,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

PERIODS = (
    ("this-month", QT_TRANSLATE_NOOP("Reports", "This month")),
    ("last-month", QT_TRANSLATE_NOOP("Reports", "Last month")),
    ("this-quarter", QT_TRANSLATE_NOOP("Reports", "This quarter")),
    ("last-quarter", QT_TRANSLATE_NOOP("Reports", "Last quarter")),
    ("this-year", QT_TRANSLATE_NOOP("Reports", "This year")),
    ("last-year", QT_TRANSLATE_NOOP("Reports", "Last year")),
    ("custom", QT_TRANSLATE_NOOP("Reports", "Dates…")),
)
BLOCK_TITLES = (
    ("promises", QT_TRANSLATE_NOOP("Reports", "Promises")),
    ("loop", QT_TRANSLATE_NOOP("Reports", "Closing the loop")),
    ("followups", QT_TRANSLATE_NOOP("Reports", "Follow-ups")),
    ("feedback", QT_TRANSLATE_NOOP("Reports", "Customer feedback")),
    ("activity", QT_TRANSLATE_NOOP("Reports", "Activity")),
    ("money", QT_TRANSLATE_NOOP("Reports", "Money")),
)

# The core's report texts (core/reports.py: figure labels, chart and table titles, series,
# columns, notes) are plain English; the view shows them through
# QCoreApplication.translate("Reports", ...), and this list lets pyside6-lupdate find them.
REPORT_WORDS = (
    QT_TRANSLATE_NOOP("Reports", "Promises"),
    QT_TRANSLATE_NOOP("Reports", "Promises made"),
    QT_TRANSLATE_NOOP("Reports", "Kept on time"),
    QT_TRANSLATE_NOOP("Reports", "Kept late"),
    QT_TRANSLATE_NOOP("Reports", "Broken"),
    QT_TRANSLATE_NOOP("Reports", "Still open (not yet due)"),
    QT_TRANSLATE_NOOP("Reports", "Overdue now"),
    QT_TRANSLATE_NOOP("Reports", "Kept-on-time rate"),
    QT_TRANSLATE_NOOP("Reports", "Median days late"),
    QT_TRANSLATE_NOOP("Reports", "Overdue"),
    QT_TRANSLATE_NOOP("Reports", "Open"),
    QT_TRANSLATE_NOOP("Reports", "Promises due, by month and outcome"),
    QT_TRANSLATE_NOOP("Reports", "(nobody)"),
    QT_TRANSLATE_NOOP("Reports", "Promises by month"),
    QT_TRANSLATE_NOOP("Reports", "Made"),
    QT_TRANSLATE_NOOP("Reports", "Promises due, per staff member"),
    QT_TRANSLATE_NOOP("Reports", "On-time rate %"),
    QT_TRANSLATE_NOOP("Reports", "Staff"),
    QT_TRANSLATE_NOOP("Reports", "Month"),
    QT_TRANSLATE_NOOP("Reports", "Closing the loop"),
    QT_TRANSLATE_NOOP("Reports", "Promises kept"),
    QT_TRANSLATE_NOOP("Reports", "Customer told"),
    QT_TRANSLATE_NOOP("Reports", "Kept but customer not told"),
    QT_TRANSLATE_NOOP("Reports", "Told rate"),
    QT_TRANSLATE_NOOP("Reports", "Median time from kept to told"),
    QT_TRANSLATE_NOOP("Reports", "Complaints"),
    QT_TRANSLATE_NOOP("Reports", "Told"),
    QT_TRANSLATE_NOOP("Reports", "Not told"),
    QT_TRANSLATE_NOOP("Reports", "Promises kept, by month: customer told or not"),
    QT_TRANSLATE_NOOP("Reports", "Closing the loop by month"),
    QT_TRANSLATE_NOOP("Reports", "Unhandled complaints"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups due in the period; done early counts as no wait."),
    QT_TRANSLATE_NOOP("Reports", "Done"),
    QT_TRANSLATE_NOOP("Reports", "Dismissed"),
    QT_TRANSLATE_NOOP("Reports", "No longer needed"),
    QT_TRANSLATE_NOOP("Reports", "Still pending"),
    QT_TRANSLATE_NOOP("Reports", "Done, of those dealt with"),
    QT_TRANSLATE_NOOP("Reports", "Median time from due to done"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups by kind"),
    QT_TRANSLATE_NOOP("Reports", "Kind"),
    QT_TRANSLATE_NOOP("Reports", "Pending"),
    QT_TRANSLATE_NOOP("Reports", "Follow-ups due, by month and outcome"),
    QT_TRANSLATE_NOOP("Reports", "Customer feedback"),
    QT_TRANSLATE_NOOP("Reports", "CSAT average (1–5)"),
    QT_TRANSLATE_NOOP("Reports", "CSAT ratings"),
    QT_TRANSLATE_NOOP("Reports", "NPS"),
    QT_TRANSLATE_NOOP("Reports", "Promoters (9–10)"),
    QT_TRANSLATE_NOOP("Reports", "Detractors (0–6)"),
    QT_TRANSLATE_NOOP("Reports", "NPS answers"),
    QT_TRANSLATE_NOOP("Reports", "Low ratings"),
    QT_TRANSLATE_NOOP("Reports", "Low ratings with an action"),
    QT_TRANSLATE_NOOP("Reports", "…and a report-back (“you said, we did”)"),
    QT_TRANSLATE_NOOP("Reports", "CSAT average by month (1–5)"),
    QT_TRANSLATE_NOOP("Reports", "CSAT"),
    QT_TRANSLATE_NOOP("Reports", "NPS by month"),
    QT_TRANSLATE_NOOP("Reports", "CSAT ratings, 1 to 5"),
    QT_TRANSLATE_NOOP("Reports", "Ratings"),
    QT_TRANSLATE_NOOP("Reports", "Feedback by month"),
    QT_TRANSLATE_NOOP("Reports", "CSAT average"),
    QT_TRANSLATE_NOOP("Reports", "Count"),
    QT_TRANSLATE_NOOP("Reports", "Rating"),
    QT_TRANSLATE_NOOP("Reports", "Activity"),
    QT_TRANSLATE_NOOP("Reports", "Interactions"),
    QT_TRANSLATE_NOOP("Reports", "New customers"),
    QT_TRANSLATE_NOOP("Reports", "Purchases"),  # label("purchase") + "s"
    QT_TRANSLATE_NOOP("Reports", "Customers losing touch"),
    QT_TRANSLATE_NOOP("Reports", "Interactions by month and channel"),
    QT_TRANSLATE_NOOP("Reports", "Interactions by channel"),
    QT_TRANSLATE_NOOP("Reports", "Channel"),
    QT_TRANSLATE_NOOP("Reports", "Previous period"),
    QT_TRANSLATE_NOOP("Reports", "This period"),
    QT_TRANSLATE_NOOP("Reports", "Interactions by kind"),
    QT_TRANSLATE_NOOP("Reports", "Interactions per staff member"),
    QT_TRANSLATE_NOOP("Reports", "All"),
    QT_TRANSLATE_NOOP("Reports", "Activity by month"),
    QT_TRANSLATE_NOOP("Reports", "Money"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "The same entries as the money export for these days: net = sales - refunds - credits - goodwill.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Reports", "Net sales"),
    QT_TRANSLATE_NOOP("Reports", "Sales"),
    QT_TRANSLATE_NOOP("Reports", "Refunds"),
    QT_TRANSLATE_NOOP("Reports", "Credits"),
    QT_TRANSLATE_NOOP("Reports", "Goodwill"),
    QT_TRANSLATE_NOOP("Reports", "Money by month (minor units, e.g. cents)"),
    QT_TRANSLATE_NOOP("Reports", "Currency"),
    QT_TRANSLATE_NOOP("Reports", "Net"),
    QT_TRANSLATE_NOOP("Reports", "Figures"),
    QT_TRANSLATE_NOOP("Reports", "Block"),
    QT_TRANSLATE_NOOP("Reports", "Change"),
    QT_TRANSLATE_NOOP("Reports", "Figure"),
    QT_TRANSLATE_NOOP("Reports", "Unit"),
    QT_TRANSLATE_NOOP("Reports", "Closed"),
    QT_TRANSLATE_NOOP("Reports", "Customer"),
    QT_TRANSLATE_NOOP("Reports", "Due"),
    QT_TRANSLATE_NOOP("Reports", "Outcome"),
    QT_TRANSLATE_NOOP("Reports", "Owner"),
    QT_TRANSLATE_NOOP("Reports", "Promise"),
    QT_TRANSLATE_NOOP("Reports", "Summary"),
    QT_TRANSLATE_NOOP("Reports", "When"),
    QT_TRANSLATE_NOOP("Reports", "Complaints with no promise or resolution"),
    QT_TRANSLATE_NOOP("Reports", "Follow-up"),
    QT_TRANSLATE_NOOP("Reports", "Action"),
    QT_TRANSLATE_NOOP("Reports", "Comment"),
    QT_TRANSLATE_NOOP("Reports", "Received"),
    QT_TRANSLATE_NOOP("Reports", "Scale"),
    QT_TRANSLATE_NOOP("Reports", "Feedback"),
    QT_TRANSLATE_NOOP("Reports", "Company"),
    QT_TRANSLATE_NOOP("Reports", "Customer since"),
    QT_TRANSLATE_NOOP("Reports", "Email"),
    QT_TRANSLATE_NOOP("Reports", "Phone"),
    QT_TRANSLATE_NOOP("Reports", "Meaning"),
    QT_TRANSLATE_NOOP("Reports", "Net (minor units)"),
    QT_TRANSLATE_NOOP("Reports", "Low ratings and what was done"),  # core/report_lists.py
    # core/reports.py activity_block's note (issue 13: keep-in-touch cadences)
    QT_TRANSLATE_NOOP(
        "Reports",
        "Losing touch: customers past their keep-in-touch cadence at the end of the period.",
    ),
)


# texts the core writes with a number or a currency in them: the pattern, and the text
# with %1 that the catalogue translates
_WITH_A_NUMBER = (
    (
        r"Complaints with no promise or resolution after (\S+) days",
        QT_TRANSLATE_NOOP("Reports", "Complaints with no promise or resolution after %1 days"),
    ),
    (
        r"A complaint counts as unhandled when, (\S+) days after it, it has neither a promise "
        r"nor a resolution\.",
        QT_TRANSLATE_NOOP(
            "Reports",
            "A complaint counts as unhandled when, %1 days after it, it has neither a promise "
            "nor a resolution.",
        ),
    ),
    (
        r"Losing touch \(a stand-in\): customers with no interaction in the (\S+) days before "
        r"the end of the period\.",
        QT_TRANSLATE_NOOP(
            "Reports",
            "Losing touch (a stand-in): customers with no interaction in the %1 days before "
            "the end of the period.",
        ),
    ),
    (r"Net sales by month \((\S+)\)", QT_TRANSLATE_NOOP("Reports", "Net sales by month (%1)")),
)


def report_text(text: str) -> str:
    """A text of core/reports.py (a label, title, series, column or note) translated;
    channels and kinds (models.label) through core_words."""
    if not text:
        return text
    for pattern, source in _WITH_A_NUMBER:
        found = re.fullmatch(pattern, text)
        if found:
            return QCoreApplication.translate("Reports", source).replace("%1", found.group(1))
    translated = QCoreApplication.translate("Reports", text)
    return translated if translated != text else word(text)  # a channel or kind: "Phone"


def figure_text(value, unit: str, currency: str | None = None) -> str:
    """A figure for the screen and the PDF, through QLocale."""
    locale = QLocale()
    if value is None:
        return "–"
    if unit == "percent":
        return locale.toString(100 * value, "f", 0) + "\u202f%"
    if unit == "days":
        return QCoreApplication.translate("Reports", "%1 days").replace(
            "%1", locale.toString(float(value), "f", 1)
        )
    if unit == "hours":
        return QCoreApplication.translate("Reports", "%1 h").replace(
            "%1", locale.toString(float(value), "f", 1)
        )
    if unit == "rating":
        return locale.toString(float(value), "f", 2)
    if unit == "nps":
        return ("+" if value > 0 else "") + locale.toString(float(value), "f", 0)
    if unit == "money":
        from cxlogger.ui.widgets.formats import money_text

        return money_text(int(value), currency)
    return locale.toString(int(value))


def change_text(figure) -> tuple[str, str]:
    """("▲ +3 from 12", "better"|"worse"|"") for a figure against the previous period."""
    change = figure.change
    if figure.previous is None:
        return QCoreApplication.translate("Reports", "nothing to compare with"), ""
    before = figure_text(figure.previous, figure.unit, figure.currency)
    if change is None:
        return QCoreApplication.translate("Reports", "was %1").replace("%1", before), ""
    if abs(change) < 1e-9:
        return QCoreApplication.translate("Reports", "same as before (%1)").replace(
            "%1", before
        ), ""
    unit = figure.unit
    if unit == "percent":
        amount = QLocale().toString(100 * abs(change), "f", 0) + QCoreApplication.translate(
            "Reports", " pts"
        )
    elif unit == "nps":
        amount = QLocale().toString(float(abs(change)), "f", 0)
    else:
        amount = figure_text(abs(change), unit, figure.currency)
    arrow = "▲ +" if change > 0 else "▼ −"
    verdict = ""
    if figure.better:
        good = (change > 0) == (figure.better == "up")
        verdict = "better" if good else "worse"
    text = (
        QCoreApplication.translate("Reports", "%1 from %2")
        .replace("%1", arrow + amount)
        .replace("%2", before)
    )
    return text, verdict


class FigureCard(QFrame):
    """One figure: what it counts, the number, and its change; a click opens its records."""

    clicked = Signal(dict)

    def __init__(self, figure, parent=None):
        super().__init__(parent)
        from cxlogger.ui.widgets.widgets import muted_text, positive_text, warning_text

        self.figure = figure
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.caption = QLabel(report_text(figure.label))
        self.caption.setWordWrap(True)
        self.value = QLabel(figure_text(figure.value, figure.unit, figure.currency))
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        text, verdict = change_text(figure)
        words = {
            "better": QCoreApplication.translate("Reports", "better"),
            "worse": QCoreApplication.translate("Reports", "worse"),
        }
        self.change = QLabel(text + (f" · {words[verdict]}" if verdict else ""))
        palette = self.palette()
        back = palette.color(palette.ColorRole.Base)
        colour = {
            "better": positive_text(palette, back),
            "worse": warning_text(palette, back),
        }.get(verdict, muted_text(palette, back))
        _text_colour(self.change, colour)  # a palette, not a style sheet: 40 cards at once
        _text_colour(self.caption, muted_text(palette, back))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if figure.link:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(
                QCoreApplication.translate(
                    "Reports", "Click to see the records behind this figure."
                )
            )
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{self.caption.text()}: {self.value.text()}, {self.change.text()}")

    def mouseReleaseEvent(self, event) -> None:
        if self.figure.link and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.figure.link)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.figure.link and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.clicked.emit(self.figure.link)
            return
        super().keyPressEvent(event)


def _text_colour(label: QLabel, colour) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class BlockSection(QWidget):
    """A block's title, then "Counting…" until its figures arrive, then cards and charts."""

    open_link = Signal(dict)
    save_table = Signal(object)  # a reports.Table

    def __init__(self, key: str, title: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.block = None
        self.title = QLabel(report_text(title))
        self.title.setObjectName("sectionTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.tables_button = QToolButton()
        self.tables_button.setText(QCoreApplication.translate("Reports", "Save a table as CSV"))
        self.tables_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tables_button.setEnabled(False)
        self.status = QLabel(QCoreApplication.translate("Reports", "Counting…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.cards = QGridLayout()
        self.cards.setSpacing(8)
        self.charts = QGridLayout()
        self.charts.setSpacing(8)
        self.tables = QGridLayout()  # the block's tables, compact, under its charts
        self.tables.setHorizontalSpacing(12)
        self.tables.setVerticalSpacing(6)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.tables_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 6)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addLayout(self.cards)
        layout.addLayout(self.charts)
        layout.addLayout(self.tables)
        layout.addWidget(self.note)
        self.chart_widgets = []
        self.table_widgets = []
        self.pending_tables = []
        self.record_list = None  # report_lists.RecordList, for the loop and feedback blocks
        self.shown_for = None  # (period, staff id) of the block on screen; set by the view
        self._place = [0, 0]
        self.link_for_row = None  # (table, row index) -> a link or None; set by the view
        self.defer = None  # the view's work queue: fn -> runs it in a later step

    def waiting(self) -> None:
        self.pending_tables = []
        self.record_list = None
        self.block = None  # the next one to come is the one to show
        self.status.setText(QCoreApplication.translate("Reports", "Counting…"))
        self.status.show()

    def failed(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()

    def show_block(self, block) -> None:
        from cxlogger.ui.widgets.report_charts import ChartWidget
        from cxlogger.ui.widgets.widgets import muted_text

        self.block = block
        _clear(self.cards)
        _clear(self.charts)
        _clear(self.tables)
        self.chart_widgets = []
        self.table_widgets = []
        self.status.setVisible(not block.figures)
        self.status.setText(
            QCoreApplication.translate("Reports", "Nothing recorded in this period.")
        )
        columns = 4
        for index, figure in enumerate(block.figures):
            card = FigureCard(figure)
            card.clicked.connect(self.open_link.emit)
            self.cards.addWidget(card, index // columns, index % columns)
        for index, chart in enumerate(block.charts):
            widget = ChartWidget(chart)
            widget.clicked.connect(
                lambda i, c=chart: c.links and i < len(c.links) and self.open_link.emit(c.links[i])
            )
            self.chart_widgets.append(widget)
            self.charts.addWidget(widget, index // 2, index % 2)
        self._queue_tables(block)
        self.note.setText(report_text(block.note))
        self.note.setVisible(bool(block.note))
        _text_colour(self.note, muted_text(self.palette()))
        self._build_menu()

    def _build_menu(self) -> None:
        """Save a table as CSV: the block's tables, and its list of records if it has one."""
        tables = list(self.block.tables) if self.block is not None else []
        if self.record_list is not None and self.record_list.table.rows:
            tables.append(self.record_list.table)
        menu = QMenu(self.tables_button)
        for table in tables:
            action = menu.addAction(
                QCoreApplication.translate("Reports", "“%1”…").replace(
                    "%1", report_text(table.title)
                )
            )
            action.triggered.connect(lambda _c=False, t=table: self.save_table.emit(t))
        self.tables_button.setMenu(menu)
        self.tables_button.setEnabled(bool(tables))

    def show_list(self, records) -> None:
        """The block's list of records (core/report_lists.py), under its tables; it may
        come before or after the block's figures."""
        self.record_list = records
        if self.block is None or records is None:
            return
        if self.defer is None:
            self._add_list(self.block)
        else:
            self.defer(lambda b=self.block: self._add_list(b))

    def _add_list(self, block) -> None:
        records = self.record_list
        if block is not self.block or records is None or not block.figures:
            return
        if records.table.rows:
            self._add_table(records.table, records)
        self._build_menu()

    def _queue_tables(self, block) -> None:
        """The block's tables are built after its figures and charts are on screen, each
        as a step of its own (``defer``, the view's work queue), so that no single step
        holds the GUI thread for long."""
        self._place = [0, 0]  # grid row and column of the next table
        for index in range(2):
            self.tables.setColumnStretch(index, 1)
        if not block.figures:
            self.pending_tables = []  # "Nothing recorded in this period": no empty tables
            return
        self.pending_tables = [t for t in block.tables if t.rows]
        steps = [lambda b=block: self._next_table(b) for _t in self.pending_tables]
        if self.record_list is not None:  # it came first
            steps.append(lambda b=block: self._add_list(b))
        for step in steps:
            if self.defer is None:
                step()
            else:
                self.defer(step)

    def _next_table(self, block) -> None:
        if block is not self.block or not self.pending_tables:
            return  # another period's block came since
        self._add_table(self.pending_tables.pop(0))

    def _add_table(self, table, records=None) -> None:
        """A table under its caption, two side by side; a wide one takes the whole row.
        ``records``: a list of records (report_lists.RecordList): a row opens its customer."""
        from cxlogger.ui.widgets.report_tables import ReportTable, table_title
        from cxlogger.ui.widgets.widgets import muted_text

        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        title = table_title(table)
        if records is not None and records.total > len(table.rows):
            title = (
                QCoreApplication.translate("Reports", "%1 (the newest %2 of %3)")
                .replace("%1", title)
                .replace("%2", QLocale().toString(len(table.rows)))
                .replace("%3", QLocale().toString(records.total))
            )
        caption = QLabel(title)
        _text_colour(caption, muted_text(self.palette()))
        caption.setWordWrap(True)
        widget = ReportTable(table)
        if records is None:
            widget.row_clicked.connect(lambda index, t=table: self._row_clicked(t, index))
        else:
            ids = records.customer_ids
            widget.row_clicked.connect(
                lambda index: (
                    0 <= index < len(ids) and self.open_link.emit({"customer_id": ids[index]})
                )
            )
        caption.setBuddy(widget)
        box_layout.addWidget(caption)
        box_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        self.table_widgets.append(widget)
        row, column = self._place
        wide = len(table.columns) > 5
        if wide and column:
            row, column = row + 1, 0
        top = Qt.AlignmentFlag.AlignTop  # caption on its table, whatever is beside it
        self.tables.addWidget(box, row, column, 1, 2 if wide else 1, top)
        self._place = [row + 1, 0] if wide or column else [row, 1]

    def _row_clicked(self, table, index: int) -> None:
        link = self.link_for_row(table, index, self.shown_for) if self.link_for_row else None
        if link:
            self.open_link.emit(link)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


class ReportsView(QWidget):
    open_customer = Signal(int)
    show_interactions = Signal(dict)  # a figure's link: the log filtered to it

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.sections: dict[str, BlockSection] = {}
        self.blocks: dict = {}
        self.header = None
        self._built = False
        self._stale = True
        self._asked = None
        # work for the GUI thread done in small steps, a few milliseconds per turn of the
        # event loop (blocks as they arrive, then their tables), so paints and clicks
        # are never held up long; see _run_jobs
        from collections import deque

        from cxlogger.ui.qt import QTimer

        self._jobs: deque = deque()
        self._urgent: deque = deque()
        self._pump = QTimer(self)
        self._pump.setInterval(0)
        self._pump.timeout.connect(self._run_jobs)
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Reports"))
        self.title.setObjectName("viewTitle")
        layout.addWidget(self.title)
        ctx.changes.changed.connect(self._on_changed)

    # --- first show: build the controls and ask for the figures --------------------------------
    def showEvent(self, event) -> None:
        """The first time: the controls and empty sections now, so the frame shows at
        once; the figures are asked for in the next turn of the event loop, and the
        chart and table code is imported in the turn after, while they are counted."""
        first = not self._built
        if first:
            self._build()
        if self._stale:
            if first:
                self._stale = False  # asked for just below
                self._later(self.refresh, urgent=True)
                self._later(_import_chart_code, urgent=True)
            else:
                self.refresh()
        super().showEvent(event)

    STEP_MS = 10  # a turn of the event loop runs queued work for about this long

    def _later(self, fn, urgent: bool = False) -> None:
        """Run ``fn`` on the GUI thread in a later step; ``urgent`` ones (asking, showing
        a block's figures) before the others (tables)."""
        (self._urgent if urgent else self._jobs).append(fn)
        if not self._pump.isActive():
            self._pump.start()

    def _run_jobs(self) -> None:
        from time import perf_counter

        started = perf_counter()
        while self._urgent or self._jobs:
            job = (self._urgent or self._jobs).popleft()
            job()
            if (perf_counter() - started) * 1000 >= self.STEP_MS:
                break
        if not (self._urgent or self._jobs):
            self._pump.stop()

    def _build(self) -> None:
        self._built = True
        self.period = QComboBox()
        for key, caption in PERIODS:
            self.period.addItem(QCoreApplication.translate("Reports", caption), key)
        self.period.setCurrentIndex(1)  # last month: a finished period
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
            edit.dateChanged.connect(self.refresh)
        self.to_label = QLabel(self.tr("to"))
        self.to_label.setVisible(False)
        self.staff = QComboBox()
        self.staff.addItem(self.tr("Everyone"), None)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.csv_button = QPushButton(self.tr("Figures as &CSV…"))
        for button in (self.pdf_button, self.print_button, self.csv_button):
            button.setEnabled(False)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_report)
        self.csv_button.clicked.connect(self._save_figures)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.staff.currentIndexChanged.connect(self.refresh)
        self.compared = QLabel()
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Period")))
        controls.addWidget(self.period)
        controls.addWidget(self.date_from)
        controls.addWidget(self.to_label)
        controls.addWidget(self.date_to)
        controls.addWidget(QLabel(self.tr("Staff")))
        controls.addWidget(self.staff)
        controls.addStretch(1)
        controls.addWidget(self.csv_button)
        controls.addWidget(self.print_button)
        controls.addWidget(self.pdf_button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.compared)
        for key, title in BLOCK_TITLES:
            section = BlockSection(key, title)
            section.open_link.connect(self.open_link)
            section.save_table.connect(self.save_table)
            section.link_for_row = self.link_for_row
            section.defer = self._later
            self.sections[key] = section
            column.addWidget(section)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        layout = self.layout()
        layout.addLayout(controls)
        layout.addWidget(self.scroll, 1)
        self._load_staff()

    def _load_staff(self) -> None:
        from cxlogger.core.records import staff as staff_svc

        def load(session):
            return [(m.name, m.id) for m in staff_svc.list_staff(session, include_inactive=True)]

        self.ctx.ops.query(self, "staff", load, self._show_staff)

    def _show_staff(self, members) -> None:
        current = self.staff.currentData()
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("Everyone"), None)
        for name, ident in members:
            self.staff.addItem(name, ident)
        self.staff.setCurrentIndex(max(0, self.staff.findData(current)))
        self.staff.blockSignals(False)

    def link_for_row(self, table, index: int, asked=None) -> dict | None:
        """The records behind row ``index`` of ``table`` of the report for ``asked``
        ((period, staff id); the one on screen by default)."""
        from cxlogger.core.report_rows import row_links, unique_names

        asked = asked or self._asked
        if asked is None:
            return None
        period, staff_id = asked
        members = [
            (self.staff.itemText(i), self.staff.itemData(i)) for i in range(1, self.staff.count())
        ]
        links = row_links(table, period, staff_id, unique_names(members))
        return links[index] if 0 <= index < len(links) else None

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)
        self.refresh()

    # --- the figures ---------------------------------------------------------------------------
    def chosen_period(self):
        from cxlogger.core.reports import Period, parse_period

        key = self.period.currentData()
        if key == "custom":
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
            if first > last:
                first, last = last, first
            return Period(first, last)
        return parse_period(key, self.ctx.now().astimezone().date())

    def refresh(self) -> None:
        """Ask for every block again; each section shows its block when it arrives."""
        if not self._built:
            self._stale = True
            return
        from cxlogger.core import reports

        self._stale = False
        self._jobs.clear()  # the tables of the blocks shown so far (sections forget them)
        period = self.chosen_period()
        staff_id = self.staff.currentData()
        now = self.ctx.now()
        asked = (period, staff_id)
        self._asked = asked
        self.blocks = {}
        self.header = None
        self._update_buttons()
        self.compared.setText(self._compared_text(period))
        self.ctx.ops.query(
            self,
            "header",
            lambda s: reports.header(s, period, now, staff_id),
            self._show_header,
        )
        from cxlogger.core.report_lists import LISTS, record_list

        for key, _title in BLOCK_TITLES:
            self.sections[key].waiting()
            fn = reports.BLOCKS[key]
            self.ctx.ops.query(
                self,
                f"block:{key}",
                lambda s, fn=fn: fn(s, period, now, staff_id),
                lambda block, key=key: self._show_block(key, block),
                lambda message, key=key: self.sections[key].failed(message),
            )
        for key in LISTS:  # asked after the blocks: their figures come first
            self.ctx.ops.query(
                self,
                f"list:{key}",
                lambda s, key=key: record_list(s, key, period, now, staff_id),
                lambda records, key=key: self._show_list(key, records),
            )

    def _show_list(self, key: str, records) -> None:
        asked = self._asked

        def show() -> None:
            if asked is self._asked:
                self.sections[key].show_list(records)

        self._later(show)

    def _compared_text(self, period) -> str:
        from cxlogger.ui.widgets.formats import date_text

        before = period.previous()
        return (
            self.tr("%1 to %2, compared with %3 to %4")
            .replace("%1", date_text(period.first))
            .replace("%2", date_text(period.last))
            .replace("%3", date_text(before.first))
            .replace("%4", date_text(before.last))
        )

    def _show_header(self, header) -> None:
        self.header = header
        self._update_buttons()

    def _show_block(self, key: str, block) -> None:
        asked = self._asked

        def show() -> None:
            if asked is not self._asked:
                return  # the period or staff member changed since it was asked for
            self.blocks[key] = block
            self.sections[key].shown_for = asked
            self.sections[key].show_block(block)
            self._update_buttons()

        self._later(show, urgent=True)

    def complete(self) -> bool:
        return self.header is not None and len(self.blocks) == len(BLOCK_TITLES)

    def settled(self) -> bool:
        """Complete, and every block's tables built too (they follow its figures)."""
        return self.complete() and not any(s.pending_tables for s in self.sections.values())

    def report(self):
        from cxlogger.core.reports import Report

        return Report(self.header, [self.blocks[key] for key, _t in BLOCK_TITLES])

    def _update_buttons(self) -> None:
        ready = self.complete()
        for button in (self.pdf_button, self.print_button, self.csv_button):
            button.setEnabled(ready)

    def _on_changed(self, what: set) -> None:
        watched = {"interactions", "promises", "feedback", "followups", "customers", "staff"}
        if what & watched or "settings" in what:  # the business name is a setting
            if "staff" in what and self._built:
                self._load_staff()
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    # --- the records behind a figure -----------------------------------------------------------
    def open_link(self, link: dict) -> None:
        if "customer_id" in link:  # a row of a list of records
            self.open_customer.emit(link["customer_id"])
            return
        if link.get("list") == "interactions":
            self.show_interactions.emit(link)
            return
        dialog = RecordsDialog(self.ctx, link, self)
        dialog.open_customer.connect(self.open_customer.emit)
        dialog.show()

    # --- sharing ---------------------------------------------------------------------------------
    def suggested_name(self, suffix: str) -> str:
        period = self.header.period if self.header else self.chosen_period()
        return f"cxlogger-report-{period.first.isoformat()}-{period.last.isoformat()}{suffix}"

    def ask_path(self, caption: str, name: str, filters: str) -> str | None:
        """The file to write (a file dialog; tests replace this)."""
        from pathlib import Path

        from cxlogger.ui.qt import QFileDialog

        folder = self.ctx.qsettings().value("export/folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path(folder) / name), filters)
        return path or None

    def save_table(self, table) -> None:
        path = self.ask_path(
            self.tr("Save table as CSV"),
            self.suggested_name(f"-{table.key}.csv"),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self._write(lambda: _write_csv(table, path), path)

    def _save_figures(self) -> None:
        from cxlogger.core.reports import figures_table

        if self.complete():
            self.save_table(figures_table(self.report()))

    def export_pdf(self) -> None:
        if not self.complete():
            return
        path = self.ask_path(
            self.tr("Export report as PDF"),
            self.suggested_name(".pdf"),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if path:
            from cxlogger.ui.widgets.report_pdf import write_pdf

            report = self.report()
            self._write(lambda: write_pdf(report, path), path)

    def print_report(self) -> None:
        if not self.complete():
            return
        from cxlogger.ui.widgets.report_pdf import print_with_dialog

        print_with_dialog(self.report(), self)

    def _write(self, fn, path: str) -> None:
        try:
            fn()
        except OSError as exc:
            self.show_message(
                self.tr("The file could not be written (%1). Choose another folder.").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(self.tr("Saved %1").replace("%1", path), 8000)

    def show_message(self, text: str) -> None:
        from cxlogger.ui.qt import QMessageBox

        QMessageBox.warning(self, self.tr("Reports"), text)


def _import_chart_code() -> None:
    """The charts' and tables' code, imported on the first show (never at start-up)."""
    import cxlogger.ui.widgets.report_tables  # noqa: F401  (imports report_charts)


def _write_csv(table, path: str) -> None:
    from cxlogger.core.reports import write_csv

    write_csv(table, path)


class RecordsDialog(QWidget):
    """The records behind a figure or a bar, newest first; double-click opens the customer."""

    open_customer = Signal(int)
    LIMIT = 500

    def __init__(self, ctx: AppContext, link: dict, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        from cxlogger.ui.qt import QTableWidget

        self.ctx = ctx
        self.link = link
        self.setWindowTitle(QCoreApplication.translate("Reports", "Records"))
        self.resize(900, 480)
        self.summary = QLabel(QCoreApplication.translate("Reports", "Loading…"))
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.cellActivated.connect(self._activated)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.customer_ids: list[int] = []
        from cxlogger.core import reports

        now = ctx.now()
        ctx.ops.query(
            self,
            "records",
            lambda s: reports.drill(s, link, now, self.LIMIT),
            self._show,
            self.summary.setText,
        )

    def _show(self, records) -> None:
        from datetime import datetime

        from cxlogger.core.models import label
        from cxlogger.ui.qt import QTableWidgetItem
        from cxlogger.ui.widgets.formats import date_time_text

        self.setWindowTitle(QCoreApplication.translate("Reports", records.title))
        self.customer_ids = records.customer_ids
        shown = len(records.rows)
        if records.total > shown:
            text = QCoreApplication.translate(
                "Reports", "The newest %1 of %2. Double-click a row to open its customer."
            )
        else:
            text = QCoreApplication.translate(
                "Reports", "%2 records. Double-click a row to open its customer."
            )
        locale = QLocale()
        self.summary.setText(
            text.replace("%1", locale.toString(shown)).replace("%2", locale.toString(records.total))
        )
        self.table.setColumnCount(len(records.columns))
        self.table.setHorizontalHeaderLabels([report_text(c) for c in records.columns])
        self.table.setRowCount(shown)
        for r, row in enumerate(records.rows):
            for c, value in enumerate(row):
                if isinstance(value, datetime):
                    text = date_time_text(value)
                elif isinstance(value, date):
                    text = value.isoformat()
                elif value is None:
                    text = ""
                elif isinstance(value, str) and value in _CODES:
                    text = (
                        label(value)
                        if value not in _OUTCOMES
                        else QCoreApplication.translate("Reports", _OUTCOMES[value])
                    )
                else:
                    text = str(value) if not isinstance(value, int) else locale.toString(value)
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.customer_ids):
            self.open_customer.emit(self.customer_ids[row])


_OUTCOMES = {
    "on_time": "Kept on time",
    "late": "Kept late",
    "overdue": "Overdue",
    "obsolete": "No longer needed",
}
_CODES = {
    *_OUTCOMES,
    "open",
    "broken",
    "cancelled",
    "kept",
    "done",
    "dismissed",
    "pending",
    "csat",
    "nps",
    "thank",
    "feedback",
    "report_back",
    "sale",
    "refund",
    "credit",
    "goodwill",
    "purchase",
    "complaint",
    "inquiry",
    "support",
    "return",
    "referral",
    "other",
    "phone",
    "email",
    "in_person",
    "chat",
    "social",
    "letter",
    "promise",
}
