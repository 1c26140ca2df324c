"""Customers: add, edit, archive, search, and the timeline of everything about one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, literal, or_, select, tuple_
from sqlalchemy.orm import Session, joinedload

from cxlogger.core import history
from cxlogger.core.errors import ValidationError
from cxlogger.core.models import (
    CHANNELS,
    CONSENT_STATES,
    Customer,
    Feedback,
    FollowUp,
    Interaction,
    Promise,
    SentMessage,  # migration 0009
)
from cxlogger.core.timeutil import utcnow

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^[0-9+()\-./ ]*$")
SEARCH_LIMIT = 50
# A search term is cut to this many characters: longer ones find nothing more, and
# SQLite refuses LIKE patterns over 50 KB ("pattern too complex"). The boxes stop here too.
SEARCH_MAX_CHARS = 200


def search_term(text: str) -> str:
    """What is searched for when ``text`` is typed: trimmed, at most SEARCH_MAX_CHARS long."""
    return text.strip()[:SEARCH_MAX_CHARS].strip()


def normalize_email(email: str) -> str:
    return email.strip().lower()


def normalize_phone(phone: str) -> str:
    """Digits only, so '+49 (30) 123-45' and '+4930 12345' compare equal."""
    return re.sub(r"\D", "", phone)


@dataclass
class CustomerData:
    """What a user can enter about a customer."""

    name: str
    company: str = ""
    email: str = ""
    phone: str = ""
    preferred_channel: str | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    consent: str = "not_asked"  # not_asked, yes or no (core/consent.py)
    owner_id: int | None = None

    def validated(self) -> CustomerData:
        errors = {}
        name = " ".join(self.name.split())
        if not name:
            errors["name"] = "Enter the customer's name."
        elif len(name) > 200:
            errors["name"] = "A name can be at most 200 characters."
        email = self.email.strip()
        if email and not EMAIL_RE.match(email):
            errors["email"] = f"“{email}” does not look like an email address (name@example.com)."
        phone = self.phone.strip()
        if phone and (not PHONE_RE.match(phone) or not normalize_phone(phone)):
            errors["phone"] = "A phone number may hold digits, spaces, + - ( ) / and dots."
        if self.preferred_channel and self.preferred_channel not in CHANNELS:
            errors["preferred_channel"] = "Choose a channel from the list."
        if self.consent not in CONSENT_STATES:
            errors["consent"] = "Say whether they agree to be contacted: not asked, yes or no."
        if errors:
            raise ValidationError(errors)
        tags = sorted({t.strip() for t in self.tags if t.strip()}, key=str.lower)
        return CustomerData(
            name,
            self.company.strip(),
            email,
            phone,
            self.preferred_channel or None,
            tags,
            self.notes.strip(),
            self.consent,
            self.owner_id,
        )


def _apply(customer: Customer, data: CustomerData) -> None:
    customer.name = data.name
    customer.company = data.company
    customer.email = data.email
    customer.email_norm = normalize_email(data.email)
    customer.phone = data.phone
    customer.phone_norm = normalize_phone(data.phone)
    customer.preferred_channel = data.preferred_channel
    customer.tags = ", ".join(data.tags)
    customer.notes = data.notes
    customer.contact_consent = data.consent
    if data.owner_id is not None:
        customer.owner_id = data.owner_id


def new_customer(data: CustomerData, staff_id: int | None, now: datetime) -> Customer:
    """A validated, not yet added Customer (for use inside another action's transaction)."""
    data = data.validated()
    customer = Customer(
        created_at=now, updated_at=now, created_by_id=staff_id, owner_id=staff_id, archived=False
    )
    _apply(customer, data)
    return customer


def add_customer(
    session: Session, data: CustomerData, staff_id: int | None, now: datetime | None = None
) -> Customer:
    now = now or utcnow()
    customer = new_customer(data, staff_id, now)
    with session.begin():
        history.begin(session, "add", staff_id, now)
        session.add(customer)
        session.flush()
        history.set_summary(session, f"Added customer {history.ref('customer', customer.id)}")
    return customer


def update_customer(
    session: Session,
    customer_id: int,
    data: CustomerData,
    now: datetime | None = None,
    staff_id: int | None = None,
) -> Customer:
    data = data.validated()
    with session.begin():
        summary = f"Edited customer {history.ref('customer', customer_id)}"
        history.begin(session, "edit", staff_id, now or utcnow(), summary)
        customer = session.get(Customer, customer_id)
        _apply(customer, data)
        customer.updated_at = now or utcnow()
    return customer


def set_consent(
    session: Session,
    customer_id: int,
    state: str,
    now: datetime | None = None,
    staff_id: int | None = None,
) -> Customer:
    """Record whether the customer agrees to be contacted (not_asked, yes or no)."""
    if state not in CONSENT_STATES:
        raise ValidationError({"consent": "Choose not asked, yes or no."})
    with session.begin():
        summary = f"Recorded consent of customer {history.ref('customer', customer_id)}"
        history.begin(session, "edit", staff_id, now or utcnow(), summary)
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError({"customer": "That customer no longer exists."})
        customer.contact_consent = state
        customer.updated_at = now or utcnow()
    return customer


def set_archived(
    session: Session, customer_id: int, archived: bool, staff_id: int | None = None
) -> None:
    with session.begin():
        verb = "Archived" if archived else "Unarchived"
        summary = f"{verb} customer {history.ref('customer', customer_id)}"
        history.begin(session, "edit", staff_id, utcnow(), summary)
        customer = session.get(Customer, customer_id)
        customer.archived = archived
        customer.updated_at = utcnow()


def get_customer(session: Session, customer_id: int) -> Customer | None:
    return session.get(Customer, customer_id)


def search_customers(
    session: Session,
    text: str,
    include_archived: bool = False,
    limit: int | None = SEARCH_LIMIT,
    after: tuple[str, int] | None = None,
) -> list[Customer]:
    """Customers whose name, company, email, phone or tags contain ``text``, by name.

    ``after`` is the (name, id) of the last customer of the previous page, so
    long lists are paged without OFFSET.
    """
    query = select(Customer).where(Customer.erased_at.is_(None))  # kept only for the ledger
    if not include_archived:
        query = query.where(Customer.archived.is_(False))
    text = search_term(text)
    if text:
        pattern = f"%{escape_like(text.lower())}%"
        conditions = [
            search_lower(session, Customer.name).like(pattern, escape="\\"),
            search_lower(session, Customer.company).like(pattern, escape="\\"),
            search_lower(session, Customer.tags).like(pattern, escape="\\"),
            Customer.email_norm.like(pattern, escape="\\"),
        ]
        digits = normalize_phone(text)
        if len(digits) >= 3:
            conditions.append(Customer.phone_norm.like(f"%{digits}%"))
        query = query.where(or_(*conditions))
    key = func.lower(Customer.name)
    if after is not None:
        position = tuple_(func.lower(literal(after[0])), after[1])
        query = query.where(tuple_(key, Customer.id) > position)
    query = query.order_by(key, Customer.id)
    if limit:
        query = query.limit(limit)
    return list(session.scalars(query))


def sort_key(customer: Customer) -> tuple[str, int]:
    """The keyset position of a customer in search results (see search_customers)."""
    return customer.name, customer.id


def search_lower(session: Session, column):
    """``column`` lower-cased for matching typed text, "Özil" -> "özil" on SQLite too
    (its own lower() only knows ASCII; the database opens with cx_lower for this)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.cx_lower(column)
    return func.lower(column)


def escape_like(text: str) -> str:
    """Make % _ and \\ literal in a LIKE pattern (used with escape="\\")."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass
class TimelineEntry:
    when: datetime
    # "interaction", "promise", "followup" (done: thanked, asked, told), "feedback",
    # or "message" (a SentMessage)
    type: str
    item: Interaction | Promise | FollowUp | Feedback

    @property
    def text(self) -> str:
        """One line for the new entry types (follow-ups done, feedback)."""
        item = self.item
        if self.type == "followup":
            return item.title + (f" — {item.done_note}" if item.done_note else "")
        if self.type == "message":
            how = "Emailed" if item.channel == "email" else "Copied to send"
            return f"{how}: {item.subject or item.body.splitlines()[0]}"
        if self.type == "feedback":
            top = 10 if item.scale == "nps" else 5
            text = f"Rated {item.rating}/{top}" + (f": {item.comment}" if item.comment else "")
            return text + (f" — action: {item.action_taken}" if item.action_taken else "")
        return ""


TIMELINE_LABELS = {
    "interaction": "Interaction",
    "promise": "Promise",
    "followup": "Follow-up done",
    "feedback": "Feedback",
    "message": "Message sent",
}


def timeline(session: Session, customer_id: int) -> list[TimelineEntry]:
    """Interactions, promises, done follow-ups and feedback of one customer, newest first."""
    entries = [
        TimelineEntry(i.occurred_at, "interaction", i)
        for i in session.scalars(select(Interaction).where(Interaction.customer_id == customer_id))
    ]
    entries += [
        TimelineEntry(p.created_at, "promise", p)
        for p in session.scalars(select(Promise).where(Promise.customer_id == customer_id))
    ]
    entries += [
        TimelineEntry(f.done_at, "followup", f)
        for f in session.scalars(
            select(FollowUp).where(FollowUp.customer_id == customer_id, FollowUp.status == "done")
        )
    ]
    entries += [
        TimelineEntry(f.received_at, "feedback", f)
        for f in session.scalars(select(Feedback).where(Feedback.customer_id == customer_id))
    ]
    entries += [  # what was sent (or copied) to them, as it was sent
        TimelineEntry(m.sent_at, "message", m)
        for m in session.scalars(
            select(SentMessage)
            .options(joinedload(SentMessage.staff))
            .where(SentMessage.customer_id == customer_id)
        )
    ]
    entries.sort(key=lambda e: (e.when, e.type == "promise"), reverse=True)
    return entries
