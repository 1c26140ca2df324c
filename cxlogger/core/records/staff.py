"""Staff: the people who log things. Every record says who created it."""

from __future__ import annotations

import getpass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import Staff
from cxlogger.core.records import roles
from cxlogger.core.timeutil import utcnow


def os_user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "Me"


def _clean_name(session: Session, name: str, exclude_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "Enter a name."})
    if len(name) > 120:
        raise ValidationError({"name": "A name can be at most 120 characters."})
    clash = session.scalar(
        select(Staff.id).where(
            func.lower(Staff.name) == name.lower(), Staff.id != (exclude_id or 0)
        )
    )
    if clash:
        raise ValidationError({"name": f"There is already a staff member called {name}."})
    return name


def list_staff(session: Session, include_inactive: bool = False) -> list[Staff]:
    query = select(Staff).order_by(func.lower(Staff.name))
    if not include_inactive:
        query = query.where(Staff.active.is_(True))
    return list(session.scalars(query))


def find_by_name(session: Session, name: str) -> Staff | None:
    return session.scalar(select(Staff).where(func.lower(Staff.name) == name.strip().lower()))


def new_staff(session: Session, name: str, now: datetime | None = None) -> Staff:
    """A new staff member, added in the caller's transaction; the first is the owner."""
    staff = Staff(
        name=_clean_name(session, name),
        active=True,
        created_at=now or utcnow(),
        role=roles.first_role(session),
    )
    session.add(staff)
    return staff


def find_or_new(session: Session, name: str, now: datetime | None = None) -> Staff:
    """The staff member called ``name``, or a new one, in the caller's transaction."""
    return find_by_name(session, name) or new_staff(session, name, now)


def add_staff(session: Session, name: str, now: datetime | None = None) -> Staff:
    with session.begin():
        return new_staff(session, name, now)


def rename_staff(session: Session, staff_id: int, name: str) -> Staff:
    with session.begin():
        staff = session.get(Staff, staff_id)
        staff.name = _clean_name(session, name, exclude_id=staff_id)
    return staff


def set_active(session: Session, staff_id: int, active: bool) -> None:
    with session.begin():
        session.get(Staff, staff_id).active = active


def get_or_create(session: Session, name: str, now: datetime | None = None) -> Staff:
    """The staff member called ``name``, created if new (first start, imports)."""
    with session.begin():
        return find_or_new(session, name, now)
