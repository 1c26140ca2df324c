"""Open an interaction, promise or feedback: edit it, delete it, see its history.

The form is built from the record type's field list in core/records.py, one
widget per field type, so a field added there shows up here by itself.

The record, its history and the staff list are read in the background when the editor
opens (it shows its frame at once, Save waits for them); saving and deleting run on the
writer thread. The window never waits for the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from cxlogger.core.records import history, records
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.timeutil import to_local
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import label, word
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.qt import (
    QAction,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDateTime,
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
from cxlogger.ui.widgets.formats import localize_edit
from cxlogger.ui.widgets.widgets import ErrorLabel, QuickDateTimeEdit, choice_combo, select_data

CONTEXT = "RecordEditor"


def local_text(value: datetime, with_time: bool = True) -> str:
    """A stored UTC time in the user's locale style."""
    local = QDateTime(to_local(value).replace(tzinfo=None))
    fmt = QLocale.FormatType.ShortFormat
    return QLocale().toString(local, fmt) if with_time else QLocale().toString(local.date(), fmt)


# --------------------------------------------------------------------------- field widgets


class _OptionalTime(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.enabled = QCheckBox(QCoreApplication.translate("RecordEditor", "at a time"))
        self.edit = QTimeEdit(QTime(12, 0))
        localize_edit(self.edit, date=False)
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

    def __init__(self, field: records.Field, staff: list[tuple[int, str]] = ()):
        self.field = field
        kind = field.type
        if kind == "multiline":
            self.widget = QPlainTextEdit()
            self.widget.setTabChangesFocus(True)
            self.widget.setFixedHeight(72)
        elif kind in ("choice", "optional_choice"):
            self.widget = choice_combo(
                field.choices,
                with_any=QCoreApplication.translate("RecordEditor", "(none)")
                if kind == "optional_choice"
                else None,
            )
            for index, code in enumerate(field.choices, start=int(kind == "optional_choice")):
                self.widget.setItemText(index, word(field.label_of(code)))
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
            for ident, name in staff:
                self.widget.addItem(name, ident)
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
        return QCoreApplication.translate("RecordEditor", "(empty)")
    if field is not None and field.choices:
        return word(field.label_of(value))
    if isinstance(value, datetime):
        return local_text(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("RecordEditor", "yes")
            if value
            else QCoreApplication.translate("RecordEditor", "no")
        )
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
    "handoff": "Handed over",
}


