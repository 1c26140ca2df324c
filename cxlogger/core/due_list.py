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
from cxlogger.core.schedule import BusinessHours
from cxlogger.core.timeutil import format_local


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


def _query(owner_id: int | None):
    owner = aliased(Staff)
    query = (
        select(
            FollowUp.id,
            FollowUp.kind,
            FollowUp.rule_key,
            FollowUp.title,
            FollowUp.customer_id,
            Customer.name,
            owner.name,
            FollowUp.due_at,
            FollowUp.snoozed_until,
        )
        .join(Customer, Customer.id == FollowUp.customer_id)
        .outerjoin(owner, owner.id == FollowUp.owner_id)
        .where(FollowUp.status == "pending", Customer.archived.is_(False))
        # never ask a customer who has withdrawn consent, even before the next refresh
        .where(or_(FollowUp.kind != "feedback", Customer.consent.is_(True)))
    )
    if owner_id is not None:
        query = query.where(FollowUp.owner_id == owner_id)
    return query


def _rows(session: Session, query) -> list[DueRow]:
    ordered = query.order_by(func.coalesce(FollowUp.snoozed_until, FollowUp.due_at), FollowUp.id)
    return [DueRow(*row) for row in session.execute(ordered)]


def due_rows(session: Session, now: datetime, owner_id: int | None = None) -> list[DueRow]:
    """Pending follow-ups due now (snoozed ones whose time has come), as ``followups.due``."""
    return _rows(
        session,
        _query(owner_id).where(
            or_(
                and_(FollowUp.snoozed_until.is_(None), FollowUp.due_at <= now),
                FollowUp.snoozed_until <= now,
            )
        ),
    )


def upcoming_rows(
    session: Session, now: datetime, days: int = 7, owner_id: int | None = None
) -> list[DueRow]:
    """Pending follow-ups coming due within ``days``, as ``followups.upcoming``."""
    until = now + timedelta(days=days)
    return _rows(
        session,
        _query(owner_id).where(
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


def describe(row: DueRow, now: datetime, hours: BusinessHours) -> dict[str, Any]:
    """The same dict as ``followups.describe`` gives for the FollowUp."""
    from cxlogger.core.followups import is_overdue, rule_of

    when = row.snoozed_until or row.due_at
    return {
        "id": row.id,
        "kind": row.kind,
        "rule": rule_of(row),
        "title": row.title,
        "customer_id": row.customer_id,
        "customer": row.customer,
        "owner": row.owner,
        "due_at": when.isoformat(),
        "due_local": format_local(when),
        "overdue": is_overdue(row, now, hours),
        "snoozed": row.snoozed_until is not None,
    }
