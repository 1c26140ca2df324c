"""Log an interaction in a few seconds, by keyboard alone: Enter saves, Esc cancels."""

from __future__ import annotations

from datetime import datetime

from cxlogger.core import money
from cxlogger.core import settings as settings_svc
from cxlogger.core import staff as staff_svc
from cxlogger.core.customers import CustomerData
from cxlogger.core.errors import UserError, ValidationError, disk_full_guard
from cxlogger.core.interactions import InteractionData, log_interaction
from cxlogger.core.models import CHANNELS, KINDS, SENTIMENTS, Customer, Interaction
from cxlogger.core.promises import PromiseData
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDateTime,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets import (
    CustomerPicker,
    DueEdit,
    ErrorLabel,
    QuickDateTimeEdit,
    choice_combo,
    select_data,
)


def _with_error(widget: QWidget, error: ErrorLabel) -> QWidget:
    box = QWidget()
    # the row's label mnemonic (Alt+S for "&Summary") focuses its buddy, this box:
    # pass that on to the field (the first focusable one in a row of several)
    target = widget
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        focusable = [
            w for w in widget.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        target = focusable[0] if focusable else widget
    box.setFocusProxy(target)
    box.setFocusPolicy(target.focusPolicy())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


class LogInteractionDialog(QDialog):
    """The quick-entry dialog. ``saved`` holds the new Interaction after accept()."""

    def __init__(self, ctx: AppContext, parent=None, customer: Customer | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved: Interaction | None = None
        self.setWindowTitle("Log interaction")
        self.setMinimumWidth(560)
        self.errors: dict[str, ErrorLabel] = {}

        with ctx.session() as session:
            self._staff = staff_svc.list_staff(session)
            default_currency = settings_svc.get(session, "default_currency")

        self.customer = CustomerPicker(ctx)
        self.customer_hint = QLabel()
        self.customer_hint.setStyleSheet("color: palette(mid);")
        self.customer.chosen.connect(self._update_customer_hint)
        self.customer.textChanged.connect(lambda _t: self._update_customer_hint())
        self.new_email = QLineEdit()
        self.new_email.setPlaceholderText("Email (optional)")
        self.new_phone = QLineEdit()
        self.new_phone.setPlaceholderText("Phone (optional)")
        self.new_customer_row = QWidget()
        row = QHBoxLayout(self.new_customer_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_email)
        row.addWidget(self.new_phone)
        self.new_customer_row.hide()

        # "now" comes from the context's clock, like everything time-related
        now = QDateTime.fromSecsSinceEpoch(int(ctx.now().timestamp()))
        self.when = QuickDateTimeEdit(now)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.channel = choice_combo(CHANNELS)
        self.kind = choice_combo(KINDS)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText("What happened, in a line")
        self.summary.setMaxLength(500)
        self.details = QPlainTextEdit()
        self.details.setPlaceholderText("Details (optional)")
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(64)
        # customer-facing (core/messages.py): summary and details never reach a message
        self.customer_text = QLineEdit()
        self.customer_text.setMaxLength(300)
        self.customer_text.setPlaceholderText(
            QCoreApplication.translate(
                "LogDialog",
                "Optional: what a message to them may call it, e.g. “your new road bike”",
            )
        )
        self.customer_text.setToolTip(
            QCoreApplication.translate(
                "LogDialog",
                "Thank-yous and feedback requests use these words. The summary and "
                "details are for colleagues only and never appear in a message.",
            )
        )
        self.sentiment = choice_combo(SENTIMENTS)
        select_data(self.sentiment, "neutral")
        self.resolved = QCheckBox("The problem was resolved")
        self.resolved.setVisible(False)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)

        self.amount = QLineEdit()
        self.amount.setPlaceholderText("Amount (optional), e.g. 49.90")
        self.amount_kind = choice_combo(money.AMOUNT_KINDS)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(list(money.COMMON_CURRENCIES))
        self.currency.setCurrentText(default_currency)
        money_row = QWidget()
        m = QHBoxLayout(money_row)
        m.setContentsMargins(0, 0, 0, 0)
        m.addWidget(self.amount, 2)
        m.addWidget(self.currency, 1)
        m.addWidget(self.amount_kind, 1)

        # the promise, folded away until ticked
        self.promise_box = QGroupBox("I promised to…")
        self.promise_box.setCheckable(True)
        self.promise_box.setChecked(False)
        self.promise_text = QLineEdit()
        self.promise_text.setPlaceholderText("e.g. call back with the delivery date")
        self.promise_due = DueEdit(now.date().addDays(1))
        self.promise_owner = QComboBox()
        for member in self._staff:
            self.promise_owner.addItem(member.name, member.id)
        select_data(self.promise_owner, ctx.staff_id)
        pform = QFormLayout(self.promise_box)
        pform.addRow("What", self._field("promise_description", self.promise_text))
        pform.addRow("Due", self._field("promise_due_date", self.promise_due))
        pform.addRow("Owner", self.promise_owner)

        form = QFormLayout()
        form.addRow("&Customer", self._field("customer", self.customer))
        form.addRow("", self.customer_hint)
        form.addRow("", self.new_customer_row)
        form.addRow("&When", self._field("occurred_at", self.when))
        form.addRow("C&hannel", self._field("channel", self.channel))
        form.addRow("&Kind", self._field("kind", self.kind))
        form.addRow("", self.resolved)
        form.addRow("&Summary", self._field("summary", self.summary))
        form.addRow("&Details", self.details)
        form.addRow(
            QCoreApplication.translate("LogDialog", "In &messages"),
            self._field("customer_text", self.customer_text),
        )
        form.addRow("S&entiment", self.sentiment)
        form.addRow("&Amount", self._field("amount", money_row))
        for key in ("currency", "amount_kind", "customer_email", "customer_phone"):
            self.errors[key] = ErrorLabel()
            form.addRow("", self.errors[key])

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Save (Enter)")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.promise_box)
        layout.addWidget(buttons)

        if customer is not None:
            self.customer.set_customer(customer)
            self.channel.setFocus()
        else:
            self.customer.setFocus()
        self._update_customer_hint()

    def _field(self, key: str, widget: QWidget) -> QWidget:
        self.errors[key] = ErrorLabel()
        return _with_error(widget, self.errors[key])

    def _on_kind_changed(self) -> None:
        self.resolved.setVisible(self.kind.currentData() == "complaint")

    def _update_customer_hint(self, *_):
        name = self.customer.new_name()
        if self.customer.customer_id() is not None:
            self.customer_hint.setText("Existing customer")
            self.new_customer_row.hide()
        elif name:
            self.customer_hint.setText(f"New customer “{name}” will be added")
            self.new_customer_row.show()
        else:
            self.customer_hint.setText("")
            self.new_customer_row.hide()

    def collect(self) -> InteractionData:
        customer_id = self.customer.customer_id()
        new_customer = None
        if customer_id is None and self.customer.new_name():
            new_customer = CustomerData(
                name=self.customer.new_name(),
                email=self.new_email.text(),
                phone=self.new_phone.text(),
            )
        promise = None
        if self.promise_box.isChecked():
            promise = PromiseData(
                description=self.promise_text.text(),
                due_date=self.promise_due.due_date(),
                due_time=self.promise_due.due_time(),
                owner_id=self.promise_owner.currentData(),
            )
        when: datetime = self.when.dateTime().toPython()  # naive local time
        return InteractionData(
            customer_id=customer_id,
            occurred_at=when.astimezone(),
            channel=self.channel.currentData(),
            kind=self.kind.currentData(),
            summary=self.summary.text(),
            details=self.details.toPlainText(),
            sentiment=self.sentiment.currentData(),
            amount=self.amount.text(),
            currency=self.currency.currentText(),
            amount_kind=self.amount_kind.currentData() if self.amount.text().strip() else None,
            new_customer=new_customer,
            promise=promise,
            resolved=self.resolved.isVisible() and self.resolved.isChecked(),
            customer_text=self.customer_text.text(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label_widget in self.errors.items():
            label_widget.show_error(errors.get(key))
        unknown = [text for key, text in errors.items() if key not in self.errors]
        if unknown:
            self.errors["summary"].show_error(" ".join(unknown))
        # put the cursor where the first problem is
        focus_for = {
            "customer": self.customer,
            "occurred_at": self.when,
            "summary": self.summary,
            "amount": self.amount,
            "currency": self.currency,
            "promise_description": self.promise_text,
        }
        for key in errors:
            if key in focus_for:
                focus_for[key].setFocus()
                break

    def save(self) -> None:
        data = self.collect()
        try:
            with self.ctx.session() as session, disk_full_guard():
                self.saved = log_interaction(session, data, self.ctx.staff_id, self.ctx.now())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except UserError as exc:
            QMessageBox.warning(self, "Not saved", str(exc))
            return
        self.ctx.changes.announce("interactions", "customers", "promises", "followups")
        self.accept()
