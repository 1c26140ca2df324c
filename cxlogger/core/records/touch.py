"""Keeping in touch: every customer's last contact, their cadence, and the Losing touch list.

**Last contact** is the latest interaction with the customer or message sent to them
(``sent_messages``), never an edit of their record. It is kept in
``customers.last_contact_at`` by ``recompute``, in the same transaction as the save
that changed it: the rule engine recomputes the customers of the interactions it
looks at, and a session hook (``install``) recomputes, just before a commit, every
customer whose interactions or sent messages were added, changed, moved or deleted
through the ORM (edits, undo, merges). Who, how and what come from that one
interaction or message (``last_contact``), found through the per-customer indexes.

**Cadence**: how many days without contact is too long. A customer's own
``touch_every_days`` overrides; otherwise the shortest cadence of their tags
(``touch_tag_days`` setting, e.g. vip: 30), otherwise ``touch_default_days``
(0: customers without a cadence tag are not tracked). "Stop tracking" sets
``touch_stopped``. ``customers.touch_due_at`` is last contact (or when they were
added) plus the cadence, NULL when not tracked; its index orders the Losing touch
list and lets the keep-in-touch rule (core/rule_engine.py) find who fell due.

Everything takes ``now`` where time matters; nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    case,
    event,
    func,
    inspect,
    literal,
    literal_column,
    not_,
    null,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import Customer, FollowUp, Interaction, SentMessage, Staff, label

MAX_CADENCE_DAYS = 3660


# --------------------------------------------------------------------------- cadences


def normalise_tag(tag: str) -> str:
    return "".join((tag or "").lower().split())


@dataclass(frozen=True)
class Cadences:
    """The cadence settings: days per tag, and the default (0: not tracked)."""

    default_days: int = 180
    tag_days: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, values: dict[str, Any]) -> Cadences:
        from cxlogger.core.records.settings import DEFAULTS

        def days(value, fallback):
            try:
                return max(0, min(MAX_CADENCE_DAYS, int(value)))
            except (TypeError, ValueError):
                return fallback

        default = days(values.get("touch_default_days", DEFAULTS["touch_default_days"]), 180)
        tags = values.get("touch_tag_days", DEFAULTS["touch_tag_days"])
        tag_days = {}
        for tag, value in (tags or {}).items() if isinstance(tags, dict) else ():
            key = normalise_tag(tag)
            n = days(value, 0)
            if key and n > 0:
                tag_days[key] = n
        return cls(default, tag_days)

    def for_customer(self, tags: str, own_days: int | None, stopped: bool) -> int | None:
        """The cadence in days (None: not tracked), as ``cadence_sql`` computes it."""
        if stopped:
            return None
        if own_days is not None:
            return own_days or None
        mine = {normalise_tag(t) for t in (tags or "").split(",")}
        matching = [d for t, d in self.tag_days.items() if t in mine]
        if matching:
            return min(matching)
        return self.default_days or None

    def key(self) -> dict:
        return {"default": self.default_days, "tags": dict(sorted(self.tag_days.items()))}


def parse_tag_cadences(text: str) -> dict[str, int]:
    """ "vip: 30, trade: 90" (or one per line) -> {"vip": 30, "trade": 90}."""
    found: dict[str, int] = {}
    errors = []
    for part in text.replace("\n", ",").split(","):
        part = part.strip()
        if not part:
            continue
        tag, sep, days = part.rpartition(":")
        words = [w for w in days.split() if w.isdigit()]
        if not sep or not tag.strip() or not words:
            errors.append(part)
            continue
        n = int(words[0])
        if not 1 <= n <= MAX_CADENCE_DAYS:
            errors.append(part)
            continue
        found[tag.strip()] = n
    if errors:
        raise ValidationError(
            {
                "touch_tag_days": "Write each as 'tag: days', e.g. 'vip: 30, trade: 90' "
                f"(not understood: {', '.join(errors)})."
            }
        )
    return found


def _dialect(conn) -> str:
    bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
    return bind.dialect.name


def cadence_sql(cadences: Cadences):
    """SQL: the customer's cadence in days, NULL when not tracked."""
    c = Customer.__table__.c
    padded = literal(",") + func.lower(func.replace(func.coalesce(c.tags, ""), " ", "")) + ","
    whens = [
        (c.touch_stopped.is_(True), null()),
        (c.archived.is_(True), null()),
        (c.erased_at.is_not(None), null()),
        (c.touch_every_days.is_not(None), func.nullif(c.touch_every_days, 0)),
    ]
    for tag, days in sorted(cadences.tag_days.items(), key=lambda item: (item[1], item[0])):
        whens.append((padded.like(f"%,{tag},%"), literal(days)))
    default = literal(cadences.default_days) if cadences.default_days else null()
    return case(*whens, else_=default)


