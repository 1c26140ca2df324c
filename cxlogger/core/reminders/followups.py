"""Follow-ups: the rules that create them, the due list, and done / snooze / dismiss.

Every follow-up has a ``rule_key`` naming its rule and cause (``thank:12``,
``promise:7:overdue``…). The key is unique, so a rule never creates the same
follow-up twice, and one that was done or dismissed is never shown again.

The rules are evaluated as set-based SQL for a scope of causes (interactions,
promises, feedback records) at once (``core/rule_engine.py``); for each rule key
they say whether it should exist, and the stored follow-ups are made to match:

* wanted and missing -> created;
* wanted and ``obsolete`` (closed by the rules earlier) -> pending again;
* not wanted and pending -> ``obsolete`` (its cause went away: the promise was
  kept, the complaint resolved, consent withdrawn, the rule switched off);
* done or dismissed -> never touched again.

Rules run inside the logging transaction (``on_interaction_logged``, registered
in ``interactions.after_log_hooks`` by ``install()``; ``evaluate_causes`` after an
edit) and from ``refresh(session, now)``, which the app runs periodically and after
every change (only what changed since the last run, on indexed columns); it is
idempotent. The first run (or one after a bulk import) is a catch-up the app runs in
the background, with ``progress``.
Nothing here imports Qt, and everything that depends on time takes ``now``.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select, text, true, update
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import (
    FOLLOWUP_KINDS,
    Customer,
    Feedback,
    FollowUp,
    Interaction,
    Promise,
)
from cxlogger.core.records import consent as consent_mod
from cxlogger.core.records import heads_ups, history
from cxlogger.core.records import interactions as interactions_mod
from cxlogger.core.records import promises as promises_mod
from cxlogger.core.records import settings as settings_mod
from cxlogger.core.reminders import templates
from cxlogger.core.reminders.due_text import (  # noqa: F401 (said once there, used here)
    ENGLISH,
    KIND_ORDER,
    KIND_TITLES,
    PROMISE_RULES,
    DueText,
    DueWords,
    due_line,
    effective_due,
    is_overdue,
    rule_of,
)
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.core.timeutil import format_local

TOLD_HOW = ("email", "phone", "in person", "letter", "chat", "other")


# --------------------------------------------------------------------------- context


@dataclass
class RuleContext:
    """Settings and business hours, read once per transaction."""

    values: dict[str, Any]
    hours: BusinessHours
    now: datetime

    @classmethod
    def load(cls, session: Session, now: datetime, tz=None) -> RuleContext:
        values = settings_mod.get_all(session)
        return cls(values, BusinessHours.from_settings(values, tz), now)

    def on(self, key: str) -> bool:
        return bool(self.values.get(key, settings_mod.DEFAULTS.get(key)))

    def number(self, key: str) -> int:
        try:
            return max(0, int(self.values.get(key, settings_mod.DEFAULTS[key])))
        except (TypeError, ValueError):
            return int(settings_mod.DEFAULTS[key])

    @property
    def lookback(self) -> datetime:
        return self.now - timedelta(days=self.number("rules_lookback_days"))


def _short(text: str, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- rules
#
# The rules are evaluated as set-based SQL in core/rule_engine.py: one INSERT … SELECT
# per rule for every cause in scope at once, the unique rule_key doing "never twice".
# What each rule wants (kept here as the one description, see also the README):
#
# * thank (``thank:<interaction>``): a purchase, a referral, a first visit (a first
#   contact that was a purchase or an inquiry) and a resolved complaint are thanked,
#   due the earliest of their delays in working days; tone: never a complaint, a
#   return or anything negative when logged, nothing once the customer gave a low
#   rating about it or since; consent "no" gets no thank-you;
# * feedback (``feedback:<interaction>``): N days after a purchase or a resolved
#   complaint, only with consent "yes", at most one pending or recently done request
#   per customer within the gap, none if they gave feedback within it;
# * complaint (``complaint:<interaction>:stalled``): a complaint with neither a promise
#   nor a resolution N days after it happened;
# * promise (``promise:<id>:soon|overdue|tell``): ahead of its due moment in working
#   hours (promise_reminder_at), again once overdue, and "tell them" once kept;
# * low_rating / report_back (``low_rating:<feedback>``, ``report_back:<feedback>``);
# * keep in touch (``touch:<customer>:<day>``): no contact for longer than the customer's
#   cadence (core/touch.py), due the day it fell due; any contact retires it;
# * scheduled next (``next:<follow-up>``): "Done & schedule next" (``complete_and_next``),
#   made by a person, never touched by the rules.


def promise_reminder_at(promise: Promise, hours: BusinessHours, values: dict[str, Any]) -> datetime:
    """When the "coming up" reminder of a promise comes: in working hours, the lead
    (working days, by default the working day before, or hours) ahead of its due
    moment; at once for a promise made for today or tomorrow, or when that moment
    has already passed. (The rule engine computes the same per distinct due moment.)"""
    made = promise.created_at
    made_day = hours.local(made).date()
    if (hours.local(promise.due_at).date() - made_day).days <= 1:
        return made
    if values.get("promise_lead_unit") == "hours":
        hours_ahead = _number(values, "promise_lead_hours")
        moment = hours.reminder_before(promise.due_at, None, hours_ahead)
    else:
        moment = hours.reminder_before(promise.due_at, _number(values, "promise_lead_days"))
    return max(moment, made)


def _number(values: dict[str, Any], key: str) -> int:
    try:
        return max(0, int(values.get(key, settings_mod.DEFAULTS[key])))
    except (TypeError, ValueError):
        return int(settings_mod.DEFAULTS[key])


def is_low_rating(feedback: Feedback, values: dict[str, Any]) -> bool:
    if feedback.scale == "nps":
        return feedback.rating <= int(values.get("low_rating_nps_max", 6))
    return feedback.rating <= int(values.get("low_rating_csat_max", 2))


# --------------------------------------------------------------------------- evaluating


def _ids_of(model, ids) -> list:
    ids = [i for i in ids if i is not None]
    return [select(model.id).where(model.id.in_(ids))] if ids else []


def _run(session: Session, ctx: RuleContext, scope, progress=None, may_commit=False) -> int:
    from cxlogger.core.reminders import rule_engine

    session.flush()  # the engine reads what the ORM has not written yet
    changed = rule_engine.run(session, ctx, scope, progress, may_commit)
    # the engine wrote with SQL: follow-ups loaded in this session must be read again
    for obj in list(session.identity_map.values()):
        if isinstance(obj, FollowUp):
            session.expire(obj)
    return changed


def evaluate_causes(
    session: Session,
    now: datetime,
    interactions=(),
    promises=(),
    feedback=(),
    tz=None,
    extra_interactions=(),
) -> int:
    """The rules for a few causes (ids) just saved, in the caller's transaction."""
    from cxlogger.core.reminders.rule_engine import Scope

    ctx = RuleContext.load(session, now, tz)
    scope = Scope(
        _ids_of(Interaction, interactions) + list(extra_interactions),
        _ids_of(Promise, promises),
        _ids_of(Feedback, feedback),
    )
    return _run(session, ctx, scope)


