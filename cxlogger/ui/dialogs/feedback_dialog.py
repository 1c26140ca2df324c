"""Record a customer's feedback: a rating, a comment, what it is about, the action taken.

The customer's recent interactions and the save come and go in the background.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from cxlogger.core.models import Customer, Interaction
from cxlogger.core.records import feedback as feedback_svc
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import word
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLocale,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)
from cxlogger.ui.widgets.formats import date_text
from cxlogger.ui.widgets.widgets import CustomerPicker, ErrorLabel, ctrl_enter_accepts, on_edit


class FeedbackDialog(SavingDialog):
    def __init__(self, ctx: AppContext, parent=None, customer: Customer | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved = None
        self.setWindowTitle(self.tr("Record feedback"))
        self.setMinimumWidth(520)
        self.customer = CustomerPicker(ctx)
        self.customer_error = ErrorLabel()
        self.about = QComboBox()
        self.scale = QComboBox()
        for code, text in feedback_svc.SCALE_LABELS.items():
            text = word(text)
            self.scale.addItem(text, code)
        self.rating = QSpinBox()
        self.rating_error = ErrorLabel()
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("What the customer said"))
        self.comment.setFixedHeight(80)
        self.comment.setTabChangesFocus(True)  # Tab moves on to the next field
        self.action = QPlainTextEdit()
        self.action.setPlaceholderText(
            self.tr("What you did or will do about it (a report-back reminder follows)")
        )
        self.action.setFixedHeight(60)
        self.action.setTabChangesFocus(True)
        from cxlogger.ui.widgets.customer_words import customer_words_edit

        self.customer_action = customer_words_edit(
            QCoreApplication.translate(
                "FeedbackDialog", "Optional: what the report-back may tell the customer"
            )
        )
        self.customer_action.setToolTip(
            QCoreApplication.translate(
                "FeedbackDialog",
                "The action taken above is internal and never appears in a message.",
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Customer:"), self.customer)
        form.addRow("", self.customer_error)
        form.addRow(self.tr("About:"), self.about)
        form.addRow(self.tr("Scale:"), self.scale)
        form.addRow(self.tr("Rating:"), self.rating)
        form.addRow("", self.rating_error)
        form.addRow(self.tr("Comment:"), self.comment)
        form.addRow(self.tr("Action taken:"), self.action)
        form.addRow(
            QCoreApplication.translate("FeedbackDialog", "Tell the customer:"),
            self.customer_action,
        )
        hint = QLabel(
            self.tr("A low rating creates a close-the-loop reminder for the customer's owner.")
        )
        hint.setObjectName("summary")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ctrl_enter_accepts(self, buttons)  # Enter is a new line in the comment
        on_edit(self._recheck, self.customer, self.scale, self.rating)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.scale.currentIndexChanged.connect(self._scale_changed)
        self.customer.chosen.connect(self._customer_changed)
        self._scale_changed()
        self._customer_changed(None)
        if customer is not None:
            self.customer.set_customer(customer)

    def _scale_changed(self) -> None:
        low, high = feedback_svc.SCALE_RANGES[self.scale.currentData()]
        self.rating.setRange(low, high)
        self.rating.setValue(high)
        self.rating.setSuffix(self.tr(" of %1").replace("%1", QLocale().toString(high)))

    def _customer_changed(self, customer_id) -> None:
        self.about.clear()
        self.about.addItem(self.tr("— not about one interaction —"), None)
        if customer_id is None:
            self.answered("about")
            return

        def recent(session):
            return session.execute(
                select(Interaction.id, Interaction.occurred_at, Interaction.summary)
                .where(Interaction.customer_id == customer_id)
                .order_by(Interaction.occurred_at.desc())
                .limit(20)
            ).all()

        # Save waits for the list: "about" defaults to their latest interaction
        self.wait_for("about")
        self.ctx.ops.query(
            self,
            "about",
            recent,
            lambda rows: self._show_recent(customer_id, rows),
            lambda _m: self.answered("about"),
        )

    def _show_recent(self, customer_id: int, rows) -> None:
        if customer_id != self.customer.customer_id():
            return  # another customer meanwhile (their own answer follows, or none is needed)
        for ident, occurred_at, summary in rows:
            self.about.addItem(f"{date_text(occurred_at)} · {summary}", ident)
        if rows:
            self.about.setCurrentIndex(1)
        self.answered("about")

    def _recheck(self) -> None:
        """A sentence goes as soon as its field is fixed."""
        if self.customer_error.showing() and self.customer.customer_id() is not None:
            self.customer_error.show_error(None)
        if self.rating_error.showing():
            data = feedback_svc.FeedbackData(0, self.rating.value(), self.scale.currentData())
            self.rating_error.show_error(" ".join(data.errors().values()))

    def accept(self) -> None:
        if not self.ready():
            return
        customer_id = self.customer.customer_id()
        self.customer_error.show_error(
            "" if customer_id else "Choose an existing customer from the suggestions."
        )
        if customer_id is None:
            return
        data = feedback_svc.FeedbackData(
            customer_id=customer_id,
            rating=self.rating.value(),
            scale=self.scale.currentData(),
            comment=self.comment.toPlainText(),
            interaction_id=self.about.currentData(),
            action_taken=self.action.toPlainText(),
            customer_action=self.customer_action.toPlainText(),
        )
        staff_id, now = self.ctx.staff_id, self.ctx.now()
        from cxlogger.core.sync.outbox import queue_feedback
        from cxlogger.ui.live import or_queue

        if self.ctx.live is not None and self.ctx.live.outbox is not None:
            data.client_uuid = str(uuid.uuid4())  # sent again from the outbox: saved once
        self.save_in_background(
            or_queue(
                self.ctx,
                lambda session: feedback_svc.record_feedback(session, data, staff_id, now),
                lambda: queue_feedback(self.ctx.live.outbox, data, staff_id, now),
            ),
            self._saved,
            invalid=lambda errors: self.rating_error.show_error(" ".join(errors.values())),
            changes=("feedback", "followups", "customers"),
        )

    def _saved(self, feedback) -> None:
        from cxlogger.ui.live import Queued

        if isinstance(feedback, Queued):  # kept on this computer (issue 12)
            self.queued = str(feedback)
            self.ctx.live.queued()
            feedback = None
        self.saved = feedback
        QDialog.accept(self)
