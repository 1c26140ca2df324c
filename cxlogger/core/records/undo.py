"""Undo: reverse one user action (a change group of the change log) in one transaction.

Undo puts back the values the action replaced, re-creates what it deleted and
deletes what it created. It refuses, with a sentence, when a record it would
touch was changed since (by anyone), so nothing is ever silently overwritten.
The undo is itself recorded as a change group that ``reverts`` the first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxlogger.core.errors import UserError
from cxlogger.core.models import ChangeLog, Feedback, FollowUp, HeadsUp, Interaction, Promise
from cxlogger.core.records import history
from cxlogger.core.records.history import ENTITIES, load_value, ref

# columns that change without anyone acting on the record: ignored when checking
# whether a record "changed since" (a reminder shown, a rule re-timing a follow-up)
VOLATILE = {
    "customer": {"updated_at", "last_contact_at", "touch_due_at"},  # derived: core/touch.py
    "followup": {"notified_at", "snoozed_until", "due_at", "title"},
    "handoff": {"announced_at", "seen_at"},  # shown to the new owner (core/team.py)
    "heads_up": {"version"},  # SQLAlchemy's counter, set by every update
}
# what refers to a record, and so stops it from being removed by an undo
DEPENDENTS = {
    "customer": [
        ("interaction", Interaction, "customer_id"),
        ("promise", Promise, "customer_id"),
        ("feedback", Feedback, "customer_id"),
        ("followup", FollowUp, "customer_id"),
        ("heads_up", HeadsUp, "customer_id"),
    ],
    "interaction": [
        ("promise", Promise, "interaction_id"),
        ("feedback", Feedback, "interaction_id"),
        ("followup", FollowUp, "interaction_id"),
        ("heads_up", HeadsUp, "interaction_id"),
    ],
    "promise": [("followup", FollowUp, "promise_id")],
    "feedback": [("followup", FollowUp, "feedback_id")],
}


class UndoRefused(UserError):
    """The action cannot be undone; the message says why and what to do instead."""


@dataclass
class Undoable:
    group_id: str
    action: str
    summary: str
    at: datetime
    last_id: int


@dataclass
class _Net:
    """What one action did to one record, all its change rows taken together."""

    entity: str
    entity_id: int
    existed_before: bool = True
    exists_after: bool = True
    before: dict[str, Any] = field(default_factory=dict)  # earliest old value per column
    after: dict[str, Any] = field(default_factory=dict)  # latest new value per column


def _net_changes(rows: list[ChangeLog]) -> list[_Net]:
    nets: dict[tuple[str, int], _Net] = {}
    for row in rows:
        key = (row.entity, row.entity_id)
        old = json.loads(row.old) if row.old else {}
        new = json.loads(row.new) if row.new else {}
        net = nets.get(key)
        if net is None:
            net = nets[key] = _Net(row.entity, row.entity_id, existed_before=row.op != "insert")
        if row.op == "insert":
            net.exists_after = True
            net.after.update(new)
        elif row.op == "update":
            for column, value in old.items():
                net.before.setdefault(column, value)
            net.after.update(new)
        else:  # delete: the snapshot is the state just before
            for column, value in old.items():
                net.before.setdefault(column, value)
            net.exists_after = False
            net.after = {}
    return [n for n in nets.values() if n.existed_before or n.exists_after]


def last_undoable(session: Session, staff_id: int | None, since_id: int = 0) -> Undoable | None:
    """This person's latest action on this desk (this running app) after change-log id
    ``since_id`` that is not undone yet."""
    undone = select(ChangeLog.reverts).where(ChangeLog.reverts.is_not(None))
    origin = session.info.get("cx_origin")
    same_desk = ChangeLog.origin == origin if origin is not None else ChangeLog.id.is_not(None)
    row = session.execute(
        select(
            ChangeLog.group_id,
            func.min(ChangeLog.action),
            func.min(ChangeLog.summary),
            func.min(ChangeLog.at),
            func.max(ChangeLog.id).label("last"),
        )
        .where(
            ChangeLog.staff_id == staff_id
            if staff_id is not None
            else ChangeLog.staff_id.is_(None),
            ChangeLog.id > since_id,
            ChangeLog.reverts.is_(None),
            ChangeLog.group_id.not_in(undone),
            same_desk,
        )
        .group_by(ChangeLog.group_id)
        .order_by(func.max(ChangeLog.id).desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return Undoable(row[0], row[1], row[2], row[3], row[4])


def latest_change_id(session: Session) -> int:
    """Where the change log stands now (the UI's "this session" starts here)."""
    return session.scalar(select(func.max(ChangeLog.id))) or 0


def _values(model, data: dict[str, Any]) -> dict[str, Any]:
    return {key: load_value(model, key, value) for key, value in data.items()}


def _what(entity: str, ident: int) -> str:
    return f"{entity} {ref(entity, ident)}"


def _check_unchanged(session: Session, net: _Net, summary: str) -> None:
    model = ENTITIES[net.entity]
    obj = session.get(model, net.entity_id)
    if not net.exists_after:
        if obj is not None:
            raise UndoRefused(
                f"Can't undo “{summary}”: {_what(net.entity, net.entity_id)} exists again."
            )
        return
    if obj is None:
        raise UndoRefused(
            f"Can't undo “{summary}”: {_what(net.entity, net.entity_id)} has been deleted since."
        )
    ignore = VOLATILE.get(net.entity, set())
    for column, value in _values(model, net.after).items():
        if column not in ignore and getattr(obj, column) != value:
            raise UndoRefused(
                f"Can't undo “{summary}”: {_what(net.entity, net.entity_id)} has been "
                "changed since, and undoing would overwrite that change. "
                "Open it and correct it by hand instead."
            )


def _dependents(session: Session, net: _Net, removing: set[tuple[str, int]], summary: str):
    """Follow-ups made later by the rules go with the record; anything else refuses."""
    extra = []
    for entity, model, column in DEPENDENTS.get(net.entity, []):
        for obj in session.scalars(select(model).where(getattr(model, column) == net.entity_id)):
            if (entity, obj.id) in removing:
                continue
            if entity == "followup" and obj.status in ("pending", "obsolete"):
                extra.append(obj)
                continue
            raise UndoRefused(
                f"Can't undo “{summary}”: {_what(entity, obj.id)} was added to "
                f"{_what(net.entity, net.entity_id)} since. Delete that first, "
                "or correct the record by hand."
            )
    return extra


def undo(session: Session, group_id: str, staff_id: int | None, now: datetime) -> str:
    """Reverse one change group; returns what was undone ("Deleted interaction INT-…")."""
    with session.begin():
        rows = history.group_rows(session, group_id)
        if not rows:
            raise UndoRefused("There is nothing to undo.")
        summary = rows[0].summary or rows[0].action
        if rows[0].reverts is not None:
            raise UndoRefused(f"“{summary}” is itself an undo; it can't be undone.")
        if session.scalar(select(ChangeLog.id).where(ChangeLog.reverts == group_id).limit(1)):
            raise UndoRefused(f"“{summary}” was already undone.")
        nets = _net_changes(rows)
        for net in nets:
            _check_unchanged(session, net, summary)
        history.begin(session, "undo", staff_id, now, f"Undo: {summary}", reverts=group_id)
        order = list(ENTITIES)  # parents first
        nets.sort(key=lambda n: (order.index(n.entity), n.entity_id))

        # 1. re-create what the action deleted, parents first
        for net in nets:
            if net.existed_before and not net.exists_after:
                model = ENTITIES[net.entity]
                session.add(model(**_values(model, net.before)))
                session.flush()
        # 2. put back the values it replaced
        for net in nets:
            if net.existed_before and net.exists_after and net.before:
                model = ENTITIES[net.entity]
                obj = session.get(model, net.entity_id)
                for column, value in _values(model, net.before).items():
                    if column == "version":  # the version counter only counts up
                        continue
                    setattr(obj, column, value)
        session.flush()
        # 3. delete what it created, children first
        created = [n for n in nets if not n.existed_before and n.exists_after]
        removing = {(n.entity, n.entity_id) for n in created}
        for net in reversed(created):
            for extra in _dependents(session, net, removing, summary):
                session.delete(extra)
            session.flush()
            session.delete(session.get(ENTITIES[net.entity], net.entity_id))
            session.flush()
    return summary


def undo_last(
    session: Session, staff_id: int | None, now: datetime, since_id: int = 0
) -> str | None:
    """Undo this person's latest action (after ``since_id``); None if there is none."""
    with session.begin():
        item = last_undoable(session, staff_id, since_id)
    if item is None:
        return None
    return undo(session, item.group_id, staff_id, now)
