"""The domain as SQLAlchemy models. The schema itself comes from Alembic migrations."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    event,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

CHANNELS = ("phone", "email", "in_person", "chat", "social", "letter")
KINDS = ("inquiry", "purchase", "complaint", "support", "feedback", "return", "referral", "other")
SENTIMENTS = ("positive", "neutral", "negative")
PROMISE_STATUSES = ("open", "kept", "broken", "cancelled")
CONSENT_STATES = ("not_asked", "yes", "no")  # may we send them messages? (core/consent.py)
FEEDBACK_SCALES = ("csat", "nps")  # 1–5 satisfaction, 0–10 likelihood to recommend
FOLLOWUP_KINDS = ("thank", "close_loop", "feedback", "report_back", "keep_in_touch")
REPEATS = ("", "week", "month", "year")  # promises.repeat_every (migration 0015)
# "obsolete": closed by the rules themselves because its cause went away
FOLLOWUP_STATUSES = ("pending", "done", "dismissed", "obsolete")

LABELS = {
    "phone": "Phone",
    "email": "Email",
    "in_person": "In person",
    "chat": "Chat",
    "social": "Social media",
    "letter": "Letter",
    "inquiry": "Inquiry",
    "purchase": "Purchase",
    "complaint": "Complaint",
    "support": "Support",
    "feedback": "Feedback",
    "return": "Return",
    "referral": "Referral",
    "other": "Other",
    "positive": "Positive",
    "neutral": "Neutral",
    "negative": "Negative",
    "open": "Open",
    "kept": "Kept",
    "broken": "Broken",
    "cancelled": "Cancelled",
    "sale": "Sale",
    "refund": "Refund",
    "credit": "Credit",
    "goodwill": "Goodwill",
    "thank": "Thank",
    "close_loop": "Close the loop",
    "report_back": "Report back",
    "pending": "Pending",
    "done": "Done",
    "dismissed": "Dismissed",
    "obsolete": "No longer needed",
    "not_asked": "Not asked yet",
    "yes": "Yes",
    "no": "No",
    "followup": "Follow-up done",
    "keep_in_touch": "Keep in touch",
    "week": "Every week",
    "month": "Every month",
    "year": "Every year",
}


def label(code: str | None) -> str:
    return LABELS.get(code or "", (code or "").replace("_", " ").capitalize())


class UTCDateTime(TypeDecorator):
    """Stores naive UTC, hands back aware UTC; refuses naive input to avoid guessing."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; pass an aware datetime (UTC or local)")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # --- row version (migration 0016): every update checks and bumps it (core/conflicts.py)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    # --- role (migration 0016): "owner" or "staff" (core/roles.py)
    role: Mapped[str] = mapped_column(String(10), default="staff", server_default="staff")


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    # normalised forms for duplicate detection and search (lower-case email, digits of phone)
    email_norm: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone_norm: Mapped[str] = mapped_column(String(50), default="", index=True)
    preferred_channel: Mapped[str | None] = mapped_column(String(20))
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated
    notes: Mapped[str] = mapped_column(Text, default="")
    # --- consent to be contacted (migration 0008): "not_asked", "yes" or "no" ---
    contact_consent: Mapped[str] = mapped_column(String(10), default="not_asked")
    # the yes/no column it replaced; left in the table (SQLite cannot drop a column of a
    # table others refer to in place), never read
    legacy_consent: Mapped[bool] = mapped_column("consent", Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # migration 0006: set when the customer was erased but money rows had to be kept
    # (bookkeeping); the row then holds no personal data and is hidden everywhere
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # --- search (migration 0011): kept from the columns above, never typed by anyone ---
    name_key: Mapped[str] = mapped_column(String(200), default=lambda c: _customer_key(c))
    search_text: Mapped[str] = mapped_column(Text, default=lambda c: _customer_search(c))
    # --- keeping in touch (migration 0015, core/touch.py) ---
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # maintained
    touch_every_days: Mapped[int | None] = mapped_column(Integer)  # own cadence; NULL: tags
    touch_stopped: Mapped[bool] = mapped_column(Boolean, default=False)  # "Stop tracking"
    touch_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # maintained

    # --- row version (migration 0016): every update checks and bumps it (core/conflicts.py)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    created_by: Mapped[Staff | None] = relationship(foreign_keys=[created_by_id])
    owner: Mapped[Staff | None] = relationship(foreign_keys=[owner_id])

    __table_args__ = (  # migration 0011
        Index("ix_customers_name_key", "name_key", "id"),
        Index("ix_customers_id_name_key", "id", "name_key", "archived", "erased_at"),
    )


# --- customers' search columns (migration 0011) ------------------------------------------

SEARCHED_COLUMNS = ("name", "company", "email", "phone_norm", "tags")


def customer_name_key(name: str | None) -> str:
    """The name as lists sort it and short searches match it: lower-cased ("Özil" -> "özil")."""
    return (name or "").lower()


def customer_search_text(name, company, email, phone_norm, tags) -> str:
    """Everything a customer search looks in, lower-cased, one line each."""
    return "\n".join((part or "").lower() for part in (name, company, email, phone_norm, tags))


def _customer_key(context) -> str:  # column default: bulk and ORM inserts alike
    return customer_name_key(context.get_current_parameters().get("name"))


def _customer_search(context) -> str:
    params = context.get_current_parameters()
    return customer_search_text(*(params.get(c) for c in SEARCHED_COLUMNS))


@event.listens_for(Customer, "before_update")
def _customer_search_columns(_mapper, _connection, customer: Customer) -> None:
    """An edit, a merge or an undo keeps the search columns in step with the fields."""
    customer.name_key = customer_name_key(customer.name)
    customer.search_text = customer_search_text(*(getattr(customer, c) for c in SEARCHED_COLUMNS))


class Interaction(Base):
    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(String(500))
    details: Mapped[str] = mapped_column(Text, default="")
    sentiment: Mapped[str] = mapped_column(String(10), default="neutral")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # unsigned minor units (migration 0006); the sign comes from amount_kind (money.net)
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)  # 64 bits (migration 0003)
    currency: Mapped[str | None] = mapped_column(String(3))
    amount_kind: Mapped[str | None] = mapped_column(String(10))
    # for complaints: when the problem was resolved (a thank-you and feedback request follow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # customer-facing (migration 0009): what they bought or asked, as a message may say it;
    # summary and details are internal and never reach a message
    customer_text: Mapped[str] = mapped_column(String(300), default="")
    # issue 12 (migration 0017): the desk's id for a record sent from its offline outbox
    client_uuid: Mapped[str | None] = mapped_column(String(36))

    customer: Mapped[Customer] = relationship()
    staff: Mapped[Staff | None] = relationship(foreign_keys=[staff_id])
    created_by: Mapped[Staff | None] = relationship(foreign_keys=[created_by_id])

    __table_args__ = (
        Index("ix_interactions_occurred_at_id", "occurred_at", "id"),
        Index("ix_interactions_customer_occurred", "customer_id", "occurred_at"),
        Index("ix_interactions_staff_occurred", "staff_id", "occurred_at"),
        # migration 0011: the served sorts and filters (see core/interaction_log.py)
        Index("ix_interactions_channel_occurred", "channel", "occurred_at", "id"),
        Index("ix_interactions_kind_occurred", "kind", "occurred_at", "id"),
        Index("ix_interactions_channel_kind_occurred", "channel", "kind", "occurred_at", "id"),
        Index("ix_interactions_sentiment_occurred", "sentiment", "occurred_at", "id"),
    )