def _plus_days(dialect: str, moment, days):
    if dialect == "sqlite":
        # stored as 'YYYY-MM-DD HH:MM:SS.ffffff': move the date, keep the time as written
        modifier = literal("+").op("||")(days).op("||")(literal(" days"))
        shifted = func.date(moment, modifier)
        return shifted.op("||")(func.substr(moment, 11))
    return moment.op("+")(days.op("*")(literal_column("INTERVAL '1 day'")))


def _last_interaction(customer_id):
    return (
        select(Interaction.occurred_at)
        .where(Interaction.customer_id == customer_id)
        .order_by(Interaction.occurred_at.desc())
        .limit(1)
        .scalar_subquery()
    )


def _last_message(customer_id):
    return (
        select(SentMessage.sent_at)
        .where(SentMessage.customer_id == customer_id)
        .order_by(SentMessage.sent_at.desc())
        .limit(1)
        .scalar_subquery()
    )


def recompute(conn, ids, cadences: Cadences, last_contact: bool = True) -> None:
    """Recompute last contact (unless ``last_contact`` is False) and when keeping in
    touch falls due, for the customers ``ids`` (a list, a SELECT of ids, or None: all).
    Plain UPDATEs, in the caller's transaction; no change log (derived values)."""
    c = Customer.__table__.c
    where = []
    if ids is not None:
        if isinstance(ids, list | tuple | set):
            ids = sorted(ids)
            if not ids:
                return
        where.append(c.id.in_(ids))
    if last_contact:
        li, lm = _last_interaction(c.id), _last_message(c.id)
        latest = case(
            (lm.is_(None), li),
            (li.is_(None), lm),
            (lm > li, lm),
            else_=li,
        )
        conn.execute(
            update(Customer.__table__)
            .where(*where)
            .values(last_contact_at=latest)
            .execution_options(synchronize_session=False)
        )
    base = func.coalesce(c.last_contact_at, c.created_at)
    due = _plus_days(_dialect(conn), base, cadence_sql(cadences))
    conn.execute(
        update(Customer.__table__)
        .where(*where)
        .values(touch_due_at=due)
        .execution_options(synchronize_session=False)
    )


def recompute_session(session: Session, ids, values: dict | None = None) -> None:
    """``recompute`` with the cadences from the settings; loaded customers are
    refreshed from the database the next time they are read."""
    from cxlogger.core.records import settings as settings_mod

    values = values if values is not None else settings_mod.get_all(session)
    recompute(session, ids, Cadences.from_settings(values))
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Customer) and (ids is None or obj.id in _as_set(ids)):
            session.expire(obj, ["last_contact_at", "touch_due_at"])


def _as_set(ids) -> set:
    return set(ids) if isinstance(ids, list | tuple | set) else set()


# --------------------------------------------------------------------------- the session hook
# Interactions and sent messages added, edited, moved or deleted through the ORM (an edit,
# an undo, a merge) mark their customers; just before the commit their last contact is
# recomputed, in the same transaction.

PENDING = "touch_customers"  # session.info: customers whose last contact must be recomputed


