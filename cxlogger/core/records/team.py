"""The team: hand-offs, who is at the desk (PINs), leavers, per-person preferences and
the daily digest (issue 11).

* A **hand-off** gives a promise or a follow-up to a colleague with a note. It is one
  recorded user action (core/history.py: undoable, on the record's history); the
  ``handoffs`` rows are the record's owner history. The new owner sees it at once in
  Today under "Handed to you" (``handed_to``) until they take it in (``acknowledge``),
  and their desktop announces it once (``take_announcements``). A follow-up about a
  promise is handed over by handing over the promise: the promise's reminders follow
  their promise's owner. A promise that is handed over reminds its new owner: its
  reminder that applies now is theirs, not yet shown, pending again if the previous
  owner had dealt with it, and, for a promise due today or tomorrow, due at once.
* **PINs** are optional, four digits, stored only as Argon2id hashes (argon2-cffi);
  wrong guesses are answered with a sentence and slowed down (``PinGuard``).
* A **leaver** is deactivated: gone from pickers (staff.list_staff), their records keep
  their name, and their open promises and follow-ups are listed for handing over.
* **Preferences per staff member** (Today's "Only mine"…) are stored in the shared
  settings table under ``staff:<id>:<key>``, so they follow the person, not the desk.
* The **daily digest**: the first time each day a person opens cxlogger (or switches to
  themselves): what was handed to them, what became overdue, and what other sources
  (``DIGEST_SOURCES``: the heads-ups pinned on their customers) add since they last looked.

Nothing here imports Qt; everything that depends on time takes ``now``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, or_, select, union, update
from sqlalchemy.orm import Session, aliased

from cxlogger.core.errors import UserError, ValidationError
from cxlogger.core.models import (
    Customer,
    FollowUp,
    Handoff,
    HeadsUp,
    Interaction,
    Promise,
    Staff,
    StaffPin,
)
from cxlogger.core.records import history
from cxlogger.core.records import settings as settings_mod
from cxlogger.core.reminders.schedule import BusinessHours

# --------------------------------------------------------------------------- preferences


def _pref_key(staff_id: int, key: str) -> str:
    return f"staff:{staff_id}:{key}"


def get_pref(session: Session, staff_id: int, key: str, default: Any = None) -> Any:
    value = settings_mod.get(session, _pref_key(staff_id, key))
    return default if value is None else value


def put_pref(session: Session, staff_id: int, key: str, value: Any) -> None:
    """Remember one preference of one staff member (its own small transaction)."""
    with session.begin():
        settings_mod.put(session, _pref_key(staff_id, key), value)


# --------------------------------------------------------------------------- hand-offs


class HandoffRefused(UserError):
    pass


@dataclass
class OwnerChange:
    """One line of a record's owner history."""

    handoff_id: int
    at: datetime
    from_name: str
    to_name: str
    by_name: str
    note: str


@dataclass
class HandedItem:
    """Something handed to someone, as Today and the notification show it."""

    handoff_id: int
    entity: str  # "promise" or "followup"
    entity_id: int
    customer_id: int
    customer_name: str
    what: str
    due_at: datetime | None
    from_name: str
    by_name: str
    note: str
    at: datetime


def _staff_name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    member = session.get(Staff, staff_id)
    return member.name if member else ""


def _target(session: Session, entity: str, entity_id: int):
    """The record handed over: a promise, or a follow-up not about a promise."""
    if entity == "followup":
        followup = session.get(FollowUp, entity_id)
        if followup is None:
            raise HandoffRefused("That follow-up no longer exists; it may have been deleted.")
        promise = session.get(Promise, followup.promise_id) if followup.promise_id else None
        if promise is not None and promise.status == "open":
            return "promise", promise  # its reminders follow the promise's owner
        if followup.status != "pending":
            raise HandoffRefused("That follow-up has already been dealt with.")
        return "followup", followup
    if entity == "promise":
        promise = session.get(Promise, entity_id)
        if promise is None:
            raise HandoffRefused("That promise no longer exists; it may have been deleted.")
        if promise.status != "open":
            raise HandoffRefused("That promise is closed; only open promises can be handed over.")
        return "promise", promise
    raise ValueError(f"cannot hand over a {entity!r}")


