"""Due texts on screen: the core's one way of saying when something is due
(``cxlogger.core.reminders.due_text``), in translated words and the locale's day, month and
time names."""

from __future__ import annotations

from datetime import date, datetime, time

from cxlogger.core.reminders.due_text import DueText, DueWords, capitalised
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.ui.qt import QCoreApplication, QDate, QLocale, QTime


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _weekday(day: date) -> str:
    return QLocale().dayName(_qdate(day).dayOfWeek(), QLocale.FormatType.LongFormat)


def _day_month() -> str:
    """'d MMM', or 'd. MMM' where the language writes the day with a dot (German,
    Norwegian: "3. Apr.", "11. juni")."""
    return "d. MMM" if "d." in QLocale().dateFormat(QLocale.FormatType.LongFormat) else "d MMM"


def _long_date(day: date, with_year: bool) -> str:
    fmt = f"dddd {_day_month()}" + (" yyyy" if with_year else "")
    return QLocale().toString(_qdate(day), fmt)


def _short_date(day: date, with_year: bool) -> str:
    return QLocale().toString(_qdate(day), _day_month() + (" yyyy" if with_year else ""))


def _clock(value: time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def due_words() -> DueWords:
    """Built when asked, so a language chosen after start-up applies."""
    return DueWords(
        due=QCoreApplication.translate("DueText", "due {when}"),
        overdue_since=QCoreApplication.translate("DueText", "overdue since {when}"),
        today_at=QCoreApplication.translate("DueText", "today {time}"),
        today_end=QCoreApplication.translate("DueText", "today, end of day"),
        tomorrow_at=QCoreApplication.translate("DueText", "tomorrow {time}"),
        tomorrow_end=QCoreApplication.translate("DueText", "tomorrow, end of day"),
        yesterday_at=QCoreApplication.translate("DueText", "yesterday {time}"),
        yesterday_end=QCoreApplication.translate("DueText", "yesterday, end of day"),
        day_at=QCoreApplication.translate("DueText", "{day} {time}"),
        day_end=QCoreApplication.translate("DueText", "{day}, end of day"),
        yesterday=QCoreApplication.translate("DueText", "yesterday"),
        snoozed_until=QCoreApplication.translate("DueText", "snoozed until {when}"),
        due_and_snoozed=QCoreApplication.translate("DueText", "{due} · snoozed until {when}"),
        weekday=_weekday,
        long_date=_long_date,
        short_date=_short_date,
        clock=_clock,
    )


def due_text(now: datetime, hours: BusinessHours) -> DueText:
    return DueText(now, hours, due_words())


__all__ = ["capitalised", "due_text", "due_words"]
