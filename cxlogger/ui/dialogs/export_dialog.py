"""File → Export…: choose a dataset, dates and staff; the CSV is written off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cxlogger.core.exchange.csv_export import (
    DATASET_LABELS,
    DATASETS,
    DATE_FIELD_LABELS,
    PERIODS,
    ExportOptions,
    export_csv,
    period_range,
)
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.timeutil import to_local
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import word
from cxlogger.ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.widgets.formats import localize_edit, number_text
from cxlogger.ui.worker import JobWorker

SEPARATORS = [
    (",", "Comma (,)"),
    (";", "Semicolon (;) — for decimal-comma spreadsheets"),
    ("\t", "Tab"),
]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class ExportDialog(AppDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.worker: JobWorker | None = None
        self.target: Path | None = None
        self.setWindowTitle(self.tr("Export to CSV"))
        self.setMinimumWidth(460)

        self.dataset = QComboBox()
        for code in DATASETS:
            self.dataset.addItem(word(DATASET_LABELS[code]), code)
        self.period = QComboBox()
        self.period.addItem(self.tr("All dates"), "all")
        for code, text in PERIODS.items():
            self.period.addItem(text, code)
        self.period.addItem(self.tr("Custom range"), "custom")
        today = _qdate(self.today())
        self.date_from = QDateEdit(today.addDays(1 - today.day()))
        self.date_to = QDateEdit(today)
        self.date_from.setAccessibleName(self.tr("First day"))
        self.date_to.setAccessibleName(self.tr("Last day"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            localize_edit(edit, time=False)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        self.date_hint = QLabel()
        self.date_hint.setWordWrap(True)
        self.staff = QComboBox()
        self.staff.addItem(self.tr("Everyone"), None)  # the staff follow when the list arrives
        ctx.ops.query(
            self,
            "staff",
            lambda session: [
                (m.id, m.name) for m in staff_svc.list_staff(session, include_inactive=True)
            ],
            self._show_staff,
            lambda _message: None,  # "Everyone" still exports; the export says what fails
        )
        self.separator = QComboBox()
        for code, text in SEPARATORS:
            self.separator.addItem(text, code)
        self.decimal_comma = QCheckBox(self.tr("Amounts with a decimal comma (12,50)"))
        self.bom = QCheckBox(self.tr("Excel-compatible UTF-8 (with BOM)"))
        self.bom.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("&Export"), self.dataset)
        form.addRow(self.tr("&Dates"), self.period)
        form.addRow("", dates)
        form.addRow("", self.date_hint)
        form.addRow(self.tr("&Staff"), self.staff)
        form.addRow(self.tr("Se&parator"), self.separator)
        form.addRow("", self.decimal_comma)
        form.addRow("", self.bom)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.cancel_button.setVisible(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.separator.currentIndexChanged.connect(self._separator_changed)
        self.dataset.currentIndexChanged.connect(self._dataset_changed)
        self._restore_choices()
        self._period_changed()
        self._separator_changed()
        self._dataset_changed()

    # --- choices ------------------------------------------------------------------------
    def _show_staff(self, staff: list[tuple[int, str]]) -> None:
        for ident, name in staff:
            self.staff.addItem(name, ident)

    def today(self) -> date:
        return to_local(self.ctx.now()).date()

    def _period_changed(self) -> None:
        code = self.period.currentData()
        custom = code == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if code in PERIODS:
            first, last = period_range(code, self.today())
            self.date_from.setDate(_qdate(first))
            self.date_to.setDate(_qdate(last))

    def _separator_changed(self) -> None:
        comma = self.separator.currentData() == ","
        self.decimal_comma.setEnabled(not comma)
        if comma:
            self.decimal_comma.setChecked(False)

    def _dataset_changed(self) -> None:
        what = word(DATE_FIELD_LABELS[self.dataset.currentData()])
        self.date_hint.setText(self.tr("Dates are local calendar days, by %1.").replace("%1", what))

    def options(self) -> ExportOptions:
        first = last = None
        if self.period.currentData() != "all":
            first, last = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        return ExportOptions(
            self.dataset.currentData(),
            first,
            last,
            self.staff.currentData(),
            self.separator.currentData(),
            self.bom.isChecked(),
            self.decimal_comma.isChecked() and self.decimal_comma.isEnabled(),
        )

    def suggested_name(self) -> str:
        options = self.options()
        span = f"-{options.date_from}-to-{options.date_to}" if options.date_from else ""
        return f"{options.dataset}{span}.csv"

    def ask_path(self) -> str | None:
        """The file to write (a file dialog; tests replace this)."""
        folder = self.ctx.qsettings().value("export/folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to CSV"),
            str(Path(folder) / self.suggested_name()),
            "CSV files (*.csv);;All files (*)",
        )
        return path or None

    def _restore_choices(self) -> None:
        stored = self.ctx.qsettings().value("export/separator", ",")
        index = self.separator.findData(stored)
        if index >= 0:
            self.separator.setCurrentIndex(index)

    # --- running ------------------------------------------------------------------------
    def start(self) -> None:
        try:
            options = self.options().checked()
        except Exception as exc:
            self.status.setText(str(exc))
            return
        path = self.ask_path()
        if not path:
            return
        self.target = Path(path)
        qs = self.ctx.qsettings()
        qs.setValue("export/folder", str(self.target.parent))
        qs.setValue("export/separator", options.delimiter)
        db = self.ctx.db
        target = self.target
        staff_id = self.ctx.staff_id

        def job(progress, cancelled):
            from cxlogger.core.records import roles

            with db.session() as session:
                with session.begin():  # exporting everything is for owners (core/roles.py)
                    roles.require_owner(session, staff_id, "export")
                return export_csv(session, options, target, progress=progress, cancelled=cancelled)

        self.worker = JobWorker(job, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.was_cancelled.connect(self._cancelled)
        self.worker.finished.connect(self._finished)
        self._set_running(True)
        self.status.setText(self.tr("Exporting to %1…").replace("%1", target.name))
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.export_button.setEnabled(not running)
        self.close_button.setEnabled(not running)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat(
            self.tr("%1 of %Ln row(s)", "", total).replace("%1", number_text(done))
        )

    def _succeeded(self, count: int) -> None:
        self.status.setText(
            self.tr("Wrote %Ln row(s) to %1.", "", count).replace("%1", str(self.target))
        )

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Export cancelled; no file was written."))

    def _finished(self) -> None:
        self._set_running(False)
        self.worker = None

    def reject(self) -> None:
        if self.worker is not None:  # closing while running cancels; the thread ends soon
            self.cancel()
            self.worker.wait()
        super().reject()
