"""Heads-ups as every view shows them: plain values, no SQLAlchemy (core/records/heads_ups.py
reads and writes them; the quick ``cxlogger due`` reads them with plain sqlite3)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from cxlogger.core.records.references import ref

INFO, WARNING, HOLD = "info", "warning", "hold"  # models.HEADS_UP_KINDS
# follow-up kinds a hold pauses: the ones that send the customer a message
PAUSED_KINDS = ("thank", "feedback", "report_back")


def last_day(expires_at: datetime | None) -> date | None:
    """The last (local) day a heads-up with this expiry applies: the day before it ends."""
    if expires_at is None:
        return None
    return (expires_at.astimezone() - timedelta(microseconds=1)).date()


@dataclass(frozen=True)
class HeadsUpView:
    """A heads-up as every view shows it (plain values, no ORM object)."""

    id: int
    customer_id: int
    text: str
    kind: str
    created_by: str | None
    created_at: datetime
    expires_at: datetime | None
    interaction_id: int | None
    resolved_by: str | None
    resolved_at: datetime | None
    version: int

    def is_active(self, now: datetime) -> bool:
        return self.resolved_at is None and (self.expires_at is None or self.expires_at > now)

    @property
    def is_hold(self) -> bool:
        return self.kind == HOLD

    @property
    def until(self) -> date | None:
        return last_day(self.expires_at)

    def as_json(self, now: datetime) -> dict:
        return {
            "id": self.id,
            "ref": ref("heads_up", self.id),
            "kind": self.kind,
            "text": self.text,
            "by": self.created_by,
            "at": self.created_at.isoformat(),
            "until": self.until.isoformat() if self.until else None,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "interaction": (
                ref("interaction", self.interaction_id) if self.interaction_id else None
            ),
            "active": self.is_active(now),
            "resolved_by": self.resolved_by,
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
        }


# holds first, then warnings, then infos; newest first within a kind
_KIND_RANK = {HOLD: 0, WARNING: 1, INFO: 2}


def _sorted(views: Iterable[HeadsUpView]) -> list[HeadsUpView]:
    return sorted(views, key=lambda v: (_KIND_RANK.get(v.kind, 3), -v.created_at.timestamp()))


@dataclass(frozen=True)
class Pause:
    """Whether a hold pauses messages to a customer, and until when (None: until resolved)."""

    paused: bool
    until: date | None = None
    text: str = ""

    def sentence(self) -> str:
        """'Paused: hold until 12 Dec' (plain English; the UI translates its own)."""
        if not self.paused:
            return ""
        if self.until is None:
            return "Paused: hold until it is resolved"
        from cxlogger.core.reminders.due_text import MONTHS

        return f"Paused: hold until {self.until.day} {MONTHS[self.until.month - 1]}"


def pause_of(views: Iterable[HeadsUpView], now: datetime) -> Pause:
    """The pause active holds put on messages: until the last of them ends."""
    holds = [v for v in views if v.is_hold and v.is_active(now)]
    if not holds:
        return Pause(False)
    text = holds[0].text
    if any(v.expires_at is None for v in holds):
        return Pause(True, None, text)
    return Pause(True, last_day(max(v.expires_at for v in holds)), text)


def pauses(kind: str, views: Iterable[HeadsUpView], now: datetime) -> Pause:
    """The pause on a follow-up of ``kind`` for a customer with these heads-ups."""
    if kind not in PAUSED_KINDS:
        return Pause(False)
    return pause_of(views, now)
