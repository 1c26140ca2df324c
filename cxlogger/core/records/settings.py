"""Settings stored in the database (shared by all staff on it), with defaults in one place."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from cxlogger.core.models import Setting

# Every setting and its default: in setting_defaults.py (no SQLAlchemy there, so the
# business hours and the quick ``cxlogger due`` read them without the database layer)
from cxlogger.core.records.setting_defaults import DEFAULTS  # noqa: F401
from cxlogger.core.storage import prepared


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def get_all(session: Session) -> dict[str, Any]:
    held = session.info.get(_HELD)
    if held is not None:
        return dict(held)
    values = dict(DEFAULTS)
    if any(isinstance(obj, Setting) for obj in (*session.new, *session.dirty)):
        rows = session.scalars(select(Setting))  # what this session changed, flushed
    else:  # one prepared statement: a save reads them once (``hold``)
        rows = _ALL.rows(session.connection())
    for row in rows:
        values[row.key] = json.loads(row.value)
    return values


_ALL = prepared.Statement(select(Setting.key, Setting.value))


_HELD = "cx_settings_held"


def hold(session: Session) -> dict[str, Any]:
    """Read the settings once for the rest of the current transaction (a save reads
    them for the promise's closing time and again for the rules): ``get_all`` returns
    them until the transaction ends or ``put`` changes one."""
    values = get_all(session)
    session.info[_HELD] = values
    return dict(values)


@event.listens_for(Session, "after_transaction_end")
def _release(session: Session, transaction) -> None:
    if transaction.parent is None:  # not a flush's or a savepoint's inner transaction
        session.info.pop(_HELD, None)


def put(session: Session, key: str, value: Any) -> None:
    """Store one setting; call inside the caller's transaction."""
    session.info.pop(_HELD, None)
    encoded = json.dumps(value)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded


def update(
    session: Session, values: dict[str, Any], expected: dict[str, Any] | None = None
) -> None:
    """Store several settings as one user action. ``expected`` are the values the
    settings dialog showed: a setting someone else changed since, to something other
    than what is saved now, is a conflict (nothing is written; core/conflicts.py)."""
    with session.begin():
        if expected is not None:
            _check_unchanged(session, values, expected)
        close_before = get(session, "closing_time")
        before = {key: get(session, key) for key in values}
        for key, value in values.items():
            put(session, key, value)
        from cxlogger.core.records import touch

        # new cadences apply to every customer (only when they changed: one big UPDATE)
        touch.on_settings_changed(session, {k for k in values if values[k] != before[k]})
        if "closing_time" in values and values["closing_time"] != close_before:
            # open promises made "by a date" follow the new closing time
            from cxlogger.core.records import promises
            from cxlogger.core.reminders.schedule import BusinessHours

            session.flush()
            promises.retime_date_only(session, BusinessHours.from_settings(get_all(session)))


def _check_unchanged(session: Session, values: dict[str, Any], expected: dict[str, Any]) -> None:
    from cxlogger.core.records.conflicts import Conflict, ConflictError, FieldConflict, same

    theirs = {key: get(session, key) for key in values}
    fields = [
        FieldConflict(key, key.replace("_", " ").capitalize(), values[key], theirs[key], base)
        for key, base in ((k, expected.get(k, DEFAULTS.get(k))) for k in values)
        if not same(theirs[key], base) and not same(values[key], theirs[key])
    ]
    if fields:
        raise ConflictError(
            Conflict("settings", 0, "settings page", None, fields, theirs, dict(values))
        )