def evaluate_touch(session: Session, now: datetime, customer_ids, tz=None) -> int:
    """Keeping in touch for a few customers (a message sent, tracking changed), in the
    caller's transaction: their last contact is recomputed and their follow-up follows."""
    from cxlogger.core.reminders.rule_engine import Scope

    ids = [i for i in customer_ids if i is not None]
    if not ids:
        return 0
    ctx = RuleContext.load(session, now, tz)
    return _run(session, ctx, Scope([], [], [], customers=[_ids_of(Customer, ids)[0]]))


def on_interaction_logged(
    session: Session, interaction: Interaction, promise: Promise | None, now: datetime
) -> None:
    """The after-log hook: follow-ups in the same transaction as their cause; a new
    promise or resolution may also settle an earlier complaint check."""
    session.flush()
    ctx = RuleContext.load(session, now)
    scope = dataclasses.replace(
        _save_scope_template(),
        params={
            "rules_interaction": interaction.id,
            "rules_customer": interaction.customer_id,
            "rules_complaints_since": ctx.lookback
            - timedelta(days=ctx.number("complaint_check_days")),
            "rules_promise": promise.id if promise is not None else None,
        },
        known_customers=frozenset([interaction.customer_id]),
    )
    _run(session, ctx, scope)


@functools.cache
def _save_scope_template():
    """A save's causes: its interaction, the customer's unresolved complaints still in
    the rules' window (found through the customer's own interactions, not every recent
    complaint), its promise; built once, the ids bound."""
    from sqlalchemy import bindparam

    from cxlogger.core.models import UTCDateTime
    from cxlogger.core.reminders.rule_engine import Scope, unindexed

    i = Interaction
    return Scope(
        [
            select(i.id).where(i.id == bindparam("rules_interaction")),
            select(i.id).where(
                i.customer_id == bindparam("rules_customer"),
                unindexed(i.kind) == "complaint",
                i.resolved_at.is_(None),
                i.occurred_at >= bindparam("rules_complaints_since", type_=UTCDateTime),
            ),
        ],
        [select(Promise.id).where(Promise.id == bindparam("rules_promise"))],
        [],
        key="save",
    )


def install() -> None:
    """Register the rules with interaction logging (idempotent)."""
    if on_interaction_logged not in interactions_mod.after_log_hooks:
        interactions_mod.after_log_hooks.append(on_interaction_logged)


def uninstall() -> None:
    while on_interaction_logged in interactions_mod.after_log_hooks:
        interactions_mod.after_log_hooks.remove(on_interaction_logged)


# How far before the last run to look again: clocks on several desktops differ a little,
# and looking at a cause twice is harmless (the rules are idempotent).
WATERMARK_MARGIN = timedelta(minutes=10)
WATERMARK_KEY = "rules_checked_at"
REFRESH_LOCK_KEY = 0x63786C6F  # any fixed number; "cxlo"


def _full_scope(ctx: RuleContext, customer_id: int | None = None):
    """Every recent cause, open and recently kept promises, feedback with an untold
    action, and the cause of every pending follow-up (of one customer, if given)."""
    from cxlogger.core.reminders.rule_engine import Scope, unindexed

    since = ctx.lookback
    complaint_since = since - timedelta(days=ctx.number("complaint_check_days"))
    # one customer's: their own index finds them, not the one on a common status
    status = Promise.status if customer_id is None else unindexed(Promise.status)

    def of(model, *conditions):
        if customer_id is not None:
            conditions = (*conditions, model.customer_id == customer_id)
        return select(model.id).where(*conditions)

    return Scope(
        [
            of(Interaction, Interaction.created_at >= since),
            of(Interaction, Interaction.resolved_at >= since),
            of(
                Interaction,
                Interaction.kind == "complaint",
                Interaction.resolved_at.is_(None),
                Interaction.occurred_at >= complaint_since,
            ),
        ],
        [
            of(Promise, status == "open"),
            of(
                Promise,
                status == "kept",
                Promise.customer_told_at.is_(None),
                Promise.closed_at >= since,
            ),
        ],
        [
            of(Feedback, Feedback.received_at >= since),
            of(Feedback, Feedback.action_taken != "", Feedback.customer_told_at.is_(None)),
        ],
        pending=true() if customer_id is None else FollowUp.customer_id == customer_id,
        customers=[
            select(Customer.id).where(
                Customer.touch_due_at <= ctx.now,
                *([Customer.id == customer_id] if customer_id is not None else []),
            )
        ],
    )


def _changed_scope(ctx: RuleContext, since: datetime):
    """Causes that changed after ``since``, plus those time alone moved on (a promise
    that became overdue, a complaint whose wait ran out). One indexed SELECT each, built
    once with the times bound."""
    stalled_days = timedelta(days=ctx.number("complaint_check_days"))
    return dataclasses.replace(
        _changed_scope_template(),
        params={
            "rules_since": since,
            "rules_now": ctx.now,
            "rules_lookback": ctx.lookback,
            "rules_since_stalled": since - stalled_days,
            "rules_now_stalled": ctx.now - stalled_days,
            "rules_lookback_stalled": ctx.lookback - stalled_days,
        },
    )


