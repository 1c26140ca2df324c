"""What is due, as plain rows: the columns ``cxlogger due`` prints, no ORM object per row.

On a large database thousands of follow-ups can be due; loading each as a
FollowUp with its customer and owner (``followups.due``) cost seconds and
~100 MiB. These queries select only the needed columns (customer and owner
names joined in) and hand back light rows that ``describe`` turns into the
same dicts as ``followups.describe``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from cxlogger.core.models import Customer, FollowUp, Staff
from cxlogger.core.reminders.due_plain import (  # noqa: F401 (plain rows, said there)
    DueRow,
    PromiseDue,
    describe,
    describe_all,
)


def _rows(session: Session, filtered) -> list[DueRow]:
    """The columns of the follow-ups ``filtered`` selects (``followups``' own query, so
    which follow-ups are listed never drifts from the ORM lists), by when they are due."""
    from cxlogger.core.models import Promise

    sub = filtered.subquery()
    owner = aliased(Staff)
    query = (
        select(
            sub.c.id,
            sub.c.kind,
            sub.c.rule_key,
            sub.c.title,
            sub.c.customer_id,
            Customer.name,
            owner.name,
            sub.c.due_at,
            sub.c.snoozed_until,
            Promise.due_at,
            Promise.due_has_time,
            Promise.status,
        )
        .join(Customer, Customer.id == sub.c.customer_id)
        .outerjoin(owner, owner.id == sub.c.owner_id)
        .outerjoin(Promise, Promise.id == sub.c.promise_id)
        .order_by(func.coalesce(sub.c.snoozed_until, sub.c.due_at), sub.c.id)
    )
    return [
        DueRow(*row[:9], PromiseDue(*row[9:]) if row[9] is not None else None)
        for row in session.execute(query)
    ]


def due_rows(session: Session, now: datetime, owner_id: int | None = None) -> list[DueRow]:
    """Pending follow-ups due now (snoozed ones whose time has come), as ``followups.due``."""
    from cxlogger.core.reminders.followups import _due_filter, _pending_query

    return _rows(session, _pending_query(owner_id).where(_due_filter(now)))


def upcoming_rows(
    session: Session, now: datetime, days: int = 7, owner_id: int | None = None
) -> list[DueRow]:
    """Pending follow-ups coming due within ``days``, as ``followups.upcoming``."""
    from cxlogger.core.reminders.followups import _pending_query

    until = now + timedelta(days=days)
    return _rows(
        session,
        _pending_query(owner_id).where(
            or_(
                and_(FollowUp.snoozed_until.is_(None), FollowUp.due_at > now),
                FollowUp.snoozed_until > now,
            ),
            or_(
                and_(FollowUp.snoozed_until.is_(None), FollowUp.due_at <= until),
                FollowUp.snoozed_until <= until,
            ),
        ),
    )


def heads_ups_of(session: Session, rows: list[DueRow], now: datetime) -> dict[int, list]:
    """The active heads-ups of the customers in ``rows`` (one query per 500 customers)."""
    from cxlogger.core.records import heads_ups

    return heads_ups.active_for(session, {row.customer_id for row in rows}, now)
