"""Adding a promise to a customer, and closing one with a short outcome note."""

from __future__ import annotations

from cxlogger.core import promises as promises_svc
from cxlogger.core import staff as staff_svc
from cxlogger.core.errors import ValidationError
from cxlogger.core.models import Promise, label
from cxlogger.core.promises import PromiseData
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import (
    QComboBox,
    QDate,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)
from cxlogger.ui.widgets import DueEdit, ErrorLabel, ctrl_enter_accepts, on_edit, select_data


class PromiseDialog(QDialog):
    """'I promised to …' for a customer, outside an interaction."""

    def __init__(self, ctx: AppContext, customer_id: int, customer_name: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.saved: Promise | None = None
        self.setWindowTitle(f"New promise to {customer_name}")
        self.setMinimumWidth(440)
        self.description = QLineEdit()
        self.description.setPlaceholderText("e.g. send the corrected invoice")
        self.description_error = ErrorLabel()
        self.due = DueEdit(QDate.currentDate().addDays(1))
        self.owner = QComboBox()
        with ctx.session() as session:
            for member in staff_svc.list_staff(session):
                self.owner.addItem(member.name, member.id)
        select_data(self.owner, ctx.staff_id)

        form = QFormLayout()
        form.addRow("I promised &to", self.description)
        form.addRow("", self.description_error)
        form.addRow("&Due", self.due)
        form.addRow("&Owner", self.owner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        ctrl_enter_accepts(self, buttons)
        on_edit(self._recheck, self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _data(self) -> PromiseData:
        return PromiseData(
            description=self.description.text(),
            due_date=self.due.due_date(),
            due_time=self.due.due_time(),
            owner_id=self.owner.currentData(),
        )

    def _recheck(self) -> None:
        """The sentence goes as soon as the promise is fixed."""
        if self.description_error.showing():
            self.description_error.show_error(self._data().errors().get("description"))

    def save(self) -> None:
        data = self._data()
        try:
            with self.ctx.session() as session:
                self.saved = promises_svc.add_promise(
                    session, self.customer_id, data, self.ctx.staff_id, self.ctx.now()
                )
        except ValidationError as exc:
            self.description_error.show_error(exc.errors.get("description"))
            return
        self.ctx.changes.announce("promises", "followups")
        self.accept()


class OutcomeDialog(QDialog):
    """Asks what happened when a promise is marked kept, broken or cancelled."""

    def __init__(self, promise_text: str, status: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Mark promise {label(status).lower()}")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            {
                "kept": "e.g. called on Friday, delivery confirmed for Monday",
                "broken": "e.g. part did not arrive; apologised and offered a discount",
                "cancelled": "Why it is no longer needed (optional)",
            }[status]
        )
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        ctrl_enter_accepts(self, buttons)  # Enter is a new line in the note
        on_edit(self._recheck, self.note)
        self.status = status
        layout = QVBoxLayout(self)
        intro = QLabel(f"“{promise_text}”\n\nWhat happened?")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _missing(self) -> bool:
        return self.status in ("kept", "broken") and not self.note.toPlainText().strip()

    def _recheck(self) -> None:
        if self.error.showing() and not self._missing():
            self.error.show_error(None)

    def _check(self) -> None:
        if self._missing():
            self.error.show_error("Write a short note on what happened.")
            return
        self.accept()

    def text(self) -> str:
        return self.note.toPlainText().strip()


def ask_outcome(parent, promise_text: str, status: str) -> str | None:
    """The outcome note, or None if the user cancelled. Tests replace this function."""
    dialog = OutcomeDialog(promise_text, status, parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def close_with_outcome(ctx: AppContext, parent, promise_id: int, text: str, status: str) -> bool:
    note = ask_outcome(parent, text, status)
    if note is None:
        return False
    with ctx.session() as session:
        promises_svc.close_promise(session, promise_id, status, note, ctx.now())
    ctx.changes.announce("promises", "followups")
    return True
