"""Business hours: working days, quiet hours, and the moments follow-ups fall due.

Qt-free and clock-free: everything takes ``now`` (aware) as an argument. Local
time is the system's unless a ``tz`` is given (tests pass one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from cxlogger.core.settings import DEFAULTS

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def parse_hhmm(text: str, fallback: str = "00:00") -> time:
    """'08:30' -> time(8, 30); anything unreadable falls back."""
    for candidate in (text, fallback):
        try:
            hours, minutes = str(candidate).strip().split(":")
            return time(int(hours), int(minutes))
        except (ValueError, TypeError):
            continue
    return time(0, 0)


@dataclass(frozen=True)
class BusinessHours:
    working_days: frozenset[int] = frozenset(range(5))  # Monday = 0
    morning: time = time(9, 0)
    quiet_start: time = time(20, 0)
    quiet_end: time = time(8, 0)
    tz: tzinfo | None = field(default=None, compare=False)

    @classmethod
    def from_settings(cls, values: dict[str, Any], tz: tzinfo | None = None) -> BusinessHours:
        days = values.get("working_days", DEFAULTS["working_days"])
        days = frozenset(int(d) for d in days if 0 <= int(d) <= 6)
        return cls(
            working_days=days,
            morning=parse_hhmm(values.get("morning_time", ""), DEFAULTS["morning_time"]),
            quiet_start=parse_hhmm(values.get("quiet_start", ""), DEFAULTS["quiet_start"]),
            quiet_end=parse_hhmm(values.get("quiet_end", ""), DEFAULTS["quiet_end"]),
            tz=tz,
        )

    # --- local time ---------------------------------------------------------

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz) if self.tz else moment.astimezone()

    def at(self, day: date, clock: time) -> datetime:
        """An aware moment for a local date and wall-clock time."""
        if self.tz:
            return datetime.combine(day, clock, tzinfo=self.tz)
        return datetime.combine(day, clock).astimezone()

    # --- working days -------------------------------------------------------

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.working_days

    def next_working_day(self, day: date, include_today: bool = False) -> date:
        """The first working day on or after (or strictly after) ``day``."""
        if not self.working_days:  # never open: treat every day as open rather than loop
            return day if include_today else day + timedelta(days=1)
        candidate = day if include_today else day + timedelta(days=1)
        while not self.is_working_day(candidate):
            candidate += timedelta(days=1)
        return candidate

    def add_working_days(self, day: date, count: int) -> date:
        """``count`` working days after ``day`` (0: ``day`` itself if open, else the next)."""
        result = self.next_working_day(day, include_today=True)
        for _ in range(max(0, count)):
            result = self.next_working_day(result)
        return result

    # --- quiet hours --------------------------------------------------------

    def is_quiet(self, moment: datetime) -> bool:
        """Inside quiet hours (which may wrap past midnight, e.g. 20:00–08:00)."""
        clock = self.local(moment).time()
        start, end = self.quiet_start, self.quiet_end
        if start == end:
            return False
        if start < end:
            return start <= clock < end
        return clock >= start or clock < end

    def may_notify(self, moment: datetime) -> bool:
        """Notifications only on working days and outside quiet hours."""
        local = self.local(moment)
        if self.working_days and not self.is_working_day(local.date()):
            return False
        return not self.is_quiet(moment)

    # --- due moments --------------------------------------------------------

    def due_after_working_days(self, event: datetime, days: int) -> datetime:
        """0: at the event itself (or the next working morning if the day is closed);
        n: the morning of the n-th working day after the event's day."""
        local = self.local(event)
        if days <= 0:
            if not self.working_days or self.is_working_day(local.date()):
                return event
            return self.at(self.next_working_day(local.date()), self.morning)
        return self.at(
            self.add_working_days(local.date() + timedelta(days=1), days - 1), self.morning
        )

    def due_after_days(self, event: datetime, days: int) -> datetime:
        """The morning ``days`` calendar days after the event, moved to a working day."""
        day = self.local(event).date() + timedelta(days=max(0, days))
        return self.at(self.add_working_days(day, 0), self.morning)

    # --- snoozing -----------------------------------------------------------

    def snooze_hour(self, now: datetime) -> datetime:
        return now + timedelta(hours=1)

    def snooze_tomorrow(self, now: datetime) -> datetime:
        """The next working day's morning."""
        return self.at(self.next_working_day(self.local(now).date()), self.morning)

    def snooze_next_week(self, now: datetime) -> datetime:
        """A week from today, in the morning (on a working day)."""
        return self.due_after_days(now, 7)
