"""Promises: commitments to a customer, open until kept, broken or cancelled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import case, select
from sqlalchemy.orm import Session, joinedload

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import Promise
from cxlogger.core.timeutil import to_utc, utcnow

CLOSED_STATUSES = ("kept", "broken", "cancelled")


def due_moment(due_date: date, due_time: time | None) -> datetime:
    """A due date without a time means 'by the end of that day', local time."""
    local = datetime.combine(due_date, due_time or time(23, 59, 59))
    return to_utc(local)


@dataclass
class PromiseData:
    description: str
    due_date: date | None
    due_time: time | None = None
    owner_id: int | None = None

    def errors(self, prefix: str = "") -> dict[str, str]:
        errors = {}
        text = self.description.strip()
        if not text:
            errors[prefix + "description"] = "Say what you promised."
        elif len(text) > 500:
            errors[prefix + "description"] = "Keep the promise under 500 characters."
        if self.due_date is None:
            errors[prefix + "due_date"] = "Choose when the promise is due."
        return errors


def new_promise(
    data: PromiseData, customer_id: int | None, staff_id: int | None, now: datetime
) -> Promise:
    """A validated Promise not yet added to a session."""
    errors = data.errors()
    if errors:
        raise ValidationError(errors)
    return Promise(
        customer_id=customer_id,
        description=data.description.strip(),
        due_at=due_moment(data.due_date, data.due_time),
        due_has_time=data.due_time is not None,
        owner_id=data.owner_id or staff_id,
        status="open",
        outcome_note="",
        customer_told_how="",
        created_at=now,
        created_by_id=staff_id,
    )


def add_promise(
    session: Session,
    customer_id: int,
    data: PromiseData,
    staff_id: int | None,
    now: datetime | None = None,
) -> Promise:
    promise = new_promise(data, customer_id, staff_id, now or utcnow())
    with session.begin():
        session.add(promise)
    return promise


def close_promise(
    session: Session,
    promise_id: int,
    status: str,
    note: str,
    now: datetime | None = None,
    customer_outcome: str = "",
) -> Promise:
    """Mark a promise kept, broken or cancelled, with a short outcome note (internal) and,
    optionally, what the customer may be told about it (customer-facing)."""
    if status not in CLOSED_STATUSES:
        raise ValueError(f"unknown promise status {status!r}")
    note = note.strip()
    if status in ("kept", "broken") and not note:
        raise ValidationError({"outcome_note": "Write a short note on what happened."})
    with session.begin():
        promise = session.get(Promise, promise_id)
        if promise.status != "open":
            raise ValidationError({"status": "This promise was already closed."})
        promise.status = status
        promise.outcome_note = note
        promise.customer_outcome = customer_outcome.strip()
        promise.closed_at = now or utcnow()
    return promise


def reopen_promise(session: Session, promise_id: int) -> None:
    with session.begin():
        promise = session.get(Promise, promise_id)
        promise.status = "open"
        promise.closed_at = None


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