def _customer_ids_of(obj) -> set[int]:
    ids = set()
    if obj.customer_id is not None:
        ids.add(obj.customer_id)
    hist = inspect(obj).attrs.customer_id.history
    ids.update(i for i in (hist.deleted or ()) if i is not None)
    return ids


def mark(session: Session, customer_ids) -> None:
    """Recompute these customers' last contact before the commit, as for an interaction
    the ORM flushed (rows inserted with Core, ``history.inserting``)."""
    session.info.setdefault(PENDING, set()).update(i for i in customer_ids if i is not None)


def _after_flush(session: Session, _context) -> None:
    marked: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Interaction | SentMessage):
            marked |= _customer_ids_of(obj)
        elif isinstance(obj, Customer) and obj not in session.deleted:
            state = inspect(obj)
            if any(
                state.attrs[name].history.has_changes()
                for name in ("tags", "touch_every_days", "touch_stopped", "archived", "erased_at")
            ):
                marked.add(obj.id)
    if marked:
        session.info.setdefault(PENDING, set()).update(marked)


def _before_commit(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()  # what the commit would flush: its customers are marked now
    if not session.info.get(PENDING):
        return
    ids = session.info.pop(PENDING, set())
    if ids:
        existing = [i for i in ids if i is not None]
        recompute_session(session, existing)


def _after_rollback(session: Session) -> None:
    session.info.pop(PENDING, None)


def install() -> None:
    """Keep last contact up to date on every session (idempotent)."""
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "before_commit", _before_commit)
        event.listen(Session, "after_soft_rollback", lambda s, _t: _after_rollback(s))


# --------------------------------------------------------------------------- last contact


@dataclass(frozen=True)
class LastContact:
    at: datetime
    source: str  # "interaction" or "message"
    staff: str | None  # who; None when nobody was recorded
    how: str  # channel code: phone, email, …, or "copied" for a copied message
    what: str  # the interaction's summary, or the message's subject

    def describe(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "source": self.source,
            "by": self.staff,
            "how": self.how,
            "what": self.what,
        }


def last_contact(session: Session, customer_id: int) -> LastContact | None:
    """When, by whom, how and what: the customer's latest interaction or sent message
    (two index lookups)."""
    interaction = session.execute(
        select(Interaction.occurred_at, Staff.name, Interaction.channel, Interaction.summary)
        .outerjoin(Staff, Staff.id == Interaction.staff_id)
        .where(Interaction.customer_id == customer_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
    ).first()
    message = session.execute(
        select(SentMessage.sent_at, Staff.name, SentMessage.channel, SentMessage.subject)
        .outerjoin(Staff, Staff.id == SentMessage.staff_id)
        .where(SentMessage.customer_id == customer_id)
        .order_by(SentMessage.sent_at.desc(), SentMessage.id.desc())
        .limit(1)
    ).first()
    if message is not None and (interaction is None or message[0] > interaction[0]):
        return LastContact(message[0], "message", message[1], message[2], message[3] or "")
    if interaction is not None:
        return LastContact(*interaction[:1], "interaction", *interaction[1:])
    return None


def last_contacts(session: Session, customer_ids: list[int]) -> dict[int, LastContact]:
    """``last_contact`` for a page of customers in three statements: each one's latest
    interaction and message id (index lookups per customer), then those rows by id."""
    if not customer_ids:
        return {}
    c = Customer.__table__.c
    latest_i = (
        select(Interaction.id)
        .where(Interaction.customer_id == c.id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    latest_m = (
        select(SentMessage.id)
        .where(SentMessage.customer_id == c.id)
        .order_by(SentMessage.sent_at.desc(), SentMessage.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    pairs = session.execute(select(c.id, latest_i, latest_m).where(c.id.in_(customer_ids))).all()
    i_ids = [p[1] for p in pairs if p[1] is not None]
    m_ids = [p[2] for p in pairs if p[2] is not None]
    interactions = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                Interaction.id,
                Interaction.occurred_at,
                Staff.name,
                Interaction.channel,
                Interaction.summary,
            )
            .outerjoin(Staff, Staff.id == Interaction.staff_id)
            .where(Interaction.id.in_(i_ids))
        )
    }
    sent = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                SentMessage.id,
                SentMessage.sent_at,
                Staff.name,
                SentMessage.channel,
                SentMessage.subject,
            )
            .outerjoin(Staff, Staff.id == SentMessage.staff_id)
            .where(SentMessage.id.in_(m_ids))
        )
    }
    found = {}
    for customer_id, interaction_id, message_id in pairs:
        interaction, message = interactions.get(interaction_id), sent.get(message_id)
        if message is not None and (interaction is None or message[0] > interaction[0]):
            found[customer_id] = LastContact(
                message[0], "message", message[1], message[2], message[3] or ""
            )
        elif interaction is not None:
            found[customer_id] = LastContact(
                interaction[0], "interaction", interaction[1], interaction[2], interaction[3]
            )
    return found


