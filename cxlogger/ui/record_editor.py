"""Open an interaction, promise or feedback: edit it, delete it, see its history.

The form is built from the record type's field list in core/records.py, one
widget per field type, so a field added there shows up here by itself.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from cxlogger.core import history, records
from cxlogger.core import staff as staff_svc
from cxlogger.core.errors import UserError, ValidationError
from cxlogger.core.models import label
from cxlogger.core.timeutil import to_local
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import (
    QAction,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDateTime,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QLocale,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTime,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets import ErrorLabel, QuickDateTimeEdit, choice_combo, select_data

CONTEXT = "RecordEditor"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def local_text(value: datetime, with_time: bool = True) -> str:
    """A stored UTC time in the user's locale style."""
    local = QDateTime(to_local(value).replace(tzinfo=None))
    fmt = QLocale.FormatType.ShortFormat
    return QLocale().toString(local, fmt) if with_time else QLocale().toString(local.date(), fmt)


# --------------------------------------------------------------------------- field widgets


class _OptionalTime(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.enabled = QCheckBox(tr("at a time"))
        self.edit = QTimeEdit(QTime(12, 0))
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.setFocusProxy(self.enabled)


class FieldWidget:
    """One field's widget, with get/set in the core's value types."""

    def __init__(self, ctx: AppContext, field: records.Field):
        self.field = field
        kind = field.type
        if kind == "multiline":
            self.widget = QPlainTextEdit()
            self.widget.setTabChangesFocus(True)
            self.widget.setFixedHeight(72)
        elif kind in ("choice", "optional_choice"):
            self.widget = choice_combo(
                field.choices, with_any=tr("(none)") if kind == "optional_choice" else None
            )
            for index, code in enumerate(field.choices, start=int(kind == "optional_choice")):
                self.widget.setItemText(index, tr(field.label_of(code)))
        elif kind == "datetime":
            self.widget = QuickDateTimeEdit()
            self.widget.setCalendarPopup(True)
        elif kind == "date":
            self.widget = QDateEdit()
            self.widget.setCalendarPopup(True)
        elif kind == "optional_time":
            self.widget = _OptionalTime()
        elif kind == "integer":
            self.widget = QSpinBox()
            self.widget.setRange(field.minimum, field.maximum)
        elif kind == "staff":
            self.widget = QComboBox()
            with ctx.session() as session:
                for member in staff_svc.list_staff(session, include_inactive=True):
                    self.widget.addItem(member.name, member.id)
        else:
            self.widget = QLineEdit()
        self.widget.setObjectName(f"field_{field.key}")

    def set(self, value: Any) -> None:
        w, kind = self.widget, self.field.type
        if kind == "multiline":
            w.setPlainText(value or "")
        elif kind in ("choice", "optional_choice", "staff"):
            select_data(w, value)
        elif kind == "datetime":
            w.setDateTime(QDateTime(to_local(value).replace(tzinfo=None)))
        elif kind == "date":
            w.setDate(QDate(value))
        elif kind == "optional_time":
            w.enabled.setChecked(value is not None)
            if value is not None:
                w.edit.setTime(QTime(value.hour, value.minute))
        elif kind == "integer":
            w.setValue(int(value or 0))
        else:
            w.setText("" if value is None else str(value))

    def get(self) -> Any:
        w, kind = self.widget, self.field.type
        if kind == "multiline":
            return w.toPlainText()
        if kind in ("choice", "optional_choice", "staff"):
            return w.currentData()
        if kind == "datetime":
            return w.dateTime().toPython().astimezone()  # local wall time, made aware
        if kind == "date":
            return w.date().toPython()
        if kind == "optional_time":
            return w.edit.time().toPython() if w.enabled.isChecked() else None
        if kind == "integer":
            return w.value()
        return w.text()


# --------------------------------------------------------------------------- history


def value_text(
    key: str, value: Any, staff_names: dict[int, str], field: records.Field | None = None
) -> str:
    if value is None or value == "":
        return tr("(empty)")
    if field is not None and field.choices:
        return tr(field.label_of(value))
    if isinstance(value, datetime):
        return local_text(value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if key.endswith("_id") and key in ("owner_id", "staff_id", "done_by_id"):
        return staff_names.get(value, str(value))
    if isinstance(value, (date, time)):
        return value.isoformat()
    if key in ("channel", "kind", "sentiment", "status", "amount_kind", "scale"):
        return label(value)
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


ACTION_LABELS = {
    "log": "Logged",
    "add": "Added",
    "edit": "Edited",
    "delete": "Deleted",
    "done": "Done",
    "dismiss": "Dismissed",
    "merge": "Merged",
    "undo": "Undone",
}


class HistoryTree(QTreeWidget):
    """Who changed what when: one row per changed field, newest first."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setHeaderLabels([tr("When"), tr("Who"), tr("What"), tr("Change")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 130)
        self.setColumnWidth(1, 110)
        self.setColumnWidth(2, 80)

    def load(self, entity: str, entity_id: int, fields: tuple[records.Field, ...]) -> None:
        labels = {f.key: f.label for f in fields}
        by_key = {f.key: f for f in fields}
        labels.update({"amount_minor": "Amount", "due_at": "Due", "due_has_time": "Due at a time"})
        with self.ctx.session() as session:
            entries = history.record_history(session, entity, entity_id)
            names = {m.id: m.name for m in staff_svc.list_staff(session, include_inactive=True)}
        self.clear()
        for entry in reversed(entries):
            what = tr(ACTION_LABELS.get(entry.action, entry.action.capitalize()))
            if entry.undone:
                what += " " + tr("(undone)")
            lines = []
            for change in entry.changes:
                name = tr(labels.get(change.key, change.key.replace("_", " ").capitalize()))
                old = value_text(change.key, change.old, names, by_key.get(change.key))
                new = value_text(change.key, change.new, names, by_key.get(change.key))
                lines.append(f"{name}: {old} → {new}")
            if not lines:
                lines = [entry.summary or what]
            for number, line in enumerate(lines):
                row = QTreeWidgetItem(
                    [local_text(entry.at), entry.staff_name, what, line]
                    if number == 0
                    else ["", "", "", line]
                )
                row.setToolTip(3, line)
                self.addTopLevelItem(row)


# --------------------------------------------------------------------------- the dialog


class RecordEditorDialog(QDialog):
    """Details and History tabs; Save, Delete (undoable, asks nothing) and Close."""

    def __init__(self, ctx: AppContext, entity: str, entity_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.entity_id = entity_id
        self.kind = records.RECORD_TYPES[entity]
        self.deleted: str | None = None
        self.saved = False
        self.setMinimumSize(560, 480)
        with ctx.session() as session:
            self.view = records.open_record(session, entity, entity_id)
        nouns = {
            "interaction": tr("Interaction"),
            "promise": tr("Promise"),
            "feedback": tr("Feedback"),
        }
        self.setWindowTitle(f"{nouns[entity]} {self.view.reference} — {self.view.customer_name}")

        self.fields: dict[str, FieldWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        customer = QLabel(f"<b>{_html(self.view.customer_name)}</b>")
        form.addRow(tr("Customer"), customer)
        for field in self.kind.fields:
            widget = FieldWidget(ctx, field)
            widget.set(self.view.values.get(field.key))
            self.fields[field.key] = widget
            self.errors[field.key] = ErrorLabel()
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget.widget)
            column.addWidget(self.errors[field.key])
            form.addRow(tr(field.label), box)
        self.general_error = ErrorLabel()
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        details_layout.addWidget(self.general_error)
        details_layout.addStretch(1)

        self.history = HistoryTree(ctx)
        self.history.load(entity, entity_id, self.kind.fields)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, tr("&Details"))
        self.tabs.addTab(self.history, tr("&History"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.delete_button = QPushButton(tr("&Delete"))
        self.delete_button.setToolTip(tr("Delete it; Edit → Undo (Ctrl+Z) brings it back"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        accept = QAction(self)
        accept.setShortcut(QKeySequence("Ctrl+Return"))
        accept.triggered.connect(self.save)
        self.addAction(accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {key: widget.get() for key, widget in self.fields.items()}

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, tr("Not saved"), text)

    def save(self) -> None:
        for label_widget in self.errors.values():
            label_widget.show_error(None)
        self.general_error.show_error(None)
        try:
            with self.ctx.session() as session:
                records.update_record(
                    session,
                    self.entity,
                    self.entity_id,
                    self.values(),
                    self.ctx.staff_id,
                    self.ctx.now(),
                    expected=self.view.values,
                )
        except ValidationError as exc:
            self.tabs.setCurrentIndex(0)
            shown = False
            for key, text in exc.errors.items():
                if key in self.errors:
                    self.errors[key].show_error(text)
                    shown = True
            if not shown:
                self.general_error.show_error(str(exc))
            return
        except UserError as exc:
            self.warn(str(exc))
            return
        self.saved = True
        self.ctx.changes.announce(_announce(self.entity), "followups", "customers")
        self.accept()

    def delete(self) -> None:
        try:
            self.deleted = delete_record(self.ctx, self.entity, self.entity_id)
        except UserError as exc:
            self.warn(str(exc))
            return
        self.accept()


def _announce(entity: str) -> str:
    return {"interaction": "interactions", "promise": "promises"}.get(entity, "feedback")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def delete_record(ctx: AppContext, entity: str, entity_id: int) -> str:
    """Delete without asking (Undo brings it back); the window offers the Undo."""
    with ctx.session() as session:
        summary = records.delete_record(session, entity, entity_id, ctx.staff_id, ctx.now())
    ctx.changes.announce(_announce(entity), "followups", "customers", "interactions", "promises")
    return summary


def open_editor(ctx: AppContext, entity: str, entity_id: int, parent=None) -> RecordEditorDialog:
    """Open a record's editor (modal); errors such as "it no longer exists" are sentences."""
    try:
        dialog = RecordEditorDialog(ctx, entity, entity_id, parent)
    except UserError as exc:
        QMessageBox.information(parent, tr("Can't open"), str(exc))
        return None
    dialog.exec()
    return dialog


def record_menu(
    ctx: AppContext,
    parent,
    entity: str,
    entity_id: int,
    open_customer=None,
    open_record=None,
    extra=(),
) -> QMenu:
    """The context menu every list of records offers: Open…, Delete, Open customer."""
    menu = QMenu(parent)
    menu.addAction(
        tr("&Open…"), open_record or (lambda: open_editor(ctx, entity, entity_id, parent))
    )
    for text, slot in extra:
        menu.addAction(text, slot)
    if open_customer is not None:
        menu.addAction(tr("Open &customer"), open_customer)
    menu.addSeparator()
    delete = menu.addAction(tr("&Delete"), lambda: delete_quietly(ctx, parent, entity, entity_id))
    delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    return menu


def delete_quietly(ctx: AppContext, parent, entity: str, entity_id: int) -> None:
    try:
        delete_record(ctx, entity, entity_id)
    except UserError as exc:
        QMessageBox.information(parent, tr("Not deleted"), str(exc))
