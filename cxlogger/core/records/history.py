"""One record of what changed: the change log, written as a side effect of each action.

A service opens its transaction and names the user action::

    with session.begin():
        history.begin(session, "edit", staff_id, now)
        ...change ORM objects as usual...

Every insert, update and delete of a customer, interaction, promise, feedback or
follow-up flushed in that transaction is then written to ``change_log`` in the
same transaction (who, when, which record, old → new as JSON), all under one
``group_id``. The record's history, Undo (core/undo.py) and, later, the change
bus and other desks catching up all read this one table. Changes made outside a
named action (the reminder rules' timer, imports, migrations) are not recorded.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import Any

from sqlalchemy import event, insert, inspect, select, update
from sqlalchemy.orm import Session

from cxlogger.core.models import (
    ChangeLog,
    Customer,
    Feedback,
    FollowUp,
    Handoff,
    HeadsUp,
    Interaction,
    Promise,
    Staff,
    UTCDateTime,
)
from cxlogger.core.records.references import REF_PREFIX, ref  # noqa: F401 (said there)

ENTITIES: dict[str, type] = {
    "customer": Customer,
    "interaction": Interaction,
    "promise": Promise,
    "feedback": Feedback,
    "followup": FollowUp,
    "handoff": Handoff,  # migration 0014: hand-offs are undone with their action
    "heads_up": HeadsUp,  # migration 0013 (core/heads_ups.py)
}
ENTITY_OF: dict[type, str] = {model: name for name, model in ENTITIES.items()}
_KEY = "cx_change_action"


@dataclass
class Action:
    """The user action whose changes are being recorded (one change group)."""

    action: str
    staff_id: int | None
    at: datetime
    summary: str = ""
    reverts: str | None = None
    customer_id: int | None = None  # whose records these are, if not each row's own
    group_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    rows: int = 0  # change rows written so far
    # names the action at its first flush, once the records have ids (see name_later)
    summary_of: Callable[[], str] | None = None


def begin(
    session: Session,
    action: str,
    staff_id: int | None,
    now: datetime,
    summary: str = "",
    reverts: str | None = None,
) -> Action:
    """Record the changes of the current transaction as one user action."""
    act = Action(action, staff_id, now, summary, reverts)
    session.info[_KEY] = act
    return act


def current(session: Session) -> Action | None:
    return session.info.get(_KEY)


def set_summary(session: Session, summary: str) -> None:
    """Name the action once its records have ids ("Logged interaction INT-000042")."""
    act = current(session)
    if act is None:
        return
    act.summary = summary[:300]
    if act.rows:
        session.connection().execute(
            update(ChangeLog).where(ChangeLog.group_id == act.group_id).values(summary=act.summary)
        )


def name_later(session: Session, summary_of: Callable[[], str]) -> None:
    """``set_summary`` at the next flush, once the records have their ids, without an
    UPDATE of the rows already written (a save flushes once)."""
    act = current(session)
    if act is not None:
        act.summary_of = summary_of


# --------------------------------------------------------------------------- values as JSON


def columns(model) -> list:
    """The columns a record's history holds: not those the database keeps from other
    columns itself (``info={"kept_by_db": True}``, e.g. the follow-ups' board columns
    its triggers set; a row inserted again gets them from those)."""
    return [a for a in inspect(model).column_attrs if not a.columns[0].info.get("kept_by_db")]


def _dump(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return value


def load_value(model, key: str, value: Any) -> Any:
    """A JSON value back into what the model's column holds."""
    if value is None:
        return None
    column_type = inspect(model).column_attrs[key].columns[0].type
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    return value


def snapshot(obj) -> dict[str, Any]:
    """Every column of a loaded object, as JSON-ready values."""
    return {attr.key: _dump(getattr(obj, attr.key)) for attr in columns(type(obj))}


def _changes(obj) -> tuple[dict, dict]:
    state = inspect(obj)
    old, new = {}, {}
    for attr in columns(type(obj)):
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        before = hist.deleted[0] if hist.deleted else None
        after = hist.added[0] if hist.added else None
        if before == after:
            continue
        old[attr.key], new[attr.key] = _dump(before), _dump(after)
    return old, new


def _customer_of(obj) -> int | None:
    return obj.id if isinstance(obj, Customer) else getattr(obj, "customer_id", None)