def _remind_new_owner(session: Session, promise: Promise, to_id: int, now: datetime) -> None:
    """The reminder of a handed-over promise that applies now is the new owner's, not yet
    shown to them; pending again if the previous owner had dealt with it; due at once for
    a promise due today or tomorrow (as for a promise just made for then)."""
    overdue = promise.due_at < now
    key = f"promise:{promise.id}:{'overdue' if overdue else 'soon'}"
    reminder = session.scalar(select(FollowUp).where(FollowUp.rule_key == key))
    if reminder is None:
        return
    if reminder.status in ("done", "dismissed"):
        reminder.status, reminder.done_at, reminder.done_by_id = "pending", None, None
        reminder.done_note = ""
    if reminder.status != "pending":  # obsolete: the rules no longer want it
        return
    hours = BusinessHours.from_settings(settings_mod.get_all(session))
    days_left = (hours.local(promise.due_at).date() - hours.local(now).date()).days
    if not overdue and days_left <= 1 and reminder.due_at > now:
        reminder.due_at = now
    reminder.owner_id = to_id
    reminder.notified_at = None
    reminder.snoozed_until = None


def hand_off(
    session: Session,
    entity: str,
    entity_id: int,
    to_staff_id: int,
    note: str,
    staff_id: int | None,
    now: datetime,
) -> Handoff:
    """Hand a promise or follow-up to a colleague, with a note; one recorded action."""
    from cxlogger.core.reminders import followups

    note = note.strip()
    if len(note) > 2000:
        raise ValidationError({"note": "Keep the note under 2,000 characters."})
    with session.begin():
        to = session.get(Staff, to_staff_id)
        if to is None or not to.active:
            raise ValidationError({"to": "Choose a colleague who still works here."})
        entity, item = _target(session, entity, entity_id)
        if item.owner_id == to_staff_id:
            raise ValidationError({"to": f"It is already {to.name}'s."})
        noun = "promise" if entity == "promise" else "follow-up"
        history.begin(
            session,
            "handoff",
            staff_id,
            now,
            f"Handed {noun} {history.ref(entity, item.id)} to {to.name}",
        )
        column = Handoff.promise_id if entity == "promise" else Handoff.followup_id
        # an earlier hand-off of the same record that was not taken in yet is replaced
        for earlier in session.scalars(
            select(Handoff).where(column == item.id, Handoff.seen_at.is_(None))
        ):
            earlier.seen_at = now
        handoff = Handoff(
            customer_id=item.customer_id,
            promise_id=item.id if entity == "promise" else None,
            followup_id=item.id if entity == "followup" else None,
            from_staff_id=item.owner_id,
            to_staff_id=to_staff_id,
            by_staff_id=staff_id,
            note=note,
            at=now,
        )
        session.add(handoff)
        item.owner_id = to_staff_id
        if entity == "followup":
            item.notified_at = None
            item.snoozed_until = None
        session.flush()
        if entity == "promise":
            followups.evaluate_causes(session, now, promises=[item.id])
            _remind_new_owner(session, item, to_staff_id, now)
        session.flush()
    return handoff


def _name_columns():
    frm, to, by = (Staff.__table__.alias(n) for n in ("frm", "to_staff", "by_staff"))
    return frm, to, by


def owner_history(session: Session, entity: str, entity_id: int) -> list[OwnerChange]:
    """Who handed this promise or follow-up to whom, when and with what note, oldest first."""
    frm, to, by = _name_columns()
    column = Handoff.promise_id if entity == "promise" else Handoff.followup_id
    rows = session.execute(
        select(Handoff.id, Handoff.at, frm.c.name, to.c.name, by.c.name, Handoff.note)
        .outerjoin(frm, frm.c.id == Handoff.from_staff_id)
        .outerjoin(to, to.c.id == Handoff.to_staff_id)
        .outerjoin(by, by.c.id == Handoff.by_staff_id)
        .where(column == entity_id)
        .order_by(Handoff.at, Handoff.id)
    ).all()
    return [OwnerChange(r[0], r[1], r[2] or "", r[3] or "", r[4] or "", r[5] or "") for r in rows]


