"""Times are stored in UTC and shown in local time."""

from __future__ import annotations

from datetime import datetime, timezone


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def to_utc(value: datetime) -> datetime:
    """An aware UTC datetime; a naive one is taken as local time."""
    if value.tzinfo is None:
        value = value.astimezone()  # interpret as local wall time
    return value.astimezone(timezone.utc)


def to_local(value: datetime) -> datetime:
    return to_utc(value).astimezone()


def format_local(value: datetime | None, with_time: bool = True) -> str:
    if value is None:
        return ""
    local = to_local(value)
    return local.strftime("%Y-%m-%d %H:%M") if with_time else local.strftime("%Y-%m-%d")
