"""Heads-ups: short notes pinned on a customer that everyone who deals with them sees.

"Mixer returned 11 Dec, stop rental invoices": one person knows it, and everyone who
opens the customer, logs something for them, or gets a reminder about them sees it.
A heads-up has a kind:

* ``info`` and ``warning``: shown wherever the customer appears;
* ``hold``: also pauses outgoing messages to the customer (thank-yous, feedback asks,
  report-backs) until it expires or is resolved. Promises to the customer still
  remind: keeping a promise is not a message. The pause is a condition on the due
  lists here in the core (``paused_condition``), so ``cxlogger due``, the tray's
  notifications and Today agree; a paused follow-up stays listed and says so
  ("Paused: hold until 12 Dec") and is never notified while paused.

A heads-up is *active* until it is resolved (who and when are recorded) or its expiry
passes; resolved and expired ones stay on the customer's timeline. Pinning and
resolving are user actions recorded in the change log (core/history.py), so they
show in the history and can be undone. The row carries a ``version`` (SQLAlchemy's
version counter): resolving one that someone else changed meanwhile is refused.

Nothing here imports Qt; everything that depends on time takes ``now``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from cxlogger.core.errors import UserError, ValidationError
from cxlogger.core.models import HEADS_UP_KINDS, Customer, FollowUp, HeadsUp, Staff
from cxlogger.core.records import history
from cxlogger.core.records.heads_up_views import (  # noqa: F401 (plain views, said there)
    _KIND_RANK,
    HOLD,
    INFO,
    PAUSED_KINDS,
    WARNING,
    HeadsUpView,
    Pause,
    _sorted,
    last_day,
    pause_of,
    pauses,
)

KIND_LABELS = {INFO: "Info", WARNING: "Warning", HOLD: "Hold"}
MAX_TEXT = 300


class HeadsUpChanged(UserError):
    """Someone else resolved or changed the heads-up meanwhile."""


@dataclass
class HeadsUpData:
    """What a person pins: the text, the kind, and the last day it applies (local)."""

    text: str
    kind: str = INFO
    until: date | None = None

    def errors(self, now: datetime | None = None, prefix: str = "") -> dict[str, str]:
        errors = {}
        text = " ".join((self.text or "").split())
        if not text:
            errors[prefix + "text"] = "Write what everyone should know about this customer."
        elif len(text) > MAX_TEXT:
            errors[prefix + "text"] = f"Keep the heads-up under {MAX_TEXT} characters."
        if self.kind not in HEADS_UP_KINDS:
            errors[prefix + "kind"] = "Choose the kind of heads-up: info, warning or hold."
        if self.until is not None and now is not None and expiry_of(self.until) <= now:
            errors[prefix + "until"] = "That day is over; choose today or a later day."
        return errors


def expiry_of(until: date | None, tz=None) -> datetime | None:
    """A heads-up "until 12 Dec" applies all that day: it expires at the next local midnight."""
    if until is None:
        return None
    midnight = datetime.combine(until + timedelta(days=1), time.min)
    return midnight.replace(tzinfo=tz).astimezone() if tz else midnight.astimezone()


def active_condition(now: datetime, model=HeadsUp):
    """SQL: not resolved and not expired at ``now``."""
    return and_(
        model.resolved_at.is_(None), or_(model.expires_at.is_(None), model.expires_at > now)
    )


def paused_condition(now: datetime):
    """SQL (on FollowUp): a message follow-up whose customer has an active hold."""
    hold = aliased(HeadsUp)
    return and_(
        FollowUp.kind.in_(PAUSED_KINDS),
        exists().where(
            hold.customer_id == FollowUp.customer_id,
            hold.kind == HOLD,
            active_condition(now, hold),
        ),
    )


# --------------------------------------------------------------------------- reading


def _select():
    by, resolver = aliased(Staff), aliased(Staff)
    return (
        select(
            HeadsUp.id,
            HeadsUp.customer_id,
            HeadsUp.text,
            HeadsUp.kind,
            by.name,
            HeadsUp.created_at,
            HeadsUp.expires_at,
            HeadsUp.interaction_id,
            resolver.name,
            HeadsUp.resolved_at,
            HeadsUp.version,
        )
        .outerjoin(by, by.id == HeadsUp.created_by_id)
        .outerjoin(resolver, resolver.id == HeadsUp.resolved_by_id)
    )


def active(session: Session, customer_id: int, now: datetime) -> list[HeadsUpView]:
    """A customer's active heads-ups: holds first, newest first."""
    rows = session.execute(
        _select().where(HeadsUp.customer_id == customer_id, active_condition(now))
    )
    return _sorted(HeadsUpView(*row) for row in rows)


