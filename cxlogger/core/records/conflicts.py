"""Never a silent overwrite: a save based on an old read is a conflict, not a last-write-wins.

Every mutable row carries a ``version`` (migration 0016, ``version_id_col`` in models.py):
SQLAlchemy adds ``WHERE version = ?`` to each ORM update and bumps it, and bulk updates
bump it themselves. An editing dialog remembers the version and the values it showed
(the *base*). When it saves:

- the version is unchanged: the save goes ahead (and the UPDATE's own version check
  closes the gap between that check and the write);
- the row moved on: nothing is written, and ``ConflictError`` carries, field by field,
  the user's values (*yours*), the stored ones (*theirs*), and who changed each and when
  (from the change log). The conflict dialog lets the user choose per field, and saves
  the chosen merge against the new version (which may, rarely, conflict again).

Append-only records (interactions, sent messages, feedback ratings, history) never
conflict: the record editor compares values there, as it always did.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from cxlogger.core.errors import UserError
from cxlogger.core.models import ChangeLog, Staff
from cxlogger.core.timeutil import to_local, to_utc

T = TypeVar("T")

STALE_MESSAGE = (
    "Someone else saved this at the same moment; nothing was saved. "
    "Open it again to see their change, then make yours."
)


@dataclass(frozen=True)
class FieldConflict:
    """One field that differs between what the user saves and what is stored now."""

    key: str
    label: str
    yours: Any
    theirs: Any
    base: Any  # what the user's dialog showed when it opened
    changed_by: str = ""  # who changed it last ("" if the change log does not say)
    changed_at: datetime | None = None

    @property
    def you_changed(self) -> bool:
        return not same(self.yours, self.base)

    @property
    def they_changed(self) -> bool:
        return not same(self.theirs, self.base)

    @property
    def suggested(self) -> str:
        """ "yours" where the user changed the field, else "theirs" (keep their change)."""
        return "yours" if self.you_changed else "theirs"


@dataclass
class Conflict:
    entity: str
    entity_id: int
    noun: str  # "customer"
    version: int | None  # the stored version: save the merge against this one
    fields: list[FieldConflict]
    theirs: dict[str, Any] = field(default_factory=dict)  # every stored value
    yours: dict[str, Any] = field(default_factory=dict)  # every value the user saved

    def merged(self, choices: dict[str, str]) -> dict[str, Any]:
        """The values to save: the user's, with each conflicting field as chosen
        ("yours" or "theirs"; a field not chosen keeps its suggestion)."""
        values = dict(self.yours)
        for item in self.fields:
            pick = choices.get(item.key, item.suggested)
            values[item.key] = item.yours if pick == "yours" else item.theirs
        return values

    def last_change(self) -> tuple[str, datetime | None]:
        dated = [f for f in self.fields if f.changed_at is not None]
        if not dated:
            return "", None
        latest = max(dated, key=lambda f: f.changed_at)
        return latest.changed_by, latest.changed_at


class ConflictError(UserError):
    """The row changed since it was read; nothing was written. ``conflict`` says how."""

    def __init__(self, conflict: Conflict):
        self.conflict = conflict
        who, when = conflict.last_change()
        parts = [who] if who else []
        if when is not None:
            parts.append(f"{to_local(when):%Y-%m-%d %H:%M}")
        by = f" ({', '.join(parts)})" if parts else ""
        names = ", ".join(f.label for f in conflict.fields) or "none"
        super().__init__(
            f"Someone else{by} changed this {conflict.noun} while you were editing it, "
            f"so nothing was saved. Fields that differ: {names}. "
            "Choose, field by field, which values to keep and save again."
        )


class StaleRowError(UserError):
    """Two saves of one row at the same moment: the later one wrote nothing."""


def same(a: Any, b: Any) -> bool:
    if isinstance(a, datetime) and isinstance(b, datetime):
        return to_utc(a).replace(microsecond=0) == to_utc(b).replace(microsecond=0)
    if a in (None, "") and b in (None, ""):
        return True
    return a == b


def who_changed(
    session: Session,
    entity: str,
    entity_id: int,
    keys: Iterable[str],
    columns: dict[str, tuple[str, ...]] | None = None,
) -> dict[str, tuple[str, datetime | None]]:
    """For each of ``keys``, who changed it last and when, from the change log.

    ``columns`` maps a field to the stored columns it is made of (a promise's "due_date"
    is its ``due_at``); by default a field is its column.
    """
    wanted = {key: (columns or {}).get(key, (key,)) for key in keys}
    found: dict[str, tuple[str, datetime | None]] = {}
    rows = session.execute(
        select(ChangeLog.op, ChangeLog.new, ChangeLog.at, Staff.name)
        .outerjoin(Staff, Staff.id == ChangeLog.staff_id)
        .where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
        .order_by(ChangeLog.id.desc())
        .limit(200)
    ).all()
    for op, new, at, name in rows:
        changed = set(json.loads(new)) if new else set()
        for key, cols in wanted.items():
            if key in found:
                continue
            if op == "insert" or changed.intersection(cols):
                found[key] = (name or "", at)
        if len(found) == len(wanted):
            break
    return found


def conflict_for(
    session: Session,
    entity: str,
    entity_id: int,
    noun: str,
    version: int | None,
    base: dict[str, Any],
    yours: dict[str, Any],
    theirs: dict[str, Any],
    labels: dict[str, str],
    columns: dict[str, tuple[str, ...]] | None = None,
) -> Conflict:
    keys = [k for k in theirs if k in yours and not same(yours[k], theirs[k])]
    changed = who_changed(session, entity, entity_id, keys, columns)
    fields = [
        FieldConflict(
            key,
            labels.get(key, key.replace("_", " ").capitalize()),
            yours[key],
            theirs[key],
            base.get(key),
            *changed.get(key, ("", None)),
        )
        for key in keys
    ]
    return Conflict(entity, entity_id, noun, version, fields, dict(theirs), dict(yours))


def check_version(
    session: Session,
    entity: str,
    obj: Any,
    expected_version: int | None,
    noun: str,
    base: dict[str, Any],
    yours: dict[str, Any],
    theirs: dict[str, Any],
    labels: dict[str, str],
    columns: dict[str, tuple[str, ...]] | None = None,
) -> None:
    """Raise ConflictError when ``obj`` moved on from ``expected_version`` and the user's
    values differ from the stored ones. (When they all agree there is nothing to lose.)"""
    if expected_version is None or obj.version == expected_version:
        return
    conflict = conflict_for(
        session, entity, obj.id, noun, obj.version, base, yours, theirs, labels, columns
    )
    if conflict.fields:
        raise ConflictError(conflict)


def guarded(session: Session, write: Callable[[], T], reread: Callable[[], None]) -> T:
    """Run ``write`` (which opens its own transaction); if its UPDATE found the row's
    version changed between the check and the write (StaleDataError: another desk or
    process saved at that very moment), run ``reread`` in a fresh transaction, which
    raises the ConflictError as it is now, or say so plainly."""
    try:
        return write()
    except StaleDataError:
        if session.in_transaction():
            session.rollback()
        with session.begin():
            reread()
        raise StaleRowError(STALE_MESSAGE) from None


def stale_error(exc: BaseException) -> StaleRowError | None:
    """A StaleDataError anywhere in ``exc``'s chain, as the sentence a user reads."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        err = todo.pop()
        if err is None or id(err) in seen:
            continue
        seen.add(id(err))
        if isinstance(err, StaleDataError):
            return StaleRowError(STALE_MESSAGE)
        todo += [err.__cause__, err.__context__]
    return None
