"""Business hours: working days, quiet hours, and the moments follow-ups fall due.

Qt-free and clock-free: everything takes ``now`` (aware) as an argument. Local
time is the system's unless a ``tz`` is given (tests pass one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from cxlogger.core.records.setting_defaults import DEFAULTS

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
    morning: time = time(9, 0)  # opening: next-day follow-ups and reminders come then
    quiet_start: time = time(20, 0)
    quiet_end: time = time(8, 0)
    tz: tzinfo | None = field(default=None, compare=False)
    close: time = time(17, 0)  # closing: a promise with only a date is due then

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
            close=parse_hhmm(values.get("closing_time", ""), DEFAULTS["closing_time"]),
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

    def previous_working_day(self, day: date) -> date:
        """The last working day strictly before ``day``."""
        candidate = day - timedelta(days=1)
        if not self.working_days:
            return candidate
        while not self.is_working_day(candidate):
            candidate -= timedelta(days=1)
        return candidate

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

    # --- working hours ---------------------------------------------------------

    def close_of_business(self, day: date) -> datetime:
        """When a promise made "by ``day``" (a date, no time) is due: closing time that day."""
        return self.at(day, self.close)

    def start_of_work(self, day: date) -> datetime:
        """Opening time on ``day``, moved past the end of quiet hours if they overlap."""
        start = self.at(day, self.morning)
        if self.is_quiet(start) and self.quiet_start != self.quiet_end:
            later = self.at(day, self.quiet_end)
            if later > start:
                start = later
        return start

    def is_working_time(self, moment: datetime) -> bool:
        """On a working day, between opening and closing, outside quiet hours."""
        local = self.local(moment)
        if self.working_days and not self.is_working_day(local.date()):
            return False
        if not (self.morning <= local.time() < self.close):
            return False
        return not self.is_quiet(moment)

    def reminder_before(
        self, due: datetime, lead_working_days: int | None = 1, lead_hours: int | None = None
    ) -> datetime:
        """When to remind of something due at ``due``: always inside working hours.

        In working days (the default, 1): at the start of the working day that many
        working days before the due day (0: the due day itself, or the last working
        day before it when it is closed). In hours: ``due`` minus that many hours if
        that is working time, else the start of the last working day that began by then.
        Never after ``due`` unless there is no working time before it at all.
        """
        if not self.working_days:
            return due - timedelta(hours=lead_hours or 0, days=lead_working_days or 0)
        due_day = self.local(due).date()
        if lead_hours is not None:
            target = due - timedelta(hours=max(0, lead_hours))
            if self.is_working_time(target) and target <= due:
                return target
            day = self.local(target).date()
            if not self.is_working_day(day) or self.start_of_work(day) > target:
                day = self.previous_working_day(day)
            return self.start_of_work(day)
        day = due_day
        for _ in range(max(0, lead_working_days or 0)):
            day = self.previous_working_day(day)
        if not self.is_working_day(day):
            day = self.previous_working_day(day)
        moment = self.start_of_work(day)
        if moment >= due:  # due before opening that day: the working day before
            moment = self.start_of_work(self.previous_working_day(day))
        return moment

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
