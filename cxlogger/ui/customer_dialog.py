"""Add or edit a customer; invalid fields are explained next to them and nothing is saved."""

from __future__ import annotations

from cxlogger.core import customers as customers_svc
from cxlogger.core.customers import CustomerData
from cxlogger.core.errors import ValidationError
from cxlogger.core.models import CHANNELS, Customer
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets import (
    ErrorLabel,
    choice_combo,
    ctrl_enter_accepts,
    on_edit,
    recheck_errors,
    select_data,
)


class CustomerDialog(QDialog):
    def __init__(self, ctx: AppContext, customer: Customer | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer = customer
        self.saved: Customer | None = None
        self.open_existing: int | None = None  # chose to open a matching customer instead
        self.setWindowTitle("Edit customer" if customer else "Add customer")
        self.setMinimumWidth(460)
        self.errors: dict[str, ErrorLabel] = {}

        self.name = QLineEdit()
        self.company = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.channel = choice_combo(CHANNELS, with_any="No preference")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("comma-separated, e.g. regular, vip")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        # three states: nobody asked yet (new customers), yes, no
        self.consent = QComboBox()
        self.consent.addItem(self.tr("Not asked yet (thank-yous only)"), "not_asked")
        self.consent.addItem(self.tr("Yes (thank-yous and feedback requests)"), "yes")
        self.consent.addItem(self.tr("No (no messages at all)"), "no")
        self.consent.setToolTip(
            self.tr(
                "Whether they agreed to hear from you. “No” stops every thank-you, feedback "
                "request and report-back; promises to them still remind you."
            )
        )

        form = QFormLayout()
        form.addRow("&Name", self._field("name", self.name))
        form.addRow("C&ompany", self.company)
        form.addRow("&Email", self._field("email", self.email))
        form.addRow("&Phone", self._field("phone", self.phone))
        form.addRow("P&referred channel", self.channel)
        form.addRow("&Tags", self.tags)
        form.addRow("No&tes", self.notes)
        form.addRow(self.tr("&Agrees to be contacted"), self.consent)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        ctrl_enter_accepts(self, buttons)  # also from Notes, where Enter is a new line
        on_edit(self._recheck, self.name, self.email, self.phone, self.channel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if customer is not None:
            self.name.setText(customer.name)
            self.company.setText(customer.company)
            self.email.setText(customer.email)
            self.phone.setText(customer.phone)
            select_data(self.channel, customer.preferred_channel)
            self.tags.setText(customer.tags)
            self.notes.setPlainText(customer.notes)
            select_data(self.consent, customer.contact_consent)

    def _field(self, key: str, widget: QWidget) -> QWidget:
        self.errors[key] = ErrorLabel()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.errors[key])
        return box

    def _recheck(self) -> None:
        """A field's sentence goes as soon as it is fixed."""
        if any(error.showing() for error in self.errors.values()):
            try:
                self.data().validated()
            except ValidationError as exc:
                recheck_errors(self.errors, exc.errors)
            else:
                recheck_errors(self.errors, {})

    def data(self) -> CustomerData:
        return CustomerData(
            name=self.name.text(),
            company=self.company.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            preferred_channel=self.channel.currentData(),
            tags=self.tags.text().split(","),
            notes=self.notes.toPlainText(),
            consent=self.consent.currentData(),
        )

    def _duplicate_check(self) -> bool:
        """False when the user chose to open the existing customer or to go back."""
        from cxlogger.core.duplicates import find_duplicates
        from cxlogger.ui import duplicate_warning

        data = self.data().validated()
        with self.ctx.session() as session:
            matches = find_duplicates(session, data)
        if not matches:
            return True
        answer = duplicate_warning.ask(self, data.name, matches, self.tr("Open {name}"))
        if answer == "add":
            return True
        if answer is not None:
            self.open_existing = answer
            self.reject()
        return False

    def save(self) -> None:
        try:
            if self.customer is None and not self._duplicate_check():
                return
            with self.ctx.session() as session:
                if self.customer is None:
                    self.saved = customers_svc.add_customer(
                        session, self.data(), self.ctx.staff_id, self.ctx.now()
                    )
                else:
                    self.saved = customers_svc.update_customer(
                        session, self.customer.id, self.data(), self.ctx.now(), self.ctx.staff_id
                    )
        except ValidationError as exc:
            for key, label_widget in self.errors.items():
                label_widget.show_error(exc.errors.get(key))
            return
        self.ctx.changes.announce("customers")
        self.accept()