@functools.cache
def _changed_scope_template():
    from sqlalchemy import bindparam

    from cxlogger.core.models import UTCDateTime
    from cxlogger.core.reminders.rule_engine import Scope, unindexed

    def moment(name):
        return bindparam(f"rules_{name}", type_=UTCDateTime)

    since, now, lookback = moment("since"), moment("now"), moment("lookback")
    customers = select(Customer.id).where(Customer.updated_at >= since)
    promised_to = select(Promise.customer_id).where(Promise.created_at >= since)
    open_complaint = (
        Interaction.kind == "complaint",
        Interaction.resolved_at.is_(None),
        Interaction.occurred_at >= moment("lookback_stalled"),
    )
    i, p, f = Interaction, Promise, Feedback
    return Scope(
        [
            select(i.id).where(i.created_at >= since),
            select(i.id).where(i.resolved_at >= since),
            # its wait ran out since the last run
            select(i.id).where(
                i.occurred_at.between(moment("since_stalled"), moment("now_stalled")),
                *open_complaint,
            ),
            # or a promise was made to that customer since (found by customer)
            select(i.id).where(
                i.customer_id.in_(promised_to),
                unindexed(i.kind) == "complaint",
                *open_complaint[1:],
            ),
            select(i.id).where(i.customer_id.in_(customers), i.created_at >= lookback),
        ],
        [
            select(p.id).where(p.created_at >= since),
            select(p.id).where(p.closed_at >= since),
            select(p.id).where(p.customer_told_at >= since),
            select(p.id).where(p.status == "open", p.due_at.between(since, now)),
            select(p.id).where(unindexed(p.status) == "open", p.customer_id.in_(customers)),
            select(p.id).where(
                unindexed(p.status) == "kept",
                p.customer_told_at.is_(None),
                p.customer_id.in_(customers),
            ),
        ],
        [
            select(f.id).where(f.created_at >= since),
            select(f.id).where(f.received_at >= since),
            select(f.id).where(f.action_at >= since),
            select(f.id).where(f.customer_told_at >= since),
            select(f.id).where(f.customer_id.in_(customers)),
        ],
        pending=FollowUp.customer_id.in_(customers),
        # keeping in touch fell due since the last run, or the customer changed (tags…)
        customers=[
            select(Customer.id).where(Customer.touch_due_at.between(since, now)),
            customers,
        ],
        key="changed",
    )


def evaluate(
    session: Session,
    now: datetime,
    tz=None,
    since: datetime | None = None,
    progress=None,
    customer_id: int | None = None,
    may_commit: bool = False,
) -> int:
    """Bring follow-ups up to date with what is stored (no transaction of its own;
    ``may_commit``: see ``refresh``).

    With ``since`` None, looks at every recent cause (the lookback window), open and
    recently kept promises, feedback with an untold action, and the cause of every
    pending follow-up (only ``customer_id``'s, if given). With ``since``, only at
    causes that changed after it, plus those that time alone moved on, so the
    periodic run stays quick on a large database. ``progress(done, total, what)`` is
    called per rule. Returns how many follow-ups were created, revived or retired.
    """
    ctx = RuleContext.load(session, now, tz)
    if since is None:
        scope = _full_scope(ctx, customer_id)
    else:
        scope = _changed_scope(ctx, since)
    return _run(session, ctx, scope, progress, may_commit)


def refresh(
    session: Session,
    now: datetime,
    tz=None,
    full: bool = False,
    progress=None,
    may_commit: bool = False,
) -> int:
    """``evaluate`` as one transaction of its own (the periodic run).

    Only causes changed since the previous run are looked at, unless ``full`` (after
    the rules' settings changed) or on the first run, which catches up on the
    lookback window. When nothing was committed since the previous run (the
    database's change counter, core/high_water.py) and time alone moved nothing on,
    it reads two index entries and writes nothing (``is_quiet``).

    ``may_commit`` (the catch-up, in a thread of its own): thousands of follow-ups
    are applied a few thousand per transaction (rule_engine.run), so a save waits
    for one such transaction, not for all of them; the watermark is written with the
    last. Cut short, the next refresh looks again (the rules are idempotent).
    """
    engine = session.get_bind()
    if may_commit and engine.dialect.name == "sqlite":
        # one connection throughout: its temporary tables hold the evaluation between
        # the transactions (a session would hand its connection back at each commit)
        with (
            engine.connect() as connection,
            Session(bind=connection, expire_on_commit=False, info=dict(session.info)) as own,
        ):
            own.begin()
            try:
                changed = _refresh_in(own, now, tz, full, progress, may_commit=True)
                own.commit()
            except BaseException:
                own.rollback()
                raise
        return changed
    with session.begin():
        return _refresh_in(session, now, tz, full, progress)


def _refresh_in(session, now, tz, full, progress, may_commit: bool = False) -> int:
    """The body of ``refresh``, inside its transaction."""
    if session.get_bind().dialect.name == "postgresql":
        # desktops sharing a server take turns, so two refreshes never race to
        # create the same follow-up (its rule_key is unique)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REFRESH_LOCK_KEY})
    last = None if full else last_run(session, now)
    if last is not None and _quiet(session, now, last):
        return 0
    since = None if last is None else last - WATERMARK_MARGIN
    changed = evaluate(session, now, tz, since=since, progress=progress, may_commit=may_commit)
    settings_mod.put(session, WATERMARK_KEY, now.isoformat())
    counter = _change_counter(session)
    if counter is not None:
        # what the counter will read once this commits (we hold the write lock
        # since the flush: nobody else can commit in between)
        settings_mod.put(session, COUNTER_KEY, counter + 1)
    return changed


# the database's change counter (high_water) right after the last refresh committed
COUNTER_KEY = "rules_checked_change"


