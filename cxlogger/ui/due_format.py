"""Due texts on screen: the core's one way of saying when something is due
(``cxlogger.core.due_text``), in translated words and the locale's day, month and
time names."""

from __future__ import annotations

from datetime import date, datetime, time

from cxlogger.core.due_text import DueText, DueWords, capitalised
from cxlogger.core.schedule import BusinessHours
from cxlogger.ui.qt import QCoreApplication, QDate, QLocale, QTime


def _tr(text: str) -> str:
    return QCoreApplication.translate("DueText", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _weekday(day: date) -> str:
    return QLocale().dayName(_qdate(day).dayOfWeek(), QLocale.FormatType.LongFormat)


def _long_date(day: date, with_year: bool) -> str:
    return QLocale().toString(_qdate(day), "dddd d MMM yyyy" if with_year else "dddd d MMM")


def _short_date(day: date, with_year: bool) -> str:
    return QLocale().toString(_qdate(day), "d MMM yyyy" if with_year else "d MMM")


def _clock(value: time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def due_words() -> DueWords:
    """Built when asked, so a language chosen after start-up applies."""
    return DueWords(
        due=_tr("due {when}"),
        overdue_since=_tr("overdue since {when}"),
        today_at=_tr("today {time}"),
        today_end=_tr("today, end of day"),
        tomorrow_at=_tr("tomorrow {time}"),
        tomorrow_end=_tr("tomorrow, end of day"),
        yesterday_at=_tr("yesterday {time}"),
        yesterday_end=_tr("yesterday, end of day"),
        day_at=_tr("{day} {time}"),
        day_end=_tr("{day}, end of day"),
        yesterday=_tr("yesterday"),
        snoozed_until=_tr("snoozed until {when}"),
        due_and_snoozed=_tr("{due} · snoozed until {when}"),
        weekday=_weekday,
        long_date=_long_date,
        short_date=_short_date,
        clock=_clock,
    )


def due_text(now: datetime, hours: BusinessHours) -> DueText:
    return DueText(now, hours, due_words())


__all__ = ["capitalised", "due_text", "due_words"]
