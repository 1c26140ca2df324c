"""Adding a promise to a customer, and closing one with a short outcome note
(and, when money moved, the amount: a refund paid when it was kept).

Both read and save in the background through ``ctx.ops``: the window never waits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cxlogger.core.models import Promise
from cxlogger.core.records import customers as customers_svc
from cxlogger.core.records import money
from cxlogger.core.records import promises as promises_svc
from cxlogger.core.records import settings as settings_svc
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.promises import PromiseData
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDate,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.widgets.widgets import (
    DueEdit,
    ErrorLabel,
    choice_combo,
    ctrl_enter_accepts,
    on_edit,
    select_data,
)


class PromiseDialog(SavingDialog):
    """'I promised to …' for a customer, outside an interaction."""

    def __init__(
        self, ctx: AppContext, customer_id: int, customer_name: str | None = None, parent=None
    ):
        """Without ``customer_name`` the title names them when the staff list arrives."""
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.saved: Promise | None = None
        self.setWindowTitle(
            self.tr("New promise to %1").replace("%1", customer_name)
            if customer_name
            else self.tr("New promise")
        )
        self.setMinimumWidth(440)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. send the corrected invoice"))
        self.description_error = ErrorLabel()
        self.due = DueEdit(QDate.currentDate().addDays(1))
        self.owner = QComboBox()  # filled when the staff list arrives; Save waits for it
        # issue 11: a repeating promise; keeping one creates the next occurrence
        self.repeat = QComboBox()
        for code, text in (
            ("", self.tr("Does not repeat")),
            ("week", self.tr("Every week")),
            ("month", self.tr("Every month")),
            ("year", self.tr("Every year")),
        ):
            self.repeat.addItem(text, code)
        self.repeat.setToolTip(
            self.tr("Keeping it creates the next one; only the next one exists at any time")
        )

        form = QFormLayout()
        form.addRow(self.tr("I promised &to"), self.description)
        form.addRow("", self.description_error)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("&Repeats"), self.repeat)
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
        self.wait_for("staff")

        def read(session):
            staff = [(m.id, m.name) for m in staff_svc.list_staff(session)]
            if customer_name is not None:
                return staff, None
            customer = customers_svc.get_customer(session, customer_id)
            return staff, customer.name if customer is not None else None

        def read_offline():  # the shared server is away: the desk's cache (issue 12)
            box = ctx.live.outbox
            cached = box.cached_customer(customer_id)
            name = customer_name or (cached.name if cached is not None else None)
            return box.cached_staff(), None if customer_name is not None else name

        from cxlogger.ui.live import or_offline

        ctx.ops.query(
            self,
            "staff",
            or_offline(ctx, read, read_offline),
            self._show_staff,
            lambda message: QMessageBox.warning(self, self.tr("Cannot add a promise"), message),
        )

    def _show_staff(self, loaded) -> None:
        staff, customer_name = loaded
        if customer_name:
            self.setWindowTitle(self.tr("New promise to %1").replace("%1", customer_name))
        for ident, name in staff:
            self.owner.addItem(name, ident)
        select_data(self.owner, self.ctx.staff_id)
        self.answered("staff")

    def _data(self) -> PromiseData:
        return PromiseData(
            description=self.description.text(),
            due_date=self.due.due_date(),
            due_time=self.due.due_time(),
            owner_id=self.owner.currentData(),
            repeat_every=self.repeat.currentData() or "",
        )

    def _recheck(self) -> None:
        """The sentence goes as soon as the promise is fixed."""
        if self.description_error.showing():
            self.description_error.show_error(self._data().errors().get("description"))

    def save(self) -> None:
        if not self.ready():
            return
        data, customer_id, staff_id, now = (
            self._data(),
            self.customer_id,
            self.ctx.staff_id,
            self.ctx.now(),
        )
        errors = data.errors()
        if errors:  # said at once; the core checks again when it saves
            self._invalid(errors)
            return
        from cxlogger.core.sync.outbox import queue_promise
        from cxlogger.ui.live import or_queue

        self.save_in_background(
            or_queue(
                self.ctx,
                lambda session: promises_svc.add_promise(session, customer_id, data, staff_id, now),
                # offline: kept in the outbox, saved once the server is back (issue 12)
                lambda: queue_promise(self.ctx.live.outbox, customer_id, data, staff_id, now),
            ),
            self._saved,
            invalid=self._invalid,
            changes=("promises", "followups"),
        )

    def _invalid(self, errors: dict[str, str]) -> None:
        self.description_error.show_error(" ".join(errors.values()))
        self.description.setFocus()

    def _saved(self, promise) -> None:
        from cxlogger.ui.live import Queued

        self.queued: str | None = None
        if isinstance(promise, Queued):  # kept on this computer; the banner counts it
            self.queued = str(promise)
            self.ctx.live.queued()
            promise = None
        self.saved = promise
        self.accept()


@dataclass
class Outcome:
    """What the outcome dialog collects: the note, and the money if any moved."""

    note: str
    amount: str = ""
    currency: str = money.DEFAULT_CURRENCY
    amount_kind: str | None = "refund"
    # customer-facing: what the "promise kept" message may say (the note stays internal)
    customer_outcome: str = ""


class OutcomeDialog(AppDialog):
    """Asks what happened when a promise is marked kept, broken or cancelled.

    Kept or broken, it can also record money that moved (a refund paid, goodwill
    given), checked as the log dialog checks amounts, so it reaches the money export.
    """

    def __init__(
        self,
        promise_text: str,
        status: str,
        parent=None,
        currency: str = money.DEFAULT_CURRENCY,
    ):
        super().__init__(parent)
        self.setWindowTitle(
            {
                "kept": self.tr("Mark promise kept"),
                "broken": self.tr("Mark promise broken"),
                "cancelled": self.tr("Cancel promise"),
            }.get(status, self.tr("Mark promise"))
        )
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
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Amount, if money moved (e.g. 49.90)"))
        self.amount.setAccessibleName(self.tr("Amount"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(list(money.COMMON_CURRENCIES))
        self.currency.setCurrentText(currency)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.amount_kind = choice_combo(money.AMOUNT_KINDS)
        select_data(self.amount_kind, "refund" if status == "kept" else "goodwill")
        self.amount_kind.setAccessibleName(self.tr("What the amount was"))
        self.money_row = QWidget()
        row = QHBoxLayout(self.money_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 2)
        row.addWidget(self.currency, 1)
        row.addWidget(self.amount_kind, 1)
        self.money_label = QLabel(self.tr("&Money (a refund paid, goodwill given), if any:"))
        self.money_label.setBuddy(self.amount)
        self.money_error = ErrorLabel()
        for changed in (self.amount.textChanged, self.currency.currentTextChanged):
            changed.connect(lambda _text: self.money_error.show_error(None))  # fixed: clear it
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        ctrl_enter_accepts(self, buttons)  # Enter is a new line in the note
        on_edit(self._recheck, self.note)
        self.status = status
        layout = QVBoxLayout(self)
        intro = QLabel(f"“{promise_text}”\n\n" + self.tr("What happened?"))
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
        layout.addWidget(self.money_label)
        layout.addWidget(self.money_row)
        layout.addWidget(self.money_error)
        # a cancelled promise moved no money
        for widget in (self.money_label, self.money_row):
            widget.setVisible(status in ("kept", "broken"))
        layout.addWidget(buttons)

    def _missing(self) -> bool:
        return self.status in ("kept", "broken") and not self.note.toPlainText().strip()

    def _recheck(self) -> None:
        if self.error.showing() and not self._missing():
            self.error.show_error(None)

    def _check(self) -> None:
        note_missing = self._missing()
        self.error.show_error("Write a short note on what happened." if note_missing else None)
        outcome = self.outcome()
        # the same check the core makes when it saves (and the log dialog's)
        _minor, _code, errors = money.check_amount(
            outcome.amount, outcome.currency, outcome.amount_kind
        )
        self.money_error.show_error(" ".join(errors.values()) or None)
        if note_missing:
            self.note.setFocus()
        elif errors:
            (self.currency if "currency" in errors else self.amount).setFocus()
        if note_missing or errors:
            return
        self.accept()

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def outcome(self) -> Outcome:
        amount = self.amount.text() if self.money_row.isVisibleTo(self) else ""
        words = self.customer_words.toPlainText().strip() if self.status == "kept" else ""
        return Outcome(
            self.text(),
            amount,
            self.currency.currentText(),
            self.amount_kind.currentData(),
            customer_outcome=words,
        )


def ask_outcome(
    parent, promise_text: str, status: str, currency: str = money.DEFAULT_CURRENCY
) -> Outcome | str | None:
    """The outcome (or just its note), or None if the user cancelled. Tests replace this."""
    dialog = OutcomeDialog(promise_text, status, parent, currency)
    return dialog.outcome() if dialog.exec() == QDialog.DialogCode.Accepted else None


def close_with_outcome(
    ctx: AppContext,
    parent,
    promise_id: int,
    text: str,
    status: str,
    done: Callable[[], None] | None = None,
) -> None:
    """Ask what happened, then close the promise in the background; ``done()`` once it is
    closed. The default currency is read first (in the background too); a failure is
    said in a message box over ``parent``."""

    def failed(message: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Promises", "Not saved"), message)

    def ask(currency: str) -> None:
        answer = ask_outcome(parent, text, status, currency or money.DEFAULT_CURRENCY)
        if answer is None:
            return
        outcome = Outcome(answer) if isinstance(answer, str) else answer
        now, staff_id = ctx.now(), ctx.staff_id

        def close(session):
            promises_svc.close_promise(
                session,
                promise_id,
                status,
                outcome.note,
                now,
                outcome.amount,
                outcome.currency,
                outcome.amount_kind,
                staff_id=staff_id,
                customer_outcome=outcome.customer_outcome,
            )

        ctx.ops.write(
            parent,
            close,
            (lambda _result: done()) if done is not None else None,
            failed,
            changes=("promises", "followups"),
        )

    ctx.ops.query(
        parent,
        f"outcome-currency-{promise_id}",
        lambda session: settings_svc.get(session, "default_currency"),
        ask,
        failed,
    )
