"""Asking for an internal note and, apart from it, the words a customer may read.

Used when an action on low-rated feedback is recorded: the note is for colleagues,
the customer-facing sentence is what the report-back may say (core/messages.py).
"""

from __future__ import annotations

from cxlogger.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.widgets.widgets import ErrorLabel, ctrl_enter_accepts


def customer_words_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(60)
    edit.setPlaceholderText(placeholder)
    return edit


class ActionDialog(AppDialog):
    """What was done about a piece of feedback: the note, and what to tell the customer."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action taken"))
        self.setMinimumWidth(460)
        self.note = customer_words_edit(self.tr("e.g. asked the team to open on Saturdays"))
        self.customer = customer_words_edit(
            self.tr("e.g. From next week we are open on Saturdays, 9 to 13.")
        )
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("What did you &do? (for colleagues)"), self.note)
        form.addRow(self.tr("What to &tell the customer (optional)"), self.customer)
        hint = QLabel(
            self.tr(
                "Only the second text can appear in the report-back to the customer; "
                "you can still change that message before it is sent."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("summary")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        ctrl_enter_accepts(self, buttons)  # Enter is a new line in the texts
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.note.setFocus()

    def _check(self) -> None:
        if not self.note.toPlainText().strip():
            self.error.show_error(self.tr("Say what was done about the feedback."))
            return
        self.accept()

    def values(self) -> tuple[str, str]:
        return self.note.toPlainText().strip(), self.customer.toPlainText().strip()


def ask_action(parent) -> tuple[str, str] | None:
    """(internal note, words for the customer), or None if cancelled."""
    dialog = ActionDialog(parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def split(answer) -> tuple[str, str]:
    """An answer that is either the note alone or (note, words for the customer)."""
    if isinstance(answer, tuple):
        return answer
    return answer, ""
