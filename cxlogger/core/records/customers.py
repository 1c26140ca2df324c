"""Customers: add, edit, archive, search, and the timeline of everything about one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session, joinedload

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import (
    CHANNELS,
    CONSENT_STATES,
    Customer,
    Feedback,
    FollowUp,
    Handoff,
    HeadsUp,  # migration 0013
    Interaction,
    Promise,
    SentMessage,  # migration 0009
    customer_name_key,
)
from cxlogger.core.records import conflicts, history
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


# what a conflict calls each field of CustomerData (core/conflicts.py)
CUSTOMER_LABELS = {
    "name": "Name",
    "company": "Company",
    "email": "Email",
    "phone": "Phone",
    "preferred_channel": "Preferred channel",
    "tags": "Tags",
    "notes": "Notes",
    "consent": "Agrees to be contacted",
}


def customer_values(item: Customer | CustomerData) -> dict[str, Any]:
    """The editable fields, as CustomerData holds them (tags as a list)."""
    if isinstance(item, CustomerData):
        return {k: getattr(item, k) for k in CUSTOMER_LABELS}
    tags = [t.strip() for t in (item.tags or "").split(",") if t.strip()]
    return {
        "name": item.name,
        "company": item.company,
        "email": item.email,
        "phone": item.phone,
        "preferred_channel": item.preferred_channel,
        "tags": tags,
        "notes": item.notes,
        "consent": item.contact_consent,
    }


def data_from_values(values: dict[str, Any]) -> CustomerData:
    return CustomerData(**{k: values[k] for k in CUSTOMER_LABELS})


def update_customer(
    session: Session,
    customer_id: int,
    data: CustomerData,
    now: datetime | None = None,
    staff_id: int | None = None,
    expected_version: int | None = None,
    base: CustomerData | Customer | None = None,
) -> Customer:
    """Save an edit. With ``expected_version`` (the version the editor read, and ``base``,
    what it showed), a customer changed meanwhile is not overwritten: ConflictError."""
    data = data.validated()
    yours = customer_values(data)
    if base is None:
        base_values = yours
    else:
        base_values = customer_values(base.validated() if isinstance(base, CustomerData) else base)

    def check(customer: Customer) -> None:
        conflicts.check_version(
            session,
            "customer",
            customer,
            expected_version,
            "customer",
            base_values,
            yours,
            customer_values(customer),
            CUSTOMER_LABELS,
            {"consent": ("contact_consent",)},
        )

    def write() -> Customer:
        with session.begin():
            summary = f"Edited customer {history.ref('customer', customer_id)}"
            history.begin(session, "edit", staff_id, now or utcnow(), summary)
            # as stored now, not as an earlier read in this session left it
            customer = session.get(Customer, customer_id, populate_existing=True)
            if customer is None:
                raise ValidationError({"customer": "That customer no longer exists."})
            check(customer)
            _apply(customer, data)
            customer.updated_at = now or utcnow()
        return customer

    def reread() -> None:
        customer = session.get(Customer, customer_id, populate_existing=True)
        if customer is not None and expected_version is not None:
            check(customer)  # the conflict as it is now

    return conflicts.guarded(session, write, reread)


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


# Below this many characters the trigram index cannot help: a search looks only at the
# beginning of customers' names (indexed), and the search box says so.
SHORT_TERM_CHARS = 3
# A trigram search with at most this many hits fetches them and sorts them; a more common
# term walks the name index instead and stops at the first page (see _searched).
RARE_HITS = 20_000
# the index whose rows are (id, name_key, archived, erased_at): the few hits' sort keys
# are read from it by id, without a visit to each customer's row
KEYS_BY_ID = "ix_customers_id_name_key"


def search_customers(
    session: Session,
    text: str,
    include_archived: bool = False,
    limit: int | None = SEARCH_LIMIT,
    after: tuple[str, int] | None = None,
) -> list[Customer]:
    """Customers whose name, company, email, phone or tags contain ``text``, by name.

    Terms of one or two characters match the beginning of names only. ``after`` is the
    (name, id) of the last customer of the previous page, so long lists are paged
    without OFFSET. Every shape is served by an index (tests/core/test_query_plans.py).
    """
    query = select(Customer.id).where(Customer.erased_at.is_(None))  # kept for the ledger
    if not include_archived:
        query = query.where(Customer.archived.is_(False))
    keys = (Customer.name_key, Customer.id)
    text = search_term(text)
    if text:
        searched = _searched(session, query, text.lower())
        if searched is None:
            return []
        query, few = searched
        if few is not None:  # at most RARE_HITS: their sort keys from the index by id
            return _by_ids(session, _few_ids(session, few, include_archived, limit, after))
    if after is not None:
        position = tuple_(literal(customer_name_key(after[0])), literal(after[1]))
        query = query.where(tuple_(*keys) > position)
    query = query.order_by(*keys)
    if limit:
        query = query.limit(limit)
    return _by_ids(session, list(session.scalars(query)))


def _few_ids(session: Session, match: str, include_archived: bool, limit, after) -> list[int]:
    """The ids of a page of the few customers the trigram index found for ``match``,
    sorted by name with keys read from ix_customers_id_name_key alone (SQLite)."""
    from sqlalchemy import text

    sql = (
        "SELECT c.id FROM (SELECT rowid AS r FROM customers_fts WHERE customers_fts MATCH :q) h "
        f"CROSS JOIN customers AS c INDEXED BY {KEYS_BY_ID} ON c.id = h.r "
        "WHERE c.erased_at IS NULL"
    )
    params: dict = {"q": match}
    if not include_archived:
        sql += " AND c.archived = 0"
    if after is not None:
        sql += " AND (coalesce(c.name_key, c.name_key), c.id) > (:key, :id)"
        params.update(key=customer_name_key(after[0]), id=after[1])
    sql += " ORDER BY coalesce(c.name_key, c.name_key), c.id"
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return list(session.scalars(text(sql), params))


def _by_ids(session: Session, ids: list[int]) -> list[Customer]:
    """The customers with these ids, in this order."""
    if not ids:
        return []
    found = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
    return [found[i] for i in ids]


def _searched(session: Session, query, term: str):
    """(``query`` narrowed to the customers ``term`` (lower-cased) finds, None), or
    (``query``, the trigram match) when at most RARE_HITS customers match, or None when
    none can."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    if len(term) < SHORT_TERM_CHARS:
        return query.where(name_starts_with(session, term)), None
    digits = normalize_phone(term)
    phone = len(digits) >= 3 and digits != term
    if not sqlite:  # PostgreSQL: one lower-cased column, no function per row
        conditions = [Customer.search_text.like(f"%{escape_like(term)}%", escape="\\")]
        if phone:
            conditions.append(Customer.search_text.like(f"%{digits}%"))
        return query.where(or_(*conditions)), None
    match = fts_phrase(term) + (f" OR {fts_phrase(digits)}" if phone else "")
    hits = customer_fts_rowids(match)
    found = session.scalar(select(func.count()).select_from(hits.limit(RARE_HITS + 1).subquery()))

    if not found:
        return None
    if found <= RARE_HITS:
        # few: look them up by id and sort them (at most RARE_HITS rows)
        return query, match  # few: sorted by _few_ids
    # many: walk the names in order and keep the ones that match, to the first page
    conditions = [Customer.search_text.like(f"%{escape_like(term)}%", escape="\\")]
    if phone:
        conditions.append(Customer.search_text.like(f"%{digits}%"))
    return query.where(or_(*conditions)), None