class Promise(Base):
    __tablename__ = "promises"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL")
    )
    description: Mapped[str] = mapped_column(String(500))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_has_time: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(10), default="open")
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    customer_told_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    customer_told_how: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # migration 0006: money paid when the promise was closed (a refund), like interactions'
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str | None] = mapped_column(String(3))
    amount_kind: Mapped[str | None] = mapped_column(String(10))
    # customer-facing (migration 0009): what to tell the customer it came to;
    # outcome_note is internal and never reaches a message
    customer_outcome: Mapped[str] = mapped_column(Text, default="")
    # migration 0015: "", week, month or year; keeping it creates the next occurrence
    repeat_every: Mapped[str] = mapped_column(String(10), default="")
    repeat_of_id: Mapped[int | None] = mapped_column(Integer)  # the occurrence before it

    # --- row version (migration 0016): every update checks and bumps it (core/conflicts.py)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    # issue 12 (migration 0017): the desk's id for a record sent from its offline outbox
    client_uuid: Mapped[str | None] = mapped_column(String(36))

    customer: Mapped[Customer] = relationship()
    interaction: Mapped[Interaction | None] = relationship()
    owner: Mapped[Staff | None] = relationship(foreign_keys=[owner_id])
    created_by: Mapped[Staff | None] = relationship(foreign_keys=[created_by_id])

    __table_args__ = (
        Index("ix_promises_status_due", "status", "due_at"),
        Index("ix_promises_customer", "customer_id"),
    )

    def is_overdue(self, now: datetime) -> bool:
        """See promises.is_overdue, the one definition."""
        from cxlogger.core.records.promises import is_overdue

        return is_overdue(self, now)


