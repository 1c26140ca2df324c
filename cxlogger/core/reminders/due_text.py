"""How a due moment reads, in one style everywhere: "due Friday 4 Dec, end of day",
"due today 15:00", "overdue since Friday".

The choice of words is made here once; the words themselves are a ``DueWords``.
The defaults are plain English (the command line uses them); the desktop app
passes translated words and QLocale's day, month and time names
(``cxlogger.ui.widgets.due_format``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from cxlogger.core.reminders.schedule import DAY_NAMES, BusinessHours

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _weekday(day: date) -> str:
    return DAY_NAMES[day.weekday()]


def _short_date(day: date, with_year: bool) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def _long_date(day: date, with_year: bool) -> str:
    return f"{_weekday(day)} {_short_date(day, with_year)}"


def _clock(value: time) -> str:
    return f"{value:%H:%M}"


@dataclass(frozen=True)
class DueWords:
    """Templates ({when}, {day}, {time}) and how days and times are named."""

    due: str = "due {when}"
    overdue_since: str = "overdue since {when}"
    today_at: str = "today {time}"
    today_end: str = "today, end of day"
    tomorrow_at: str = "tomorrow {time}"
    tomorrow_end: str = "tomorrow, end of day"
    yesterday_at: str = "yesterday {time}"
    yesterday_end: str = "yesterday, end of day"
    day_at: str = "{day} {time}"
    day_end: str = "{day}, end of day"
    yesterday: str = "yesterday"
    snoozed_until: str = "snoozed until {when}"
    due_and_snoozed: str = "{due} · snoozed until {when}"
    weekday: Callable[[date], str] = field(default=_weekday)  # "Friday"
    long_date: Callable[[date, bool], str] = field(default=_long_date)  # "Friday 4 Dec"
    short_date: Callable[[date, bool], str] = field(default=_short_date)  # "4 Dec"
    clock: Callable[[time], str] = field(default=_clock)  # "15:00"


ENGLISH = DueWords()


class DueText:
    """Due texts relative to ``now``, in local time as ``hours`` sees it."""

    def __init__(self, now: datetime, hours: BusinessHours, words: DueWords = ENGLISH):
        self.now, self.hours, self.words = now, hours, words
        self.today = hours.local(now).date()

    def when(self, moment: datetime, has_time: bool = True) -> str:
        """ "today 15:00", "tomorrow, end of day", "Friday 4 Dec 09:00"."""
        w = self.words
        local = self.hours.local(moment)
        days = (local.date() - self.today).days
        clock = w.clock(local.time().replace(second=0, microsecond=0))
        if days in (0, 1, -1):
            at, end = {
                0: (w.today_at, w.today_end),
                1: (w.tomorrow_at, w.tomorrow_end),
                -1: (w.yesterday_at, w.yesterday_end),
            }[days]
            return at.format(time=clock) if has_time else end
        day = w.long_date(local.date(), local.date().year != self.today.year)
        return w.day_at.format(day=day, time=clock) if has_time else w.day_end.format(day=day)

    def since(self, moment: datetime) -> str:
        """ "15:00" (today), "yesterday", "Friday" (this past week), "4 Dec" (longer ago)."""
        w = self.words
        local = self.hours.local(moment)
        days = (self.today - local.date()).days
        if days <= 0:
            return w.clock(local.time().replace(second=0, microsecond=0))
        if days == 1:
            return w.yesterday
        if days < 7:
            return w.weekday(local.date())
        return w.short_date(local.date(), local.date().year != self.today.year)

    def due(self, moment: datetime, has_time: bool = True, overdue: bool | None = None) -> str:
        """ "due Friday 4 Dec, end of day" or, once past, "overdue since Friday"."""
        if overdue is None:
            overdue = moment < self.now
        if overdue:
            return self.words.overdue_since.format(when=self.since(moment))
        return self.words.due.format(when=self.when(moment, has_time))


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# ------------------------------------------------- a follow-up's due state and line
# Pure functions of a follow-up's fields (rule_key, due_at, snoozed_until and its
# promise's due_at, due_has_time, status): an ORM FollowUp or a plain row
# (core/reminders/due_plain.py) alike. core/reminders/followups.py re-exports them.

KIND_ORDER = ("close_loop", "thank", "feedback", "report_back", "keep_in_touch")
KIND_TITLES = {
    "thank": "Thank",
    "close_loop": "Close the loop",
    "feedback": "Ask for feedback",
    "report_back": "Report back",
    "keep_in_touch": "Keep in touch",
}
PROMISE_RULES = ("promise_soon", "promise_overdue")


def rule_of(followup) -> str:
    """thank, feedback, complaint, promise_soon, promise_overdue, promise_tell, report_back,
    low_rating — finer than ``kind``."""
    parts = followup.rule_key.split(":")
    if parts[0] == "promise":
        return f"promise_{parts[-1]}"
    return parts[0]


def effective_due(followup) -> datetime:
    return followup.snoozed_until or followup.due_at


def promise_overdue(promise, now: datetime) -> bool:
    """Open and past the moment it was due (``promises.is_overdue``)."""
    return promise.status == "open" and promise.due_at < now


def is_overdue(followup, now: datetime, hours: BusinessHours) -> bool:
    """A reminder about a promise is overdue exactly when the promise is (its
    "coming up" reminder is not, however long ago it came); anything else when it
    was due on an earlier day."""
    if rule_of(followup) in PROMISE_RULES and followup.promise is not None:
        return promise_overdue(followup.promise, now)
    when = effective_due(followup)
    return when <= now and hours.local(when).date() < hours.local(now).date()


def due_line(followup, now: datetime, hours: BusinessHours, words: DueWords = ENGLISH) -> str:
    """What Today, notifications and ``cxlogger due`` say about when it is due:
    for a promise, the promise's own due text ("due Friday 4 Dec, end of day",
    "overdue since Friday"); otherwise the reminder's ("due today 10:00")."""
    text = DueText(now, hours, words)
    snoozed = followup.snoozed_until
    if rule_of(followup) in PROMISE_RULES and followup.promise is not None:
        promise = followup.promise
        line = text.due(promise.due_at, promise.due_has_time, promise_overdue(promise, now))
        if snoozed is not None and snoozed > now:
            line = words.due_and_snoozed.format(due=line, when=text.when(snoozed))
        return line
    if snoozed is not None:
        return words.snoozed_until.format(when=text.when(snoozed))
    when = effective_due(followup)
    return text.due(when, True, is_overdue(followup, now, hours))
