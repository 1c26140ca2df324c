"""The message preview: before Copy or Email, staff see the message, may pick another
template and edit it; exactly what they then send (or copy) is recorded on the
customer's timeline. If no mail program opens the ``mailto:`` link, the text is
copied instead and staff are told so.
"""

from __future__ import annotations

import logging

from cxlogger.core import message_templates, messages
from cxlogger.core.errors import UserError
from cxlogger.core.models import FollowUp, SentMessage
from cxlogger.core.templates import TEMPLATE_LABELS, mailto_url
from cxlogger.ui.context import AppContext
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
from cxlogger.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MessagePreview", text)


class MessagePreviewDialog(QDialog):
    """Shows the draft for a follow-up; ``subject()`` and ``body()`` are what staff settled on."""

    def __init__(self, ctx: AppContext, draft: messages.Draft, channel: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.draft = draft
        self.channel = channel  # "email" or "copied"
        self.setWindowTitle(
            self.tr("Email to the customer") if channel == "email" else self.tr("Message to copy")
        )
        self.setMinimumSize(560, 460)

        with ctx.session() as session:
            choices = [
                (t.id, t.name + (self.tr(" (default)") if t.is_default else ""))
                for t in message_templates.list_templates(session, draft.kind)
            ]
        self.template = QComboBox()
        for template_id, name in choices:
            self.template.addItem(name, template_id)
        index = self.template.findData(draft.template_id)
        self.template.setCurrentIndex(max(index, 0))
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
            self.tr("Template for %1:").replace("%1", TEMPLATE_LABELS[draft.kind].lower()),
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

    def _show_hints(self, hints: list[str]) -> None:
        if hints:
            hints = hints + [self.tr("You can change the message above before sending it.")]
        self.hints.setText("\n".join(hints))
        self.hints.setVisible(bool(hints))

    def _template_chosen(self) -> None:
        template_id = self.template.currentData()
        try:
            with self.ctx.session() as session:
                followup = session.get(FollowUp, self.draft.followup_id)
                draft = messages.compose(session, followup, self.ctx.staff_id, template_id)
        except UserError as exc:
            self.error.show_error(str(exc))
            return
        self.error.show_error(None)
        self.draft = draft
        self.subject_edit.setText(draft.subject)
        self.body_edit.setPlainText(draft.body)
        self._show_hints(draft.hints)

    def _check(self) -> None:
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


def _draft(view, row) -> messages.Draft | None:
    try:
        with view.ctx.session() as session:
            followup = session.get(FollowUp, row.followup_id)
            if followup is None:
                raise UserError(_tr("That follow-up no longer exists."))
            return messages.compose(session, followup, view.ctx.staff_id)
    except UserError as exc:
        QMessageBox.warning(view, _tr("Message not ready"), str(exc))
        return None


def _record(view, draft: messages.Draft, channel: str, subject: str, body: str) -> bool:
    try:
        with view.ctx.session() as session:
            messages.record_sent(
                session,
                draft.customer_id,
                draft.followup_id,
                channel,
                subject,
                body,
                view.ctx.staff_id,
                view.ctx.now(),
                to=draft.to if channel == "email" else "",
            )
    except UserError as exc:
        QMessageBox.warning(view, _tr("Not recorded"), str(exc))
        return False
    view.ctx.changes.announce("messages")
    return True


def tell_no_mail_program(parent, address: str) -> None:
    """Said when no mail program opened the message (tests replace this)."""
    QMessageBox.information(
        parent,
        _tr("No email program"),
        _tr(
            "No email program opened the message, so its text is now copied. Paste it "
            "into a new email to %1 (or wherever you reach the customer), send it, then "
            "click “Sent — mark done”."
        ).replace("%1", address),
    )


def email(view, row) -> str | None:
    """Email… on a follow-up card: preview, then the mail program (or the clipboard)."""
    draft = _draft(view, row)
    if draft is None:
        return None
    dialog = MessagePreviewDialog(view.ctx, draft, "email", view)
    if not dialog.ask():
        return None
    subject, body = dialog.subject(), dialog.body()
    url = mailto_url(dialog.draft.to, subject, body)
    if view.open_url(url):
        if _record(view, dialog.draft, "email", subject, body):
            row.mark_sent("email")
        view._status(
            _tr(
                "Your email program should open with the message; send it, "
                "then click “Sent — mark done”."
            )
        )
        return url
    # Seen: with no mail program, Email… failed silently. Copy it and say so.
    QApplication.clipboard().setText(body)
    if _record(view, dialog.draft, "copied", subject, body):
        row.mark_sent("copy")
    tell_no_mail_program(view, dialog.draft.to)
    return None


def copy_text(view, row) -> str | None:
    """Copy text on a follow-up card: preview, then the clipboard."""
    draft = _draft(view, row)
    if draft is None:
        return None
    dialog = MessagePreviewDialog(view.ctx, draft, "copied", view)
    if not dialog.ask():
        return None
    body = dialog.body()
    QApplication.clipboard().setText(body)
    if _record(view, dialog.draft, "copied", dialog.subject(), body):
        row.mark_sent("copy")
    view._status(
        _tr("Message copied. Paste it where you reach the customer, then click “Sent — mark done”.")
    )
    return body


def show_sent(session, rows: dict) -> None:
    """Cards whose message already went out say so again after the view is rebuilt."""
    for followup_id, channel in messages.sent_channels(session, list(rows)).items():
        rows[followup_id].mark_sent("email" if channel == "email" else "copy")


def sent_message_item(sent: SentMessage, when: str) -> QTreeWidgetItem:
    """A timeline row for a message sent to the customer; the full text in its tooltip."""
    how = _tr("Emailed") if sent.channel == "email" else _tr("Copied to send")
    first = sent.subject or (sent.body.splitlines() or [""])[0]
    row = QTreeWidgetItem([when, _tr("Message sent"), how, first])
    full = (sent.subject + "\n\n" if sent.subject else "") + sent.body
    if sent.staff is not None:
        full += "\n\n— " + _tr("sent by %1").replace("%1", sent.staff.name)
    for column in range(4):
        row.setToolTip(column, full)
    return row