class Feedback(Base):
    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL")
    )
    scale: Mapped[str] = mapped_column(String(10), default="csat")
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    action_taken: Mapped[str] = mapped_column(Text, default="")
    action_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    customer_told_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # customer-facing (migration 0009): the action as the report-back may say it;
    # action_taken is the internal note and never reaches a message
    customer_action: Mapped[str] = mapped_column(Text, default="")
    # issue 12 (migration 0017): the desk's id for a record sent from its offline outbox
    client_uuid: Mapped[str | None] = mapped_column(String(36))

    # --- row version (migration 0016): every update checks and bumps it (core/conflicts.py)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    customer: Mapped[Customer] = relationship()
    interaction: Mapped[Interaction | None] = relationship()

    __table_args__ = (Index("ix_feedback_customer", "customer_id"),)


# issue 12 (migration 0017): a desk's outbox entry is saved once, whatever is sent twice
for _model in (Interaction, Promise, Feedback):
    Index(f"ux_{_model.__tablename__}_client_uuid", _model.client_uuid, unique=True)
del _model


# columns the database keeps from others (triggers): never written by the app, and not
# in a record's history (core/records/history.columns)
_KEPT_BY_DB = {"deferred": True, "info": {"kept_by_db": True}}


class FollowUp(Base):
    """Something due for someone. ``rule_key`` is unique, so a rule never creates it twice."""

    __tablename__ = "followups"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # FOLLOWUP_KINDS
    rule_key: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE")
    )
    promise_id: Mapped[int | None] = mapped_column(ForeignKey("promises.id", ondelete="CASCADE"))
    feedback_id: Mapped[int | None] = mapped_column(ForeignKey("feedback.id", ondelete="CASCADE"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_note: Mapped[str] = mapped_column(Text, default="")
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # migration 0002
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # --- row version (migration 0016): every update checks and bumps it (core/conflicts.py)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    # --- Today's board (migration 0021, followups.due_board): what the board filters on,
    # kept by SQLite triggers (unset on PostgreSQL, where the board reads the rows): the
    # effective due, customer active and consent allowing it, a promise's soon/overdue
    # reminder, that promise's due moment while it is open
    board_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, **_KEPT_BY_DB)
    board_shown: Mapped[bool] = mapped_column(server_default=true(), **_KEPT_BY_DB)
    board_promise: Mapped[bool] = mapped_column(server_default=false(), **_KEPT_BY_DB)
    board_late_at: Mapped[datetime | None] = mapped_column(UTCDateTime, **_KEPT_BY_DB)

    customer: Mapped[Customer] = relationship()
    owner: Mapped[Staff | None] = relationship(foreign_keys=[owner_id])
    done_by: Mapped[Staff | None] = relationship(foreign_keys=[done_by_id])
    # --- the promise or feedback it is about (no schema change) ---
    promise: Mapped[Promise | None] = relationship(foreign_keys=[promise_id])
    feedback: Mapped[Feedback | None] = relationship(foreign_keys=[feedback_id])

    __table_args__ = (
        Index("ix_followups_status_due", "status", "due_at"),
        Index("ix_followups_customer_id", "customer_id"),
    )


class Setting(Base):
    """Key/value settings shared by everyone on this database (values are JSON)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

    # --- row version (migration 0016): every update checks and bumps it (core/conflicts.py)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


# --- change log (migration 0007): one record of what changed -------------------------------


class ChangeLog(Base):
    """One changed row: who changed which record, when and how (old → new, as JSON).

    All rows written by one user action share a ``group_id``: that group is what
    Undo reverses and what a record's history lists. ``reverts`` marks the rows of
    an undo with the group they reversed. ``id`` only grows, so another desk can
    catch up with "everything after the id I saw last".
    """

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[str] = mapped_column(String(32), index=True)
    action: Mapped[str] = mapped_column(String(20))  # log, edit, delete, done, merge, undo, …
    summary: Mapped[str] = mapped_column(String(300), default="")
    entity: Mapped[str] = mapped_column(String(20))  # customer, interaction, promise, …
    entity_id: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    old: Mapped[str | None] = mapped_column(Text)  # JSON: the changed columns before
    new: Mapped[str | None] = mapped_column(Text)  # JSON: the changed columns after
    # whose record it is: a customer's erasure removes their change history too
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    reverts: Mapped[str | None] = mapped_column(String(32), index=True)
    # which running app made the change: Undo stays on this desk, and a desk catching up
    # can skip its own changes
    origin: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (
        Index("ix_change_log_entity", "entity", "entity_id", "id"),
        Index("ix_change_log_staff", "staff_id", "id"),
    )


# --- messages to customers (migration 0009) ------------------------------------------------
MESSAGE_KINDS = ("thank", "tell", "feedback", "report_back")  # which follow-up a template is for
SENT_CHANNELS = ("email", "copied")


class MessageTemplate(Base):
    """A message template staff can add, rename, edit and delete; one per kind is the default."""

    __tablename__ = "message_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # MESSAGE_KINDS
    name: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # --- row version (migration 0016): every update checks and bumps it (core/conflicts.py)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (Index("ix_message_templates_kind", "kind"),)


class SentMessage(Base):
    """What was actually sent (or copied) to a customer, as staff finally had it. Append-only."""

    __tablename__ = "sent_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(10))  # SENT_CHANNELS
    to_address: Mapped[str] = mapped_column(String(254), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)

    staff: Mapped[Staff | None] = relationship()

    __table_args__ = (Index("ix_sent_messages_customer_sent", "customer_id", "sent_at"),)


# --- heads-ups on a customer (migration 0013, core/heads_ups.py) --------------------------
HEADS_UP_KINDS = ("info", "warning", "hold")  # a hold pauses messages to the customer


class HeadsUp(Base):
    """A short note pinned on a customer for everyone who deals with them."""

    __tablename__ = "heads_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(10), default="info")  # HEADS_UP_KINDS
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL")
    )
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # issue 12 (migration 0019): the desk's UUID of a heads-up pinned offline, sent once
    client_uuid: Mapped[str | None] = mapped_column(String(36))

    created_by: Mapped[Staff | None] = relationship(foreign_keys=[created_by_id])
    resolved_by: Mapped[Staff | None] = relationship(foreign_keys=[resolved_by_id])

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_heads_ups_customer", "customer_id", "resolved_at"),)


Index("ux_heads_ups_client_uuid", HeadsUp.client_uuid, unique=True)  # issue 12, 0019
Index(
    "ix_heads_ups_open_kind",
    HeadsUp.kind,
    HeadsUp.customer_id,
    sqlite_where=HeadsUp.resolved_at.is_(None),
)


# --- indexes the reminder rules filter on (migration 0012, core/rule_engine.py) ------------
# partial where most rows hold NULL: a range on the column implies it is set.
# Only sqlite_where here: a postgresql_where makes SQLAlchemy load its PostgreSQL dialect
# (~50-150 ms) in every process that imports the models; the migrations create these
# indexes partial on PostgreSQL too, and nothing creates the schema from the models.

Index("ix_rules_interactions_created_at", Interaction.created_at)
Index(
    "ix_rules_interactions_resolved_at",
    Interaction.resolved_at,
    sqlite_where=Interaction.resolved_at.is_not(None),
)
Index("ix_rules_promises_created_at", Promise.created_at)
Index(
    "ix_rules_promises_closed_at",
    Promise.closed_at,
    sqlite_where=Promise.closed_at.is_not(None),
)
Index(
    "ix_rules_promises_customer_told_at",
    Promise.customer_told_at,
    sqlite_where=Promise.customer_told_at.is_not(None),
)
Index("ix_rules_feedback_created_at", Feedback.created_at)
Index("ix_rules_feedback_received_at", Feedback.received_at)
Index(
    "ix_rules_feedback_action_at",
    Feedback.action_at,
    sqlite_where=Feedback.action_at.is_not(None),
)
Index(
    "ix_rules_feedback_customer_told_at",
    Feedback.customer_told_at,
    sqlite_where=Feedback.customer_told_at.is_not(None),
)
Index("ix_rules_customers_updated_at", Customer.updated_at)
Index("ix_rules_followups_interaction_id", FollowUp.interaction_id)
Index("ix_rules_followups_promise_id", FollowUp.promise_id)
Index("ix_rules_followups_feedback_id", FollowUp.feedback_id)


# --- hand-offs and staff PINs (migration 0014, core/team.py) -------------------------------


class Handoff(Base):
    """A promise or follow-up handed from one staff member to another, with a note.

    The rows of one record are its owner history. ``announced_at`` is when the new
    owner's desktop told them (a notification); ``seen_at`` when they took it in
    (Today's "Handed to you"), or when a later hand-off of the same record replaced it.
    """

    __tablename__ = "handoffs"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    promise_id: Mapped[int | None] = mapped_column(ForeignKey("promises.id", ondelete="CASCADE"))
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id", ondelete="CASCADE"))
    from_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    to_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    from_staff: Mapped[Staff | None] = relationship(foreign_keys=[from_staff_id])
    to_staff: Mapped[Staff] = relationship(foreign_keys=[to_staff_id])
    by_staff: Mapped[Staff | None] = relationship(foreign_keys=[by_staff_id])
    promise: Mapped[Promise | None] = relationship(foreign_keys=[promise_id], viewonly=True)
    followup: Mapped[FollowUp | None] = relationship(foreign_keys=[followup_id], viewonly=True)

    __table_args__ = (
        Index("ix_handoffs_to_staff_seen", "to_staff_id", "seen_at"),
        Index("ix_handoffs_promise", "promise_id"),
        Index("ix_handoffs_followup", "followup_id"),
        Index("ix_handoffs_customer_at", "customer_id", "at"),
    )


class StaffPin(Base):
    """A staff member's optional PIN, as an Argon2id hash (never the PIN itself)."""

    __tablename__ = "staff_pins"

    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    pin_hash: Mapped[str] = mapped_column(String(200))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- keeping in touch (migration 0015, core/touch.py): the Losing touch list and rule ------
Index(
    "ix_customers_touch_due",
    Customer.touch_due_at,
    Customer.id,
    sqlite_where=Customer.touch_due_at.is_not(None),
)
# snoozed follow-ups are few: the Losing touch count leaves them out through this
Index(
    "ix_followups_snoozed_until",
    FollowUp.snoozed_until,
    sqlite_where=FollowUp.snoozed_until.is_not(None),
)


# Today's board (migration 0021): every column its counts and first rows read (SQLite only)
Index(
    "ix_followups_board",
    FollowUp.status,
    FollowUp.kind,
    FollowUp.board_shown,
    FollowUp.board_due_at,
    FollowUp.id,
    FollowUp.board_promise,
    FollowUp.board_late_at,
    FollowUp.owner_id,
    FollowUp.customer_id,
    sqlite_where=FollowUp.board_due_at.is_not(None),
)


# --- reports (migration 0020, core/report_days.py): a per-day summary kept by triggers -----
class ReportDay(Base):
    """Per local day: interactions per staff member and channel ("channel"), per staff
    member and kind with their money ("kind"), customers added per owner ("new")."""

    __tablename__ = "report_days"

    part: Mapped[str] = mapped_column(String(8), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # local YYYY-MM-DD
    staff_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0: nobody
    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    meaning: Mapped[str] = mapped_column(String(10), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    money_n: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(BigInteger)


class ReportDaysZone(Base):
    __tablename__ = "report_days_zone"

    id: Mapped[int] = mapped_column(primary_key=True)
    zone: Mapped[str] = mapped_column(String(1000))


Index(
    "ix_promises_due_report",
    Promise.due_at,
    Promise.status,
    Promise.owner_id,
    Promise.closed_at,
    Promise.created_at,
)
Index("ix_promises_interaction_created", Promise.interaction_id, Promise.created_at)
Index(
    "ix_promises_kept_report",
    Promise.status,
    Promise.closed_at,
    Promise.customer_told_at,
    Promise.owner_id,
)
Index(
    "ix_promises_late_report", Promise.status, Promise.due_at, Promise.closed_at, Promise.owner_id
)
Index(
    "ix_promises_money_closed",
    Promise.closed_at,
    sqlite_where=Promise.amount_minor.is_not(None),
    postgresql_where=Promise.amount_minor.is_not(None),
)
Index(
    "ix_customers_owner_touch_due",
    Customer.owner_id,
    Customer.touch_due_at,
    sqlite_where=Customer.touch_due_at.is_not(None),
    postgresql_where=Customer.touch_due_at.is_not(None),
)
