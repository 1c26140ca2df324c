"""Promises: commitments to a customer, open until kept, broken or cancelled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, select
from sqlalchemy.orm import Session, joinedload

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import REPEATS, FollowUp, Promise
from cxlogger.core.records import history, money
from cxlogger.core.records import settings as settings_mod
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.core.timeutil import to_utc, utcnow

CLOSED_STATUSES = ("kept", "broken", "cancelled")


# --- when a promise is due: the one definition everything uses -------------------------
#
# ``Promise.due_at`` is the moment it falls due: the time given, or, for a promise
# made "by <date>" (``due_has_time`` False), the close of business that day (the
# ``closing_time`` setting; open promises follow it when it changes). It is overdue
# from the moment after, never before: Today, the Promises view, the tray, the
# notifications and ``cxlogger due`` all ask ``is_overdue`` (or, in SQL,
# ``overdue_condition``).


def due_moment(
    due_date: date,
    due_time: time | None,
    hours: BusinessHours | None = None,
    made: datetime | None = None,
) -> datetime:
    """A date alone means 'by the close of business that day', local time. Made
    ``made`` after closing on that very day ("I'll send it tonight"), it means by the
    end of the day, so a promise is never overdue the moment it is made."""
    hours = hours or BusinessHours()
    if due_time is not None:
        return to_utc(hours.at(due_date, due_time))
    closing = to_utc(hours.close_of_business(due_date))
    if made is not None and made >= closing and hours.local(made).date() == due_date:
        return to_utc(hours.at(due_date, time(23, 59)))
    return closing


def is_overdue(promise: Promise, now: datetime) -> bool:
    """Open and past the moment it was due."""
    return promise.status == "open" and promise.due_at < now


def overdue_condition(now: datetime):
    """``is_overdue`` as SQL."""
    return and_(Promise.status == "open", Promise.due_at < now)


def due_state(promise: Promise, now: datetime) -> str:
    """ "overdue", or the stored status (open, kept, broken, cancelled)."""
    return "overdue" if is_overdue(promise, now) else promise.status


def retime_date_only(session: Session, hours: BusinessHours) -> int:
    """Move open date-only promises to the (new) closing time of their day; inside
    the caller's transaction. Returns how many moved."""
    moved = 0
    rows = session.scalars(
        select(Promise).where(Promise.status == "open", Promise.due_has_time.is_(False))
    )
    for promise in rows:
        day = hours.local(promise.due_at).date()
        wanted = due_moment(day, None, hours, made=promise.created_at)
        if promise.due_at != wanted:
            promise.due_at = wanted
            moved += 1
    return moved


def hours_for(session: Session) -> BusinessHours:
    """Business hours from the stored settings (closing time decides date-only dues)."""
    return BusinessHours.from_settings(settings_mod.get_all(session))


@dataclass
class PromiseData:
    description: str
    due_date: date | None
    due_time: time | None = None
    owner_id: int | None = None
    repeat_every: str = ""  # "", week, month or year (models.REPEATS)

    def errors(self, prefix: str = "") -> dict[str, str]:
        errors = {}
        text = self.description.strip()
        if not text:
            errors[prefix + "description"] = "Say what you promised."
        elif len(text) > 500:
            errors[prefix + "description"] = "Keep the promise under 500 characters."
        if self.due_date is None:
            errors[prefix + "due_date"] = "Choose when the promise is due."
        if (self.repeat_every or "") not in REPEATS:
            errors[prefix + "repeat_every"] = "Choose how often it repeats: week, month or year."
        return errors


def new_promise(
    data: PromiseData,
    customer_id: int | None,
    staff_id: int | None,
    now: datetime,
    hours: BusinessHours | None = None,
) -> Promise:
    """A validated Promise not yet added to a session; ``hours`` gives the closing time."""
    errors = data.errors()
    if errors:
        raise ValidationError(errors)
    return Promise(
        customer_id=customer_id,
        description=data.description.strip(),
        due_at=due_moment(data.due_date, data.due_time, hours, made=now),
        due_has_time=data.due_time is not None,
        owner_id=data.owner_id or staff_id,
        status="open",
        outcome_note="",
        customer_told_how="",
        created_at=now,
        created_by_id=staff_id,
        repeat_every=data.repeat_every or "",
    )


def add_promise(
    session: Session,
    customer_id: int,
    data: PromiseData,
    staff_id: int | None,
    now: datetime | None = None,
    client_uuid: str | None = None,
) -> Promise:
    """A promise on its own (the promise dialog); ``client_uuid``: the desk's id of one
    added offline (core/outbox.py), so it is saved once."""
    now = now or utcnow()
    with session.begin():
        promise = new_promise(data, customer_id, staff_id, now, hours_for(session))
        promise.client_uuid = client_uuid
        history.begin(session, "log", staff_id, now)
        session.add(promise)
        session.flush()
        history.set_summary(session, f"Added promise {history.ref('promise', promise.id)}")
    return promise


