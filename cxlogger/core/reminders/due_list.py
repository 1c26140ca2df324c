"""What is due, as plain rows: the columns ``cxlogger due`` prints, no ORM object per row.

On a large database thousands of follow-ups can be due; loading each as a
FollowUp with its customer and owner (``followups.due``) cost seconds and
~100 MiB. These queries select only the needed columns (customer and owner
names joined in) and hand back light rows that ``describe`` turns into the
same dicts as ``followups.describe``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from cxlogger.core.models import Customer, FollowUp, Staff
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.core.timeutil import format_local


@dataclass(frozen=True)
class PromiseDue:
    """What a promise reminder's line needs of its promise."""

    due_at: datetime
    due_has_time: bool
    status: str


@dataclass(frozen=True)
class DueRow:
    """The fields of a pending follow-up that a due list shows."""

    id: int
    kind: str
    rule_key: str
    title: str
    customer_id: int
    customer: str
    owner: str | None
    due_at: datetime
    snoozed_until: datetime | None
    promise: PromiseDue | None


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


def describe_all(
    rows: list[DueRow], now: datetime, hours: BusinessHours, heads: dict | None = None
) -> list[dict[str, Any]]:
    """``describe`` for many rows: what depends on the time is worked out once per
    distinct moment (thousands due share a few hundred), not once per row; ``heads``
    maps a customer to their active heads-ups (``heads_ups_of``)."""
    seen: dict = {}
    heads = heads or {}
    return [describe(row, now, hours, heads.get(row.customer_id), seen) for row in rows]


def describe(
    row: DueRow,
    now: datetime,
    hours: BusinessHours,
    heads: list | None = None,
    seen: dict | None = None,
) -> dict[str, Any]:
    """The same dict as ``followups.describe`` gives for the FollowUp, plus the
    customer's active heads-ups (``heads``, from ``heads_ups_of``) and whether a hold
    pauses it (a message follow-up: thank, feedback, report-back)."""
    from cxlogger.core.records import heads_ups
    from cxlogger.core.reminders.followups import PROMISE_RULES, due_line, is_overdue, rule_of

    heads = heads or []
    pause = heads_ups.pauses(row.kind, heads, now)

    when = row.snoozed_until or row.due_at
    rule = rule_of(row)
    # what the time-dependent fields depend on
    key = (rule in PROMISE_RULES, row.promise, row.snoozed_until, row.due_at)
    timed = seen.get(key) if seen is not None else None
    if timed is None:
        timed = (format_local(when), due_line(row, now, hours), is_overdue(row, now, hours))
        if seen is not None:
            seen[key] = timed
    due_local, due_text, overdue = timed
    return {
        "id": row.id,
        "kind": row.kind,
        "rule": rule,
        "title": row.title,
        "customer_id": row.customer_id,
        "customer": row.customer,
        "owner": row.owner,
        "due_at": when.isoformat(),
        "due_local": due_local,
        "due_text": due_text,
        "promise_due_at": (
            row.promise.due_at.isoformat()
            if rule in PROMISE_RULES and row.promise is not None
            else None
        ),
        "overdue": overdue,
        "snoozed": row.snoozed_until is not None,
        "heads_ups": [h.as_json(now) for h in heads],
        "paused": pause.paused,
        "paused_until": pause.until.isoformat() if pause.until else None,
        "paused_text": pause.sentence(),
    }
