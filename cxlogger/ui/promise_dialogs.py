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
    QCoreApplication,
    QDate,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)
from cxlogger.ui.widgets import DueEdit, ErrorLabel, select_data


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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        data = PromiseData(
            description=self.description.text(),
            due_date=self.due.due_date(),
            due_time=self.due.due_time(),
            owner_id=self.owner.currentData(),
        )
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
        # customer-facing (core/messages.py): the note above never reaches a message
        self.customer_words = QPlainTextEdit()
        self.customer_words.setTabChangesFocus(True)
        self.customer_words.setFixedHeight(56)
        self.customer_words.setPlaceholderText(
            QCoreApplication.translate(
                "OutcomeDialog", "Optional, e.g. Your refund is on its way to your account."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        self.status = status
        layout = QVBoxLayout(self)
        intro = QLabel(f"“{promise_text}”\n\nWhat happened?")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        if status == "kept":
            words = QLabel(
                QCoreApplication.translate(
                    "OutcomeDialog",
                    "What may the customer be told? (The note above stays internal.)",
                )
            )
            words.setWordWrap(True)
            layout.addWidget(words)
            layout.addWidget(self.customer_words)
        else:
            self.customer_words.hide()
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.status in ("kept", "broken") and not self.note.toPlainText().strip():
            self.error.show_error("Write a short note on what happened.")
            return
        self.accept()

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def answer(self) -> str | tuple[str, str]:
        """The note, or (note, words for the customer) when those were written."""
        words = self.customer_words.toPlainText().strip()
        return (self.text(), words) if words else self.text()


def ask_outcome(parent, promise_text: str, status: str) -> str | tuple[str, str] | None:
    """The outcome note (or the note and the words for the customer), or None if the user
    cancelled. Tests replace this function."""
    dialog = OutcomeDialog(promise_text, status, parent)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def close_with_outcome(ctx: AppContext, parent, promise_id: int, text: str, status: str) -> bool:
    answer = ask_outcome(parent, text, status)
    if answer is None:
        return False
    note, for_customer = answer if isinstance(answer, tuple) else (answer, "")
    with ctx.session() as session:
        promises_svc.close_promise(
            session, promise_id, status, note, ctx.now(), customer_outcome=for_customer
        )
    ctx.changes.announce("promises", "followups")
    return True