# --------------------------------------------------------------------------- the recorder


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context, instances) -> None:
    act = current(session)
    if act is None:
        return
    pending = session.info.setdefault("cx_change_pending", [])
    for obj in list(session.dirty):
        entity = ENTITY_OF.get(type(obj))
        if entity is None or not session.is_modified(obj, include_collections=False):
            continue
        old, new = _changes(obj)
        if old or new:
            pending.append((entity, obj.id, "update", old, new, _customer_of(obj)))
    for obj in list(session.deleted):
        entity = ENTITY_OF.get(type(obj))
        if entity is not None:
            pending.append((entity, obj.id, "delete", snapshot(obj), None, _customer_of(obj)))


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, flush_context) -> None:
    act = current(session)
    pending = session.info.pop("cx_change_pending", [])
    if act is None:
        return
    if act.summary_of is not None:
        summary_of, act.summary_of = act.summary_of, None
        set_summary(session, summary_of())  # rows of an earlier flush are renamed
    inserted = [
        (ENTITY_OF[type(obj)], obj.id, "insert", None, snapshot(obj), _customer_of(obj))
        for obj in session.new
        if type(obj) in ENTITY_OF
    ]
    # parents before children, so undo can replay the group backwards
    order = list(ENTITIES)
    inserted.sort(key=lambda row: (order.index(row[0]), row[1]))
    # a customer deleted in this flush can no longer be pointed at
    gone = {row[1] for row in pending if row[0] == "customer" and row[2] == "delete"}
    rows = [
        {
            "group_id": act.group_id,
            "action": act.action,
            "summary": act.summary,
            "entity": entity,
            "entity_id": ident,
            "op": op,
            "old": json.dumps(old, ensure_ascii=False) if old is not None else None,
            "new": json.dumps(new, ensure_ascii=False) if new is not None else None,
            "customer_id": act.customer_id or (customer_id if customer_id not in gone else None),
            "staff_id": act.staff_id,
            "at": act.at,
            "reverts": act.reverts,
            "origin": session.info.get("cx_origin"),
        }
        for entity, ident, op, old, new, customer_id in inserted + pending
    ]
    if rows:
        session.connection().execute(insert(ChangeLog), rows)
        act.rows += len(rows)


class _Inserts:
    """New ORM objects inserted with Core instead of the unit of work (``inserting``)."""

    def __init__(self, session: Session):
        self.session = session
        self.connection = session.connection()
        self.done: dict[str, list[dict[str, Any]]] = {}

    def add(self, obj) -> None:
        """Insert ``obj``'s row now; ``obj.id`` is set and ``obj`` is persistent, as if
        loaded: every column set (those not given take their scalar default), so it
        reads without SQL after the commit."""
        from sqlalchemy.orm import make_transient_to_detached

        model = type(obj)
        obj.id = self._insert(model, obj.__dict__)
        for key, value in self.done[ENTITY_OF[model]][-1].items():
            if key not in obj.__dict__:
                setattr(obj, key, value)  # the defaults it was given
        make_transient_to_detached(obj)  # nothing to flush
        self.session.add(obj)

    def row(self, model, **values) -> int:
        """Insert a row nobody reads back as an object (a rule's new follow-up), with
        the model's scalar defaults; recorded as ``add``'s are. Returns its id."""
        return self._insert(model, values)

    def _insert(self, model, given: dict[str, Any]) -> int:
        from cxlogger.core.storage import prepared

        values, row = {}, {}
        for attr in columns(model):
            if attr.key == "id":
                continue
            column = attr.columns[0]
            if attr.key in given:
                value = given[attr.key]
            else:
                default = column.default
                value = default.arg if default is not None and default.is_scalar else None
            values[column.key] = row[attr.key] = value
        row["id"] = prepared.insert_one(self.connection, model.__table__, values)
        self.done.setdefault(ENTITY_OF[model], []).append(row)
        return row["id"]

    def finish(self) -> None:
        from cxlogger.core.sync import live

        if not self.done:
            return
        act = current(self.session)
        if act is not None and act.summary_of is not None:
            summary_of, act.summary_of = act.summary_of, None
            set_summary(self.session, summary_of())
        # parents before children, as a flush records them
        record_inserted(self.session, [(e, self.done[e]) for e in ENTITIES if e in self.done])
        if self.connection.dialect.name == "postgresql":
            ids = {
                live.NAME_OF_TABLE[ENTITIES[entity].__tablename__]: [row["id"] for row in rows]
                for entity, rows in self.done.items()
            }
            live.notify(self.connection, ids, self.session.info.get("cx_origin"))