def contact_line(contact: LastContact | None) -> str:
    """Plain words for the CLI: 'Phone by Alex Owner: Asked about the poster'."""
    if contact is None:
        return "No contact yet"
    how = "Message copied" if contact.how == "copied" else label(contact.how)
    who = f" by {contact.staff}" if contact.staff else ""
    return f"{how}{who}: {contact.what}" if contact.what else f"{how}{who}"


# --------------------------------------------------------------------------- losing touch


def _snoozed(now: datetime):
    """SQL: the customer's keep-in-touch follow-up is snoozed past ``now``."""
    return (
        select(FollowUp.id)
        .where(
            FollowUp.customer_id == Customer.id,
            FollowUp.kind == "keep_in_touch",
            FollowUp.status == "pending",
            FollowUp.snoozed_until > now,
        )
        .exists()
    )


def losing_touch_query(now: datetime, include_snoozed: bool = False):
    """SELECT of the customers past their cadence, longest past first: a walk of
    ``ix_customers_touch_due`` (the view reads it a page at a time)."""
    query = (
        select(Customer.id)
        .where(Customer.touch_due_at <= now, Customer.touch_due_at.is_not(None))
        .order_by(Customer.touch_due_at, Customer.id)
    )
    if not include_snoozed:
        query = query.where(not_(_snoozed(now)))
    return query


@dataclass(frozen=True)
class LosingTouchRow:
    customer_id: int
    name: str
    company: str
    tags: str
    due_at: datetime  # when keeping in touch fell due
    days_past: int  # how far past their cadence, in whole days
    cadence_days: int | None
    last_contact: LastContact | None
    followup_id: int | None  # their pending keep-in-touch follow-up, if the rules made one

    def describe(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer_id,
            "customer": self.name,
            "company": self.company,
            "due_at": self.due_at.isoformat(),
            "days_past": self.days_past,
            "cadence_days": self.cadence_days,
            "last_contact": self.last_contact.describe() if self.last_contact else None,
            "followup_id": self.followup_id,
        }


def losing_touch(
    session: Session,
    now: datetime,
    offset: int = 0,
    limit: int | None = 100,
    after: tuple[datetime, int] | None = None,
) -> list[LosingTouchRow]:
    """A page of the Losing touch list, with each customer's last contact; ``after``
    (the last row's due moment and id) continues from there along the index."""
    from cxlogger.core.records import settings as settings_mod

    ids_query = losing_touch_query(now)
    if after is not None:
        ids_query = ids_query.where(tuple_(Customer.touch_due_at, Customer.id) > tuple_(*after))
    if offset:
        ids_query = ids_query.offset(offset)
    if limit is not None:
        ids_query = ids_query.limit(limit)
    ids = list(session.scalars(ids_query))
    return rows_for(session, ids, now, Cadences.from_settings(settings_mod.get_all(session)))