def _change_counter(session: Session) -> int | None:
    """The committed-changes counter of an SQLite file that keeps one (core/high_water);
    None elsewhere (a server, a connection that does not count). Flushes first, so
    this transaction holds the write lock when it wrote."""
    from cxlogger.core.reminders.high_water import MarkingConnection

    session.flush()
    connection = session.connection()
    raw = connection.connection.dbapi_connection
    if not isinstance(raw, MarkingConnection) or raw.high_water_db is None:
        return None
    return connection.exec_driver_sql("PRAGMA user_version").scalar()


def is_quiet(session: Session, now: datetime) -> bool:
    """True when ``refresh`` would change nothing and write nothing (see there)."""
    last = last_run(session, now)
    return last is not None and _quiet(session, now, last)


def _quiet(session: Session, now: datetime, since: datetime) -> bool:
    """Nothing committed since the last refresh, and no promise fell due, no
    complaint's wait ran out and no customer's keeping in touch fell due since then:
    the refresh would change nothing.

    ``since`` is the last refresh itself, not the watermark's margin before it: that
    refresh saw everything due by then, and the margin is for the changes it looks at
    (stamped by other desks' clocks), which the change counter covers here. With the
    margin, any promise or complaint falling due kept every refresh and ``due`` from the
    quiet way for ten minutes (at a million interactions, most of the time)."""
    stored = settings_mod.get(session, COUNTER_KEY)
    if stored is None or _change_counter(session) != stored:
        return False
    ctx = RuleContext.load(session, now)
    stalled = timedelta(days=ctx.number("complaint_check_days"))
    fell_due = select(Promise.id).where(
        Promise.status == "open", Promise.due_at.between(since, now)
    )
    ran_out = select(Interaction.id).where(
        Interaction.occurred_at.between(since - stalled, now - stalled),
        Interaction.kind == "complaint",
        Interaction.resolved_at.is_(None),
        Interaction.occurred_at >= ctx.lookback - stalled,
    )
    # keeping in touch fell due by time alone (core/touch.py; the index on touch_due_at)
    touch_due = select(Customer.id).where(Customer.touch_due_at.between(since, now))
    found = session.execute(select(fell_due.exists(), ran_out.exists(), touch_due.exists())).one()
    return not any(found)


def last_run(session: Session, now: datetime) -> datetime | None:
    """The ``now`` the last refresh evaluated with; None: a full catch-up is due."""
    last = settings_mod.get(session, WATERMARK_KEY)
    if not last:
        return None
    try:
        ran = datetime.fromisoformat(last)
    except (TypeError, ValueError):
        return None
    if ran > now:  # a clock moved backwards gets a full run
        return None
    return ran


def watermark(session: Session, now: datetime, full: bool = False) -> datetime | None:
    """From when the next refresh looks at changes; None: a full catch-up is due."""
    ran = None if full else last_run(session, now)
    return None if ran is None else ran - WATERMARK_MARGIN


def rows_to_evaluate(session: Session) -> int:
    """Roughly how many causes a full evaluation may look at (the newest ids)."""
    return sum(
        session.scalar(select(func.max(model.id))) or 0
        for model in (Interaction, Promise, Feedback)
    )


def many_changes(session: Session, now: datetime, more_than: int) -> bool:
    """True when the next refresh would look at more than ``more_than`` interactions or
    promises (a full catch-up of a big database, or an import since the last run): the
    app runs it in the background. Reads at most that many index entries."""
    since = watermark(session, now)
    if since is None:
        return rows_to_evaluate(session) > more_than
    for column in (Interaction.created_at, Promise.created_at):
        beyond = session.scalar(
            select(column.class_.id).where(column >= since).limit(1).offset(more_than)
        )
        if beyond is not None:
            return True
    return False


def needs_catch_up(session: Session, now: datetime) -> bool:
    """True when the next refresh is a full catch-up (first start, after a bulk import
    that cleared the watermark, a clock moved back): the app runs it in the background."""
    return watermark(session, now) is None


# --------------------------------------------------------------------------- queries


def _effective_due():
    return func.coalesce(FollowUp.snoozed_until, FollowUp.due_at)


def _due_filter(now: datetime):
    # snoozed_until is never earlier than due_at, so this equals coalesce(...) <= now
    return or_(
        and_(FollowUp.snoozed_until.is_(None), FollowUp.due_at <= now),
        FollowUp.snoozed_until <= now,
    )


def _pending_query(owner_id: int | None = None):
    query = (
        select(FollowUp)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .options(
            joinedload(FollowUp.customer),
            joinedload(FollowUp.owner),
            joinedload(FollowUp.promise),  # its due state is the promise's
            joinedload(FollowUp.feedback),  # the action already taken on a low rating
        )
        .where(FollowUp.status == "pending", Customer.archived.is_(False))
        # no message consent forbids, even before the next refresh
        .where(consent_mod.allowed_followups())
    )
    if owner_id is not None:
        query = query.where(FollowUp.owner_id == owner_id)
    return query


def due(session: Session, now: datetime, owner_id: int | None = None) -> list[FollowUp]:
    """Pending follow-ups due now (including snoozed ones whose time has come)."""
    query = _pending_query(owner_id).where(_due_filter(now))
    return list(session.scalars(query.order_by(_effective_due(), FollowUp.id)).unique())


def upcoming(
    session: Session,
    now: datetime,
    days: int = 7,
    owner_id: int | None = None,
    limit: int | None = None,
    ids_only: bool = False,
) -> list:
    """Pending follow-ups coming due within ``days`` (not due yet), soonest first."""
    until = now + timedelta(days=days)
    query = _pending_query(owner_id).where(
        or_(  # not due yet (no NOT: snoozed_until is mostly NULL)
            and_(FollowUp.snoozed_until.is_(None), FollowUp.due_at > now),
            FollowUp.snoozed_until > now,
        ),
        or_(
            and_(FollowUp.snoozed_until.is_(None), FollowUp.due_at <= until),
            FollowUp.snoozed_until <= until,
        ),
    )
    if ids_only:
        return list(session.scalars(select(query.subquery().c.id)))
    query = query.order_by(_effective_due(), FollowUp.id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query).unique())