def customer_fts_rowids(match: str):
    """The ids of customers whose search text matches ``match`` (SQLite's trigram index)."""
    from sqlalchemy import Integer, column, text

    rowids = text("SELECT rowid FROM customers_fts WHERE customers_fts MATCH :q")
    hits = rowids.bindparams(q=match).columns(column("rowid", Integer)).subquery("hits")
    return select(hits.c.rowid)


def fts_phrase(term: str) -> str:
    """``term`` as one FTS5 phrase: quotes and operators are text, not query syntax."""
    return '"' + term.replace('"', '""') + '"'


def name_starts_with(session: Session, term: str):
    """Customers whose name begins with ``term`` (lower-cased), by the name_key index."""
    term = term.lower()
    if session.get_bind().dialect.name == "sqlite":  # binary order: a range on the index
        return and_(Customer.name_key >= term, Customer.name_key < term + "\U0010ffff")
    return Customer.name_key.like(f"{escape_like(term)}%", escape="\\")


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
    # "message" (a SentMessage), or "heads_up" (pinned, resolved or expired: all stay)
    type: str
    item: Interaction | Promise | FollowUp | Feedback | SentMessage | HeadsUp

    @property
    def text(self) -> str:
        """One line for the new entry types (follow-ups done, feedback)."""
        item = self.item
        if self.type == "followup":
            return item.title + (f" — {item.done_note}" if item.done_note else "")
        if self.type == "message":
            how = "Emailed" if item.channel == "email" else "Copied to send"
            return f"{how}: {item.subject or item.body.splitlines()[0]}"
        if self.type == "handoff":  # loaded with its names (timeline_page)
            what = item.promise.description if item.promise else ""
            if item.followup is not None:
                what = item.followup.title
            to = item.to_staff.name if item.to_staff else ""
            text = f"Handed to {to}: {what}" if what else f"Handed to {to}"
            return text + (f" — “{item.note}”" if item.note else "")
        if self.type == "heads_up":
            return f"{item.kind.capitalize()}: {item.text}"
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
    "handoff": "Handed over",
    "heads_up": "Heads-up",
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
    entries += [  # heads-ups stay on the timeline once resolved or expired
        TimelineEntry(h.created_at, "heads_up", h)
        for h in session.scalars(select(HeadsUp).where(HeadsUp.customer_id == customer_id))
    ]
    entries.sort(
        key=lambda e: (e.when, e.type in ("promise", "heads_up"), e.type == "heads_up"),
        reverse=True,
    )
    return entries