def rows_for(
    session: Session, ids: list[int], now: datetime, cadences: Cadences
) -> list[LosingTouchRow]:
    if not ids:
        return []
    customers = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
    from cxlogger.core.reminders.rule_engine import unindexed

    followups = dict(
        session.execute(
            select(FollowUp.customer_id, FollowUp.id).where(
                FollowUp.customer_id.in_(ids),  # by customer, not by the common status
                unindexed(FollowUp.kind) == "keep_in_touch",
                unindexed(FollowUp.status) == "pending",
                FollowUp.rule_key.like("touch:%"),
            )
        ).all()
    )
    contacts = last_contacts(session, ids)
    rows = []
    for customer_id in ids:
        c = customers.get(customer_id)
        if c is None or c.touch_due_at is None:
            continue
        rows.append(
            LosingTouchRow(
                customer_id=c.id,
                name=c.name,
                company=c.company or "",
                tags=c.tags or "",
                due_at=c.touch_due_at,
                days_past=max(0, (now - c.touch_due_at) // timedelta(days=1)),
                cadence_days=cadences.for_customer(c.tags, c.touch_every_days, c.touch_stopped),
                last_contact=contacts.get(c.id),
                followup_id=followups.get(c.id),
            )
        )
    return rows


def count_losing_touch(session: Session, now: datetime) -> int:
    """How many the list holds: the index range counted, less the snoozed (found through
    the keep-in-touch follow-ups' keys, not a look-up per customer)."""
    past = (
        session.scalar(
            select(func.count()).where(
                Customer.touch_due_at <= now, Customer.touch_due_at.is_not(None)
            )
        )
        or 0
    )
    from cxlogger.core.reminders.rule_engine import unindexed

    snoozed = (
        session.scalar(
            select(func.count(func.distinct(FollowUp.customer_id)))
            .join(Customer, Customer.id == FollowUp.customer_id)
            .where(
                FollowUp.snoozed_until > now,  # ix_followups_snoozed_until: the few snoozed
                unindexed(FollowUp.rule_key).like("touch:%"),
                unindexed(FollowUp.status) == "pending",
                Customer.touch_due_at <= now,
            )
        )
        or 0
    )
    return max(0, past - snoozed)


# --------------------------------------------------------------------------- actions


def set_tracking(
    session: Session,
    customer_id: int,
    staff_id: int | None,
    now: datetime,
    stopped: bool | None = None,
    every_days: int | None | bool = False,
) -> Customer:
    """ "Stop tracking" (or track again) and/or set the customer's own cadence
    (``every_days``: a number of days, None for "from their tags", False: unchanged).
    One recorded action; their pending keep-in-touch follow-up follows."""
    from cxlogger.core.records import history
    from cxlogger.core.reminders import followups

    if every_days is not False and every_days is not None:
        if not 0 <= int(every_days) <= MAX_CADENCE_DAYS:
            raise ValidationError(
                {"touch_every_days": f"Choose between 1 and {MAX_CADENCE_DAYS} days."}
            )
    with session.begin():
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError({"customer": "That customer no longer exists."})
        what = "Stopped keeping in touch with" if stopped else "Changed keeping in touch with"
        history.begin(session, "edit", staff_id, now, f"{what} {customer.name}")
        if stopped is not None:
            customer.touch_stopped = bool(stopped)
        if every_days is not False:
            customer.touch_every_days = None if every_days is None else int(every_days)
        customer.updated_at = now
        session.flush()
        recompute_session(session, [customer_id])
        followups.evaluate_touch(session, now, [customer_id])
    return customer


def stop_tracking(session: Session, customer_id: int, staff_id: int | None, now: datetime):
    return set_tracking(session, customer_id, staff_id, now, stopped=True)


def on_settings_changed(session: Session, changed: set[str]) -> None:
    """New cadences apply to every customer (one UPDATE, in the settings' transaction)."""
    if changed & {"touch_default_days", "touch_tag_days"}:
        session.flush()
        recompute_session(session, None)