def count_due(session: Session, now: datetime, owner_id: int | None = None) -> int:
    query = _pending_query(owner_id).where(_due_filter(now))
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


@dataclass
class DueBoard:
    """What the Today view shows: counts per kind, and the first few of each kind."""

    counts: dict[str, int]
    overdue: int
    first: dict[str, list[FollowUp]]  # per kind: overdue first, then by when due
    upcoming_count: int
    upcoming: list[FollowUp]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _promise_rule():
    return or_(
        FollowUp.rule_key.like("promise:%:soon"), FollowUp.rule_key.like("promise:%:overdue")
    )


def _overdue_condition(now: datetime, hours: BusinessHours):
    """SQL for is_overdue(): its promise is overdue, or (not about a promise) it was
    due before today (local)."""
    start_of_today = hours.at(hours.local(now).date(), datetime.min.time())
    promise_overdue = exists().where(
        Promise.id == FollowUp.promise_id, promises_mod.overdue_condition(now)
    )
    return or_(
        and_(_promise_rule(), promise_overdue),
        and_(~_promise_rule(), _effective_due() < start_of_today),
    )


def due_board(
    session: Session,
    now: datetime,
    hours: BusinessHours,
    owner_id: int | None = None,
    per_kind: int = 12,
    upcoming_days: int = 7,
    upcoming_shown: int = 20,
) -> DueBoard:
    """What Today shows: the due follow-ups' count per kind and how many are overdue
    (a hold's paused messages are not), the first ``per_kind`` of each kind (overdue
    first, then by when due), the next ``upcoming_shown`` coming due within
    ``upcoming_days`` and their count.

    On SQLite it reads ``ix_followups_board`` alone (migration 0021: the columns its
    triggers keep say what the joins to customers and promises would): per kind a range
    count of its due ones (and of those late) and of its coming ones, the holds' paused
    ones only when a hold is active, one statement for the walks the cards need (each in
    due order, stopping after the rows shown); then it loads the rows shown. The
    statements are prepared once: building them cost more than running them."""
    if session.get_bind().dialect.name != "sqlite":
        return _due_board_joined(
            session, now, hours, owner_id, per_kind, upcoming_days, upcoming_shown
        )
    sql = _board_sql()
    values = {
        "now": now,
        "today": hours.at(hours.local(now).date(), datetime.min.time()),
        "until": now + timedelta(days=upcoming_days),
        "owner": owner_id,
    }
    due = dict.fromkeys(FOLLOWUP_KINDS, 0)
    late, coming = dict(due), dict(due)
    for kind, due_n, late_n, coming_n in session.execute(sql.counts, values):
        due[kind] += due_n
        late[kind] += late_n
        coming[kind] += coming_n
    counts = {kind: n for kind, n in due.items() if n}
    overdue = sum(late.values())
    if overdue:
        # a message a hold pauses cannot be late (core/heads_ups.py): holds are few, and
        # most days there is none, and then nothing more is read
        held = session.scalars(sql.holds, values).all()
        if held:
            overdue -= session.scalar(sql.paused, {**values, "held": held}) or 0
    # the walks the cards need: a kind's on-time ones only when its overdue ones do not
    # fill its cards (a walk past thousands of overdue ones finding none costs)
    walks = tuple(
        (kind, part)
        for kind in FOLLOWUP_KINDS
        for part, wanted in (
            ("late", late[kind]),
            ("on_time", due[kind] > late[kind] and late[kind] < per_kind),
            ("coming", coming[kind]),
        )
        if wanted
    )
    found = {"late": {}, "on_time": {}, "coming": {}}
    if walks:
        for part, kind, followup_id, due_at in session.execute(
            _board_walks(walks), {**values, "per_kind": per_kind, "shown": upcoming_shown}
        ):
            found[part].setdefault(kind, []).append((due_at, followup_id))
    first_ids = {
        kind: [
            i
            for _due, i in sorted(found["late"].get(kind, []))
            + sorted(found["on_time"].get(kind, []))
        ][:per_kind]
        for kind in counts
    }
    coming_ids = [
        i for _due, i in sorted(row for rows in found["coming"].values() for row in rows)
    ][:upcoming_shown]
    loaded = _load_shown(session, [i for ids in first_ids.values() for i in ids] + coming_ids)
    return DueBoard(
        counts,
        overdue,
        {kind: [loaded[i] for i in ids] for kind, ids in first_ids.items()},
        sum(coming.values()),
        [loaded[i] for i in coming_ids],
    )


# due_board's SQL on SQLite, on the columns migration 0021 keeps; every statement walks
# ix_followups_board (tests/core/test_due_board_kept.py). Kinds are constants, not input.
_SHOWN = "status = 'pending' AND board_shown = 1 AND (:owner IS NULL OR owner_id = :owner)"
# _overdue_condition: a promise's reminder is late when its (open) promise is, any other
# when it was due before today (local); and its complement, NULLs included
_LATE = (
    "(board_promise = 1 AND board_late_at < :now OR board_promise = 0 AND board_due_at < :today)"
)
_ON_TIME = (
    "(board_promise = 1 AND (board_late_at IS NULL OR board_late_at >= :now)"
    " OR board_promise = 0 AND board_due_at >= :today)"
)
_DUE = "board_due_at <= :now"
_COMING = "board_due_at > :now AND board_due_at <= :until"
_WALKS = {
    "late": (f"{_DUE} AND {_LATE}", ":per_kind"),
    "on_time": (f"{_DUE} AND {_ON_TIME}", ":per_kind"),
    "coming": (_COMING, ":shown"),
}


@dataclass(frozen=True)
class _BoardSql:
    counts: Any
    holds: Any
    paused: Any


def _timed(sql: str):
    """``sql`` as a text() whose moments are bound as the model's UTC times."""
    from sqlalchemy import bindparam

    from cxlogger.core.models import UTCDateTime

    names = [name for name in ("now", "today", "until") if f":{name}" in sql]
    return text(sql).bindparams(*[bindparam(name, type_=UTCDateTime) for name in names])