class HistoryTree(QTreeWidget):
    """Who changed what when: one row per changed field, newest first."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setHeaderLabels(
            [
                QCoreApplication.translate("RecordEditor", "When"),
                QCoreApplication.translate("RecordEditor", "Who"),
                QCoreApplication.translate("RecordEditor", "What"),
                QCoreApplication.translate("RecordEditor", "Change"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 130)
        self.setColumnWidth(1, 110)
        self.setColumnWidth(2, 80)

    def load(self, entity: str, entity_id: int, fields: tuple[records.Field, ...]) -> None:
        """Ask for the history in the background; the rows shown stay until it arrives."""

        def read(session):
            return history.record_history(session, entity, entity_id), {
                m.id: m.name for m in staff_svc.list_staff(session, include_inactive=True)
            }

        self.ctx.ops.query(self, "history", read, lambda got: self.show_entries(fields, *got))

    def show_entries(self, fields: tuple[records.Field, ...], entries, names) -> None:
        labels = {f.key: f.label for f in fields}
        by_key = {f.key: f for f in fields}
        labels.update({"amount_minor": "Amount", "due_at": "Due", "due_has_time": "Due at a time"})
        self.clear()
        for entry in reversed(entries):
            what = word(ACTION_LABELS.get(entry.action, entry.action.capitalize()))
            if entry.undone:
                what += " " + QCoreApplication.translate("RecordEditor", "(undone)")
            lines = []
            for change in entry.changes:
                name = word(
                    labels.get(change.key, change.key.replace("_", " ").capitalize()),
                )
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


class RecordEditorDialog(SavingDialog):
    """Details and History tabs; Save, Delete (undoable, asks nothing) and Close."""

    def __init__(self, ctx: AppContext, entity: str, entity_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.entity_id = entity_id
        self.kind = records.RECORD_TYPES[entity]
        self.deleted: str | None = None
        self.saved = False
        self.view = None
        self._staff_names: dict[int, str] = {}
        self.setMinimumSize(560, 480)
        nouns = {
            "interaction": QCoreApplication.translate("RecordEditor", "Interaction"),
            "promise": QCoreApplication.translate("RecordEditor", "Promise"),
            "feedback": QCoreApplication.translate("RecordEditor", "Feedback"),
        }
        self._noun = nouns[entity]
        self.setWindowTitle(self._noun)

        self.fields: dict[str, FieldWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.form = QFormLayout()
        self.general_error = ErrorLabel()
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(self.form)
        details_layout.addWidget(self.general_error)
        details_layout.addStretch(1)

        self.history = HistoryTree(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, QCoreApplication.translate("RecordEditor", "&Details"))
        self.tabs.addTab(self.history, QCoreApplication.translate("RecordEditor", "&History"))
        self.owners = None
        if entity == "promise":  # its owner history: who handed it to whom, with the note
            self.owners = QTreeWidget()
            self.owners.setHeaderLabels(
                [
                    QCoreApplication.translate("RecordEditor", "When"),
                    QCoreApplication.translate("RecordEditor", "From"),
                    QCoreApplication.translate("RecordEditor", "To"),
                    QCoreApplication.translate("RecordEditor", "By"),
                    QCoreApplication.translate("RecordEditor", "Note"),
                ]
            )
            self.owners.setRootIsDecorated(False)
            self.owners.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
            self.owners.setColumnWidth(0, 130)
            self.tabs.addTab(self.owners, QCoreApplication.translate("RecordEditor", "&Owners"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.delete_button = QPushButton(QCoreApplication.translate("RecordEditor", "&Delete"))
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "RecordEditor", "Delete it; Edit → Undo (Ctrl+Z) brings it back"
            )
        )
        self.delete_button.setEnabled(False)  # until the record is here
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

        def read(session):
            from cxlogger.core.records import team

            return (
                records.open_record(session, entity, entity_id),
                [
                    (m.id, m.name, m.active)
                    for m in staff_svc.list_staff(session, include_inactive=True)
                ],
                history.record_history(session, entity, entity_id),
                team.owner_history(session, entity, entity_id) if entity == "promise" else [],
            )

        self.wait_for("record")
        ctx.ops.query(self, "record", read, self._loaded, self._load_failed)

    def _loaded(self, loaded) -> None:
        self.view, staff, entries, owners = loaded
        if self.owners is not None:
            for change in reversed(owners):
                row = QTreeWidgetItem(
                    [
                        local_text(change.at),
                        change.from_name,
                        change.to_name,
                        change.by_name,
                        change.note,
                    ]
                )
                row.setToolTip(4, change.note)
                self.owners.addTopLevelItem(row)
        self.setWindowTitle(f"{self._noun} {self.view.reference} — {self.view.customer_name}")
        customer = QLabel(f"<b>{_html(self.view.customer_name)}</b>")
        self.form.addRow(QCoreApplication.translate("RecordEditor", "Customer"), customer)
        # a leaver is gone from the owner picker, but still shown as a record's owner
        owner = self.view.values.get("owner_id")
        pickable = [(i, n) for i, n, active in staff if active or i == owner]
        staff = [(i, n) for i, n, _active in staff]
        self._staff_names = dict(staff)  # the conflict dialog names owners
        for field in self.kind.fields:
            widget = FieldWidget(field, pickable)
            widget.set(self.view.values.get(field.key))
            self.fields[field.key] = widget
            self.errors[field.key] = ErrorLabel()
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget.widget)
            column.addWidget(self.errors[field.key])
            self.form.addRow(word(field.label), box)
        self.history.show_entries(self.kind.fields, entries, dict(staff))
        self.delete_button.setEnabled(True)
        self.answered("record")

    def _load_failed(self, message: str) -> None:
        """It no longer exists (deleted elsewhere): say so, and close."""
        QMessageBox.information(
            self.parentWidget(), QCoreApplication.translate("RecordEditor", "Can't open"), message
        )
        self.reject()

    def values(self) -> dict[str, Any]:
        return {key: widget.get() for key, widget in self.fields.items()}

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("RecordEditor", "Not saved"), text)

    def save(self) -> None:
        if not self.ready():
            return
        for label_widget in self.errors.values():
            label_widget.show_error(None)
        self.general_error.show_error(None)
        entity, ident, values = self.entity, self.entity_id, self.values()
        staff_id, now, expected = self.ctx.staff_id, self.ctx.now(), self.view.values
        self.save_in_background(
            lambda session: records.update_record(
                session, entity, ident, values, staff_id, now, expected=expected
            ),
            self._saved,
            invalid=self._invalid,
            failed=self.warn,
            changes=(_announce(self.entity), "followups", "customers"),
            conflict=self._conflict,
        )

    def _conflict(self, conflict) -> None:
        """Someone saved this record meanwhile: nothing was written. Choose per field,
        then the chosen values are saved against what is stored now."""
        from cxlogger.ui.dialogs import conflict_dialog

        fields = {f.key: f for f in self.kind.fields}

        def describe(key, value):
            if isinstance(value, datetime):
                return local_text(value)
            return value_text(key, value, self._staff_names, fields.get(key))

        merged = conflict_dialog.ask(self, conflict, describe)
        if merged is None:
            return
        self.view.values = dict(conflict.theirs)  # the new base: what is stored now
        for key, value in merged.items():
            if key in self.fields:
                self.fields[key].set(value)
        self.save()

    def _invalid(self, errors: dict[str, str]) -> None:
        self.tabs.setCurrentIndex(0)
        shown = False
        for key, text in errors.items():
            if key in self.errors:
                self.errors[key].show_error(text)
                shown = True
        if not shown:
            self.general_error.show_error(" ".join(errors.values()))

    def _saved(self, _result) -> None:
        self.saved = True
        self.accept()

    def delete(self) -> None:
        if not self.ready():
            return
        self.wait_for("delete")

        def deleted(summary: str) -> None:
            self.answered("delete")
            self.deleted = summary
            self.accept()

        def failed(message: str) -> None:
            self.answered("delete")
            self.warn(message)

        delete_record(self.ctx, self.entity, self.entity_id, deleted, failed, owner=self)


def _announce(entity: str) -> str:
    return {"interaction": "interactions", "promise": "promises"}.get(entity, "feedback")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def delete_record(
    ctx: AppContext,
    entity: str,
    entity_id: int,
    done: Callable[[str], None] | None = None,
    failed: Callable[[str], None] | None = None,
    owner=None,
) -> None:
    """Delete without asking (Undo brings it back), in the background; the window offers
    the Undo when the change is announced. ``done(summary)`` once deleted."""
    staff_id, now = ctx.staff_id, ctx.now()
    ctx.ops.write(
        owner,
        lambda session: records.delete_record(session, entity, entity_id, staff_id, now),
        done,
        failed,
        changes=(_announce(entity), "followups", "customers", "interactions", "promises"),
    )


def open_editor(ctx: AppContext, entity: str, entity_id: int, parent=None) -> RecordEditorDialog:
    """Open a record's editor (modal) at once; it fills when the record arrives, and
    errors such as "it no longer exists" are sentences."""
    dialog = RecordEditorDialog(ctx, entity, entity_id, parent)
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
        QCoreApplication.translate("RecordEditor", "&Open…"),
        open_record or (lambda: open_editor(ctx, entity, entity_id, parent)),
    )
    for text, slot in extra:
        menu.addAction(text, slot)
    if open_customer is not None:
        menu.addAction(QCoreApplication.translate("RecordEditor", "Open &customer"), open_customer)
    menu.addSeparator()
    delete = menu.addAction(
        QCoreApplication.translate("RecordEditor", "&Delete"),
        lambda: delete_quietly(ctx, parent, entity, entity_id),
    )
    delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    return menu


def delete_quietly(ctx: AppContext, parent, entity: str, entity_id: int) -> None:
    delete_record(
        ctx,
        entity,
        entity_id,
        failed=lambda message: QMessageBox.information(
            parent, QCoreApplication.translate("RecordEditor", "Not deleted"), message
        ),
        owner=parent,
    )