def active_for(session: Session, customer_ids, now: datetime) -> dict[int, list[HeadsUpView]]:
    """Active heads-ups of several customers (ids, or a SELECT of ids), by customer."""
    found: dict[int, list[HeadsUpView]] = {}
    if not isinstance(customer_ids, (list, tuple, set, frozenset)):
        chunks = [customer_ids]
    else:
        ids = sorted(set(customer_ids))
        chunks = [ids[i : i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        if isinstance(chunk, list) and not chunk:
            continue
        query = _select().where(HeadsUp.customer_id.in_(chunk), active_condition(now))
        for row in session.execute(query):
            found.setdefault(row[1], []).append(HeadsUpView(*row))
    return {cid: _sorted(views) for cid, views in found.items()}


def all_of(session: Session, customer_id: int) -> list[HeadsUpView]:
    """Every heads-up of a customer, active, expired and resolved (for the timeline)."""
    rows = session.execute(_select().where(HeadsUp.customer_id == customer_id))
    return _sorted(HeadsUpView(*row) for row in rows)


def customers_with_active(session: Session, customer_ids, now: datetime) -> dict[int, str]:
    """For a search result list: customer id -> the most pressing kind of active heads-up."""
    ids = list(customer_ids)
    kinds: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(HeadsUp.customer_id, HeadsUp.kind).where(
                HeadsUp.customer_id.in_(ids[start : start + 500]), active_condition(now)
            )
        )
        for cid, kind in rows:
            if cid not in kinds or _KIND_RANK[kind] < _KIND_RANK[kinds[cid]]:
                kinds[cid] = kind
    return kinds


def is_paused(session: Session, followup: FollowUp, now: datetime) -> Pause:
    return pauses(followup.kind, active(session, followup.customer_id, now), now)


# --------------------------------------------------------------------------- writing


def new_heads_up(
    data: HeadsUpData,
    customer_id: int,
    staff_id: int | None,
    now: datetime,
    interaction_id: int | None = None,
    client_uuid: str | None = None,
) -> HeadsUp:
    """A checked, unsaved heads-up (the caller adds it in its transaction)."""
    errors = data.errors(now)
    if errors:
        raise ValidationError(errors)
    return HeadsUp(
        customer_id=customer_id,
        text=" ".join(data.text.split()),
        kind=data.kind,
        created_by_id=staff_id,
        created_at=now,
        expires_at=expiry_of(data.until),
        interaction_id=interaction_id,
        client_uuid=client_uuid,
    )


def pin(
    session: Session,
    customer_id: int,
    data: HeadsUpData,
    staff_id: int | None,
    now: datetime,
    interaction_id: int | None = None,
    client_uuid: str | None = None,
) -> HeadsUpView:
    """Pin a heads-up on a customer: one user action, on the change log (undoable).

    ``client_uuid``: the desk's id of a heads-up pinned offline (core/outbox.py)."""
    errors = data.errors(now)
    if errors:
        raise ValidationError(errors)
    with session.begin():
        customer = session.get(Customer, customer_id)
        if customer is None or customer.erased_at is not None:
            raise ValidationError({"customer": "That customer no longer exists; choose another."})
        history.begin(session, "heads_up", staff_id, now)
        item = new_heads_up(data, customer_id, staff_id, now, interaction_id, client_uuid)
        session.add(item)
        session.flush()
        history.set_summary(
            session, f"Pinned heads-up {history.ref('heads_up', item.id)}: {item.text}"[:300]
        )
        ident = item.id
    with session.begin():
        return _view(session, ident)


def _view(session: Session, ident: int) -> HeadsUpView:
    row = session.execute(_select().where(HeadsUp.id == ident)).one()
    return HeadsUpView(*row)


def resolve(
    session: Session,
    heads_up_id: int,
    staff_id: int | None,
    now: datetime,
    expected_version: int | None = None,
) -> HeadsUpView:
    """Resolve a heads-up (who and when are kept; it stays on the timeline)."""
    try:
        with session.begin():
            item = session.get(HeadsUp, heads_up_id)
            if item is None:
                raise HeadsUpChanged("That heads-up no longer exists; it may have been undone.")
            if item.resolved_at is not None or (
                expected_version is not None and item.version != expected_version
            ):
                raise HeadsUpChanged(
                    "Someone changed or resolved this heads-up meanwhile; "
                    "look at the customer again to see it as it is now."
                )
            history.begin(
                session,
                "resolve",
                staff_id,
                now,
                f"Resolved heads-up {history.ref('heads_up', heads_up_id)}: {item.text}"[:300],
            )
            item.resolved_at = now
            item.resolved_by_id = staff_id
            session.flush()
    except StaleDataError as exc:  # another desk's update got there first
        raise HeadsUpChanged(
            "Someone changed or resolved this heads-up meanwhile; "
            "look at the customer again to see it as it is now."
        ) from exc
    with session.begin():
        return _view(session, heads_up_id)