@functools.cache
def _board_sql() -> _BoardSql:
    """The statements prepared once (building them cost more than running them)."""
    from sqlalchemy import bindparam

    # per kind, two counts along the index: its due ones (and how many of them are
    # late), its coming ones
    counts = _timed(
        " UNION ALL ".join(
            f"SELECT '{kind}', count(*), count(*) FILTER (WHERE {_LATE}), 0 FROM followups"
            f" WHERE {_SHOWN} AND kind = '{kind}' AND {_DUE}"
            f" UNION ALL SELECT '{kind}', 0, 0, count(*) FROM followups"
            f" WHERE {_SHOWN} AND kind = '{kind}' AND {_COMING}"
            for kind in FOLLOWUP_KINDS
        )
    )
    holds = _timed(
        "SELECT DISTINCT customer_id FROM heads_ups WHERE kind = :hold AND resolved_at IS NULL"
        " AND (expires_at IS NULL OR expires_at > :now)"
    ).bindparams(hold=heads_ups.HOLD)
    paused_kinds = ", ".join(f"'{kind}'" for kind in heads_ups.PAUSED_KINDS)
    paused = _timed(
        f"SELECT count(*) FROM followups WHERE {_SHOWN} AND kind IN ({paused_kinds})"
        f" AND customer_id IN :held AND {_DUE} AND {_LATE}"
    ).bindparams(bindparam("held", expanding=True))
    return _BoardSql(counts, holds, paused)


@functools.lru_cache(maxsize=64)
def _board_walks(walks: tuple[tuple[str, str], ...]):
    """One statement for the given (kind, part) walks: each in due order along the index,
    stopping after the rows shown."""
    arms = []
    for kind, part in walks:
        condition, limit = _WALKS[part]
        arms.append(
            f"SELECT * FROM (SELECT '{part}', kind, id, board_due_at FROM followups"
            f" WHERE {_SHOWN} AND kind = '{kind}' AND {condition}"
            f" ORDER BY board_due_at, id LIMIT {limit})"
        )
    return _timed(" UNION ALL ".join(arms))


def _load_shown(session: Session, ids: list[int]) -> dict[int, FollowUp]:
    """The follow-ups a list shows, with what their cards read."""
    if not ids:
        return {}
    return {f.id: f for f in session.scalars(_shown_query(), {"ids": ids}).unique()}


@functools.cache
def _shown_query():
    from sqlalchemy import bindparam

    return (
        select(FollowUp)
        .options(
            joinedload(FollowUp.customer),
            joinedload(FollowUp.owner),
            joinedload(FollowUp.promise),
            joinedload(FollowUp.feedback),
        )
        .where(FollowUp.id.in_(bindparam("ids", expanding=True)))
    )


def _due_board_joined(
    session: Session,
    now: datetime,
    hours: BusinessHours,
    owner_id: int | None = None,
    per_kind: int = 12,
    upcoming_days: int = 7,
    upcoming_shown: int = 20,
) -> DueBoard:
    """The board from the rows and their joins: on PostgreSQL (no triggers keep the
    board columns there), and the reference the tests compare the kept columns with."""
    due_query = _pending_query(owner_id).where(_due_filter(now)).subquery()
    counts = dict(
        session.execute(select(due_query.c.kind, func.count()).group_by(due_query.c.kind)).all()
    )
    overdue = (
        session.scalar(
            select(func.count()).select_from(
                _pending_query(owner_id)
                # a message a hold pauses cannot be late (core/heads_ups.py)
                .where(
                    _due_filter(now),
                    _overdue_condition(now, hours),
                    ~heads_ups.paused_condition(now),
                )
                .subquery()
            )
        )
        or 0
    )
    is_overdue_first = case((_overdue_condition(now, hours), 0), else_=1)
    first = {}
    for kind in counts:
        query = (
            _pending_query(owner_id)
            .where(_due_filter(now), FollowUp.kind == kind)
            .order_by(is_overdue_first, _effective_due(), FollowUp.id)
            .limit(per_kind)
        )
        first[kind] = list(session.scalars(query).unique())
    coming = upcoming(session, now, upcoming_days, owner_id, limit=upcoming_shown)
    coming_count = (
        len(coming)
        if len(coming) < upcoming_shown
        else len(upcoming(session, now, upcoming_days, owner_id, ids_only=True))
    )
    return DueBoard(counts, overdue, first, coming_count, coming)


def to_notify(session: Session, now: datetime, tz=None) -> list[FollowUp]:
    """Due follow-ups not notified yet; none in quiet hours or on closed days, none a
    hold on the customer pauses."""
    values = settings_mod.get_all(session)
    if not values.get("notifications_enabled", True):
        return []
    if not BusinessHours.from_settings(values, tz).may_notify(now):
        return []
    query = _pending_query().where(
        _due_filter(now), FollowUp.notified_at.is_(None), ~heads_ups.paused_condition(now)
    )
    return list(session.scalars(query.order_by(_effective_due(), FollowUp.id)).unique())


@dataclass
class DueNotices:
    """Follow-ups that came due and were not notified yet: how many, how many of them
    overdue, and the first few (soonest due first) for the notification's lines.
    ``deferred``: more than the caller would mark at once; nothing was marked (mark
    them with ``chunk``, off the writer thread)."""

    count: int
    overdue: int
    first: list[FollowUp]
    deferred: bool = False


# marking thousands notified: this many per transaction, so a save waits for one
# chunk at most, not for one UPDATE of half a million rows (12 s at 1M)
NOTIFY_CHUNK = 2000


