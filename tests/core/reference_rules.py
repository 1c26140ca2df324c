"""The per-row follow-up rules as they were before the set-based engine (core/rule_engine.py),
kept only as the reference that tests/core/test_rules_differential.py compares against.
The due list, done / snooze / dismiss and messages are shared with the app (core/followups.py).

Every follow-up has a ``rule_key`` naming its rule and cause (``thank:12``,
``promise:7:overdue``…). The key is unique, so a rule never creates the same
follow-up twice, and one that was done or dismissed is never shown again.

The rules are evaluated per cause (an interaction, a promise, a feedback
record) into a *plan*: for each rule key, either a spec (it should exist) or
None (it should not). ``_sync`` applies a plan:

* wanted and missing -> created;
* wanted and ``obsolete`` (closed by the rules earlier) -> pending again;
* not wanted and pending -> ``obsolete`` (its cause went away: the promise was
  kept, the complaint resolved, consent withdrawn, the rule switched off);
* done or dismissed -> never touched again.

Rules run inside the logging transaction (``on_interaction_logged``, registered
in ``interactions.after_log_hooks`` by ``install()``) and from ``refresh(session,
now)``, which the app runs periodically and after every change; it is idempotent.
Nothing here imports Qt, and everything that depends on time takes ``now``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import and_, exists, func, literal, or_, select, text, tuple_
from sqlalchemy.orm import Session, joinedload

from cxlogger.core.models import Customer, Feedback, FollowUp, Interaction, Promise
from cxlogger.core.records import consent as consent_mod
from cxlogger.core.records import interactions as interactions_mod
from cxlogger.core.records import promises as promises_mod
from cxlogger.core.records import settings as settings_mod
from cxlogger.core.reminders.schedule import BusinessHours

KIND_ORDER = ("close_loop", "thank", "feedback", "report_back")
KIND_TITLES = {
    "thank": "Thank",
    "close_loop": "Close the loop",
    "feedback": "Ask for feedback",
    "report_back": "Report back",
}
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


@dataclass
class Spec:
    """What a wanted follow-up should look like."""

    kind: str
    title: str
    customer_id: int
    due_at: datetime
    owner_id: int | None = None
    interaction_id: int | None = None
    promise_id: int | None = None
    feedback_id: int | None = None


Plan = dict[str, Spec | None]


def _short(text: str, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- rules


THANK_REASONS = (
    # setting prefix, title
    ("purchase", "for the purchase"),
    ("referral", "for the referral"),
    ("first_visit", "for their first visit"),
    ("resolved", "for their patience (complaint resolved)"),
)


def _is_first_interaction(session: Session, interaction: Interaction) -> bool:
    # (occurred_at, id) as a row value, so the (customer_id, occurred_at) index answers it
    earlier = session.scalar(
        select(Interaction.id)
        .where(
            Interaction.customer_id == interaction.customer_id,
            tuple_(Interaction.occurred_at, Interaction.id)
            < tuple_(
                literal(interaction.occurred_at, Interaction.occurred_at.type), interaction.id
            ),
        )
        .limit(1)
    )
    return earlier is None


def _asked_recently(session: Session, customer_id: int, ctx: RuleContext, exclude_key: str) -> bool:
    """Asked for feedback within the gap (a request done or still pending), or gave some."""
    since = ctx.now - timedelta(days=ctx.number("feedback_min_gap_days"))
    asked = session.scalar(
        select(FollowUp.id)
        .where(
            FollowUp.customer_id == customer_id,
            FollowUp.kind == "feedback",
            FollowUp.rule_key != exclude_key,
            or_(
                FollowUp.status == "pending",
                and_(FollowUp.status == "done", FollowUp.done_at >= since),
            ),
        )
        .limit(1)
    )
    if asked is not None:
        return True
    gave = session.scalar(
        select(Feedback.id)
        .where(Feedback.customer_id == customer_id, Feedback.received_at >= since)
        .limit(1)
    )
    return gave is not None


# Tone: a thank-you never follows one of these, nor anything logged as negative
NO_THANKS_KINDS = ("complaint", "return")
# "thank you for your first visit" only when that first contact was one of these
FIRST_VISIT_KINDS = ("purchase", "inquiry")


def _low_rating_condition(values: dict[str, Any]):
    """SQL for is_low_rating()."""
    csat_max = int(values.get("low_rating_csat_max", 2))
    nps_max = int(values.get("low_rating_nps_max", 6))
    return or_(
        and_(Feedback.scale == "nps", Feedback.rating <= nps_max),
        and_(Feedback.scale != "nps", Feedback.rating <= csat_max),
    )


def _rated_low_since(session: Session, interaction: Interaction, ctx: RuleContext) -> bool:
    """A low rating about this interaction, or from this customer since it happened:
    a generic thank-you would read as not listening."""
    found = session.scalar(
        select(Feedback.id)
        .where(
            Feedback.customer_id == interaction.customer_id,
            or_(
                Feedback.interaction_id == interaction.id,
                Feedback.received_at >= interaction.occurred_at,
            ),
            _low_rating_condition(ctx.values),
        )
        .limit(1)
    )
    return found is not None


def thank_reasons(
    session: Session, interaction: Interaction, ctx: RuleContext
) -> list[tuple[str, datetime]]:
    """Why (and from when) to thank for an interaction, by the tone rules:

    * a complaint, a return or anything logged with negative sentiment is never
      thanked when it is logged; a complaint is thanked "for their patience" only
      once it is resolved;
    * "first visit" only for a first contact that was a purchase or an inquiry,
      not negative;
    * nothing once the customer gave a low rating about it (or since).
    """
    if _rated_low_since(session, interaction, ctx):
        return []
    reasons = []
    sour = interaction.kind in NO_THANKS_KINDS or interaction.sentiment == "negative"
    if not sour:
        if interaction.kind == "purchase" and ctx.on("thank_purchase_enabled"):
            reasons.append(("purchase", interaction.created_at))
        if interaction.kind == "referral" and ctx.on("thank_referral_enabled"):
            reasons.append(("referral", interaction.created_at))
        if (
            interaction.kind in FIRST_VISIT_KINDS
            and ctx.on("thank_first_visit_enabled")
            and _is_first_interaction(session, interaction)
        ):
            reasons.append(("first_visit", interaction.created_at))
    if (
        interaction.kind == "complaint"
        and interaction.resolved_at
        and ctx.on("thank_resolved_enabled")
    ):
        reasons.append(("resolved", interaction.resolved_at))
    return reasons


def interaction_plan(session: Session, interaction: Interaction, ctx: RuleContext) -> Plan:
    """Thank, ask for feedback, and check on a complaint left without promise or resolution."""
    customer = interaction.customer
    iid = interaction.id
    summary = _short(interaction.summary)
    owner = interaction.staff_id or customer.owner_id
    plan: Plan = {}
    live = not customer.archived
    state = customer.contact_consent

    # Thank: one per interaction, whatever the reasons; due at the earliest of them
    reasons = []
    if live and consent_mod.allows(state, "thank"):
        reasons = thank_reasons(session, interaction, ctx)
    thank = None
    if live and reasons:
        dues = [
            ctx.hours.due_after_working_days(when, ctx.number(f"thank_{name}_days"))
            for name, when in reasons
        ]
        words = dict(THANK_REASONS)
        title = "Say thank you " + " and ".join(words[name] for name, _ in reasons)
        thank = Spec("thank", f"{title}: {summary}", customer.id, min(dues), owner, iid)
    plan[f"thank:{iid}"] = thank

    # Ask for feedback N days after a purchase or a resolved complaint
    key = f"feedback:{iid}"
    event = None
    if interaction.kind == "purchase":
        event = interaction.occurred_at
    elif interaction.kind == "complaint" and interaction.resolved_at:
        event = interaction.resolved_at
    feedback = None
    if (
        live
        and event is not None
        and ctx.on("feedback_enabled")
        and consent_mod.allows(state, "feedback")
        and not _asked_recently(session, customer.id, ctx, key)
    ):
        due = ctx.hours.due_after_days(event, ctx.number("feedback_after_days"))
        feedback = Spec("feedback", f"Ask for feedback on: {summary}", customer.id, due, owner, iid)
    plan[key] = feedback

    # A complaint with neither a promise nor a resolution after N days
    key = f"complaint:{iid}:stalled"
    stalled = None
    if interaction.kind == "complaint":
        days = ctx.number("complaint_check_days")
        due = interaction.occurred_at + timedelta(days=days)
        has_promise = session.scalar(
            select(
                exists().where(
                    Promise.customer_id == customer.id,
                    or_(
                        Promise.interaction_id == iid,
                        Promise.created_at >= interaction.occurred_at,
                    ),
                )
            )
        )
        if (
            live
            and ctx.on("complaint_check_enabled")
            and interaction.resolved_at is None
            and not has_promise
            and ctx.now >= due
        ):
            title = (
                f"Complaint without a promise or resolution for {days} "
                f"day{'s' if days != 1 else ''}: {summary}"
            )
            stalled = Spec("close_loop", title, customer.id, due, owner, iid)
    plan[key] = stalled
    return plan


PROMISE_RULES = ("promise_soon", "promise_overdue")


def promise_reminder_at(promise: Promise, hours: BusinessHours, values: dict[str, Any]) -> datetime:
    """When the "coming up" reminder of a promise comes: in working hours, the lead
    (working days, by default the working day before, or hours) ahead of its due
    moment; at once for a promise made for today or tomorrow, or when that moment
    has already passed."""
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


def promise_plan(session: Session, promise: Promise, ctx: RuleContext) -> Plan:
    """Remind ahead of the due time, again when overdue, and to tell the customer once kept."""
    pid = promise.id
    what = _short(promise.description)
    customer = promise.customer
    live = not customer.archived
    enabled = live and ctx.on("promise_reminders_enabled")
    common = dict(
        customer_id=promise.customer_id,
        owner_id=promise.owner_id,
        promise_id=pid,
        interaction_id=promise.interaction_id,
    )
    plan: Plan = {}
    is_open = promise.status == "open"
    overdue = promises_mod.is_overdue(promise, ctx.now)
    # the title names the promise; when it is due is said live (due_line), so a
    # stored title never contradicts the promise's state
    title = f"Keep the promise: {what}"

    soon = None
    if enabled and is_open and not overdue:
        due = promise_reminder_at(promise, ctx.hours, ctx.values)
        soon = Spec("close_loop", title, due_at=due, **common)
    plan[f"promise:{pid}:soon"] = soon

    late = None
    if enabled and overdue:
        late = Spec("close_loop", title, due_at=promise.due_at, **common)
    plan[f"promise:{pid}:overdue"] = late

    tell = None
    if (
        live
        and ctx.on("promise_tell_enabled")
        and consent_mod.allows(customer.contact_consent, "tell")
        and promise.status == "kept"
        and promise.customer_told_at is None
        and promise.closed_at is not None
        and promise.closed_at >= ctx.lookback
    ):
        tell = Spec(
            "close_loop",
            f"Tell them the promise was kept: {what}",
            due_at=promise.closed_at,
            **common,
        )
    plan[f"promise:{pid}:tell"] = tell
    return plan


def is_low_rating(feedback: Feedback, values: dict[str, Any]) -> bool:
    if feedback.scale == "nps":
        return feedback.rating <= int(values.get("low_rating_nps_max", 6))
    return feedback.rating <= int(values.get("low_rating_csat_max", 2))


def feedback_plan(session: Session, feedback: Feedback, ctx: RuleContext) -> Plan:
    """A low rating closes the loop; an action taken is reported back to the customer."""
    customer = feedback.customer
    live = not customer.archived
    about = feedback.interaction.summary if feedback.interaction else feedback.comment
    owner = customer.owner_id or feedback.created_by_id
    if feedback.interaction is not None and feedback.interaction.staff_id:
        owner = customer.owner_id or feedback.interaction.staff_id
    common = dict(
        customer_id=customer.id,
        owner_id=owner,
        feedback_id=feedback.id,
        interaction_id=feedback.interaction_id,
    )
    plan: Plan = {}

    low = None
    if live and ctx.on("low_rating_enabled") and is_low_rating(feedback, ctx.values):
        top = 10 if feedback.scale == "nps" else 5
        low = Spec(
            "close_loop",
            f"Low rating ({feedback.rating}/{top}), close the loop: "
            f"{_short(feedback.comment or about or 'no comment')}",
            due_at=feedback.received_at,
            **common,
        )
    plan[f"low_rating:{feedback.id}"] = low

    back = None
    if (
        live
        and ctx.on("report_back_enabled")
        and consent_mod.allows(customer.contact_consent, "report_back")
        and feedback.action_taken.strip()
        and feedback.customer_told_at is None
    ):
        title = f"Report back on their feedback: {_short(feedback.action_taken)}"
        due = feedback.action_at or feedback.received_at
        back = Spec("report_back", title, due_at=due, **common)
    plan[f"report_back:{feedback.id}"] = back
    return plan


def touch_plan(session: Session, customer: Customer, ctx: RuleContext) -> Plan:
    """Keep in touch: no interaction or sent message for longer than the cadence (the
    customer's own, else the shortest of their tags', else the default)."""
    from cxlogger.core.models import SentMessage
    from cxlogger.core.records.touch import Cadences

    plan: Plan = {}
    for f in session.scalars(
        select(FollowUp).where(
            FollowUp.customer_id == customer.id, FollowUp.rule_key.like("touch:%")
        )
    ):
        plan[f.rule_key] = None
    cadence = Cadences.from_settings(ctx.values).for_customer(
        customer.tags, customer.touch_every_days, customer.touch_stopped
    )
    if not ctx.on("touch_enabled") or customer.archived or customer.erased_at or not cadence:
        return plan
    moments = [
        m
        for m in (
            session.scalar(
                select(func.max(Interaction.occurred_at)).where(
                    Interaction.customer_id == customer.id
                )
            ),
            session.scalar(
                select(func.max(SentMessage.sent_at)).where(SentMessage.customer_id == customer.id)
            ),
        )
        if m is not None
    ]
    due = (max(moments) if moments else customer.created_at) + timedelta(days=cadence)
    if due <= ctx.now:
        key = f"touch:{customer.id}:{due.astimezone(timezone.utc).date().isoformat()}"
        plan[key] = Spec(
            "keep_in_touch",
            "Keep in touch: " + _short(customer.name),
            customer_id=customer.id,
            interaction_id=None,
            promise_id=None,
            feedback_id=None,
            owner_id=customer.owner_id,
            due_at=due,
        )
    return plan


# --------------------------------------------------------------------------- applying plans


def _sync(session: Session, plan: Plan, now: datetime) -> list[FollowUp]:
    """Make the stored follow-ups match ``plan``; returns those created, revived or retired."""
    if not plan:
        return []
    rows = {
        f.rule_key: f
        for f in session.scalars(select(FollowUp).where(FollowUp.rule_key.in_(list(plan))))
    }
    changed = []
    for key, spec in plan.items():
        row = rows.get(key)
        if spec is None:
            if row is not None and row.status == "pending":
                row.status = "obsolete"
                row.done_at = now
                changed.append(row)
            continue
        if row is None:
            row = FollowUp(
                kind=spec.kind,
                rule_key=key,
                title=spec.title[:300],
                customer_id=spec.customer_id,
                interaction_id=spec.interaction_id,
                promise_id=spec.promise_id,
                feedback_id=spec.feedback_id,
                owner_id=spec.owner_id,
                due_at=spec.due_at,
                status="pending",
                done_note="",
                created_at=now,
            )
            session.add(row)
            changed.append(row)
        elif row.status == "obsolete":
            row.status = "pending"
            row.done_at = None
            row.title, row.due_at, row.owner_id = spec.title[:300], spec.due_at, spec.owner_id
            changed.append(row)
        elif row.status == "pending":
            if row.due_at != spec.due_at and row.notified_at is None:
                # the cause moved (a promise's due date, a changed delay): follow it
                row.due_at = spec.due_at
            # a promise handed to a colleague goes to their list
            row.title, row.owner_id = spec.title[:300], spec.owner_id
    session.flush()
    return changed


def on_interaction_logged(
    session: Session, interaction: Interaction, promise: Promise | None, now: datetime
) -> None:
    """The after-log hook: follow-ups in the same transaction as their cause."""
    ctx = RuleContext.load(session, now)
    _sync(session, interaction_plan(session, interaction, ctx), now)
    if promise is not None:
        _sync(session, promise_plan(session, promise, ctx), now)
    # a new promise or resolution may settle an earlier complaint check
    for earlier in _open_complaints(session, interaction.customer_id, ctx):
        if earlier.id != interaction.id:
            _sync(session, interaction_plan(session, earlier, ctx), now)


def install() -> None:
    """Register the rules with interaction logging (idempotent)."""
    if on_interaction_logged not in interactions_mod.after_log_hooks:
        interactions_mod.after_log_hooks.append(on_interaction_logged)


def uninstall() -> None:
    while on_interaction_logged in interactions_mod.after_log_hooks:
        interactions_mod.after_log_hooks.remove(on_interaction_logged)


def _open_complaints(session: Session, customer_id: int, ctx: RuleContext) -> list[Interaction]:
    return list(
        session.scalars(
            select(Interaction).where(
                Interaction.customer_id == customer_id,
                Interaction.kind == "complaint",
                Interaction.resolved_at.is_(None),
                Interaction.occurred_at
                >= ctx.lookback - timedelta(days=ctx.number("complaint_check_days")),
            )
        )
    )


# How far before the last run to look again: clocks on several desktops differ a little,
# and looking at a cause twice is harmless (plans are idempotent).
WATERMARK_MARGIN = timedelta(minutes=10)
WATERMARK_KEY = "rules_checked_at"
REFRESH_LOCK_KEY = 0x63786C6F  # any fixed number; "cxlo"


def evaluate(session: Session, now: datetime, tz=None, since: datetime | None = None) -> int:
    """Bring follow-ups up to date with what is stored (no transaction of its own).

    With ``since`` None, looks at every recent cause (the lookback window), open and
    recently kept promises, feedback with an untold action, and the cause of every
    pending follow-up. With ``since``, only at causes that changed after it, plus
    those that time alone moved on (a promise that became overdue, a complaint
    whose wait ran out), so the periodic run stays quick on a large database.
    Returns how many follow-ups were created, revived or retired.
    """
    ctx = RuleContext.load(session, now, tz)
    lookback = ctx.lookback
    stalled_days = timedelta(days=ctx.number("complaint_check_days"))
    if since is None:
        interaction_ids, promise_ids, feedback_ids = _all_recent_causes(session, ctx)
        pending = session.scalars(select(FollowUp).where(FollowUp.status == "pending"))
    else:
        customers = select(Customer.id).where(Customer.updated_at >= since)
        promised_to = select(Promise.customer_id).where(Promise.created_at >= since)
        interaction_ids = _ids(
            session,
            Interaction,
            Interaction.created_at >= since,
            Interaction.resolved_at >= since,
            and_(
                Interaction.kind == "complaint",
                Interaction.resolved_at.is_(None),
                or_(
                    # its wait ran out since the last run
                    Interaction.occurred_at.between(since - stalled_days, now - stalled_days),
                    # or a promise was made to that customer since
                    Interaction.customer_id.in_(promised_to),
                ),
                Interaction.occurred_at >= lookback - stalled_days,
            ),
            and_(
                Interaction.customer_id.in_(customers),
                Interaction.created_at >= lookback,
            ),
        )
        promise_ids = _ids(
            session,
            Promise,
            Promise.created_at >= since,
            Promise.closed_at >= since,
            Promise.customer_told_at >= since,
            and_(Promise.status == "open", Promise.due_at.between(since, now)),
            and_(Promise.status == "open", Promise.customer_id.in_(customers)),
            and_(
                Promise.status == "kept",
                Promise.customer_told_at.is_(None),
                Promise.customer_id.in_(customers),
            ),
        )
        feedback_ids = _ids(
            session,
            Feedback,
            Feedback.created_at >= since,
            Feedback.received_at >= since,
            Feedback.action_at >= since,
            Feedback.customer_told_at >= since,
            Feedback.customer_id.in_(customers),
        )
        pending = session.scalars(
            select(FollowUp).where(
                FollowUp.status == "pending", FollowUp.customer_id.in_(customers)
            )
        )
    for f in pending:
        if f.promise_id and f.rule_key.startswith("promise:"):
            promise_ids.add(f.promise_id)
        elif f.feedback_id:
            feedback_ids.add(f.feedback_id)
        elif f.interaction_id:
            interaction_ids.add(f.interaction_id)

    changed = 0
    # keeping in touch (issue 11), per customer in Python: every customer, every run
    for customer in session.scalars(select(Customer).order_by(Customer.id)):
        changed += len(_sync(session, touch_plan(session, customer, ctx), now))
    for interaction in _load(session, Interaction, interaction_ids, "created_at"):
        changed += len(_sync(session, interaction_plan(session, interaction, ctx), now))
    for promise in _load(session, Promise, promise_ids, "created_at"):
        changed += len(_sync(session, promise_plan(session, promise, ctx), now))
    for feedback in _load(session, Feedback, feedback_ids, "received_at"):
        changed += len(_sync(session, feedback_plan(session, feedback, ctx), now))
    return changed


def _ids(session: Session, model, *any_of) -> set[int]:
    """Ids of ``model`` rows matching any of the conditions."""
    return set(session.scalars(select(model.id).where(or_(*any_of))))


def _all_recent_causes(session: Session, ctx: RuleContext) -> tuple[set, set, set]:
    since = ctx.lookback
    complaint_since = since - timedelta(days=ctx.number("complaint_check_days"))
    interaction_ids = _ids(
        session,
        Interaction,
        Interaction.created_at >= since,
        Interaction.resolved_at >= since,
        and_(
            Interaction.kind == "complaint",
            Interaction.resolved_at.is_(None),
            Interaction.occurred_at >= complaint_since,
        ),
    )
    promise_ids = _ids(
        session,
        Promise,
        Promise.status == "open",
        and_(
            Promise.status == "kept",
            Promise.customer_told_at.is_(None),
            Promise.closed_at >= since,
        ),
    )
    feedback_ids = _ids(
        session,
        Feedback,
        Feedback.received_at >= since,
        and_(Feedback.action_taken != "", Feedback.customer_told_at.is_(None)),
    )
    return interaction_ids, promise_ids, feedback_ids


def _load(session: Session, model, ids: set[int], order: str) -> list:
    if not ids:
        return []
    result = []
    ids_list = sorted(ids)
    for start in range(0, len(ids_list), 500):  # stay under SQLite's variable limit
        chunk = ids_list[start : start + 500]
        result += session.scalars(
            select(model).options(joinedload(model.customer)).where(model.id.in_(chunk))
        ).all()
    result.sort(key=lambda row: (getattr(row, order), row.id))
    return result


def refresh(session: Session, now: datetime, tz=None, full: bool = False) -> int:
    """``evaluate`` as one transaction of its own (the periodic run).

    Only causes changed since the previous run are looked at, unless ``full`` (after
    the rules' settings changed) or on the first run, which catches up on the
    lookback window.
    """
    with session.begin():
        if session.get_bind().dialect.name == "postgresql":
            # desktops sharing a server take turns, so two refreshes never race to
            # create the same follow-up (its rule_key is unique)
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REFRESH_LOCK_KEY})
        last = settings_mod.get(session, WATERMARK_KEY)
        since = None
        if last and not full:
            last_run = datetime.fromisoformat(last)
            if last_run <= now:  # a clock moved backwards gets a full run
                since = last_run - WATERMARK_MARGIN
        changed = evaluate(session, now, tz, since=since)
        settings_mod.put(session, WATERMARK_KEY, now.isoformat())
        return changed
