"""The message preview: before Copy or Email, staff see the message, may pick another
template and edit it; exactly what they then send (or copy) is recorded on the
customer's timeline. If no mail program opens the ``mailto:`` link, the text is
copied instead and staff are told so.

The draft, the template choices and the record of what was sent come and go through
``ctx.ops``: the window never waits for the database.
"""

from __future__ import annotations

import logging

from cxlogger.core.errors import UserError
from cxlogger.core.models import FollowUp, SentMessage
from cxlogger.core.reminders import message_templates, messages
from cxlogger.core.reminders.templates import TEMPLATE_LABELS, mailto_url
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import word
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.qt import (
    QApplication,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    Qt,
    QTreeWidgetItem,
    QVBoxLayout,
)
from cxlogger.ui.widgets.widgets import ErrorLabel

log = logging.getLogger(__name__)


def template_choices(session, kind: str) -> list[tuple[int, str]]:
    """The templates staff may pick for a kind of message, the default marked."""
    default = QCoreApplication.translate("MessagePreview", " (default)")
    return [
        (t.id, t.name + (default if t.is_default else ""))
        for t in message_templates.list_templates(session, kind)
    ]


class MessagePreviewDialog(SavingDialog):
    """Shows the draft for a follow-up; ``subject()`` and ``body()`` are what staff settled on.

    ``choices`` are the templates to offer (read with the draft); without them they are
    read in the background. Picking another template composes it in the background, and
    the send button waits for it."""

    def __init__(
        self,
        ctx: AppContext,
        draft: messages.Draft,
        channel: str,
        parent=None,
        choices: list[tuple[int, str]] | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.draft = draft
        self.channel = channel  # "email" or "copied"
        self.setWindowTitle(
            self.tr("Email to the customer") if channel == "email" else self.tr("Message to copy")
        )
        self.setMinimumSize(560, 460)

        self.template = QComboBox()
        self.template.setToolTip(
            self.tr("Templates for this kind of message; edit them under Edit → Message templates…")
        )
        self.template.currentIndexChanged.connect(self._template_chosen)

        self.to_label = QLabel(draft.to)
        self.to_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject_edit = QLineEdit(draft.subject)
        self.body_edit = QPlainTextEdit(draft.body)
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(220)
        self.hints = QLabel()
        self.hints.setObjectName("summary")
        self.hints.setWordWrap(True)
        self.error = ErrorLabel()
        self._show_hints(draft.hints)

        form = QFormLayout()
        form.addRow(
            self.tr("Template for %1:").replace("%1", word(TEMPLATE_LABELS[draft.kind])),
            self.template,
        )
        if channel == "email":
            form.addRow(self.tr("To:"), self.to_label)
            form.addRow(self.tr("&Subject:"), self.subject_edit)
        else:
            self.to_label.hide()
            self.subject_edit.hide()
        intro = QLabel(
            self.tr(
                "Check the message and change anything you like. What you send is what is "
                "recorded on the customer's timeline."
            )
        )
        intro.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(
            self.tr("Open in email program") if channel == "email" else self.tr("Copy text"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.send_button.setDefault(True)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.hints)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.body_edit.setFocus()
        if choices is not None:
            self._show_choices(choices)
        else:
            kind = draft.kind
            ctx.ops.query(
                self,
                "choices",
                lambda session: template_choices(session, kind),
                self._show_choices,
                self.error.show_error,
            )

    def _show_choices(self, choices: list[tuple[int, str]]) -> None:
        self.template.blockSignals(True)  # filling it is not the user picking one
        self.template.clear()
        for template_id, name in choices:
            self.template.addItem(name, template_id)
        index = self.template.findData(self.draft.template_id)
        self.template.setCurrentIndex(max(index, 0))
        self.template.blockSignals(False)

    def _show_hints(self, hints: list[str]) -> None:
        if hints:
            hints = hints + [self.tr("You can change the message above before sending it.")]
        self.hints.setText("\n".join(hints))
        self.hints.setVisible(bool(hints))

    def _template_chosen(self) -> None:
        template_id, followup_id = self.template.currentData(), self.draft.followup_id
        staff_id = self.ctx.staff_id

        def read(session):
            followup = session.get(FollowUp, followup_id)
            return messages.compose(session, followup, staff_id, template_id)

        def failed(message: str) -> None:
            self.answered("draft")
            self.error.show_error(message)

        self.wait_for("draft")  # sending waits for the text of the template picked
        self.ctx.ops.query(self, "draft", read, self._show_draft, failed)

    def _show_draft(self, draft: messages.Draft | None) -> None:
        self.answered("draft")
        if draft is None:
            return
        self.error.show_error(None)
        self.draft = draft
        self.subject_edit.setText(draft.subject)
        self.body_edit.setPlainText(draft.body)
        self._show_hints(draft.hints)

    def _check(self) -> None:
        if not self.ready():
            return
        if not self.body().strip():
            self.error.show_error(self.tr("The message is empty; write something or cancel."))
            return
        self.accept()

    def subject(self) -> str:
        return self.subject_edit.text()

    def body(self) -> str:
        return self.body_edit.toPlainText()

    def ask(self) -> bool:
        """Show it; True when staff chose to send. Tests replace this."""
        return self.exec() == QDialog.DialogCode.Accepted


def read_draft(session, followup_id: int, staff_id: int | None):
    """The draft for a follow-up and the templates to offer (None, [] if no message)."""
    followup = session.get(FollowUp, followup_id)
    if followup is None:
        raise UserError(
            QCoreApplication.translate("MessagePreview", "That follow-up no longer exists.")
        )
    draft = messages.compose(session, followup, staff_id)
    return draft, template_choices(session, draft.kind) if draft is not None else []


def _with_draft(view, row, then) -> None:
    """Read the follow-up's draft in the background, then ``then(draft, choices)``."""
    followup_id, staff_id = row.followup_id, view.ctx.staff_id

    def arrived(got) -> None:
        draft, choices = got
        if draft is not None:
            then(draft, choices)

    view.ctx.ops.query(
        view,
        f"draft-{followup_id}",
        lambda session: read_draft(session, followup_id, staff_id),
        arrived,
        lambda message: QMessageBox.warning(
            view, QCoreApplication.translate("MessagePreview", "Message not ready"), message
        ),
    )


def _record(view, row, draft: messages.Draft, channel: str, subject: str, body: str) -> None:
    """Record what was sent, in the background; the card says so once it is recorded."""
    from shiboken6 import isValid

    ctx = view.ctx
    staff_id, now = ctx.staff_id, ctx.now()
    to = draft.to if channel == "email" else ""

    def write(session):
        messages.record_sent(
            session,
            draft.customer_id,
            draft.followup_id,
            channel,
            subject,
            body,
            staff_id,
            now,
            to=to,
        )

    def done(_result) -> None:
        if isValid(row):  # the card may have been rebuilt meanwhile (it then reads it)
            row.mark_sent("email" if channel == "email" else "copy")

    ctx.ops.write(
        view,
        write,
        done,
        lambda message: QMessageBox.warning(
            view, QCoreApplication.translate("MessagePreview", "Not recorded"), message
        ),
        changes=("messages",),
    )


def tell_no_mail_program(parent, address: str) -> None:
    """Said when no mail program opened the message (tests replace this)."""
    QMessageBox.information(
        parent,
        QCoreApplication.translate("MessagePreview", "No email program"),
        QCoreApplication.translate(
            "MessagePreview",
            "No email program opened the message, so its text is now copied. Paste it "
            "into a new email to %1 (or wherever you reach the customer), send it, then "
            "click “Sent — mark done”.",
        ).replace("%1", address),
    )


def email(view, row) -> None:
    """Email… on a follow-up card: preview, then the mail program (or the clipboard)."""

    def preview(draft: messages.Draft, choices) -> None:
        dialog = MessagePreviewDialog(view.ctx, draft, "email", view, choices)
        if not dialog.ask():
            return
        subject, body = dialog.subject(), dialog.body()
        url = mailto_url(dialog.draft.to, subject, body)
        if view.open_url(url):
            _record(view, row, dialog.draft, "email", subject, body)
            view._status(
                QCoreApplication.translate(
                    "MessagePreview",
                    "Your email program should open with the message; send it, "
                    "then click “Sent — mark done”.",
                )
            )
            return
        # Seen: with no mail program, Email… failed silently. Copy it and say so.
        QApplication.clipboard().setText(body)
        _record(view, row, dialog.draft, "copied", subject, body)
        tell_no_mail_program(view, dialog.draft.to)

    _with_draft(view, row, preview)


def copy_text(view, row) -> None:
    """Copy text on a follow-up card: preview, then the clipboard."""

    def preview(draft: messages.Draft, choices) -> None:
        dialog = MessagePreviewDialog(view.ctx, draft, "copied", view, choices)
        if not dialog.ask():
            return
        body = dialog.body()
        QApplication.clipboard().setText(body)
        _record(view, row, dialog.draft, "copied", dialog.subject(), body)
        view._status(
            QCoreApplication.translate(
                "MessagePreview",
                "Message copied. Paste it where you reach the customer, "
                "then click “Sent — mark done”.",
            )
        )

    _with_draft(view, row, preview)


def show_sent(session, rows: dict) -> None:
    """Cards whose message already went out say so again after the view is rebuilt."""
    for followup_id, channel in messages.sent_channels(session, list(rows)).items():
        rows[followup_id].mark_sent("email" if channel == "email" else "copy")


def sent_message_item(sent: SentMessage, when: str) -> QTreeWidgetItem:
    """A timeline row for a message sent to the customer; the full text in its tooltip."""
    how = (
        QCoreApplication.translate("MessagePreview", "Emailed")
        if sent.channel == "email"
        else QCoreApplication.translate("MessagePreview", "Copied to send")
    )
    first = sent.subject or (sent.body.splitlines() or [""])[0]
    row = QTreeWidgetItem(
        [when, QCoreApplication.translate("MessagePreview", "Message sent"), how, first]
    )
    full = (sent.subject + "\n\n" if sent.subject else "") + sent.body
    if sent.staff is not None:
        full += "\n\n— " + QCoreApplication.translate("MessagePreview", "sent by %1").replace(
            "%1", sent.staff.name
        )
    for column in range(4):
        row.setToolTip(column, full)
    return row