def customer_handoffs(session: Session, customer_id: int) -> list[tuple[Handoff, OwnerChange, str]]:
    """A customer's hand-offs for the timeline: (row, names, what was handed)."""
    frm, to, by = _name_columns()
    rows = session.execute(
        select(Handoff, frm.c.name, to.c.name, by.c.name, Promise.description, FollowUp.title)
        .outerjoin(frm, frm.c.id == Handoff.from_staff_id)
        .outerjoin(to, to.c.id == Handoff.to_staff_id)
        .outerjoin(by, by.c.id == Handoff.by_staff_id)
        .outerjoin(Promise, Promise.id == Handoff.promise_id)
        .outerjoin(FollowUp, FollowUp.id == Handoff.followup_id)
        .where(Handoff.customer_id == customer_id)
        .order_by(Handoff.at.desc(), Handoff.id.desc())
    ).all()
    return [
        (
            h,
            OwnerChange(h.id, h.at, f or "", t or "", b or "", h.note or ""),
            desc or title or "",
        )
        for h, f, t, b, desc, title in rows
    ]


def _still_theirs(staff_id: int):
    """The hand-off's record is still open and still this person's."""
    p, f = aliased(Promise), aliased(FollowUp)
    return or_(
        exists(
            select(p.id).where(
                p.id == Handoff.promise_id, p.status == "open", p.owner_id == staff_id
            )
        ),
        exists(
            select(f.id).where(
                f.id == Handoff.followup_id, f.status == "pending", f.owner_id == staff_id
            )
        ),
    )


def _handed_items(session: Session, *conditions) -> list[HandedItem]:
    frm, _to, by = _name_columns()
    rows = session.execute(
        select(
            Handoff,
            Customer.name,
            frm.c.name,
            by.c.name,
            Promise.description,
            Promise.due_at,
            FollowUp.title,
            FollowUp.due_at,
        )
        .join(Customer, Customer.id == Handoff.customer_id)
        .outerjoin(frm, frm.c.id == Handoff.from_staff_id)
        .outerjoin(by, by.c.id == Handoff.by_staff_id)
        .outerjoin(Promise, Promise.id == Handoff.promise_id)
        .outerjoin(FollowUp, FollowUp.id == Handoff.followup_id)
        .where(*conditions)
        .order_by(Handoff.at.desc(), Handoff.id.desc())
    ).all()
    items = []
    for h, customer, from_name, by_name, desc, p_due, title, f_due in rows:
        is_promise = h.promise_id is not None
        items.append(
            HandedItem(
                handoff_id=h.id,
                entity="promise" if is_promise else "followup",
                entity_id=h.promise_id if is_promise else h.followup_id,
                customer_id=h.customer_id,
                customer_name=customer,
                what=(desc if is_promise else title) or "",
                due_at=p_due if is_promise else f_due,
                from_name=from_name or "",
                by_name=by_name or "",
                note=h.note or "",
                at=h.at,
            )
        )
    return items


def handed_to(session: Session, staff_id: int) -> list[HandedItem]:
    """What was handed to this person and not taken in yet, while it is still theirs."""
    return _handed_items(
        session,
        Handoff.to_staff_id == staff_id,
        Handoff.seen_at.is_(None),
        _still_theirs(staff_id),
    )


def acknowledge(session: Session, handoff_id: int, staff_id: int, now: datetime) -> None:
    """The new owner took it in: it leaves "Handed to you" (the record stays theirs)."""
    with session.begin():
        session.execute(
            update(Handoff)
            .where(Handoff.id == handoff_id, Handoff.to_staff_id == staff_id)
            .values(seen_at=now, announced_at=func.coalesce(Handoff.announced_at, now))
        )


def take_announcements(session: Session, staff_id: int, now: datetime) -> list[HandedItem]:
    """Hand-offs to this person their desktop has not announced yet; marked announced."""
    with session.begin():
        items = _handed_items(
            session,
            Handoff.to_staff_id == staff_id,
            Handoff.announced_at.is_(None),
            Handoff.seen_at.is_(None),
            _still_theirs(staff_id),
        )
        if items:
            session.execute(
                update(Handoff)
                .where(Handoff.id.in_([i.handoff_id for i in items]))
                .values(announced_at=now)
            )
    return items


# --------------------------------------------------------------------------- leavers


@dataclass
class OpenItem:
    entity: str  # "promise" or "followup"
    entity_id: int
    customer_name: str
    what: str
    due_at: datetime


