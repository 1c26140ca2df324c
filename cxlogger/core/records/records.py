"""Correcting records: open an interaction, promise or feedback, edit it, delete it.

Each record type lists its editable fields (``Field``); an editor builds one
widget per field from that list, so a field added here appears in the editor
without further UI code. Every edit and delete is one transaction recorded in
the change log (core/history.py), so it shows in the record's history and can
be undone (core/undo.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxlogger.core.errors import UserError, ValidationError
from cxlogger.core.models import (
    CHANNELS,
    FEEDBACK_SCALES,
    KINDS,
    SENTIMENTS,
    Customer,
    Feedback,
    FollowUp,
    Interaction,
    Promise,
    label,
)
from cxlogger.core.records import conflicts, history, money
from cxlogger.core.records.conflicts import ConflictError
from cxlogger.core.records.history import ref
from cxlogger.core.timeutil import to_local, to_utc


@dataclass(frozen=True)
class Field:
    """One editable field. ``type`` tells the editor which widget to use:
    text, multiline, choice (codes in ``choices``, shown with models.label),
    optional_choice, datetime, date, optional_time, integer, staff."""

    key: str
    label: str
    type: str = "text"
    choices: tuple[str, ...] = ()
    minimum: int = 0
    maximum: int = 0
    labels: tuple[tuple[str, str], ...] = ()  # (code, text) where models.label won't do

    def label_of(self, code: str | None) -> str:
        return dict(self.labels).get(code or "", label(code))


class RecordChanged(UserError):
    pass


class RecordConflict(ConflictError, RecordChanged):
    """Changed since the editor read it (core/conflicts.py): nothing was saved."""


# the stored columns each editor field is made of (who changed it, from the change log)
FIELD_COLUMNS = {
    "due_date": ("due_at",),
    "due_time": ("due_at", "due_has_time"),
    "amount": ("amount_minor",),
}


class RecordGone(UserError):
    pass


@dataclass
class RecordType:
    entity: str
    model: type
    noun: str  # "interaction"
    fields: tuple[Field, ...]
    values: Callable[[Any], dict[str, Any]]
    apply: Callable[[Session, Any, dict[str, Any], datetime], None]


# --------------------------------------------------------------------------- interactions


def _interaction_values(item: Interaction) -> dict[str, Any]:
    amount = ""
    if item.amount_minor is not None:
        amount = money.plain(item.amount_minor, item.currency)
    return {
        "occurred_at": item.occurred_at,
        "channel": item.channel,
        "kind": item.kind,
        "sentiment": item.sentiment,
        "summary": item.summary,
        "details": item.details,
        "amount": amount,
        "currency": item.currency or money.DEFAULT_CURRENCY,
        "amount_kind": item.amount_kind,
        "customer_text": item.customer_text,  # customer-facing (core/messages.py)
    }


def _apply_interaction(session: Session, item: Interaction, v: dict, now: datetime) -> None:
    from cxlogger.core.records.interactions import InteractionData, _validate
    from cxlogger.core.reminders import followups

    data = InteractionData(
        customer_id=item.customer_id,
        occurred_at=v["occurred_at"],
        channel=v["channel"],
        kind=v["kind"],
        summary=v["summary"],
        details=v["details"],
        sentiment=v["sentiment"],
        amount=v["amount"] or "",
        currency=v["currency"] or money.DEFAULT_CURRENCY,
        amount_kind=v["amount_kind"],
        customer_text=v.get("customer_text") or "",
    )
    amount_minor, currency = _validate(data, now)
    occurred_at = to_utc(data.occurred_at)
    if abs(occurred_at - item.occurred_at) >= timedelta(seconds=1):  # not a round-trip blur
        item.occurred_at = occurred_at
    item.channel, item.kind, item.sentiment = data.channel, data.kind, data.sentiment
    item.summary, item.details = data.summary.strip(), data.details.strip()
    item.customer_text = " ".join(data.customer_text.split())
    item.amount_minor, item.currency = amount_minor, currency
    item.amount_kind = data.amount_kind if amount_minor is not None else None
    session.flush()
    followups.evaluate_causes(session, now, interactions=[item.id])


# --------------------------------------------------------------------------- promises


def _promise_values(item: Promise) -> dict[str, Any]:
    local = to_local(item.due_at)
    return {
        "description": item.description,
        "due_date": local.date(),
        "due_time": local.time().replace(second=0, microsecond=0) if item.due_has_time else None,
        "owner_id": item.owner_id,
        "outcome_note": item.outcome_note,
        "customer_outcome": item.customer_outcome,  # customer-facing (core/messages.py)
    }


def _apply_promise(session: Session, item: Promise, v: dict, now: datetime) -> None:
    from cxlogger.core.records.promises import PromiseData, due_moment, hours_for
    from cxlogger.core.reminders import followups

    data = PromiseData(v["description"], v["due_date"], v["due_time"], v["owner_id"])
    errors = data.errors()
    if item.status in ("kept", "broken") and not (v["outcome_note"] or "").strip():
        errors["outcome_note"] = "Write a short note on what happened."
    if errors:
        raise ValidationError(errors)
    # the one definition: a date alone is due at closing time (core/promises.py)
    due_at = due_moment(data.due_date, data.due_time, hours_for(session), made=item.created_at)
    if due_at != item.due_at:
        item.due_at = due_at
    item.due_has_time = data.due_time is not None
    item.description = data.description.strip()
    item.owner_id = data.owner_id or item.owner_id
    item.outcome_note = (v["outcome_note"] or "").strip()
    item.customer_outcome = (v.get("customer_outcome") or "").strip()
    session.flush()
    followups.evaluate_causes(session, now, promises=[item.id])


# --------------------------------------------------------------------------- feedback


def _feedback_values(item: Feedback) -> dict[str, Any]:
    return {
        "scale": item.scale,
        "rating": item.rating,
        "comment": item.comment,
        "action_taken": item.action_taken,
        "customer_action": item.customer_action,  # customer-facing (core/messages.py)
    }


def _apply_feedback(session: Session, item: Feedback, v: dict, now: datetime) -> None:
    from cxlogger.core.records import feedback as feedback_svc

    data = feedback_svc.FeedbackData(
        customer_id=item.customer_id, rating=v["rating"], scale=v["scale"]
    )
    errors = data.errors()
    if errors:
        raise ValidationError(errors)
    item.scale, item.rating = data.scale, int(data.rating)
    item.comment = (v["comment"] or "").strip()
    action = (v["action_taken"] or "").strip()
    item.customer_action = (v.get("customer_action") or "").strip()
    if action != item.action_taken:
        item.action_taken = action
        item.action_at = now if action else None
    feedback_svc._sync(session, item, now)


RECORD_TYPES: dict[str, RecordType] = {
    "interaction": RecordType(
        "interaction",
        Interaction,
        "interaction",
        (
            Field("occurred_at", "When", "datetime"),
            Field("channel", "Channel", "choice", CHANNELS),
            Field("kind", "Kind", "choice", KINDS),
            Field("sentiment", "Sentiment", "choice", SENTIMENTS),
            Field("summary", "Summary"),
            Field("details", "Details", "multiline"),
            Field("amount", "Amount"),
            Field("currency", "Currency"),
            Field("amount_kind", "Amount is a", "optional_choice", money.AMOUNT_KINDS),
            Field("customer_text", "In messages"),
        ),
        _interaction_values,
        _apply_interaction,
    ),
    "promise": RecordType(
        "promise",
        Promise,
        "promise",
        (
            Field("description", "Promise"),
            Field("due_date", "Due", "date"),
            Field("due_time", "At", "optional_time"),
            Field("owner_id", "Owner", "staff"),
            Field("outcome_note", "Outcome note", "multiline"),
            Field("customer_outcome", "Tell the customer", "multiline"),
        ),
        _promise_values,
        _apply_promise,
    ),
    "feedback": RecordType(
        "feedback",
        Feedback,
        "feedback",
        (
            Field(
                "scale",
                "Scale",
                "choice",
                FEEDBACK_SCALES,
                labels=(("csat", "Satisfaction (1–5)"), ("nps", "Likelihood to recommend (0–10)")),
            ),
            Field("rating", "Rating", "integer", minimum=0, maximum=10),
            Field("comment", "Comment", "multiline"),
            Field("action_taken", "Action taken", "multiline"),
            Field("customer_action", "Tell the customer", "multiline"),
        ),
        _feedback_values,
        _apply_feedback,
    ),
}


# --------------------------------------------------------------------------- services


@dataclass
class RecordView:
    """What an editor shows: the values, the customer, and the reference."""

    entity: str
    entity_id: int
    reference: str
    customer_id: int
    customer_name: str
    values: dict[str, Any]
    created_at: datetime | None


def _get(session: Session, entity: str, entity_id: int):
    kind = RECORD_TYPES[entity]
    item = session.get(kind.model, entity_id, populate_existing=True)  # as stored now
    if item is None:
        raise RecordGone(f"That {kind.noun} no longer exists; it may have been deleted.")
    return kind, item


def open_record(session: Session, entity: str, entity_id: int) -> RecordView:
    kind, item = _get(session, entity, entity_id)
    customer = session.get(Customer, item.customer_id)
    return RecordView(
        entity,
        entity_id,
        ref(entity, entity_id),
        item.customer_id,
        customer.name if customer else "",
        kind.values(item),
        item.created_at,
    )


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, datetime) and isinstance(b, datetime):
        return to_utc(a).replace(microsecond=0) == to_utc(b).replace(microsecond=0)
    return a == b


def update_record(
    session: Session,
    entity: str,
    entity_id: int,
    values: dict[str, Any],
    staff_id: int | None,
    now: datetime,
    expected: dict[str, Any] | None = None,
) -> RecordView:
    """Save an edit. ``expected`` are the values the editor showed: if someone changed
    the record meanwhile, nothing is saved and RecordConflict says, field by field, what
    they stored and who did (the editor offers the choice, core/conflicts.py)."""

    def check(kind: RecordType, item) -> None:
        current = kind.values(item)
        if expected is None or all(_same(current.get(k), expected.get(k)) for k in current):
            return
        found = conflicts.conflict_for(
            session,
            entity,
            entity_id,
            kind.noun,
            getattr(item, "version", None),
            expected,
            {**current, **expected, **values},
            current,
            {f.key: f.label for f in kind.fields},
            FIELD_COLUMNS,
        )
        if found.fields:
            raise RecordConflict(found)

    def write() -> None:
        with session.begin():
            kind, item = _get(session, entity, entity_id)
            check(kind, item)
            merged = {**kind.values(item), **values}
            history.begin(
                session, "edit", staff_id, now, f"Edited {kind.noun} {ref(entity, entity_id)}"
            )
            kind.apply(session, item, merged, now)
            session.flush()

    conflicts.guarded(session, write, lambda: check(*_get(session, entity, entity_id)))
    with session.begin():
        return open_record(session, entity, entity_id)


def delete_record(
    session: Session, entity: str, entity_id: int, staff_id: int | None, now: datetime
) -> str:
    """Delete an interaction, promise or feedback (undoable); returns what was done."""
    with session.begin():
        kind, item = _get(session, entity, entity_id)
        summary = f"Deleted {kind.noun} {ref(entity, entity_id)}"
        history.begin(session, "delete", staff_id, now, summary)
        column = {"interaction": FollowUp.interaction_id, "promise": FollowUp.promise_id}.get(
            entity, FollowUp.feedback_id
        )
        # what the database would remove or unlink by itself is done here, so it is
        # recorded and comes back with Undo
        for followup in session.scalars(select(FollowUp).where(column == entity_id)):
            session.delete(followup)
        if entity == "interaction":
            for model in (Promise, Feedback):
                for other in session.scalars(
                    select(model).where(model.interaction_id == entity_id)
                ):
                    other.interaction_id = None
        session.flush()
        session.delete(item)
    return summary


def local_date_time(value: datetime) -> tuple[date, time]:
    local = to_local(value)
    return local.date(), local.time()
