"""File → Import customers…: preview (mapping, new, duplicates, invalid), then import all or none.

Reading the file, building the preview and importing run off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from cxlogger.core.exchange import csv_import
from cxlogger.core.exchange.csv_import import (
    ENCODINGS,
    FIELD_LABELS,
    FIELDS,
    ImportPlan,
    SourceTable,
    apply_import,
    backup_callback,
    build_plan,
    describe_duplicate,
    describe_invalid,
    read_file,
)
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import word
from cxlogger.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.worker import JobWorker

SEPARATORS = [(",", "Comma"), (";", "Semicolon"), ("\t", "Tab")]
LISTED = 500  # duplicates / invalid rows listed in the dialog (the counts are always exact)


class ImportDialog(AppDialog):
    def __init__(self, ctx: AppContext, parent=None, path: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.worker: JobWorker | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(760, 620)

        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(
            self.tr(
                "Choose a CSV file (Google Contacts, Outlook, a spreadsheet) "
                "or a vCard file (.vcf)."
            )
        )
        self.file_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)

        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Detect"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.separator = QComboBox()
        self.separator.addItem(self.tr("Detect"), None)
        for code, text in SEPARATORS:
            self.separator.addItem(text, code)
        self.encoding.currentIndexChanged.connect(self._reread)
        self.separator.currentIndexChanged.connect(self._reread)
        options = QFormLayout()
        options.addRow(self.tr("&Encoding"), self.encoding)
        options.addRow(self.tr("Se&parator"), self.separator)

        self.mapping = QTableWidget(0, 3)
        self.mapping.setAccessibleName(self.tr("How the file's columns become customer fields"))
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Field")]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.issues = QListWidget()
        self.issues.setAccessibleName(self.tr("Rows that need a look"))
        self.skip_dups = QRadioButton(self.tr("Skip duplicates"))
        self.merge_dups = QRadioButton(
            self.tr("Merge duplicates (fill in empty fields, add tags and notes)")
        )
        self.skip_dups.setChecked(True)
        self.skip_invalid = QCheckBox(self.tr("Skip invalid rows and import the rest"))
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.merge_dups.toggled.connect(self._show_plan)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(QLabel(self.tr("How the file's columns become customer fields:")))
        layout.addWidget(self.mapping, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.skip_dups)
        layout.addWidget(self.merge_dups)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._update_buttons()
        if path:
            self.load(path)

    # --- choosing and previewing ------------------------------------------------------------
    def ask_open_path(self) -> str | None:
        """The file to import (a file dialog; tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            str(Path.home()),
            "Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)",
        )
        return path or None

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        self.path = Path(path)
        self._run_preview(mapping=None)

    def _reread(self) -> None:
        if self.path is not None and not self._loading:
            self._run_preview(mapping=None)

    def current_mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def _mapping_changed(self) -> None:
        if not self._loading and self.table is not None:
            self._run_preview(mapping=self.current_mapping(), reuse_table=True)

    def _run_preview(self, mapping, reuse_table: bool = False) -> None:
        if self.worker is not None:
            return
        path, db = self.path, self.ctx.db
        encoding, separator = self.encoding.currentData(), self.separator.currentData()
        table = self.table if reuse_table else None

        def job(progress, cancelled):
            source = table or read_file(path, encoding, separator)
            with db.session() as session:
                return source, build_plan(session, source, mapping)

        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._start(job, self._preview_ready, self._preview_failed)

    def _preview_ready(self, result) -> None:
        self.table, self.plan = result
        self.status.setText("")
        self._fill_mapping()
        self._show_plan()

    def _preview_failed(self, message: str) -> None:
        self.table = self.plan = None
        self.mapping.setRowCount(0)
        self.combos = []
        self.summary.setText("")
        self.issues.clear()
        self.status.setText(message)
        self._update_buttons()

    def _fill_mapping(self) -> None:
        table, plan = self.table, self.plan
        self._loading = True
        try:
            first = table.rows[0][1] if table.rows else []
            self.mapping.setRowCount(len(table.headers))
            self.combos = []
            for row, header in enumerate(table.headers):
                self.mapping.setItem(row, 0, QTableWidgetItem(header))
                sample = first[row] if row < len(first) else ""
                self.mapping.setItem(row, 1, QTableWidgetItem(sample.replace("\n", " ⏎ ")))
                combo = QComboBox()
                combo.addItem(self.tr("(ignore)"), None)
                for name in FIELDS:
                    combo.addItem(word(FIELD_LABELS[name]), name)
                combo.setCurrentIndex(max(combo.findData(plan.mapping[row]), 0))
                combo.currentIndexChanged.connect(self._mapping_changed)
                self.mapping.setCellWidget(row, 2, combo)
                self.combos.append(combo)
            self.mapping.resizeColumnToContents(0)
            self.mapping.setColumnWidth(2, 200)
            csv_kind = table.kind == "csv"
            self.mapping.setEnabled(csv_kind)
            self.separator.setEnabled(csv_kind)
            fmt = (
                self.tr("CSV, separator %1").replace("%1", table.delimiter_name)
                if csv_kind
                else self.tr("vCard")
            )
            how = (
                self.tr("encoding %1 (detected)")
                if self.encoding.currentData() is None
                else self.tr("encoding %1 (chosen by you)")
            )
            self.file_label.setText(
                f"{self.path.name} — {fmt}, {how.replace('%1', table.encoding)}, "
                + self.tr("%Ln row(s)", "", len(table.rows))
            )
        finally:
            self._loading = False

    def duplicates_mode(self) -> str:
        return "merge" if self.merge_dups.isChecked() else "skip"

    def _show_plan(self) -> None:
        plan = self.plan
        self.issues.clear()
        if plan is None:
            return
        new, dups, bad = len(plan.new_rows), len(plan.duplicates), len(plan.invalid)
        merge = self.duplicates_mode() == "merge"
        self.summary.setText(
            self.tr("%Ln new customer(s) will be added.", "", new)
            + " "
            + (
                self.tr("%Ln duplicate(s) will be merged.", "", dups)
                if merge
                else self.tr("%Ln duplicate(s) will be skipped.", "", dups)
            )
            + " "
            + (
                self.tr(
                    "%Ln invalid row(s) — fix them in the file, change the mapping, or skip them.",
                    "",
                    bad,
                )
                if bad
                else self.tr("%Ln invalid row(s).", "", bad)
            )
        )
        for row in plan.invalid[:LISTED]:
            self.issues.addItem(self.tr("Invalid: %1").replace("%1", describe_invalid(row)))
        for row in plan.duplicates[:LISTED]:
            self.issues.addItem(self.tr("Duplicate: %1").replace("%1", describe_duplicate(row)))
        hidden = max(bad - LISTED, 0) + max(dups - LISTED, 0)
        if hidden:
            self.issues.addItem(self.tr("… and %Ln more", "", hidden))
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        running = self.worker is not None
        can_import = (
            plan is not None
            and not running
            and (not plan.invalid or self.skip_invalid.isChecked())
            and bool(plan.new_rows or (plan.duplicates and self.merge_dups.isChecked()))
        )
        self.import_button.setEnabled(can_import)
        self.choose_button.setEnabled(not running)
        self.close_button.setEnabled(not running)
        for combo in (*self.combos, self.encoding):
            combo.setEnabled(not running)
        self.separator.setEnabled(not running and (self.table is None or self.table.kind == "csv"))

    # --- importing ------------------------------------------------------------------------------
    def start_import(self) -> None:
        plan, db, ctx = self.plan, self.ctx.db, self.ctx
        duplicates, skip_invalid = self.duplicates_mode(), self.skip_invalid.isChecked()
        before = backup_callback(ctx.paths)
        now = ctx.now()

        def job(progress, cancelled):
            with db.session() as session:
                return apply_import(
                    session,
                    plan,
                    ctx.staff_id,
                    now,
                    duplicates=duplicates,
                    skip_invalid=skip_invalid,
                    progress=progress,
                    cancelled=cancelled,
                    before_import=before,
                )

        self.status.setText(self.tr("Importing…"))
        self._start(job, self._imported, self._import_failed, cancellable=True)

    def _imported(self, result: csv_import.ImportResult) -> None:
        self.status.setText(result.summary())
        self.plan = None  # importing the same preview twice would duplicate everything
        self.ctx.changes.announce("customers")

    def _import_failed(self, message: str) -> None:
        self.status.setText(message)

    # --- the worker -------------------------------------------------------------------------------
    def _start(self, job, on_success, on_failure, cancellable: bool = False) -> None:
        self.worker = JobWorker(job, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(on_success)
        self.worker.failed.connect(on_failure)
        self.worker.was_cancelled.connect(self._cancelled)
        self.worker.finished.connect(self._finished)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        self._update_buttons()
        self.worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat(f"{done:,} of {total:,} customers")

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Import cancelled; nothing was imported."))

    def _finished(self) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_buttons()

    def reject(self) -> None:
        if self.worker is not None:
            self.cancel()
            self.worker.wait()
        super().reject()
