"""Who may do what: owners and staff (issue 12).

Every staff member has a ``role`` (migration 0016): "owner" or "staff". The first staff
member of a database is its owner. Only owners erase customers, restore backups, change
the reminder rules and the message templates, manage staff, and export everything; the
GUI and the CLI ask ``require_owner`` (in the action's own session, off the GUI thread)
before doing any of these, and staff read a sentence saying who can.

A database with no staff at all has nobody to protect: anything is allowed there (a new
installation, a restore onto an empty folder).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxlogger.core.errors import UserError, ValidationError
from cxlogger.core.models import Staff

OWNER = "owner"
STAFF = "staff"
ROLES = (OWNER, STAFF)

# what only owners may do, as the sentence says it
OWNER_ONLY = {
    "erase": "erase a customer",
    "restore": "restore a backup",
    "rules": "change the reminder rules and settings",
    "templates": "change message templates",
    "staff": "manage staff",
    "export": "export everything",
}


class NotAllowed(UserError):
    """The staff member may not do this; the message says who can."""


def first_role(session: Session) -> str:
    """The role of a staff member about to be added: the first one is the owner."""
    has_owner = session.scalar(select(Staff.id).where(Staff.role == OWNER).limit(1))
    return STAFF if has_owner is not None else OWNER


def owner_names(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Staff.name)
            .where(Staff.role == OWNER, Staff.active.is_(True))
            .order_by(func.lower(Staff.name))
        )
    )


def is_owner(session: Session, staff_id: int | None) -> bool:
    if staff_id is None:
        return False
    return session.scalar(select(Staff.role).where(Staff.id == staff_id)) == OWNER


def anyone_may(session: Session) -> bool:
    """No staff at all yet: nothing to protect."""
    return session.scalar(select(Staff.id).limit(1)) is None


def require_owner(session: Session, staff_id: int | None, what: str) -> None:
    """Raise NotAllowed unless ``staff_id`` is an owner (or the database has no staff)."""
    if anyone_may(session) or is_owner(session, staff_id):
        return
    doing = OWNER_ONLY[what]
    owners = owner_names(session)
    if staff_id is None:
        who = "Say who you are: only an owner can " + doing + "."
    else:
        who = f"Only an owner can {doing}."
    if owners:
        ask = ", ".join(owners)
        who += f" Ask {ask} to do it, or to make you an owner (Staff…)."
    else:
        who += " Nobody is an owner yet; the first staff member becomes one."
    raise NotAllowed(who)


def set_role(
    session: Session, staff_id: int, role: str, acting_staff_id: int | None, now: datetime
) -> Staff:
    """Make someone an owner or staff (owners only); the last owner stays one."""
    if role not in ROLES:
        raise ValidationError({"role": "Choose owner or staff."})
    with session.begin():
        require_owner(session, acting_staff_id, "staff")
        member = session.get(Staff, staff_id, populate_existing=True)
        if member is None:
            raise ValidationError({"role": "That staff member no longer exists."})
        if member.role == OWNER and role == STAFF:
            others = session.scalar(
                select(func.count())
                .select_from(Staff)
                .where(Staff.role == OWNER, Staff.active.is_(True), Staff.id != staff_id)
            )
            if not others:
                raise ValidationError(
                    {"role": f"{member.name} is the only owner; make someone else an owner first."}
                )
        member.role = role
    return member


def role_of(session: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    return session.scalar(select(Staff.role).where(Staff.id == staff_id))


def owner_only(staff_id: int | None, what: str, fn):
    """``fn(session)`` for owners only: checked in a transaction of its own first (``fn``
    opens its own), so staff get NotAllowed and nothing runs."""

    def run(session: Session):
        with session.begin():
            require_owner(session, staff_id, what)
        return fn(session)

    return run


def describe_owners(session: Session, staff_id: int | None) -> tuple[list[str], bool]:
    """The owners' names, and whether ``staff_id`` is one (the settings show both)."""
    with session.begin():
        return owner_names(session), is_owner(session, staff_id) or anyone_may(session)
