"""Add or edit a customer; invalid fields are explained next to them and nothing is saved.

The duplicate check and the save run in the background (``SavingDialog``): the window
never waits for the database.
"""

from __future__ import annotations

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import CHANNELS, Customer
from cxlogger.core.records import customers as customers_svc
from cxlogger.core.records.customers import CustomerData
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.qt import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets.widgets import (
    ErrorLabel,
    choice_combo,
    ctrl_enter_accepts,
    on_edit,
    recheck_errors,
    select_data,
)


class CustomerDialog(SavingDialog):
    def __init__(
        self,
        ctx: AppContext,
        customer: Customer | None = None,
        parent=None,
        customer_id: int | None = None,
    ):
        """Edit ``customer``, or the one with ``customer_id`` (read in the background:
        the fields fill and Save works when it arrives), or add a new one."""
        super().__init__(parent)
        self.ctx = ctx
        self.customer = customer
        self._version: int | None = None  # the version this dialog read (conflicts)
        self._base: CustomerData | None = None  # the values it showed
        self.saved: Customer | None = None
        self.open_existing: int | None = None  # chose to open a matching customer instead
        editing = customer is not None or customer_id is not None
        self.setWindowTitle(self.tr("Edit customer") if editing else self.tr("Add customer"))
        self.setMinimumWidth(460)
        self.errors: dict[str, ErrorLabel] = {}

        self.name = QLineEdit()
        self.company = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.channel = choice_combo(CHANNELS, with_any=self.tr("No preference"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. regular, vip"))
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
        form.addRow(self.tr("&Name"), self._field("name", self.name))
        form.addRow(self.tr("C&ompany"), self.company)
        form.addRow(self.tr("&Email"), self._field("email", self.email))
        form.addRow(self.tr("&Phone"), self._field("phone", self.phone))
        form.addRow(self.tr("P&referred channel"), self.channel)
        form.addRow(self.tr("&Tags"), self.tags)
        form.addRow(self.tr("No&tes"), self.notes)
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

        if customer is None and customer_id is not None:
            self.wait_for("customer")
            ctx.ops.query(
                self,
                "customer",
                lambda session: customers_svc.get_customer(session, customer_id),
                self._show_customer,
                self._customer_failed,
            )
        elif customer is not None:
            self._show_customer(customer)

    def _show_customer(self, customer: Customer | None) -> None:
        if customer is None:
            self._customer_failed("This customer no longer exists.")
            return
        self.customer = customer
        self._version = customer.version
        self._base = customers_svc.data_from_values(customers_svc.customer_values(customer))
        self.answered("customer")
        self._fill(self._base)

    def _fill(self, data: CustomerData) -> None:
        self.name.setText(data.name)
        self.company.setText(data.company)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        select_data(self.channel, data.preferred_channel)
        self.tags.setText(", ".join(data.tags))
        self.notes.setPlainText(data.notes)
        select_data(self.consent, data.consent)

    def _customer_failed(self, message: str) -> None:
        QMessageBox.information(self.parentWidget(), self.tr("Can't open"), message)
        self.reject()

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

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label_widget in self.errors.items():
            label_widget.show_error(errors.get(key))

    def save(self) -> None:
        """A new customer is first checked against those we have (in the background)."""
        if not self.ready():
            return
        try:
            data = self.data().validated()
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        if self.customer is not None:
            self._write()
            return
        from cxlogger.core.records.duplicates import find_duplicates

        self.set_saving(True)  # from the duplicate check on: no second save, no Esc
        self.ctx.ops.query(
            self,
            "duplicates",
            lambda session: find_duplicates(session, data),
            lambda matches: self._after_duplicate_check(data.name, matches),
            self._check_failed,
        )

    def _check_failed(self, message: str) -> None:
        self.set_saving(False)
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def _after_duplicate_check(self, name: str, matches) -> None:
        """The user chose to open the existing customer, to add anyway, or to go back."""
        from cxlogger.ui.dialogs import duplicate_warning

        self.set_saving(False)
        if matches:
            answer = duplicate_warning.ask(self, name, matches, self.tr("Open {name}"))
            if answer is None:
                return
            if answer != "add":
                self.open_existing = answer
                self.reject()
                return
        self._write()

    def _write(self) -> None:
        data, staff_id, now = self.data(), self.ctx.staff_id, self.ctx.now()
        if self.customer is None:

            def write(session):
                return customers_svc.add_customer(session, data, staff_id, now)
        else:
            customer_id = self.customer.id
            # what this dialog showed, and its version: a customer someone else saved
            # meanwhile is never overwritten (core/conflicts.py)
            version, base = self._version, self._base

            def write(session):
                return customers_svc.update_customer(
                    session, customer_id, data, now, staff_id, expected_version=version, base=base
                )

        self.save_in_background(
            write,
            self._saved,
            invalid=self._show_errors,
            changes=("customers",),
            conflict=self._conflict,
        )

    def _conflict(self, conflict) -> None:
        """Someone saved this customer meanwhile: nothing was written. Choose per field;
        the chosen values are saved against the version that is stored now."""
        from cxlogger.ui.dialogs import conflict_dialog

        merged = conflict_dialog.ask(self, conflict)
        if merged is None:
            return  # back to editing; saving again shows the conflict again
        self._version = conflict.version
        self._base = customers_svc.data_from_values(conflict.theirs)
        self._fill(customers_svc.data_from_values(merged))
        self._write()

    def _saved(self, customer: Customer) -> None:
        self.saved = customer
        self.accept()