# --- the timeline a page at a time (a big customer costs no more than a small one) ----------

TIMELINE_PAGE = 200
# at one instant: a promise before the interaction it was made in, then follow-ups,
# feedback, messages sent; a heads-up pinned with an interaction comes before both
_TIMELINE_RANK = {
    "heads_up": 4,
    "promise": 3,
    "interaction": 2,
    "followup": 1,
    "feedback": 0,
    "message": -1,
    "handoff": -2,  # migration 0014: who handed what to whom (core/team.py)
}
_TIMELINE_MODELS = {
    "interaction": Interaction,
    "promise": Promise,
    "followup": FollowUp,
    "feedback": Feedback,
    "message": SentMessage,
    "handoff": Handoff,
    "heads_up": HeadsUp,
}


@dataclass(frozen=True)
class TimelineKey:
    """A timeline entry's place: newest first, then by rank and id (the keyset)."""

    when: datetime
    rank: int
    id: int


def timeline_page(
    session: Session,
    customer_id: int,
    after: TimelineKey | None = None,
    limit: int = TIMELINE_PAGE,
) -> list[tuple[TimelineKey, TimelineEntry]]:
    """One page of a customer's timeline, newest first; ``after``: the last key shown.

    Each kind of entry is found by its customer index; only the customer's own entry
    keys are sorted, and only a page of records is loaded.
    """
    from sqlalchemy import Integer, String, union_all
    from sqlalchemy import literal as lit

    from cxlogger.core.models import UTCDateTime

    def part(kind, when, *where):
        """This kind's next ``limit`` keys, newest first, from its customer index."""
        model = _TIMELINE_MODELS[kind]
        rank = _TIMELINE_RANK[kind]
        query = select(
            when.label("at"),
            lit(rank, Integer).label("rank"),
            lit(kind, String).label("kind"),
            model.id.label("id"),
        ).where(model.customer_id == customer_id, when.is_not(None), *where)
        if after is not None:
            at = literal(after.when, UTCDateTime())
            if rank < after.rank:  # after the last one at the same instant
                query = query.where(when <= at)
            elif rank > after.rank:
                query = query.where(when < at)
            else:
                query = query.where(tuple_(when, model.id) < tuple_(at, literal(after.id)))
        query = query.order_by(when.desc(), model.id.desc()).limit(limit).subquery()
        return select(query)

    keys = union_all(
        part("interaction", Interaction.occurred_at),
        part("promise", Promise.created_at),
        part("followup", FollowUp.done_at, FollowUp.status == "done"),
        part("feedback", Feedback.received_at),
        part("message", SentMessage.sent_at),
        part("handoff", Handoff.at),
        part("heads_up", HeadsUp.created_at),
    ).subquery("entries")
    query = select(keys.c.at, keys.c.rank, keys.c.kind, keys.c.id)
    query = query.order_by(keys.c.at.desc(), keys.c.rank.desc(), keys.c.id.desc()).limit(limit)
    rows = session.execute(query).all()
    wanted: dict[str, list[int]] = {}
    for _at, _rank, kind, ident in rows:
        wanted.setdefault(kind, []).append(ident)
    records = {}
    for kind, ids in wanted.items():
        model = _TIMELINE_MODELS[kind]
        query = select(model).where(model.id.in_(ids))
        if kind == "message":  # its row says who sent it
            query = query.options(joinedload(SentMessage.staff))
        if kind == "handoff":  # who handed what to whom
            query = query.options(
                joinedload(Handoff.from_staff),
                joinedload(Handoff.to_staff),
                joinedload(Handoff.by_staff),
                joinedload(Handoff.promise),
                joinedload(Handoff.followup),
            )
        records.update(((kind, record.id), record) for record in session.scalars(query))
    page = []
    for at, rank, kind, ident in rows:
        when = UTCDateTime().process_result_value(at, None) if at.tzinfo is None else at
        record = records.get((kind, ident))
        if record is not None:
            page.append((TimelineKey(when, rank, ident), TimelineEntry(when, kind, record)))
    return page