def open_items_of(session: Session, staff_id: int) -> list[OpenItem]:
    """A person's open promises and pending follow-ups (those not about a promise: a
    promise's reminders go with it), soonest due first."""
    promises = session.execute(
        select(Promise.id, Customer.name, Promise.description, Promise.due_at)
        .join(Customer, Customer.id == Promise.customer_id)
        .where(Promise.owner_id == staff_id, Promise.status == "open")
    ).all()
    followups = session.execute(
        select(FollowUp.id, Customer.name, FollowUp.title, FollowUp.due_at)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(
            FollowUp.owner_id == staff_id,
            FollowUp.status == "pending",
            FollowUp.promise_id.is_(None),
        )
    ).all()
    items = [OpenItem("promise", *row) for row in promises]
    items += [OpenItem("followup", *row) for row in followups]
    items.sort(key=lambda i: (i.due_at, i.entity, i.entity_id))
    return items


def deactivate(session: Session, staff_id: int, by_staff_id: int | None) -> list[OpenItem]:
    """A leaver: gone from pickers, their records keep their name. Returns their open
    promises and follow-ups, to be handed over."""
    with session.begin():
        member = session.get(Staff, staff_id)
        if member is None:
            raise UserError("That staff member no longer exists.")
        if staff_id == by_staff_id:
            raise UserError(
                "You can't deactivate yourself while you are at the desk. "
                "Switch to someone else first."
            )
        others = session.scalar(
            select(Staff.id).where(Staff.active.is_(True), Staff.id != staff_id).limit(1)
        )
        if others is None:
            raise UserError("Add another staff member first: someone has to stay active.")
        member.active = False
    with session.begin():
        return open_items_of(session, staff_id)


def reactivate(session: Session, staff_id: int) -> None:
    with session.begin():
        session.get(Staff, staff_id).active = True


def hand_over_all(
    session: Session,
    from_staff_id: int,
    to_staff_id: int,
    note: str,
    staff_id: int | None,
    now: datetime,
) -> int:
    """Hand every open item of one person to another (a leaver's work); how many."""
    with session.begin():
        items = open_items_of(session, from_staff_id)
    for item in items:
        hand_off(session, item.entity, item.entity_id, to_staff_id, note, staff_id, now)
    return len(items)


# --------------------------------------------------------------------------- PINs

PIN_PATTERN = re.compile(r"\d{4}")
FREE_TRIES = 3  # wrong PINs before each further try has to wait
LONGEST_WAIT = timedelta(minutes=5)


def _hasher():
    from argon2 import PasswordHasher  # loaded when a PIN is set or checked

    return PasswordHasher()  # Argon2id with the library's (RFC 9106) parameters


class WrongPin(UserError):
    pass


class PinGuard:
    """Slows down repeated wrong PINs per staff member: after ``FREE_TRIES`` wrong ones,
    each further try waits twice as long as the one before (5 s, 10 s, … up to 5 min)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wrong: dict[int, tuple[int, datetime]] = {}

    def wait_left(self, staff_id: int, now: datetime) -> timedelta:
        with self._lock:
            count, last = self._wrong.get(staff_id, (0, now))
        if count < FREE_TRIES:
            return timedelta(0)
        wait = min(timedelta(seconds=5 * 2 ** (count - FREE_TRIES)), LONGEST_WAIT)
        return max(timedelta(0), last + wait - now)

    def failed(self, staff_id: int, now: datetime) -> None:
        with self._lock:
            count, _last = self._wrong.get(staff_id, (0, now))
            self._wrong[staff_id] = (count + 1, now)

    def succeeded(self, staff_id: int) -> None:
        with self._lock:
            self._wrong.pop(staff_id, None)


GUARD = PinGuard()


def _check_pin_format(pin: str) -> str:
    pin = pin.strip()
    if not PIN_PATTERN.fullmatch(pin):
        raise ValidationError({"pin": "A PIN is exactly four digits."})
    return pin


def set_pin(session: Session, staff_id: int, pin: str, now: datetime) -> None:
    """Store a person's PIN as an Argon2id hash (the PIN itself is never stored)."""
    hashed = _hasher().hash(_check_pin_format(pin))
    with session.begin():
        row = session.get(StaffPin, staff_id)
        if row is None:
            session.add(StaffPin(staff_id=staff_id, pin_hash=hashed, set_at=now))
        else:
            row.pin_hash, row.set_at = hashed, now


