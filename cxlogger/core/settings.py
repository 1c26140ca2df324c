"""Settings stored in the database (shared by all staff on it), with defaults in one place."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxlogger.core.models import Setting

# Every setting and its default. Later features add their keys here, not as
# constants scattered around the code.
DEFAULTS: dict[str, Any] = {
    "business_name": "",
    "default_currency": "EUR",
}


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def get_all(session: Session) -> dict[str, Any]:
    values = dict(DEFAULTS)
    for row in session.scalars(select(Setting)):
        values[row.key] = json.loads(row.value)
    return values


def put(session: Session, key: str, value: Any) -> None:
    """Store one setting; call inside the caller's transaction."""
    encoded = json.dumps(value)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded


def update(session: Session, values: dict[str, Any]) -> None:
    """Store several settings as one user action."""
    with session.begin():
        for key, value in values.items():
            put(session, key, value)
