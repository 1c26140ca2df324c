"""Log an interaction in a few seconds, by keyboard alone: Enter saves, Esc cancels.

The dialog never waits for the database: it opens at once and fills the owner list and
the default currency when they arrive (Save waits for them), suggests customers from a
background query per keystroke, and saves through ``ctx.ops.write``; the core's
validation errors come back to the fields, anything else as a sentence, and the dialog
stays open with everything typed until the save has succeeded.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import CHANNELS, KINDS, SENTIMENTS, Customer, Interaction
from cxlogger.core.records import customers as customers_svc
from cxlogger.core.records import heads_ups, money
from cxlogger.core.records import settings as settings_svc
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.customers import CustomerData
from cxlogger.core.records.interactions import InteractionData, log_interaction, validation_errors
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.sync.outbox import queue_interaction, save_interaction
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.live import or_offline
from cxlogger.ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDateTime,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPalette,
    QPlainTextEdit,
    QRadioButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets.formats import localize_edit
from cxlogger.ui.widgets.heads_up_widgets import HeadsUpBanner, UntilEdit, kind_combo
from cxlogger.ui.widgets.widgets import (
    CustomerPicker,
    DueEdit,
    ErrorLabel,
    QuickDateTimeEdit,
    choice_combo,
    ctrl_enter_accepts,
    muted_text,
    on_edit,
    recheck_errors,
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


@dataclass
class QueuedInteraction:
    """What was kept in the outbox while the shared server was away (issue 12)."""

    summary: str
    client_uuid: str
    id: None = None


class LogInteractionDialog(SavingDialog):
    """The quick-entry dialog. ``saved`` holds the new Interaction after accept()."""

    def __init__(
        self,
        ctx: AppContext,
        parent=None,
        customer: Customer | None = None,
        customer_id: int | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.saved: Interaction | None = None
        self.setWindowTitle(self.tr("Log interaction"))
        self.setMinimumWidth(560)
        self.errors: dict[str, ErrorLabel] = {}
        self._consent_for: int | None = None
        self._consent: dict[int, str] = {}  # customer id → their consent, as last read
        self._heads: dict[int, list] = {}  # customer id → their active heads-ups, as last read
        # what everyone should know about the customer, as soon as they are picked
        self.heads_up_banner = HeadsUpBanner()

        self.customer = CustomerPicker(ctx)
        self.customer_hint = QLabel()
        hint_palette = self.customer_hint.palette()  # dimmer, yet readable in any theme
        hint_palette.setColor(QPalette.ColorRole.WindowText, muted_text(hint_palette))
        self.customer_hint.setPalette(hint_palette)
        self.customer.chosen.connect(self._update_customer_hint)
        self.customer.chosen.connect(self._show_heads_ups)
        self.customer.textChanged.connect(lambda _t: self._update_customer_hint())
        self.new_email = QLineEdit()
        self.new_email.setPlaceholderText(self.tr("Email (optional)"))
        self.new_phone = QLineEdit()
        self.new_phone.setPlaceholderText(self.tr("Phone (optional)"))
        self.new_customer_row = QWidget()
        row = QHBoxLayout(self.new_customer_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_email)
        row.addWidget(self.new_phone)
        self.new_customer_row.hide()

        # "now" comes from the context's clock, like everything time-related
        now = QDateTime.fromSecsSinceEpoch(int(ctx.now().timestamp()))
        self.when = QuickDateTimeEdit(now)
        self.when.setCalendarPopup(True)
        localize_edit(self.when)
        self.channel = choice_combo(CHANNELS)
        self.kind = choice_combo(KINDS)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("What happened, in a line"))
        self.summary.setMaxLength(500)
        self.details = QPlainTextEdit()
        self.details.setPlaceholderText(self.tr("Details (optional)"))
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
        self.resolved = QCheckBox(self.tr("The problem was &resolved"))
        self.resolved.setVisible(False)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)

        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Amount (optional), e.g. 49.90"))
        self.amount_kind = choice_combo(money.AMOUNT_KINDS)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(list(money.COMMON_CURRENCIES))
        self.currency.setCurrentText("")  # the default currency, once it has arrived
        money_row = QWidget()
        m = QHBoxLayout(money_row)
        m.setContentsMargins(0, 0, 0, 0)
        m.addWidget(self.amount, 2)
        m.addWidget(self.currency, 1)
        m.addWidget(self.amount_kind, 1)

        # consent, asked there and then: one keystroke (Alt+Y / Alt+N) records it; shown
        # only while nobody has asked this customer (or a new one is being added)
        self.consent_row = QWidget()
        self.consent_not_asked = QRadioButton(self.tr("Not asked"))
        self.consent_yes = QRadioButton(self.tr("&Yes"))
        self.consent_no = QRadioButton(self.tr("&No"))
        self.consent_yes.setToolTip(self.tr("They agree to thank-yous and feedback requests"))
        self.consent_no.setToolTip(self.tr("They do not want any message from us"))
        self.consent_group = QButtonGroup(self)
        consent_layout = QHBoxLayout(self.consent_row)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.consent_not_asked, self.consent_yes, self.consent_no):
            self.consent_group.addButton(button)
            consent_layout.addWidget(button)
        consent_layout.addStretch(1)
        self.consent_not_asked.setChecked(True)
        self.consent_label = QLabel(self.tr("Agrees to be contacted?"))

        # "Pin as heads-up" (Alt+P): the summary becomes a note everyone sees on the customer
        self.pin = QCheckBox(self.tr("&Pin as heads-up"))
        self.pin.setToolTip(
            self.tr(
                "Pin the summary on the customer: everyone who opens them, logs something "
                "for them or gets a reminder about them sees it"
            )
        )
        self.pin_kind = kind_combo()
        self.pin_until = UntilEdit(ctx.now().astimezone().date())
        self.pin_row = QWidget()
        pin_layout = QHBoxLayout(self.pin_row)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        pin_layout.addWidget(self.pin)
        pin_layout.addWidget(self.pin_kind)
        pin_layout.addWidget(self.pin_until)
        self.pin_kind.setEnabled(False)
        self.pin_until.setEnabled(False)
        self.pin.toggled.connect(self.pin_kind.setEnabled)
        self.pin.toggled.connect(self.pin_until.setEnabled)

        # the promise, folded away until ticked
        self.promise_box = QGroupBox(self.tr("I promised to…"))
        self.promise_box.setCheckable(True)
        self.promise_box.setChecked(False)
        self.promise_text = QLineEdit()
        self.promise_text.setPlaceholderText(self.tr("e.g. call back with the delivery date"))
        self.promise_due = DueEdit(now.date().addDays(1))
        self.promise_owner = QComboBox()  # filled when the staff list arrives
        pform = QFormLayout(self.promise_box)
        pform.addRow(self.tr("What"), self._field("promise_description", self.promise_text))
        pform.addRow(self.tr("Due"), self._field("promise_due_date", self.promise_due))
        pform.addRow(self.tr("Owner"), self.promise_owner)

        form = QFormLayout()
        form.addRow(self.tr("&Customer"), self._field("customer", self.customer))
        form.addRow("", self.customer_hint)
        form.addRow("", self.heads_up_banner)
        form.addRow("", self.new_customer_row)
        for key in ("customer_email", "customer_phone"):  # right under the new customer's row
            self.errors[key] = ErrorLabel()
            form.addRow("", self.errors[key])
        form.addRow(self.tr("&When"), self._field("occurred_at", self.when))
        form.addRow(self.tr("C&hannel"), self._field("channel", self.channel))
        form.addRow(self.tr("&Kind"), self._field("kind", self.kind))
        form.addRow("", self.resolved)
        form.addRow(self.tr("&Summary"), self._field("summary", self.summary))
        form.addRow("", self.pin_row)
        for key in ("heads_up_text", "heads_up_kind", "heads_up_until"):
            self.errors[key] = ErrorLabel()
            form.addRow("", self.errors[key])
        form.addRow(self.tr("&Details"), self.details)
        form.addRow(
            QCoreApplication.translate("LogDialog", "In &messages"),
            self._field("customer_text", self.customer_text),
        )
        form.addRow(self.tr("S&entiment"), self.sentiment)
        form.addRow(self.tr("&Amount"), self._field("amount", money_row))
        form.addRow(self.consent_label, self.consent_row)
        for key in ("currency", "amount_kind"):
            self.errors[key] = ErrorLabel()
            form.addRow("", self.errors[key])

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Enter)"))
        ctrl_enter_accepts(self, buttons)  # also from Details, where Enter is a new line

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.promise_box)
        layout.addWidget(buttons)
        # "resolved" appears after Kind only for complaints: it must not take the Tab
        # that goes from Kind to Summary; it comes after Details instead (or Alt+R)
        # "Pin as heads-up" (under Summary) is Alt+P: Tab still goes Summary -> Details
        QWidget.setTabOrder(self.summary, self.details)
        QWidget.setTabOrder(self.details, self.resolved)
        on_edit(
            self._recheck,
            self.customer,
            self.new_email,
            self.new_phone,
            self.when,
            self.kind,
            self.summary,
            self.amount,
            self.currency,
            self.amount_kind,
            self.promise_box,
            self.promise_text,
            self.promise_due,
        )

        if customer is not None:
            self.customer.set_customer(customer)
            self.channel.setFocus()
        else:
            self.customer.setFocus()
        self._update_customer_hint()

        def load(session):
            return (
                [(m.id, m.name) for m in staff_svc.list_staff(session)],
                settings_svc.get(session, "default_currency"),
                customers_svc.get_customer(session, customer_id) if customer_id else None,
            )

        def load_offline():  # the shared server is away: the desk's cache (issue 12)
            box = ctx.live.outbox
            return (
                box.cached_staff(),
                box.get("default_currency") or money.DEFAULT_CURRENCY,
                box.cached_customer(customer_id) if customer_id else None,
            )

        self.wait_for("start")  # Save waits for the staff list and the currency
        ctx.ops.query(
            self, "start", or_offline(ctx, load, load_offline), self._loaded, self._load_failed
        )

    def _loaded(self, loaded) -> None:
        staff, default_currency, customer = loaded
        for ident, name in staff:
            self.promise_owner.addItem(name, ident)
        select_data(self.promise_owner, self.ctx.staff_id)
        if not self.currency.currentText():
            self.currency.setCurrentText(default_currency)
        if customer is not None and not self.customer.text():
            self.customer.set_customer(customer)
            self._show_heads_ups(customer.id)
            if self.customer.hasFocus():
                self.channel.setFocus()
        self.answered("start")

    def _load_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot log now"), message)
        self.reject()

    def _field(self, key: str, widget: QWidget) -> QWidget:
        self.errors[key] = ErrorLabel()
        return _with_error(widget, self.errors[key])

    def _on_kind_changed(self) -> None:
        self.resolved.setVisible(self.kind.currentData() == "complaint")

    def _update_customer_hint(self, *_):
        name = self.customer.new_name()
        customer_id = self.customer.customer_id()
        state = None
        if customer_id is not None:
            state = self._consent.get(customer_id)
            if customer_id not in self._consent:
                self._ask_consent(customer_id)
            hint = "Existing customer"
            if state == "yes":
                hint += self.tr(" · agrees to be contacted")
            elif state == "no":
                hint += self.tr(" · does not want to be contacted")
            self.customer_hint.setText(hint)
            self.new_customer_row.hide()
        elif name:
            self.customer_hint.setText(
                self.tr("New customer “%1” will be added").replace("%1", name)
            )
            self.new_customer_row.show()
        else:
            self.customer_hint.setText("")
            self.new_customer_row.hide()
        asking = (customer_id is not None and state == "not_asked") or (
            customer_id is None and bool(name)
        )
        if asking != self.consent_row.isVisibleTo(self) or self._consent_for != customer_id:
            self.consent_not_asked.setChecked(True)  # a different customer: ask afresh
        self._consent_for = customer_id
        self.consent_row.setVisible(asking)
        self.consent_label.setVisible(asking)

    def _show_heads_ups(self, customer_id: int | None = None) -> None:
        """The picked customer's active heads-ups, read afresh in the background."""
        customer_id = self.customer.customer_id()
        if customer_id is None:
            self.heads_up_banner.show_heads_ups([])
            return
        if customer_id in self._heads:
            self.heads_up_banner.show_heads_ups(self._heads[customer_id])
        now = self.ctx.now()

        def arrived(views) -> None:
            self._heads[customer_id] = views
            if self.customer.customer_id() == customer_id:
                self.heads_up_banner.show_heads_ups(views)
                # once the banner's lines are laid out; never after the dialog is gone
                QTimer.singleShot(0, self, self._fit)

        self.ctx.ops.query(
            self,
            "heads_ups",
            lambda session: heads_ups.active(session, customer_id, now),
            arrived,
            lambda _message: None,  # the log still works; the customer view shows them
        )

    def _fit(self) -> None:
        """Grow to show the banner's wrapped lines whole (never shrink what the user sized)."""
        self.layout().activate()
        wanted = self.layout().totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _ask_consent(self, customer_id: int) -> None:
        """Read their consent afresh (a dialog before may have recorded it)."""

        def read(session):
            customer = customers_svc.get_customer(session, customer_id)
            return customer.contact_consent if customer is not None else None

        def arrived(state) -> None:
            self._consent[customer_id] = state
            if self.customer.customer_id() == customer_id:
                self._update_customer_hint()

        # Save need not wait: until the answer is here the question is not shown, and a
        # question not shown leaves their consent as it is
        self.ctx.ops.query(self, "consent", read, arrived, lambda _message: None)

    def consent_answer(self) -> str | None:
        """ "yes" or "no" if recorded in this dialog, None to leave it as it is."""
        if not self.consent_row.isVisibleTo(self):
            return None
        if self.consent_yes.isChecked():
            return "yes"
        if self.consent_no.isChecked():
            return "no"
        return None

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
            consent=self.consent_answer(),
            customer_text=self.customer_text.text(),
            heads_up=(
                heads_ups.HeadsUpData(
                    self.summary.text(), self.pin_kind.currentData(), self.pin_until.until()
                )
                if self.pin.isChecked()
                else None
            ),
        )

    def _by_label(self, errors: dict[str, str]) -> dict[str, str]:
        """The sentences by error label; those without a field of their own go under Summary."""
        shown = {key: text for key, text in errors.items() if key in self.errors}
        unknown = [text for key, text in errors.items() if key not in self.errors]
        if unknown:
            own = [shown["summary"]] if "summary" in shown else []
            shown["summary"] = " ".join(own + unknown)
        return shown

    def _recheck(self) -> None:
        if any(error.showing() for error in self.errors.values()):
            recheck_errors(
                self.errors, self._by_label(validation_errors(self.collect(), self.ctx.now()))
            )

    def show_errors(self, errors: dict[str, str]) -> None:
        shown = self._by_label(errors)
        for key, label_widget in self.errors.items():
            label_widget.show_error(shown.get(key))
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
        """Check for a duplicate customer, then save in the background; the dialog closes
        when the interaction is stored, and stays open, all typed, if it is not."""
        if not self.ready():
            return
        data = self.collect()
        candidate = None
        if data.new_customer is not None:
            try:
                candidate = data.new_customer.validated()
            except ValidationError:
                candidate = None  # the save shows what to fix first
        self.set_saving(True)  # from the duplicate check on: no second save, no Esc
        if candidate is None:
            self._write(data)
            return
        from cxlogger.core.records.duplicates import find_duplicates

        self.ctx.ops.query(
            self,
            "duplicates",
            # offline there is nothing to compare with but the cache: no warning then
            or_offline(self.ctx, lambda session: find_duplicates(session, candidate), list),
            lambda matches: self._after_duplicate_check(data, candidate.name, matches),
            self._not_saved,
        )

    def _not_saved(self, message: str) -> None:
        self.set_saving(False)
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def _after_duplicate_check(self, data: InteractionData, name: str, matches) -> None:
        """A new customer who looks like an existing one: use that one, add, or go back."""
        from cxlogger.ui.dialogs import duplicate_warning

        if matches:
            answer = duplicate_warning.ask(self, name, matches, self.tr("Log it for {name}"))
            if answer is None:
                self.set_saving(False)
                return
            if answer != "add":
                self._use_existing(data, answer)
                return
        self._write(data)

    def _use_existing(self, data: InteractionData, customer_id: int) -> None:
        def load(session):
            return customers_svc.get_customer(session, customer_id)

        def load_offline():
            return self.ctx.live.outbox.cached_customer(customer_id)

        def arrived(existing) -> None:
            if existing is not None:
                self.customer.set_customer(existing)
                data.customer_id, data.new_customer = existing.id, None
            self._write(data)

        self.ctx.ops.query(
            self, "existing", or_offline(self.ctx, load, load_offline), arrived, self._not_saved
        )

    def _write(self, data: InteractionData) -> None:
        staff_id, now = self.ctx.staff_id, self.ctx.now()
        sync = self.ctx.live
        if sync is not None and sync.outbox is not None:  # a shared server (issue 12)

            def save(session):
                if sync.is_offline():  # known away: straight to this computer's outbox
                    data.client_uuid = data.client_uuid or str(uuid.uuid4())
                    return "queued", queue_interaction(sync.outbox, data, staff_id, now)
                return save_interaction(sync.outbox, lambda: session, data, staff_id, now)

            save.works_offline = True

        else:

            def save(session):
                return "saved", log_interaction(session, data, staff_id, now)

        self.save_in_background(
            save,
            self._saved,
            invalid=self.show_errors,
            failed=lambda message: QMessageBox.warning(self, self.tr("Not saved"), message),
            changes=("interactions", "customers", "promises", "followups", "heads_ups"),
        )

    def _saved(self, outcome: tuple[str, object]) -> None:
        how, what = outcome
        if how == "queued":
            # kept on this computer: the window's banner counts it until it is sent
            self.queued = what
            self.saved = QueuedInteraction(self.summary.text().strip(), what)
            self.ctx.live.queued()
        else:
            self.saved = what
        self.accept()