@contextmanager
def inserting(session: Session):
    """Insert new ORM objects with Core instead of the unit of work and do what their
    flush would: each ``add(obj)`` inserts its row at once (its id is set, so the next
    one can point at it); at the end, their change rows in one statement (after
    ``name_later``'s summary) and, on PostgreSQL, the other desks told. For the few rows
    of a save, whose unit of work cost more than all of its SQL. Marking customers whose
    last contact changes is the caller's (``touch.mark``)::

        with history.inserting(session) as batch:
            batch.add(interaction)
            promise.interaction_id = interaction.id
            batch.add(promise)
            batch.row(FollowUp, kind=..., ...)  # no object made
    """
    batch = _Inserts(session)
    yield batch
    batch.finish()


_CHANGE_COLUMNS = (
    "group_id",
    "action",
    "summary",
    "entity",
    "entity_id",
    "op",
    "old",
    "new",
    "customer_id",
    "staff_id",
    "at",
    "reverts",
    "origin",
)


def record_inserted(session: Session, batches: list[tuple[str, list[dict[str, Any]]]]) -> None:
    """Record rows inserted with Core (not flushed by the ORM) as ``_after_flush`` would,
    in one statement: per entity, rows holding every column by attribute name, id
    included (defaults applied), so each snapshot is what the ORM object's would be."""
    from cxlogger.core.storage import prepared

    act = current(session)
    if act is None:
        return
    origin = session.info.get("cx_origin")
    records = []
    for entity, rows in batches:
        keys = [attr.key for attr in columns(ENTITIES[entity])]
        for row in sorted(rows, key=lambda row: row["id"]):
            new = json.dumps({key: _dump(row[key]) for key in keys}, ensure_ascii=False)
            records.append(
                {
                    "group_id": act.group_id,
                    "action": act.action,
                    "summary": act.summary,
                    "entity": entity,
                    "entity_id": row["id"],
                    "op": "insert",
                    "old": None,
                    "new": new,
                    "customer_id": act.customer_id or row.get("customer_id"),
                    "staff_id": act.staff_id,
                    "at": act.at,
                    "reverts": act.reverts,
                    "origin": origin,
                }
            )
    if records:
        statement = prepared.fixed(
            ("history", "change_log"), ChangeLog.__table__.insert, column_keys=_CHANGE_COLUMNS
        )
        statement.run_many(session.connection(), records)
        act.rows += len(records)


def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)
    session.info.pop("cx_change_pending", None)


event.listen(Session, "after_commit", _forget)
event.listen(Session, "after_rollback", _forget)


# --------------------------------------------------------------------------- reading it back


@dataclass
class FieldChange:
    key: str
    old: Any
    new: Any


@dataclass
class HistoryEntry:
    at: datetime
    staff_name: str
    action: str
    op: str
    summary: str
    changes: list[FieldChange]
    group_id: str
    undone: bool = False


# columns that are bookkeeping, not something a person changed
HIDDEN = {"id", "version", "email_norm", "phone_norm", "updated_at", "created_at", "created_by_id"}


def record_history(session: Session, entity: str, entity_id: int) -> list[HistoryEntry]:
    """What happened to one record, oldest first, with the changed fields (old → new)."""
    model = ENTITIES[entity]
    rows = session.execute(
        select(ChangeLog, Staff.name)
        .outerjoin(Staff, Staff.id == ChangeLog.staff_id)
        .where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
        .order_by(ChangeLog.id)
    ).all()
    groups = {row.ChangeLog.group_id for row in rows}
    undone = set(session.scalars(select(ChangeLog.reverts).where(ChangeLog.reverts.in_(groups))))
    entries = []
    for change, staff_name in rows:
        old = json.loads(change.old) if change.old else {}
        new = json.loads(change.new) if change.new else {}
        fields = []
        if change.op == "update":
            for key in new:
                if key in HIDDEN:
                    continue
                fields.append(
                    FieldChange(
                        key, load_value(model, key, old.get(key)), load_value(model, key, new[key])
                    )
                )
            if not fields:
                continue
        entries.append(
            HistoryEntry(
                at=change.at,
                staff_name=staff_name or "",
                action=change.action,
                op=change.op,
                summary=change.summary,
                changes=fields,
                group_id=change.group_id,
                undone=change.group_id in undone,
            )
        )
    return entries


def group_rows(session: Session, group_id: str) -> list[ChangeLog]:
    return list(
        session.scalars(
            select(ChangeLog).where(ChangeLog.group_id == group_id).order_by(ChangeLog.id)
        )
    )