def close_promise(
    session: Session,
    promise_id: int,
    status: str,
    note: str,
    now: datetime | None = None,
    amount: str = "",
    currency: str = money.DEFAULT_CURRENCY,
    amount_kind: str | None = "refund",
    staff_id: int | None = None,
    customer_outcome: str = "",
) -> Promise:
    """Mark a promise kept, broken or cancelled, with a short outcome note (internal) and,
    optionally, what the customer may be told about it (customer-facing).

    A promise that involved money (a refund paid, goodwill given) records the
    amount with its meaning, unsigned like an interaction's, so it reaches the
    money export on the day the promise was closed.
    """
    if status not in CLOSED_STATUSES:
        raise ValueError(f"unknown promise status {status!r}")
    note = note.strip()
    errors: dict[str, str] = {}
    if status in ("kept", "broken") and not note:
        errors["outcome_note"] = "Write a short note on what happened."
    minor, code, amount_errors = money.check_amount(amount, currency, amount_kind)
    if minor is not None and status == "cancelled":
        amount_errors["amount"] = "A cancelled promise moved no money; leave the amount empty."
    errors.update(amount_errors)
    if errors:
        raise ValidationError(errors)
    with session.begin():
        promise = session.get(Promise, promise_id, populate_existing=True)  # as stored now
        if promise.status != "open":
            raise ValidationError({"status": "This promise was already closed."})
        summary = f"Marked promise {history.ref('promise', promise_id)} {status}"
        history.begin(session, "done", staff_id, now or utcnow(), summary)
        promise.status = status
        promise.outcome_note = note
        promise.customer_outcome = customer_outcome.strip()
        promise.closed_at = now or utcnow()
        promise.amount_minor = minor
        promise.currency = code if minor is not None else None
        promise.amount_kind = amount_kind if minor is not None else None
        if status in ("kept", "broken") and promise.repeat_every:
            session.add(next_occurrence(promise, hours_for(session), now or utcnow()))
    return promise


# --- repeating promises: only the next occurrence exists at any time ---------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (31 Jan + 1 month: 28 Feb)."""
    import calendar

    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_due_date(day: date, repeat_every: str) -> date:
    if repeat_every == "week":
        return day + timedelta(days=7)
    if repeat_every == "month":
        return add_months(day, 1)
    if repeat_every == "year":
        return add_months(day, 12)
    raise ValueError(f"unknown repeat {repeat_every!r}")


def next_occurrence(promise: Promise, hours: BusinessHours, now: datetime) -> Promise:
    """The next occurrence of a repeating promise that was just kept (or broken): the same
    promise one period after the one before was due (and not already past, if it was
    kept late), same owner, same repeat. A cancelled one ends the series."""
    local = hours.local(promise.due_at)
    day = next_due_date(local.date(), promise.repeat_every)
    while day < hours.local(now).date():
        day = next_due_date(day, promise.repeat_every)
    clock = local.time().replace(second=0, microsecond=0) if promise.due_has_time else None
    return Promise(
        customer_id=promise.customer_id,
        interaction_id=promise.interaction_id,
        description=promise.description,
        due_at=due_moment(day, clock, hours, made=now),
        due_has_time=promise.due_has_time,
        owner_id=promise.owner_id,
        status="open",
        outcome_note="",
        customer_told_how="",
        created_at=now,
        created_by_id=promise.owner_id,
        repeat_every=promise.repeat_every,
        repeat_of_id=promise.id,
    )


def stop_repeating(
    session: Session, promise_id: int, staff_id: int | None, now: datetime
) -> Promise:
    """This occurrence stays; none follows it."""
    with session.begin():
        promise = session.get(Promise, promise_id)
        if promise is None:
            raise ValidationError({"promise": "That promise no longer exists."})
        history.begin(
            session,
            "edit",
            staff_id,
            now,
            f"Stopped repeating {history.ref('promise', promise_id)}",
        )
        promise.repeat_every = ""
    return promise


def reopen_promise(
    session: Session, promise_id: int, staff_id: int | None = None, now: datetime | None = None
) -> None:
    with session.begin():
        summary = f"Reopened promise {history.ref('promise', promise_id)}"
        history.begin(session, "edit", staff_id, now or utcnow(), summary)
        promise = session.get(Promise, promise_id, populate_existing=True)  # as stored now
        if promise is None:
            raise ValidationError({"status": "That promise no longer exists."})
        if promise.status == "open":  # a guarded transition: only a closed one reopens
            raise ValidationError({"status": "This promise is already open."})
        promise.status = "open"
        promise.closed_at = None
        # reopened: the occurrence its closing created goes (only one exists at a time)
        if promise.repeat_every:
            for following in session.scalars(
                select(Promise).where(Promise.repeat_of_id == promise.id, Promise.status == "open")
            ):
                for followup in session.scalars(
                    select(FollowUp).where(FollowUp.promise_id == following.id)
                ):
                    session.delete(followup)  # recorded, so Undo brings them back
                session.delete(following)
        # the money went with the closing: recorded again when it is closed again
        promise.amount_minor = promise.currency = promise.amount_kind = None


def list_promises(
    session: Session,
    statuses: tuple[str, ...] | None = ("open",),
    owner_id: int | None = None,
    customer_id: int | None = None,
) -> list[Promise]:
    """Open ones first by due date, then the closed ones, most recently due first."""
    query = select(Promise).options(joinedload(Promise.customer), joinedload(Promise.owner))
    if statuses:
        query = query.where(Promise.status.in_(statuses))
    if owner_id is not None:
        query = query.where(Promise.owner_id == owner_id)
    if customer_id is not None:
        query = query.where(Promise.customer_id == customer_id)
    is_open = case((Promise.status == "open", 0), else_=1)
    query = query.order_by(is_open, Promise.due_at, Promise.id)
    return list(session.scalars(query))
