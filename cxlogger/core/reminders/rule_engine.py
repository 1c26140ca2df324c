"""The follow-up rules as set-based SQL: a few statements per rule, whatever the data size.

``core/followups.py`` says what the rules are; this module evaluates them for a
*scope* of causes (interactions, promises, feedback records) at once:

1. the scope's ids go into temporary tables (``INSERT … SELECT`` over indexed
   columns: what changed since the last run, what time alone moved on, or a
   handful of ids after a save);
2. what SQL cannot do well, local dates and working days, is computed in Python
   once per *local day* (and once per distinct promise due moment) in the range the
   scope touches, into two small temporary tables the rules join;
3. each rule is one ``INSERT INTO rules_wanted SELECT …``: the follow-ups its causes
   in scope should have (a key, a title, a due moment);
4. four statements make the stored follow-ups match: missing ones are inserted
   (``ON CONFLICT (rule_key) DO NOTHING``: the unique key does "never twice"),
   obsolete ones wanted again are revived, pending ones follow their cause (title,
   owner, and the due moment until notified), and pending ones of causes in scope
   that are no longer wanted become obsolete. Done and dismissed ones are never
   touched again.

Every statement is built once (per settings) and, on SQLite, run prepared on the
driver's cursor (``core/storage/prepared.py``). Titles are ``head`` + the cause's text
shortened like ``followups._short`` (white space collapsed, at most 120 characters),
both in SQL. Everything takes ``now``;
nothing here imports Qt. Works on SQLite and PostgreSQL (SQLAlchemy's dialect
inserts).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from functools import partial

from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    and_,
    bindparam,
    case,
    cast,
    delete,
    exists,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    text,
    true,
    tuple_,
    update,
)
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, aliased
from sqlalchemy.pool import Pool
from sqlalchemy.schema import CreateTable

from cxlogger.core.models import (
    Customer,
    Feedback,
    FollowUp,
    Handoff,
    Interaction,
    Promise,
    UTCDateTime,
)
from cxlogger.core.records import history
from cxlogger.core.storage import prepared

# Progress: (steps done, steps in all, what is being done)
Progress = Callable[[int, int, str], None]

# what str.split() splits on, apart from the plain space
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
SHORT_LIMIT = 120
NO_THANKS_KINDS = ("complaint", "return")
FIRST_VISIT_KINDS = ("purchase", "inquiry")
THANK_WORDS = {
    "purchase": "for the purchase",
    "referral": "for the referral",
    "first_visit": "for their first visit",
    "resolved": "for their patience (complaint resolved)",
}

# --------------------------------------------------------------------------- temporary tables

_meta = MetaData()


def _temp(name: str, *columns) -> Table:
    return Table(name, _meta, *columns, prefixes=["TEMPORARY"])


scope_i = _temp("rules_scope_i", Column("id", Integer, primary_key=True, autoincrement=False))
scope_p = _temp("rules_scope_p", Column("id", Integer, primary_key=True, autoincrement=False))
scope_f = _temp("rules_scope_f", Column("id", Integer, primary_key=True, autoincrement=False))
# customers (keeping in touch, core/touch.py): also the customers of the interactions in scope
scope_c = _temp("rules_scope_c", Column("id", Integer, primary_key=True, autoincrement=False))
# one row per local day: where it starts (UTC), and the due moments that depend on it
days = _temp(
    "rules_days",
    Column("start", UTCDateTime, primary_key=True),
    Column("day_no", Integer),  # date.toordinal()
    Column("thank_purchase", UTCDateTime),  # NULL: at the event itself
    Column("thank_referral", UTCDateTime),
    Column("thank_first_visit", UTCDateTime),
    Column("thank_resolved", UTCDateTime),
    Column("feedback", UTCDateTime),
)
# one row per distinct due moment of an open promise in scope: its "coming up" reminder
promise_due = _temp(
    "rules_promise_due",
    Column("due_at", UTCDateTime, primary_key=True),
    Column("day_no", Integer),
    Column("remind_at", UTCDateTime),
)
# feedback requests: per customer, the in-scope interactions in the order the rules see them
ask = _temp(
    "rules_feedback_ask",
    Column("customer_id", Integer),
    Column("pos", Integer),
    Column("id", Integer),
    Column("ok", Boolean),
    Column("pending", Boolean),
    PrimaryKeyConstraint("customer_id", "pos"),
)
wanted = _temp(
    "rules_wanted",
    Column("rule_key", String(120), primary_key=True),
    Column("kind", String(20)),
    Column("head", String(300)),
    Column("body", Text),
    Column("customer_id", Integer),
    Column("interaction_id", Integer),
    Column("promise_id", Integer),
    Column("feedback_id", Integer),
    Column("owner_id", Integer),
    Column("due_at", UTCDateTime),
)
TEMP_TABLES = (scope_i, scope_p, scope_f, scope_c, days, promise_due, ask, wanted)


# what changes from run to run is bound at execution
NOW = bindparam("rules_now", type_=UTCDateTime)
KEY_LO = bindparam("rules_lo", type_=String)
KEY_HI = bindparam("rules_hi", type_=String)
LOOKBACK = bindparam("rules_lookback", type_=UTCDateTime)
ASKED_SINCE = bindparam("rules_asked_since", type_=UTCDateTime)
STALLED_BEFORE = bindparam("rules_stalled_before", type_=UTCDateTime)


_DDL: dict[str, list[str]] = {}  # per dialect: the temporary tables' CREATE statements
# In a pooled connection's info: its temporary tables were created in the transaction
# under way (_CREATED), or in one that committed (_READY: they last as long as the
# connection). A rollback undoes a creation that was not committed.
_CREATED = "cx_rules_temp_created"
_READY = "cx_rules_temp_ready"


def _prepare(session: Session) -> None:
    """The temporary tables, created once per connection (plain driver statements;
    ``run`` leaves them empty, so a save costs no statements here)."""
    connection = session.connection()
    if connection.info.get(_READY):
        if connection.info.get(_DIRTY):  # a chunked apply committed rows into them
            _clear(session)
            connection.info[_CLEANED] = True
        return
    dialect = connection.dialect
    if dialect.name not in _DDL:
        _DDL[dialect.name] = [
            str(CreateTable(table, if_not_exists=True).compile(dialect=dialect))
            for table in TEMP_TABLES
        ]
    for create, table in zip(_DDL[dialect.name], TEMP_TABLES, strict=True):
        connection.exec_driver_sql(create)
        connection.exec_driver_sql(f"DELETE FROM {table.name}")
    _seed_statistics(session)
    connection.info[_CREATED] = True


# a chunked apply committed rows into them (an error may have left them there): the
# next run empties them first; done once that emptying committed
_DIRTY = "cx_rules_temp_dirty"
_CLEANED = "cx_rules_temp_cleaned"


@sa_event.listens_for(Engine, "commit")
def _tables_committed(connection) -> None:
    if connection.info.pop(_CREATED, None):
        connection.info[_READY] = True
    if connection.info.pop(_CLEANED, None):
        connection.info.pop(_DIRTY, None)


@sa_event.listens_for(Engine, "rollback")
def _tables_rolled_back(connection) -> None:
    connection.info.pop(_CREATED, None)
    connection.info.pop(_CLEANED, None)


@sa_event.listens_for(Pool, "reset")
def _tables_reset(dbapi_connection, record, reset_state) -> None:
    record.info.pop(_CREATED, None)  # returned without a commit


SEED_ROWS = 10


def _seed_statistics(session: Session) -> None:
    """Once per SQLite connection: statistics saying the temporary tables are small.

    Without them the planner guesses a million rows for every table and drives a
    rule's query from the big table (a scan) rather than from the handful of causes
    in scope (an index lookup each). With a real million in scope (the catch-up),
    lookups per cause cost about what a scan would. Analysing the real contents on
    every run would re-prepare every statement, so it is done once, on ten rows.
    """
    if session.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL plans temporary tables by their actual size
    seeded = session.connection().exec_driver_sql(
        "SELECT count(*) FROM temp.sqlite_master WHERE name = 'sqlite_stat1'"
    )
    if seeded.scalar():
        return
    for table in (scope_i, scope_p, scope_f, scope_c):
        session.execute(table.insert(), [{"id": n} for n in range(1, SEED_ROWS + 1)])
    session.execute(text("ANALYZE temp"))
    for table in (scope_i, scope_p, scope_f, scope_c):
        session.execute(delete(table))


def unindexed(column):
    """``column`` so that no index serves it (``status || ''``): for a condition that
    looks selective to a planner without statistics but holds for many rows."""
    return column.op("||")(literal("", String))


def _clear(session: Session) -> None:
    """Empty the temporary tables (on the driver's cursor: eight statements per save)."""
    cursor = session.connection().connection.dbapi_connection.cursor()
    try:
        for table in TEMP_TABLES:
            cursor.execute(f"DELETE FROM {table.name}")
    finally:
        cursor.close()


# --------------------------------------------------------------------------- SQL helpers


def normalised(expr):
    """The text as the rules store it before ``_normalise_bodies`` (NULL: empty)."""
    return func.coalesce(expr, "")


def _tidy_bodies(session: Session) -> None:
    _normalise_bodies(session)
    # report back only on an action that says something
    session.execute(
        delete(wanted).where(wanted.c.rule_key.like("report_back:%"), wanted.c.body == "")
    )


def _normalise_bodies(session: Session) -> None:
    """``" ".join(text.split())`` on every wanted body, as a few UPDATEs of the rows
    that need it: every white space character a space, runs collapsed, trimmed."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            update(wanted)
            .where(wanted.c.body.op("~")(f"[ {_WHITESPACE}]"))
            .values(
                body=func.btrim(
                    func.regexp_replace(wanted.c.body, f"[ {_WHITESPACE}]+", " ", "g"), " "
                )
            )
        )
        return
    # SQLite: nested replace() in groups (its parser allows about 25 levels); the
    # characters written into the SQL, not bound, as they never change
    space = literal_column("' '", String)
    for start in range(0, len(_WHITESPACE), 10):
        chars = _WHITESPACE[start : start + 10]
        body = wanted.c.body
        for char in chars:
            body = func.replace(body, literal_column(f"'{char}'", String), space)
        session.execute(
            update(wanted).where(wanted.c.body.op("GLOB")(f"*[{chars}]*")).values(body=body)
        )
    # a run of spaces -> one: ' ' -> '<>', drop '><', '<>' -> ' ' (markers from the
    # private use area, which customer text does not contain)
    collapsed = func.replace(
        func.replace(func.replace(wanted.c.body, " ", "\ue000\ue001"), "\ue001\ue000", ""),
        "\ue000\ue001",
        " ",
    )
    session.execute(
        update(wanted)
        .where(
            or_(
                wanted.c.body.op("GLOB")("*  *"),
                wanted.c.body.op("GLOB")(" *"),
                wanted.c.body.op("GLOB")("* "),
            )
        )
        .values(body=func.trim(collapsed))
    )


def title_of(row):
    """head + body shortened to SHORT_LIMIT characters (with "…"), at most 300 in all."""
    body = row.c.body
    short = case(
        (func.length(body) <= SHORT_LIMIT, body),
        else_=func.substr(body, 1, SHORT_LIMIT - 1) + "…",
    )
    return func.substr(row.c.head + short, 1, 300)


def _key(prefix: str, id_column, suffix: str = ""):
    key = literal(prefix, String) + cast(id_column, String)
    return key + literal(suffix, String) if suffix else key


def _earlier(a, b):
    """The earlier of two moments (``min``; equal: the first)."""
    return case((b < a, b), else_=a)


def _later(a, b):
    return case((b > a, b), else_=a)


def _plus_days(session: Session, column, days_: int):
    if session.get_bind().dialect.name == "sqlite":
        # stored as 'YYYY-MM-DD HH:MM:SS.ffffff': move the date, keep the time as written
        return func.date(column, f"+{int(days_)} days").op("||")(func.substr(column, 11))
    return column.op("+")(literal_column(f"INTERVAL '{int(days_)} days'"))


def _insert_ignore(session: Session, table: Table, columns: list[str], query, key: list[str]):
    """INSERT … SELECT … ON CONFLICT (key) DO NOTHING; returns how many rows went in."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    # SQLite needs a WHERE in the SELECT to tell ON CONFLICT from a join's ON
    stmt = dialect_insert(table).from_select(columns, query.where(true()))
    return session.execute(stmt.on_conflict_do_nothing(index_elements=key)).rowcount or 0


def _day_of(moment):
    """The ``days`` row a moment falls on (its local day)."""
    return (
        select(days.c.start)
        .where(days.c.start <= moment)
        .order_by(days.c.start.desc())
        .limit(1)
        .scalar_subquery()
    )


def _live():
    return Customer.archived.is_not(True)


def _consent_not_no():
    return func.coalesce(Customer.contact_consent, "not_asked") != "no"


def _low_rating(ctx):
    csat_max = int(ctx.values.get("low_rating_csat_max", 2))
    nps_max = int(ctx.values.get("low_rating_nps_max", 6))
    return or_(
        and_(Feedback.scale == "nps", Feedback.rating <= nps_max),
        and_(Feedback.scale != "nps", Feedback.rating <= csat_max),
    )


WANTED_COLUMNS = [
    "rule_key",
    "kind",
    "head",
    "body",
    "customer_id",
    "interaction_id",
    "promise_id",
    "feedback_id",
    "owner_id",
    "due_at",
]


def _want(session: Session, query) -> int:
    return _insert_ignore(session, wanted, WANTED_COLUMNS, query, ["rule_key"])


# --------------------------------------------------------------------------- scope


@dataclass
class Scope:
    """Which causes to evaluate: SELECTs of ids (inserted into the scope tables)."""

    interactions: list
    promises: list
    feedback: list
    # the causes of pending follow-ups matching this condition join the scope
    pending: object | None = None
    # customers whose keeping in touch to evaluate (those of the interactions in scope too)
    customers: list = field(default_factory=list)
    # a scope made of bound parameters (``params``) is built into statements once
    key: str | None = None
    params: dict = field(default_factory=dict)
    # customers certainly in the customer scope (a save's): the commit hook
    # (core/touch.py) is told their last contact is done without asking the database
    known_customers: frozenset = frozenset()


def _fill_scope(session: Session, scope: Scope, ctx) -> dict[str, int]:
    if scope.key is None:
        _scope_statements(session, scope)
    else:
        built = _built(session, f"scope:{scope.key}", partial(_scope_statements, scope=scope))
        _execute(session, built, scope.params)
    tables = (scope_i, scope_p, scope_f, scope_c)
    counts = _select(session, "counts", _COUNTS)[0]
    return {t.name: n or 0 for t, n in zip(tables, counts, strict=True)}


# how many causes of each kind are in scope, in one statement
_COUNTS = select(
    *(
        select(func.count()).select_from(t).scalar_subquery().label(t.name)
        for t in (scope_i, scope_p, scope_f, scope_c)
    )
)


def _scope_statements(session: Session, scope: Scope) -> None:
    for table, queries in (
        (scope_i, scope.interactions),
        (scope_p, scope.promises),
        (scope_f, scope.feedback),
        (scope_c, scope.customers),
    ):
        for query in queries:
            _insert_ignore(session, table, ["id"], query, ["id"])
    # an interaction in scope may be a new last contact of its customer
    _insert_ignore(
        session,
        scope_c,
        ["id"],
        select(Interaction.customer_id).join(scope_i, scope_i.c.id == Interaction.id),
        ["id"],
    )
    if scope.pending is not None:
        # many follow-ups are pending: the scope's own condition should pick the rows
        pending = and_(unindexed(FollowUp.status) == "pending", scope.pending)
        is_promise = FollowUp.rule_key.like("promise:%")
        _insert_ignore(
            session,
            scope_p,
            ["id"],
            select(FollowUp.promise_id).where(
                pending, FollowUp.promise_id.is_not(None), is_promise
            ),
            ["id"],
        )
        not_promise = or_(FollowUp.promise_id.is_(None), ~is_promise)
        _insert_ignore(
            session,
            scope_f,
            ["id"],
            select(FollowUp.feedback_id).where(
                pending, not_promise, FollowUp.feedback_id.is_not(None)
            ),
            ["id"],
        )
        _insert_ignore(
            session,
            scope_i,
            ["id"],
            select(FollowUp.interaction_id).where(
                pending,
                not_promise,
                unindexed(FollowUp.feedback_id).is_(None),
                FollowUp.interaction_id.is_not(None),
            ),
            ["id"],
        )
        _insert_ignore(
            session,
            scope_c,
            ["id"],
            select(FollowUp.customer_id).where(pending, FollowUp.rule_key.like("touch:%")),
            ["id"],
        )


# --------------------------------------------------------------------------- the day tables


def _bounds_of(model, table, *columns):
    return [
        select(agg(column)).join(table, table.c.id == model.id).scalar_subquery()
        for column in columns
        for agg in (func.min, func.max)
    ]


# the earliest and latest moments of the causes in scope, in one statement
_BOUNDS = select(
    *_bounds_of(
        Interaction,
        scope_i,
        Interaction.created_at,
        Interaction.occurred_at,
        Interaction.resolved_at,
    ),
    *_bounds_of(Promise, scope_p, Promise.created_at),
)


def _fill_days(session: Session, ctx) -> None:
    """Local days from the earliest to the latest moment a rule in scope looks at."""
    hours = ctx.hours
    bounds = _select(session, "bounds", _BOUNDS)[0]
    moments = [m for m in bounds if m is not None]
    if not moments:
        return
    first = hours.local(min(moments)).date() - timedelta(days=1)
    last = hours.local(max(moments)).date() + timedelta(days=1)
    thank_days = {
        name: ctx.number(f"thank_{name}_days") for name in THANK_WORDS
    }  # purchase, referral, first_visit, resolved
    after = ctx.number("feedback_after_days")
    morning = hours.morning
    rows = []
    day = first
    while day <= last:
        row = {"start": hours.at(day, time(0, 0)), "day_no": day.toordinal()}
        for name, count in thank_days.items():
            if count <= 0:
                if not hours.working_days or hours.is_working_day(day):
                    row[f"thank_{name}"] = None  # at the event itself
                else:
                    row[f"thank_{name}"] = hours.at(hours.next_working_day(day), morning)
            else:
                row[f"thank_{name}"] = hours.at(
                    hours.add_working_days(day + timedelta(days=1), count - 1), morning
                )
        row["feedback"] = hours.at(hours.add_working_days(day + timedelta(days=after), 0), morning)
        rows.append(row)
        day += timedelta(days=1)
    _insert_rows(session, "days", days, rows)


_DUE_MOMENTS = (
    select(Promise.due_at)
    .distinct()
    .join(scope_p, scope_p.c.id == Promise.id)
    .where(unindexed(Promise.status) == "open", Promise.due_at >= NOW)
)


def _fill_promise_due(session: Session, ctx) -> None:
    """The "coming up" moment of each distinct due moment of an open promise in scope."""
    hours = ctx.hours
    moments = [row[0] for row in _select(session, "due", _DUE_MOMENTS, {"rules_now": ctx.now})]
    if not moments:
        return
    in_hours = ctx.values.get("promise_lead_unit") == "hours"
    lead_hours = ctx.number("promise_lead_hours")
    lead_days = ctx.number("promise_lead_days")
    rows = []
    for due in moments:
        if in_hours:
            remind = hours.reminder_before(due, None, lead_hours)
        else:
            remind = hours.reminder_before(due, lead_days)
        rows.append(
            {"due_at": due, "day_no": hours.local(due).date().toordinal(), "remind_at": remind}
        )
    _insert_rows(session, "promise_due", promise_due, rows)


# --------------------------------------------------------------------------- the rules


def _in_scope_i():
    return Interaction.id.in_(select(scope_i.c.id))


def rule_thank(session: Session, ctx) -> int:
    """Thank for a purchase, a referral, a first visit, a resolved complaint (tone rules:
    nothing sour is thanked when logged, nothing after a low rating)."""
    on = {name: ctx.on(f"thank_{name}_enabled") for name in THANK_WORDS}
    if not any(on.values()):
        return 0
    i = Interaction
    sour = or_(i.kind.in_(NO_THANKS_KINDS), func.coalesce(i.sentiment, "") == "negative")
    earlier = aliased(Interaction)
    first = ~exists(
        select(earlier.id).where(
            earlier.customer_id == i.customer_id,
            tuple_(earlier.occurred_at, earlier.id) < tuple_(i.occurred_at, i.id),
        )
    )
    reasons = []
    if on["purchase"]:
        reasons.append(and_(~sour, i.kind == "purchase"))
    if on["referral"]:
        reasons.append(and_(~sour, i.kind == "referral"))
    if on["first_visit"]:
        reasons.append(and_(~sour, i.kind.in_(FIRST_VISIT_KINDS), first))
    if on["resolved"]:
        reasons.append(and_(i.kind == "complaint", i.resolved_at.is_not(None)))
    rated_low = exists(
        select(Feedback.id).where(
            Feedback.customer_id == i.customer_id,
            or_(Feedback.interaction_id == i.id, Feedback.received_at >= i.occurred_at),
            _low_rating(ctx),
        )
    )
    made = days.alias()
    resolved = days.alias()

    def due(day_column, event):
        return func.coalesce(day_column, event)

    due_purchase = due(made.c.thank_purchase, i.created_at)
    due_first = due(made.c.thank_first_visit, i.created_at)
    both = on["purchase"] and on["first_visit"]
    purchase_words = THANK_WORDS["purchase"] if on["purchase"] else THANK_WORDS["first_visit"]
    words = case(
        *(
            [
                (
                    and_(i.kind == "purchase", first),
                    f"{THANK_WORDS['purchase']} and {THANK_WORDS['first_visit']}",
                )
            ]
            if both
            else []
        ),
        (i.kind == "purchase", purchase_words),
        (i.kind == "referral", THANK_WORDS["referral"]),
        (i.kind == "inquiry", THANK_WORDS["first_visit"]),
        else_=THANK_WORDS["resolved"],
    )
    due_at = case(
        *([(and_(i.kind == "purchase", first), _earlier(due_purchase, due_first))] if both else []),
        (i.kind == "purchase", due_purchase if on["purchase"] else due_first),
        (i.kind == "referral", due(made.c.thank_referral, i.created_at)),
        (i.kind == "inquiry", due_first),
        else_=due(resolved.c.thank_resolved, i.resolved_at),
    )
    query = (
        select(
            _key("thank:", i.id),
            literal("thank"),
            literal("Say thank you ") + words + literal(": "),
            normalised(i.summary),
            i.customer_id,
            i.id,
            null(),
            null(),
            func.coalesce(i.staff_id, Customer.owner_id),
            due_at,
        )
        .join(scope_i, scope_i.c.id == i.id)
        .join(Customer, Customer.id == i.customer_id)
        .outerjoin(made, made.c.start == _day_of(i.created_at))
        .outerjoin(resolved, resolved.c.start == _day_of(i.resolved_at))
        .where(_live(), _consent_not_no(), or_(*reasons), ~rated_low)
    )
    return _want(session, query)


def rule_feedback_ask(session: Session, ctx) -> int:
    """Ask for feedback N days after a purchase or a resolved complaint, if they said yes,
    at most once per gap per customer.

    The rules look at a customer's interactions in the order they were logged, and a
    request is not made while another is pending or was done within the gap (or they
    gave feedback within it). In one pass that means, per customer: nothing if some
    request outside the scope is pending, or one was done recently, or feedback came
    recently; else the first eligible interaction (whose own request was not already
    done or dismissed) at or after the last one in scope that still has a pending
    request. ``tests/core/test_rules_differential.py`` checks this against the
    per-cause rules.
    """
    if not ctx.on("feedback_enabled"):
        return 0
    i = Interaction
    event = case(
        (i.kind == "purchase", i.occurred_at),
        (and_(i.kind == "complaint", i.resolved_at.is_not(None)), i.resolved_at),
        else_=null(),
    )
    # a request already done or dismissed stays so: wanting it again changes nothing,
    # and it does not stand in the way of a later one (a recent one blocks all, below)
    settled = exists(
        select(FollowUp.id).where(
            FollowUp.rule_key == _key("feedback:", i.id),
            FollowUp.status.in_(("done", "dismissed")),
        )
    )
    ok = and_(_live(), Customer.contact_consent == "yes", event.is_not(None), ~settled)
    pending = exists(
        select(FollowUp.id).where(
            FollowUp.rule_key == _key("feedback:", i.id),
            FollowUp.status == "pending",
            FollowUp.customer_id == i.customer_id,
        )
    )
    order = func.row_number().over(partition_by=i.customer_id, order_by=(i.created_at, i.id))
    _insert_ignore(
        session,
        ask,
        ["customer_id", "pos", "id", "ok", "pending"],
        select(
            i.customer_id,
            order,
            i.id,
            case((ok, True), else_=False),
            case((pending, True), else_=False),
        )
        .join(scope_i, scope_i.c.id == i.id)
        .join(Customer, Customer.id == i.customer_id)
        .where(or_(ok, pending)),
        ["customer_id", "pos"],
    )
    a = ask.alias("a")
    other = ask.alias("other")
    mine = ask.alias("mine")

    def start_of(row):
        """Where a customer's choice starts: the last in-scope request still pending."""
        return func.coalesce(
            select(func.max(other.c.pos))
            .where(other.c.customer_id == row.c.customer_id, other.c.pending.is_(True))
            .scalar_subquery(),
            0,
        )

    start = start_of(a)
    before = ask.alias("before")
    chosen_earlier = exists(
        select(before.c.pos).where(
            before.c.customer_id == a.c.customer_id,
            before.c.ok.is_(True),
            before.c.pos < a.c.pos,
            before.c.pos >= start_of(before),  # same customer: the same start
        )
    )
    since = ASKED_SINCE
    blocked = or_(
        exists(
            select(FollowUp.id).where(
                FollowUp.customer_id == a.c.customer_id,
                FollowUp.kind == "feedback",
                or_(
                    and_(FollowUp.status == "done", FollowUp.done_at >= since),
                    and_(
                        FollowUp.status == "pending",
                        ~exists(
                            select(mine.c.pos).where(
                                mine.c.customer_id == FollowUp.customer_id,
                                mine.c.id == FollowUp.interaction_id,
                                mine.c.pending.is_(True),
                            )
                        ),
                    ),
                ),
            )
        ),
        exists(
            select(Feedback.id).where(
                Feedback.customer_id == a.c.customer_id, Feedback.received_at >= since
            )
        ),
    )
    on_day = days.alias()
    query = (
        select(
            _key("feedback:", i.id),
            literal("feedback"),
            literal("Ask for feedback on: "),
            normalised(i.summary),
            i.customer_id,
            i.id,
            null(),
            null(),
            func.coalesce(i.staff_id, Customer.owner_id),
            on_day.c.feedback,
        )
        .select_from(a)
        .join(i, i.id == a.c.id)
        .join(Customer, Customer.id == i.customer_id)
        .join(on_day, on_day.c.start == _day_of(event))
        .where(a.c.ok.is_(True), a.c.pos >= start, ~chosen_earlier, ~blocked)
    )
    return _want(session, query)


def rule_complaint_stalled(session: Session, ctx) -> int:
    """A complaint with neither a promise nor a resolution after N days."""
    if not ctx.on("complaint_check_enabled"):
        return 0
    i = Interaction
    count = ctx.number("complaint_check_days")
    has_promise = exists(
        select(Promise.id).where(
            Promise.customer_id == i.customer_id,
            or_(Promise.interaction_id == i.id, Promise.created_at >= i.occurred_at),
        )
    )
    head = f"Complaint without a promise or resolution for {count} day{'s' if count != 1 else ''}: "
    query = (
        select(
            _key("complaint:", i.id, ":stalled"),
            literal("close_loop"),
            literal(head),
            normalised(i.summary),
            i.customer_id,
            i.id,
            null(),
            null(),
            func.coalesce(i.staff_id, Customer.owner_id),
            _plus_days(session, i.occurred_at, count),
        )
        .join(scope_i, scope_i.c.id == i.id)
        .join(Customer, Customer.id == i.customer_id)
        .where(
            # not by the (kind, occurred_at) index: every old complaint would match
            unindexed(i.kind) == "complaint",
            _live(),
            i.resolved_at.is_(None),
            i.occurred_at <= STALLED_BEFORE,
            ~has_promise,
        )
    )
    return _want(session, query)


def _promise_columns(key, head, due_at):
    p = Promise
    return (
        key,
        literal("close_loop"),
        literal(head),
        normalised(p.description),
        p.customer_id,
        p.interaction_id,
        p.id,
        null(),
        p.owner_id,
        due_at,
    )


def rule_promises(session: Session, ctx) -> int:
    """Remind ahead of a promise's due moment, again when overdue, and to tell the
    customer once it was kept."""
    p = Promise
    added = 0

    def base(*cols):
        return (
            select(*cols)
            .join(scope_p, scope_p.c.id == p.id)
            .join(Customer, Customer.id == p.customer_id)
        )

    if ctx.on("promise_reminders_enabled"):
        made = days.alias()
        soon_at = case(
            (promise_due.c.day_no - made.c.day_no <= 1, p.created_at),
            else_=_later(promise_due.c.remind_at, p.created_at),
        )
        added += _want(
            session,
            base(*_promise_columns(_key("promise:", p.id, ":soon"), "Keep the promise: ", soon_at))
            .join(promise_due, promise_due.c.due_at == p.due_at)
            .join(made, made.c.start == _day_of(p.created_at))
            .where(_live(), unindexed(p.status) == "open", p.due_at >= NOW),
        )
        added += _want(
            session,
            base(
                *_promise_columns(
                    _key("promise:", p.id, ":overdue"), "Keep the promise: ", p.due_at
                )
            ).where(_live(), unindexed(p.status) == "open", p.due_at < NOW),
        )
    if ctx.on("promise_tell_enabled"):
        added += _want(
            session,
            base(
                *_promise_columns(
                    _key("promise:", p.id, ":tell"),
                    "Tell them the promise was kept: ",
                    p.closed_at,
                )
            ).where(
                _live(),
                _consent_not_no(),
                unindexed(p.status) == "kept",
                p.customer_told_at.is_(None),
                p.closed_at.is_not(None),
                p.closed_at >= LOOKBACK,
            ),
        )
    return added


def rule_feedback_records(session: Session, ctx) -> int:
    """A low rating closes the loop; an action taken is reported back to the customer."""
    f = Feedback
    i = Interaction
    added = 0
    owner = func.coalesce(Customer.owner_id, i.staff_id, f.created_by_id)

    def base(key, kind, head, body, due_at):
        return (
            select(
                key,
                literal(kind),
                head,
                body,
                f.customer_id,
                f.interaction_id,
                null(),
                f.id,
                owner,
                due_at,
            )
            .join(scope_f, scope_f.c.id == f.id)
            .join(Customer, Customer.id == f.customer_id)
            .outerjoin(i, i.id == f.interaction_id)
        )

    if ctx.on("low_rating_enabled"):
        top = case((f.scale == "nps", "10"), else_="5")
        about = case(
            (func.coalesce(f.comment, "") != "", f.comment),
            (func.coalesce(i.summary, "") != "", i.summary),
            else_="no comment",
        )
        head = (
            literal("Low rating (")
            + cast(f.rating, String)
            + literal("/")
            + top
            + literal("), close the loop: ")
        )
        added += _want(
            session,
            base(
                _key("low_rating:", f.id), "close_loop", head, normalised(about), f.received_at
            ).where(_live(), _low_rating(ctx)),
        )
    if ctx.on("report_back_enabled"):
        added += _want(
            session,
            base(
                _key("report_back:", f.id),
                "report_back",
                literal("Report back on their feedback: "),
                normalised(f.action_taken),
                func.coalesce(f.action_at, f.received_at),
            ).where(
                _live(),
                _consent_not_no(),
                f.customer_told_at.is_(None),
            ),
        )
    return added


def touch_key(session: Session):
    """``touch:<customer>:<day keeping in touch fell due>``: a new contact moves the day,
    so the next time they fall due is a new follow-up (the one before becomes obsolete)."""
    due = Customer.touch_due_at
    if session.get_bind().dialect.name == "postgresql":
        day = func.to_char(due, "YYYY-MM-DD")
    else:
        day = func.substr(due, 1, 10)
    return _key("touch:", Customer.id, ":") + day


def rule_keep_in_touch(session: Session, ctx) -> int:
    """Customers with no contact for longer than their cadence (core/touch.py)."""
    if not ctx.on("touch_enabled"):
        return 0
    query = (
        select(
            touch_key(session),
            literal("keep_in_touch"),
            literal("Keep in touch: "),
            normalised(Customer.name),
            Customer.id,
            null(),
            null(),
            null(),
            Customer.owner_id,
            Customer.touch_due_at,
        )
        .join(scope_c, scope_c.c.id == Customer.id)
        .where(_live(), Customer.touch_due_at <= NOW)
    )
    return _want(session, query)


def _recompute_touch(session, ctx) -> None:
    """Last contact and when keeping in touch falls due, for the customers in scope."""
    from cxlogger.core.records import touch

    touch.recompute(session, select(scope_c.c.id), touch.Cadences.from_settings(ctx.values))


def _tell_touch_hook(session: Session, scope: Scope) -> None:
    """The commit hook (core/touch.py) need not recompute the customers just done.
    (This was in ``_recompute_touch``, which runs once on a stand-in session when its
    statements are built: the hook recomputed every save's customer a second time.)"""
    from cxlogger.core.records import touch

    pending = session.info.get(touch.PENDING)
    if not pending:
        return
    pending.difference_update(scope.known_customers)
    if pending:
        done = select(scope_c.c.id).where(scope_c.c.id.in_(sorted(pending)))
        pending.difference_update(session.execute(done).scalars())


RULES = (  # what the progress says, the rule, the causes it looks at
    ("Thank-yous", rule_thank, scope_i),
    ("Feedback requests", rule_feedback_ask, scope_i),
    ("Complaints without a promise", rule_complaint_stalled, scope_i),
    ("Promises", rule_promises, scope_p),
    ("Ratings and report-backs", rule_feedback_records, scope_f),
    ("Keeping in touch", rule_keep_in_touch, scope_c),
)


# --------------------------------------------------------------------------- applying


def _retire_conditions(table, wanted_keys: bool = True):
    """Pending follow-ups of causes in scope that no rule wants any more, per family
    (``wanted_keys=False``: whether wanted or not)."""
    keys = select(wanted.c.rule_key)
    for column, scope, prefixes in (
        (table.c.interaction_id, scope_i, ("thank:", "feedback:", "complaint:")),
        (table.c.promise_id, scope_p, ("promise:",)),
        (table.c.feedback_id, scope_f, ("low_rating:", "report_back:")),
        (table.c.customer_id, scope_c, ("touch:",)),
    ):
        yield and_(
            column.in_(select(scope.c.id)),
            unindexed(table.c.status) == "pending",
            or_(*(table.c.rule_key.like(f"{p}%") for p in prefixes)),
            table.c.rule_key.not_in(keys) if wanted_keys else true(),
        )


def _tidy(body: str | None) -> str:
    """``_normalise_bodies`` for one body, in Python."""
    return " ".join((body or "").split())


def _title(head: str | None, body: str) -> str:
    """``title_of`` in Python, for a body already tidied."""
    short = body if len(body) <= SHORT_LIMIT else body[: SHORT_LIMIT - 1] + "…"
    return ((head or "") + short)[:300]


def _was_handed(session: Session, followup_id: int) -> bool:
    """Handed to a colleague (core/team.py): it keeps the owner it was handed to."""
    return (
        session.scalar(select(Handoff.id).where(Handoff.followup_id == followup_id).limit(1))
        is not None
    )


def _apply_recorded(session: Session, now: datetime) -> int:
    """``_apply`` for the few causes of a named user action, so the change log
    (core/history.py) records every follow-up change and Undo reverses it.

    The few wanted rows are tidied and titled here rather than by ``_tidy_bodies``'
    statements, and the follow-ups they touch (existing or to retire) are read in one
    statement. New follow-ups (a save's, usually all of them) are inserted with Core and
    recorded as the ORM's flush would record them; existing ones are changed through the
    ORM (its version check, its change rows)."""
    want = {}
    for row in _select(session, "wanted", _WANTED_ROWS):
        body = _tidy(row.body)
        if row.rule_key.startswith("report_back:") and not body:
            continue  # report back only on an action that says something
        want[row.rule_key] = (row, _title(row.head, body))
    touched = {row.rule_key: row for row in _select(session, "touched", _touched())}
    changed = 0
    new = [key for key in sorted(want) if key not in touched]
    if new:
        _insert_followups(session, now, [want[key] for key in new])
        changed += len(new)
    if not touched:
        return changed
    found = session.scalars(
        select(FollowUp).where(FollowUp.id.in_([row.id for row in touched.values()]))
    ).all()
    existing = {f.rule_key: f for f in found}
    for key in sorted(want):
        row, title = want[key]
        followup = existing.get(key)
        if followup is None:
            continue
        if followup.status == "obsolete":
            followup.status, followup.done_at = "pending", None
            followup.title, followup.due_at = title, row.due_at
            followup.owner_id = row.owner_id
            changed += 1
        elif followup.status == "pending":
            if followup.due_at != row.due_at and followup.notified_at is None:
                followup.due_at = row.due_at
            if followup.title != title:
                followup.title = title
            if followup.owner_id != row.owner_id and not _was_handed(session, followup.id):
                followup.owner_id = row.owner_id
    # pending ones of causes in scope that no rule wants (found by the conditions, or
    # a report-back wanted in SQL whose action says nothing)
    for followup in sorted(found, key=lambda f: f.id):
        if followup.status == "pending" and followup.rule_key not in want:
            followup.status, followup.done_at = "obsolete", now
            changed += 1
    session.flush()
    return changed


@functools.cache
def _touched():
    """The stored follow-ups a recorded apply may change: those wanted, and the pending
    ones of causes in scope (``_retire_conditions``), as (id, rule_key)."""
    table = FollowUp.__table__
    return select(table.c.id, table.c.rule_key).where(
        or_(
            table.c.rule_key.in_(select(wanted.c.rule_key)),
            *_retire_conditions(table, wanted_keys=False),
        )
    )


def _insert_followups(session: Session, now: datetime, rows: list) -> None:
    """Insert new follow-ups (prepared on SQLite) and record them in the change log
    as their flush would have (``history.inserting``)."""
    with history.inserting(session) as batch:
        for row, title in rows:
            batch.row(
                FollowUp,
                kind=row.kind,
                rule_key=row.rule_key,
                title=title,
                customer_id=row.customer_id,
                interaction_id=row.interaction_id,
                promise_id=row.promise_id,
                feedback_id=row.feedback_id,
                owner_id=row.owner_id,
                due_at=row.due_at,
                status="pending",
                done_note="",
                created_at=now,
            )


# more wanted rows than :n? (reads at most that many index entries)
_WANTED_MORE = select(
    select(wanted.c.rule_key).limit(1).offset(bindparam("n", type_=Integer)).exists()
)

_WANTED_ROWS = select(
    wanted.c.rule_key,
    wanted.c.kind,
    wanted.c.head,
    wanted.c.body,
    wanted.c.customer_id,
    wanted.c.interaction_id,
    wanted.c.promise_id,
    wanted.c.feedback_id,
    wanted.c.owner_id,
    wanted.c.due_at,
)


def _apply(session: Session, now: datetime, params: dict) -> int:
    """Make the stored follow-ups match ``wanted`` for the causes in scope; returns how
    many were created, revived or retired."""
    if history.current(session) is not None:
        return _apply_recorded(session, now)
    created, revived, _followed, *retired = _execute(
        session, _built(session, "apply", _apply_statements), params
    )
    return created + revived + sum(retired)


def _apply_statements(session, ranged: bool = False, retire: bool = True) -> None:
    """Built once: insert the missing, revive the obsolete, follow the pending, retire
    the unwanted (in this order; ``_apply`` counts all but the third). ``ranged``: only
    the wanted rows with a key in (``rules_lo``, ``rules_hi``], without the retiring
    (a catch-up applies its hundreds of thousands a range per transaction)."""
    if ranged:
        w = select(wanted).where(wanted.c.rule_key > KEY_LO, wanted.c.rule_key <= KEY_HI)
        w = w.subquery("w")
    else:
        w = wanted.alias("w")
    table = FollowUp.__table__
    title = title_of(w)
    created = _insert_ignore(
        session,
        table,
        [
            "kind",
            "rule_key",
            "title",
            "customer_id",
            "interaction_id",
            "promise_id",
            "feedback_id",
            "owner_id",
            "due_at",
            "status",
            "done_note",
            "created_at",
        ],
        select(
            w.c.kind,
            w.c.rule_key,
            title,
            w.c.customer_id,
            w.c.interaction_id,
            w.c.promise_id,
            w.c.feedback_id,
            w.c.owner_id,
            w.c.due_at,
            literal("pending"),
            literal(""),
            NOW,
        ),
        ["rule_key"],
    )

    def of_row(column):
        return select(column).where(w.c.rule_key == table.c.rule_key).scalar_subquery()

    wanted_keys = select(w.c.rule_key)
    revived = (
        session.execute(
            update(table)
            .where(table.c.rule_key.in_(wanted_keys), unindexed(table.c.status) == "obsolete")
            .values(
                status="pending",
                done_at=None,
                version=table.c.version + 1,  # a save based on an older read conflicts
                title=of_row(title),
                due_at=of_row(w.c.due_at),
                owner_id=of_row(w.c.owner_id),
            )
        ).rowcount
        or 0
    )
    # pending ones follow their cause: title, owner, and the due moment until notified
    # (one handed to a colleague keeps its new owner: core/team.py, migration 0014)
    handed = exists(select(Handoff.id).where(Handoff.followup_id == table.c.id))
    differs = exists(
        select(w.c.rule_key).where(
            w.c.rule_key == table.c.rule_key,
            or_(
                title != table.c.title,
                and_(w.c.owner_id.is_distinct_from(table.c.owner_id), ~handed),
                and_(table.c.notified_at.is_(None), w.c.due_at != table.c.due_at),
            ),
        )
    )
    session.execute(
        update(table)
        .where(table.c.rule_key.in_(wanted_keys), unindexed(table.c.status) == "pending", differs)
        .values(
            title=of_row(title),
            owner_id=case((handed, table.c.owner_id), else_=of_row(w.c.owner_id)),
            version=table.c.version + 1,
            due_at=case((table.c.notified_at.is_(None), of_row(w.c.due_at)), else_=table.c.due_at),
        )
    )
    # pending ones of causes in scope that no rule wants any more: obsolete
    retired = 0
    if not retire:
        return created + revived
    for condition in _retire_conditions(table):
        retired += (
            session.execute(
                update(table)
                .where(condition)
                .values(status="obsolete", done_at=NOW, version=table.c.version + 1)
            ).rowcount
            or 0
        )
    return created + revived + retired


# --------------------------------------------------------------------------- built once


class _Done:
    rowcount = 0


class _Recorder:
    """Stands in for the session while a rule builds its statements: they are built
    once per settings and dialect and reused (SQLAlchemy then reuses their compiled
    form), so a save's rules cost a few executions, not a few hundred expressions."""

    def __init__(self, bind):
        self._bind = bind
        self.statements: list = []

    def get_bind(self):
        return self._bind

    def execute(self, statement, *args, **kwargs):
        self.statements.append(statement)
        return _Done()


_BUILT: dict = {}


def _built(
    session: Session, name: str, build, values: dict | None = None, values_key: str | None = None
) -> list:
    # (a scope's statements do not depend on the settings: its times are bound)
    """The statements ``build(recorder)`` makes, with the names of the values they bind."""
    bind = session.get_bind()
    key = (name, bind.dialect.name, values_key or _values_key(values))
    found = _BUILT.get(key)
    if found is None:
        if len(_BUILT) > 200:  # settings changed many times: start afresh
            _BUILT.clear()
        recorder = _Recorder(bind)
        build(recorder)
        found = _BUILT[key] = [prepared.Statement(statement) for statement in recorder.statements]
    return found


def _values_key(values: dict | None) -> str:
    """The settings as part of a ``_BUILT`` key (``run`` makes it once for its rules)."""
    return json.dumps(values, sort_keys=True, default=str)


def _execute(session: Session, built: list, params: dict) -> list[int]:
    # on the connection: the ORM's per-statement work (autoflush, events) is not needed
    # for these Core statements (``_run`` flushed before); prepared on SQLite
    connection = session.connection()
    return [statement.run(connection, params) for statement in built]


def _select(session: Session, name: str, statement, params: dict | None = None) -> list:
    """The rows of a module-level SELECT (prepared on SQLite)."""
    return prepared.fixed(("rules", name), lambda: statement).rows(session.connection(), params)


def _insert_rows(session: Session, name: str, table: Table, rows: list[dict]) -> None:
    """INSERT of a few rows given as dicts (all of the table's columns)."""
    prepared.fixed(("rules", name), table.insert).run_many(session.connection(), rows)


def _params(ctx) -> dict:
    return {
        "rules_now": ctx.now,
        "rules_lookback": ctx.lookback,
        "rules_asked_since": ctx.now - timedelta(days=ctx.number("feedback_min_gap_days")),
        "rules_stalled_before": ctx.now - timedelta(days=ctx.number("complaint_check_days")),
    }


# above this many wanted follow-ups, a run that may commit applies them in ranges
APPLY_CHUNK = 5000
_LAST_KEY = "\U0010ffff"  # after every rule key


def _key_ranges(session: Session, chunk: int):
    """(lo, hi] ranges of the wanted keys, ``chunk`` keys each (on their primary key)."""
    connection = session.connection()
    lo = ""
    while True:
        hi = connection.execute(
            select(wanted.c.rule_key)
            .where(wanted.c.rule_key > lo)
            .order_by(wanted.c.rule_key)
            .limit(1)
            .offset(chunk - 1)
        ).scalar()
        yield lo, hi or _LAST_KEY
        if hi is None:
            return
        lo = hi


def _apply_in_chunks(session: Session, params: dict, chunk: int, progress=None) -> int:
    """``_apply`` for a catch-up: each range of wanted keys in a transaction of its
    own, then the retiring with the caller's last one, so a save on another connection
    waits for one range at most, never for the whole apply (seconds at a million).
    The session's transaction (the evaluation) is committed first."""
    session.connection().info[_DIRTY] = True
    session.commit()
    changed = 0
    ranged = _built(session, "apply-ranged", partial(_apply_statements, ranged=True, retire=False))
    ranges = list(_key_ranges(session, chunk))
    session.commit()
    for lo, hi in ranges:
        created, revived, _followed = _execute(
            session, ranged, {**params, "rules_lo": lo, "rules_hi": hi}
        )
        session.commit()
        changed += created + revived
    retired = _execute(session, _built(session, "retire", _retire_statements), params)
    return changed + sum(retired)


def _retire_statements(session) -> None:
    """Built once: the retiring of ``_apply_statements`` alone."""
    table = FollowUp.__table__
    for condition in _retire_conditions(table):
        session.execute(update(table).where(condition).values(status="obsolete", done_at=NOW))


def run(
    session: Session,
    ctx,
    scope: Scope,
    progress: Progress | None = None,
    may_commit: bool = False,
) -> int:
    """Evaluate every rule for the causes in ``scope`` (inside the caller's transaction).

    ``may_commit``: the caller (a catch-up) lets the apply of many wanted follow-ups
    commit a range at a time (see ``_apply_in_chunks``); the last part stays in the
    caller's transaction."""
    _prepare(session)
    try:
        total = len(RULES) + 2
        if progress:
            progress(0, total, "Finding what changed")
        params = _params(ctx)
        settings = _values_key(ctx.values)  # the rules' statements are built per settings
        sizes = _fill_scope(session, scope, ctx)
        if not any(sizes.values()):
            return 0
        if sizes[scope_c.name]:
            _execute(
                session,
                _built(session, "touch", partial(_recompute_touch, ctx=ctx), ctx.values, settings),
                params,
            )
            _tell_touch_hook(session, scope)
            for obj in list(session.identity_map.values()):
                if isinstance(obj, Customer):
                    session.expire(obj, ["last_contact_at", "touch_due_at"])
        _fill_days(session, ctx)
        _fill_promise_due(session, ctx)
        for step, (label, rule, causes) in enumerate(RULES, start=1):
            if progress:
                progress(step, total, label)
            if sizes[causes.name]:
                _execute(
                    session,
                    _built(session, rule.__name__, partial(rule, ctx=ctx), ctx.values, settings),
                    params,
                )
        if history.current(session) is None:  # a recorded action tidies in Python
            _execute(session, _built(session, "normalise", _tidy_bodies), params)
        if progress:
            progress(total - 1, total, "Updating follow-ups")
        if (
            may_commit
            and history.current(session) is None
            and session.get_bind().dialect.name == "sqlite"
            and session.connection().execute(_WANTED_MORE, {"n": APPLY_CHUNK}).scalar()
        ):
            changed = _apply_in_chunks(session, params, APPLY_CHUNK, progress)
        else:
            changed = _apply(session, ctx.now, params)
        if progress:
            progress(total, total, "Done")
        return changed
    finally:
        _clear(session)
