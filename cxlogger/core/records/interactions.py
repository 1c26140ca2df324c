"""Logging interactions, in one transaction with an inline new customer and a promise."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import CHANNELS, CONSENT_STATES, KINDS, SENTIMENTS, Customer, Interaction
from cxlogger.core.records import history, money, touch
from cxlogger.core.records import settings as settings_mod
from cxlogger.core.records.customers import CustomerData, new_customer
from cxlogger.core.records.heads_ups import HeadsUpData, new_heads_up
from cxlogger.core.records.promises import PromiseData, hours_for, new_promise
from cxlogger.core.storage import prepared
from cxlogger.core.timeutil import to_utc, utcnow

# Functions called inside the logging transaction after the interaction (and its
# promise) are inserted: fn(session, interaction, promise_or_None, now). The
# reminder rules register here so a follow-up is created atomically with its cause.
# Other upkeep of a save (per-day summaries, say) belongs here too; a hook stays cheap
# with a statement built once (``core/storage/prepared.py``: ``prepared.Statement``'s
# ``run(session.connection(), params)``), as the save's own statements are.
after_log_hooks: list[Callable] = []

# a clock a few minutes fast on another desktop must not block saving
_GRACE = timedelta(minutes=5)

# the chosen customer's consent, or no row if they were erased meanwhile
_CONSENT = prepared.Statement(
    select(Customer.contact_consent).where(Customer.id == bindparam("cx_customer"))
)


@dataclass
class InteractionData:
    """What the log dialog collects. Either ``customer_id`` or ``new_customer``."""

    customer_id: int | None
    occurred_at: datetime
    channel: str
    kind: str
    summary: str
    details: str = ""
    sentiment: str = "neutral"
    amount: str = ""  # as typed; parsed exactly with the currency's decimals
    currency: str = money.DEFAULT_CURRENCY
    amount_kind: str | None = None
    new_customer: CustomerData | None = None
    promise: PromiseData | None = None
    resolved: bool = False  # a complaint resolved there and then
    consent: str | None = None  # asked there and then: "yes" or "no" (None: unchanged)
    # customer-facing: what they bought or asked, as a message may say it (summary and
    # details are internal and never reach a message)
    customer_text: str = ""
    # "Pin as heads-up" (core/heads_ups.py): pinned on the customer with this interaction
    heads_up: HeadsUpData | None = None
    # issue 12: the desk's id when sent from its offline outbox (core/outbox.py)
    client_uuid: str | None = None


def _validate(data: InteractionData, now: datetime) -> tuple[int | None, str | None]:
    errors: dict[str, str] = {}
    if data.customer_id is None and data.new_customer is None:
        errors["customer"] = "Choose a customer, or type a new customer's name."
    if data.new_customer is not None:
        try:
            data.new_customer.validated()
        except ValidationError as exc:
            for key, text in exc.errors.items():
                errors["customer" if key == "name" else f"customer_{key}"] = text
    if data.channel not in CHANNELS:
        errors["channel"] = "Choose how you were in contact."
    if data.kind not in KINDS:
        errors["kind"] = "Choose what kind of interaction this was."
    if data.sentiment not in SENTIMENTS:
        errors["sentiment"] = "Choose how the customer seemed."
    summary = data.summary.strip()
    if not summary:
        errors["summary"] = "Write a short summary of what happened."
    elif len(summary) > 500:
        errors["summary"] = "Keep the summary under 500 characters; put the rest in details."
    if len(" ".join(data.customer_text.split())) > 300:
        errors["customer_text"] = "Keep the words for the customer under 300 characters."
    if data.occurred_at is None:
        errors["occurred_at"] = "Choose when it happened."
    elif to_utc(data.occurred_at) > now.replace(microsecond=0) + _GRACE:
        errors["occurred_at"] = "That time is in the future; choose when it happened."
    amount_minor, currency, amount_errors = money.check_amount(
        data.amount, data.currency, data.amount_kind
    )
    errors.update(amount_errors)
    if data.consent is not None and data.consent not in CONSENT_STATES:
        errors["consent"] = "Say whether they agree to be contacted: not asked, yes or no."
    if data.promise is not None:
        errors.update(data.promise.errors(prefix="promise_"))
    if data.heads_up is not None:
        errors.update(data.heads_up.errors(now, prefix="heads_up_"))
    if errors:
        raise ValidationError(errors)
    return amount_minor, currency


def validate(data: InteractionData, now: datetime) -> None:
    """The log dialog's checks without saving: raises ValidationError (field -> sentence)."""
    _validate(data, now)


def log_interaction(
    session: Session, data: InteractionData, staff_id: int | None, now: datetime | None = None
) -> Interaction:
    """Save one interaction (and its new customer and promise) as a single user action."""
    now = now or utcnow()
    amount_minor, currency = _validate(data, now)
    with session.begin():
        history.begin(session, "log", staff_id, now)
        settings_mod.hold(session)  # read once: the promise's closing time, the rules
        customer_id = data.customer_id
        if customer_id is None:
            customer = new_customer(data.new_customer, staff_id, now)
            session.add(customer)
            session.flush()
            customer_id = customer.id
            consent = customer.contact_consent
        else:
            found = _CONSENT.rows(session.connection(), {"cx_customer": customer_id})
            if not found:
                raise ValidationError(
                    {"customer": "That customer no longer exists; choose another."}
                )
            consent = found[0].contact_consent
        if data.consent is not None and consent != data.consent:
            customer = session.get(Customer, customer_id)
            customer.contact_consent = data.consent
            customer.updated_at = now
        interaction = Interaction(
            occurred_at=to_utc(data.occurred_at),
            customer_id=customer_id,
            channel=data.channel,
            kind=data.kind,
            summary=data.summary.strip(),
            details=data.details.strip(),
            sentiment=data.sentiment,
            staff_id=staff_id,
            amount_minor=amount_minor,
            currency=currency,
            amount_kind=data.amount_kind if amount_minor is not None else None,
            resolved_at=now if data.resolved else None,
            customer_text=" ".join(data.customer_text.split()),
            created_at=now,
            created_by_id=staff_id,
            client_uuid=data.client_uuid,
        )
        history.name_later(
            session, lambda: f"Logged interaction {history.ref('interaction', interaction.id)}"
        )
        # the interaction and its promise as Core inserts with their change rows (the
        # unit of work cost more than all of the save's SQL); a consent change above is
        # flushed by the ORM as before
        promise = None
        if data.promise is not None:
            promise = new_promise(data.promise, customer_id, staff_id, now, hours_for(session))
            promise.client_uuid = data.client_uuid
        with history.inserting(session) as batch:
            batch.add(interaction)
            if promise is not None:
                promise.interaction_id = interaction.id
                batch.add(promise)
        touch.mark(session, [customer_id])  # its last contact changes (core/touch.py)
        session.flush()  # a consent change and its change row
        if data.heads_up is not None:  # rare: "Pin as heads-up" needs the interaction's id
            session.add(new_heads_up(data.heads_up, customer_id, staff_id, now, interaction.id))
            session.flush()
        for hook in after_log_hooks:
            hook(session, interaction, promise, now)
    return interaction


def validation_errors(data: InteractionData, now: datetime) -> dict[str, str]:
    """What log_interaction would refuse, by field; {} if nothing (the dialog clears a
    field's sentence as soon as it is fixed)."""
    try:
        _validate(data, now)
    except ValidationError as exc:
        return dict(exc.errors)
    return {}