def take_notifications(
    session: Session,
    now: datetime,
    tz=None,
    first: int = 4,
    chunk: int | None = None,
    inline_up_to: int | None = None,
) -> DueNotices:
    """Count what came due since the last notification, load only the first few, and
    mark all of them notified. Nothing in quiet hours or on closed days (they wait for
    the next chance).

    By default in one transaction with one UPDATE. With ``chunk``, the count is read
    first and the marking runs in transactions of ``chunk`` rows each (for a
    catch-up's hundreds of thousands, off the writer thread; follow-ups created
    meanwhile wait for the next notification). With ``inline_up_to``, more than that
    many are not marked: the answer says ``deferred``.
    """
    with session.begin():
        values = settings_mod.get_all(session)
        hours = BusinessHours.from_settings(values, tz)
        if not values.get("notifications_enabled", True) or not hours.may_notify(now):
            return DueNotices(0, 0, [])
        # a message a hold pauses is notified once the hold ends (core/heads_ups.py)
        fresh = (FollowUp.notified_at.is_(None), _due_filter(now), ~heads_ups.paused_condition(now))
        count = session.scalar(select(func.count()).select_from(_pending_ids(*fresh).subquery()))
        if not count:
            return DueNotices(0, 0, [])
        overdue = session.scalar(
            select(func.count()).select_from(
                _pending_ids(*fresh, _overdue_condition(now, hours)).subquery()
            )
        )
        rows = list(
            session.scalars(
                _pending_query()
                .where(*fresh)
                .order_by(_effective_due(), FollowUp.id)
                .limit(max(1, first))
            ).unique()
        )
        if chunk is None and inline_up_to is not None and count > inline_up_to:
            return DueNotices(count, overdue or 0, rows, deferred=True)
        if chunk is None:
            session.execute(
                update(FollowUp)
                .where(FollowUp.id.in_(_pending_ids(*fresh)))
                .values(notified_at=now)
                .execution_options(synchronize_session=False)
            )
        else:
            newest = session.scalar(select(func.max(FollowUp.id)))
    if chunk is not None:
        _mark_in_chunks(session, now, newest, chunk)
    for followup in rows:  # as stored now, without a write of their own
        set_committed_value(followup, "notified_at", now)
    return DueNotices(count, overdue or 0, rows)


def _mark_in_chunks(session: Session, now: datetime, newest: int, chunk: int) -> None:
    """Mark what came due notified, ``chunk`` rows per transaction, walking the ids in
    order (one pass over the table in all, not a search of the status index per chunk)."""
    from cxlogger.core.reminders.rule_engine import unindexed

    last = 0
    while True:
        with session.begin():
            ids = session.scalars(
                select(FollowUp.id)
                .join(Customer, Customer.id == FollowUp.customer_id)
                .where(
                    FollowUp.id > last,
                    FollowUp.id <= newest,
                    unindexed(FollowUp.status) == "pending",
                    Customer.archived.is_(False),
                    consent_mod.allowed_followups(),
                    FollowUp.notified_at.is_(None),
                    _due_filter(now),
                )
                .order_by(FollowUp.id)
                .limit(chunk)
            ).all()
            if not ids:
                return
            session.execute(
                update(FollowUp)
                .where(FollowUp.id.in_(ids))
                .values(notified_at=now)
                .execution_options(synchronize_session=False)
            )
        last = ids[-1]


def _pending_ids(*conditions):
    """SELECT of the ids ``_pending_query`` would give (no objects loaded)."""
    return (
        select(FollowUp.id)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(FollowUp.status == "pending", Customer.archived.is_(False))
        .where(consent_mod.allowed_followups())
        .where(*conditions)
    )


def mark_notified(session: Session, ids: list[int], now: datetime) -> None:
    """Record that these were notified: one UPDATE (in chunks of ids under SQLite's
    variable limit)."""
    with session.begin():
        for start in range(0, len(ids), 500):
            session.execute(
                update(FollowUp)
                .where(FollowUp.id.in_(ids[start : start + 500]))
                .values(notified_at=now)
                .execution_options(synchronize_session="fetch")
            )


# --------------------------------------------------------------------------- actions


def _pending(session: Session, followup_id: int) -> FollowUp:
    followup = session.get(FollowUp, followup_id, populate_existing=True)  # as stored now
    if followup is None:
        raise ValidationError({"followup": "That follow-up no longer exists."})
    if followup.status != "pending":
        raise ValidationError({"followup": "That follow-up was already dealt with."})
    return followup


def complete(
    session: Session,
    followup_id: int,
    staff_id: int | None,
    now: datetime,
    note: str = "",
    told_how: str = "",
) -> FollowUp:
    """Mark done. For "tell the customer" and report-backs, records when and how they
    were told on the promise or the feedback."""
    with session.begin():
        followup = _complete(session, followup_id, staff_id, now, note, told_how)
    return followup


NEXT_UNITS = ("days", "weeks", "months")


def complete_and_next(
    session: Session,
    followup_id: int,
    staff_id: int | None,
    now: datetime,
    count: int,
    unit: str = "days",
    owner_id: int | None = None,
    what: str = "",
    note: str = "",
    tz=None,
) -> tuple[FollowUp, FollowUp]:
    """ "Done & schedule next": mark it done and, in the same action, remind ``owner_id``
    (by default whoever owned it) to contact the customer again ``count`` days, weeks or
    months later, at opening time on a working day. The next one is made by a person
    (``next:<follow-up>``): the rules never retire it."""
    from cxlogger.core.records.promises import add_months

    errors = {}
    if unit not in NEXT_UNITS:
        errors["unit"] = "Choose days, weeks or months."
    if not isinstance(count, int) or not 1 <= count <= 366:
        errors["count"] = "Choose how long until the next contact: 1 to 366."
    if errors:
        raise ValidationError(errors)
    with session.begin():
        followup = _complete(session, followup_id, staff_id, now, note, "")
        hours = BusinessHours.from_settings(settings_mod.get_all(session), tz)
        today = hours.local(now).date()
        if unit == "months":
            day = add_months(today, count)
        else:
            day = today + timedelta(days=count * (7 if unit == "weeks" else 1))
        due_at = hours.at(hours.add_working_days(day, 0), hours.morning)
        customer = session.get(Customer, followup.customer_id)
        text = " ".join(what.split()) or f"Get in touch with {customer.name} again"
        following = FollowUp(
            kind="keep_in_touch",
            rule_key=f"next:{followup.id}",
            title=_short(f"Next: {text}", 300),
            customer_id=followup.customer_id,
            interaction_id=followup.interaction_id,
            owner_id=owner_id or followup.owner_id or staff_id,
            due_at=due_at,
            status="pending",
            done_note="",
            created_at=now,
        )
        session.add(following)
        session.flush()
        history.set_summary(
            session,
            f"Done: {_short(followup.title, 60)}; next on {day.isoformat()}",
        )
    return followup, following