def clear_pin(session: Session, staff_id: int) -> None:
    with session.begin():
        row = session.get(StaffPin, staff_id)
        if row is not None:
            session.delete(row)


def has_pin(session: Session, staff_id: int) -> bool:
    return session.get(StaffPin, staff_id) is not None


def verify_pin(
    session: Session, staff_id: int, pin: str, now: datetime, guard: PinGuard = GUARD
) -> None:
    """Nothing if ``pin`` is this person's PIN (or they have none); else WrongPin with a
    sentence. Repeated wrong guesses have to wait (``PinGuard``)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    row = session.get(StaffPin, staff_id)
    if row is None:
        return
    wait = guard.wait_left(staff_id, now)
    if wait > timedelta(0):
        seconds = max(1, int(wait.total_seconds() + 0.999))
        raise WrongPin(
            f"Too many wrong PINs. Wait {seconds} second{'s' if seconds != 1 else ''} "
            "and try again."
        )
    try:
        _hasher().verify(row.pin_hash, pin.strip())
    except (VerificationError, InvalidHashError):
        guard.failed(staff_id, now)
        raise WrongPin(
            "That PIN is not right. Try again, or ask a colleague to reset it in Edit → Staff."
        ) from None
    guard.succeeded(staff_id)


@dataclass
class DeskMember:
    staff_id: int
    name: str
    has_pin: bool
    is_owner: bool = False  # roles (core/roles.py): the switcher says an owner has no PIN


def desk_members(session: Session) -> list[DeskMember]:
    """Active staff for the "who's at the desk" switcher."""
    from cxlogger.core.records import staff as staff_mod
    from cxlogger.core.records.roles import OWNER

    with_pin = set(session.scalars(select(StaffPin.staff_id)))
    return [
        DeskMember(m.id, m.name, m.id in with_pin, m.role == OWNER)
        for m in staff_mod.list_staff(session)
    ]


def owners_without_pin(session: Session) -> list[str]:
    """Active owners without a PIN while others work at the same desks: any of those others
    can switch to such an owner and act as one (erase, restore, manage staff). Empty when
    every owner has a PIN or nobody else is on the staff list."""
    members = desk_members(session)
    if len(members) < 2:
        return []
    return [m.name for m in members if m.is_owner and not m.has_pin]


def staff_overview(session: Session) -> list[tuple[int, str, bool, bool]]:
    """Everyone, leavers too: (id, name, active, has a PIN), for the staff list."""
    from cxlogger.core.records import staff as staff_mod

    with_pin = set(session.scalars(select(StaffPin.staff_id)))
    return [
        (m.id, m.name, m.active, m.id in with_pin)
        for m in staff_mod.list_staff(session, include_inactive=True)
    ]


def switch_to(session: Session, staff_id: int, pin: str, now: datetime) -> str:
    """Check that ``staff_id`` may take the desk (active; their PIN if they have one);
    returns their name."""
    member = session.get(Staff, staff_id)
    if member is None or not member.active:
        raise UserError("That staff member is no longer active; choose someone else.")
    verify_pin(session, staff_id, pin, now)
    return member.name


# --------------------------------------------------------------------------- daily digest


@dataclass
class DigestLine:
    customer_id: int
    customer_name: str
    text: str
    detail: str = ""  # who, when, the note
    at: datetime | None = None


@dataclass
class Digest:
    staff_id: int
    since: datetime
    handed: list[HandedItem] = field(default_factory=list)
    overdue: list[DigestLine] = field(default_factory=list)
    # more blocks from DIGEST_SOURCES, by title ("Heads-ups on your customers")
    blocks: dict[str, list[DigestLine]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.handed or self.overdue or any(self.blocks.values()))


DIGEST_KEY = "digest_seen_at"
FIRST_DIGEST_LOOKBACK = timedelta(days=1)


def their_customers(staff_id: int, now: datetime):
    """A person's customers, as a select of ids: those they own, those they owe a promise
    or a follow-up, and those they talked to in the last 90 days."""
    return union(
        select(Customer.id).where(Customer.owner_id == staff_id),
        select(Promise.customer_id).where(Promise.owner_id == staff_id, Promise.status == "open"),
        select(FollowUp.customer_id).where(
            FollowUp.owner_id == staff_id, FollowUp.status == "pending"
        ),
        select(Interaction.customer_id).where(
            Interaction.staff_id == staff_id, Interaction.occurred_at >= now - timedelta(days=90)
        ),
    )


# A source adds one block to the digest: (title, fn(session, staff_id, since, now) -> lines).
DigestSource = Callable[[Session, int, datetime, datetime], list[DigestLine]]


def _heads_ups_since(
    session: Session, staff_id: int, since: datetime, now: datetime
) -> list[DigestLine]:
    """Heads-ups others pinned on this person's customers since they last looked and
    still open (resolved ones are not news); 50 newest at most.

    A query on the model: it used to reflect the table (written before heads-ups were
    merged), which read the schema at every digest and warned about an index it could
    not reflect."""
    query = (
        select(HeadsUp.customer_id, Customer.name, HeadsUp.text, HeadsUp.created_at, Staff.name)
        .join(Customer, Customer.id == HeadsUp.customer_id)
        .outerjoin(Staff, Staff.id == HeadsUp.created_by_id)
        .where(
            HeadsUp.customer_id.in_(their_customers(staff_id, now)),
            HeadsUp.created_at >= since,
            HeadsUp.created_at <= now,
            HeadsUp.resolved_at.is_(None),
            or_(HeadsUp.created_by_id.is_(None), HeadsUp.created_by_id != staff_id),
        )
        .order_by(HeadsUp.created_at.desc())
        .limit(50)
    )
    return [
        DigestLine(customer_id, name, text or "", who or "", at)
        for customer_id, name, text, at, who in session.execute(query)
    ]


DIGEST_SOURCES: dict[str, DigestSource] = {
    "Heads-ups on your customers": _heads_ups_since,
}


def digest_due(session: Session, staff_id: int, now: datetime, tz=None) -> bool:
    """Not shown to this person yet today (their local day)."""
    seen = get_pref(session, staff_id, DIGEST_KEY)
    if seen is None:
        return True
    hours = BusinessHours.from_settings(settings_mod.get_all(session), tz)
    return hours.local(datetime.fromisoformat(seen)).date() < hours.local(now).date()


def build_digest(session: Session, staff_id: int, now: datetime) -> Digest:
    """What happened for this person since they last looked (or the last day)."""
    seen = get_pref(session, staff_id, DIGEST_KEY)
    since = datetime.fromisoformat(seen) if seen else now - FIRST_DIGEST_LOOKBACK
    digest = Digest(staff_id, since)
    digest.handed = _handed_items(
        session,
        Handoff.to_staff_id == staff_id,
        Handoff.at >= since,
        _still_theirs(staff_id),
    )
    handed_promises = {i.entity_id for i in digest.handed if i.entity == "promise"}
    rows = session.execute(
        select(Promise.id, Promise.customer_id, Customer.name, Promise.description, Promise.due_at)
        .join(Customer, Customer.id == Promise.customer_id)
        .where(
            Promise.owner_id == staff_id,
            Promise.status == "open",
            Promise.due_at >= since,
            Promise.due_at < now,
        )
        .order_by(Promise.due_at)
    ).all()
    digest.overdue = [
        DigestLine(customer_id, name, text, "", due)
        for ident, customer_id, name, text, due in rows
        if ident not in handed_promises
    ]
    for title, source in DIGEST_SOURCES.items():
        lines = source(session, staff_id, since, now)
        if lines:
            digest.blocks[title] = lines
    return digest


def mark_digest_seen(session: Session, staff_id: int, now: datetime) -> None:
    put_pref(session, staff_id, DIGEST_KEY, now.isoformat())


def take_digest(session: Session, staff_id: int, now: datetime, tz=None) -> Digest | None:
    """The digest if this is the person's first look today (then marked seen), else None.
    An empty digest is marked seen too, and not shown."""
    with session.begin():
        if not digest_due(session, staff_id, now, tz):
            return None
        digest = build_digest(session, staff_id, now)
    mark_digest_seen(session, staff_id, now)
    return None if digest.empty else digest