def _complete(
    session: Session, followup_id: int, staff_id: int | None, now: datetime, note, told_how
) -> FollowUp:
    followup = _pending(session, followup_id)
    history.begin(session, "done", staff_id, now, f"Done: {_short(followup.title, 80)}")
    followup.status = "done"
    followup.done_at = now
    followup.done_by_id = staff_id
    followup.done_note = note.strip()
    rule = rule_of(followup)
    if rule == "promise_tell" and followup.promise_id:
        promise = session.get(Promise, followup.promise_id)
        if promise is not None and promise.customer_told_at is None:
            promise.customer_told_at = now
            promise.customer_told_how = (told_how or note).strip()[:200]
    elif rule == "report_back" and followup.feedback_id:
        feedback = session.get(Feedback, followup.feedback_id)
        if feedback is not None and feedback.customer_told_at is None:
            feedback.customer_told_at = now
    session.flush()
    # e.g. the next feedback request now respects the gap
    evaluate(session, now, customer_id=followup.customer_id)
    return followup


def dismiss(
    session: Session, followup_id: int, staff_id: int | None, now: datetime, note: str = ""
) -> FollowUp:
    with session.begin():
        followup = _pending(session, followup_id)
        history.begin(session, "dismiss", staff_id, now, f"Dismissed: {_short(followup.title, 80)}")
        followup.status = "dismissed"
        followup.done_at = now
        followup.done_by_id = staff_id
        followup.done_note = note.strip()
    return followup


def _snooze_one(followup: FollowUp, until: datetime) -> None:
    followup.snoozed_until = max(until, followup.due_at)
    followup.notified_at = None  # a snooze is a request to be reminded again


def snooze(session: Session, followup_id: int, until: datetime, now: datetime) -> FollowUp:
    if until <= now:
        raise ValidationError({"until": "Choose a time in the future to be reminded again."})
    with session.begin():
        followup = _pending(session, followup_id)
        _snooze_one(followup, until)
    return followup


def snooze_all(session: Session, until: datetime, now: datetime) -> int:
    """Snooze everything due now (the tray's "Snooze all for 1 hour")."""
    if until <= now:
        raise ValidationError({"until": "Choose a time in the future to be reminded again."})
    with session.begin():
        rows = due(session, now)
        for followup in rows:
            _snooze_one(followup, until)
    return len(rows)


def snooze_choices(now: datetime, hours: BusinessHours) -> list[tuple[str, datetime]]:
    """The standard snooze targets with labels that say when exactly."""
    tomorrow = hours.snooze_tomorrow(now)
    week = hours.snooze_next_week(now)
    local_now = hours.local(now).date()
    t_local = hours.local(tomorrow)
    t_label = (
        "Tomorrow morning"
        if (t_local.date() - local_now).days == 1
        else f"Next working morning ({t_local:%a})"
    )
    return [
        ("For 1 hour", hours.snooze_hour(now)),
        (f"{t_label}, {t_local:%H:%M}", tomorrow),
        (f"Next week ({hours.local(week):%a %d %b})", week),
    ]


def mark_complaint_resolved(
    session: Session, interaction_id: int, now: datetime, staff_id: int | None = None
) -> Interaction:
    """Record that a complaint was resolved; the thank-you and feedback request follow."""
    with session.begin():
        interaction = session.get(Interaction, interaction_id)
        if interaction is None:
            raise ValidationError({"interaction": "That interaction no longer exists."})
        summary = f"Marked complaint {history.ref('interaction', interaction_id)} resolved"
        history.begin(session, "edit", staff_id, now, summary)
        if interaction.resolved_at is None:
            interaction.resolved_at = now
        evaluate_causes(session, now, interactions=[interaction.id])
    return interaction


# --------------------------------------------------------------------------- messages


def template_name(followup: FollowUp) -> str | None:
    """Which message template suits a follow-up (None: better a phone call, or the
    customer's consent forbids a message)."""
    from cxlogger.core.reminders import messages

    purpose = consent_mod.purpose_of(rule_of(followup))
    if purpose and not consent_mod.allows(followup.customer.contact_consent, purpose):
        return None
    return messages.template_kind(followup)


def compose(session: Session, followup: FollowUp, staff_id: int | None) -> templates.Message | None:
    """The filled-in message for a follow-up (default template), from customer-safe
    fields only; see core/messages.py."""
    from cxlogger.core.reminders import messages

    draft = messages.compose(session, followup, staff_id)
    return draft.message if draft is not None else None


# --------------------------------------------------------------------------- describing


def describe(
    followup: FollowUp, now: datetime, hours: BusinessHours, heads: list | None = None
) -> dict[str, Any]:
    """A plain dict for the CLI's --json and for notifications; ``heads``: the customer's
    active heads-ups (core/heads_ups.py), and whether a hold pauses this message."""
    when = effective_due(followup)
    heads = heads or []
    pause = heads_ups.pauses(followup.kind, heads, now)
    return {
        "id": followup.id,
        "kind": followup.kind,
        "rule": rule_of(followup),
        "title": followup.title,
        "customer_id": followup.customer_id,
        "customer": followup.customer.name,
        "owner": followup.owner.name if followup.owner else None,
        "due_at": when.isoformat(),
        "due_local": format_local(when),
        "due_text": due_line(followup, now, hours),
        "promise_due_at": (
            followup.promise.due_at.isoformat()
            if rule_of(followup) in PROMISE_RULES and followup.promise is not None
            else None
        ),
        "overdue": is_overdue(followup, now, hours),
        "snoozed": followup.snoozed_until is not None,
        "heads_ups": [h.as_json(now) for h in heads],
        "paused": pause.paused,
        "paused_until": pause.until.isoformat() if pause.until else None,
        "paused_text": pause.sentence(),
    }
