"""Locale-aware text for the screen, through QLocale (already loaded, so no start-up cost).

One style per kind of date, everywhere in the window:

- ``date_text``: a day ("11/03/2026", "3/11/26" as the desktop's locale writes it);
- ``date_time_text``: a moment ("11/03/2026 15:00");
- ``relative_text``: a moment near now ("today 15:00", "yesterday 09:12", "Mon 15:00"),
  else as ``date_time_text``;
- ``long_date_text``: a heading ("Wednesday, 11 March 2026").

Numbers have the locale's thousands separators (``number_text``); counts of things are
written ``tr("%Ln interaction(s)", "", n)`` and come out as "1 interaction", "1,234
interactions" (``install_plurals`` gives English its numerus forms; a real translation
for another language brings its own). Times are stored in UTC and shown local. Exports
keep ISO dates: these are for people.
"""

from __future__ import annotations

from datetime import date, datetime

from cxlogger.core.records import money
from cxlogger.core.timeutil import to_local
from cxlogger.ui.qt import QCoreApplication, QDate, QLocale, QTime, QTranslator

SYMBOLS = {
    "EUR": "€",
    "USD": "$",
    "GBP": "£",
    "JPY": "¥",
    "INR": "₹",
    "PLN": "zł",
    "NOK": "kr",
    "SEK": "kr",
    "DKK": "kr.",
    "CHF": "CHF",
}

Short = QLocale.FormatType.ShortFormat
Long = QLocale.FormatType.LongFormat


CURRENCY_MARK = "\u00a4"  # ¤, where a currency format puts the symbol


def currency_symbol(currency: str, locale: QLocale | None = None) -> str:
    """The symbol people write: the locale's own for its currency ('kr' in Norway),
    else the usual one ('€', '$'), else the ISO code."""
    locale = locale or QLocale()
    code = currency.upper()
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if own:
            return own
    return SYMBOLS.get(code, code)


def money_text(minor: int | None, currency: str | None) -> str:
    """'€1,415.65', '1.415,65 €', '€ 1.415,65' (Austria), 'kr 1 415,65': the locale's
    digits, separators and where the symbol goes; exact (no float)."""
    if minor is None or not currency:
        return ""
    locale = QLocale()
    places = money.decimals(currency)
    whole, fraction = divmod(abs(minor), 10**places)
    text = locale.toString(whole)  # integer, so grouping is exact
    if places:
        text += locale.decimalPoint() + f"{fraction:0{places}d}"
    symbol = currency_symbol(currency, locale)
    sign = locale.negativeSign() if minor < 0 else ""
    # where the number and the symbol go, as the locale writes money ("¤7", "7 ¤", "¤ 7")
    pattern = "" if _iso(locale) else locale.toCurrencyString(7, CURRENCY_MARK)
    if CURRENCY_MARK not in pattern or "7" not in pattern:  # "C": one of ours
        pattern = f"{CURRENCY_MARK}7" if len(symbol) == 1 else f"7\u00a0{CURRENCY_MARK}"
    if symbol[-1:].isalpha():  # "CHF 12.50", "kr 999", never "CHF12.50"
        pattern = pattern.replace(f"{CURRENCY_MARK}7", f"{CURRENCY_MARK}\u00a07")
    return sign + pattern.replace("7", text).replace(CURRENCY_MARK, symbol)


def number_text(value: int) -> str:
    """1234567 -> '1,234,567' (or '1.234.567', ...)."""
    return QLocale().toString(int(value))


def _iso(locale: QLocale) -> bool:
    # the "C" locale (LANG=C, a bare container) has no real date style: ISO reads best
    return locale.language() == QLocale.Language.C


def _local(value: datetime) -> datetime:
    return to_local(value) if isinstance(value, datetime) else value


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(moment: datetime) -> QTime:
    return QTime(moment.hour, moment.minute)


def date_text(value: date | datetime | None) -> str:
    """A day, in the locale's short style (a datetime is first made local)."""
    if value is None:
        return ""
    day = _local(value)
    day = day.date() if isinstance(day, datetime) else day
    locale = QLocale()
    if _iso(locale):
        return day.isoformat()
    return locale.toString(_qdate(day), Short)


def time_text(value: datetime) -> str:
    """A time of day, local: '15:00' or '3:00 PM'."""
    local = _local(value)
    locale = QLocale()
    if _iso(locale):
        return f"{local:%H:%M}"
    return locale.toString(_qtime(local), Short)


def date_time_text(value: datetime | None) -> str:
    """A moment, local, in the locale's short style (``date_text`` and ``time_text``
    joined, made local once: the lists call this for every row they paint)."""
    if value is None:
        return ""
    local = _local(value)
    day = local.date() if isinstance(local, datetime) else local
    locale = QLocale()
    if _iso(locale):
        return f"{day.isoformat()} {local:%H:%M}"
    return f"{locale.toString(_qdate(day), Short)} {locale.toString(_qtime(local), Short)}"


def long_date_text(value: date | datetime) -> str:
    """A day spelled out, for headings: 'Wednesday, 11 March 2026'."""
    day = _local(value)
    day = day.date() if isinstance(day, datetime) else day
    locale = QLocale()
    if _iso(locale):
        return f"{day:%A, %d %B %Y}"
    return locale.toString(_qdate(day), Long)


def relative_text(value: datetime | None, now: datetime) -> str:
    """A moment near ``now`` the way people say it: 'today 15:00', 'yesterday 09:12',
    'tomorrow 08:00', 'Mon 15:00' within the week around today, else the date and time."""
    if value is None:
        return ""
    local, today = _local(value), _local(now).date()
    days = (local.date() - today).days
    when = time_text(local)
    named = {
        0: QCoreApplication.translate("formats", "today %1"),
        -1: QCoreApplication.translate("formats", "yesterday %1"),
        1: QCoreApplication.translate("formats", "tomorrow %1"),
    }
    if days in named:
        return named[days].replace("%1", when)
    if -7 < days < 7:
        locale = QLocale()
        weekday = locale.dayName(local.isoweekday(), Short)
        if _iso(locale):
            weekday = f"{local:%a}"
        return f"{weekday} {when}"
    return date_time_text(local)


class EnglishPlurals(QTranslator):
    """English numerus forms for source texts written with "(s)": with n == 1 the "(s)"
    goes, otherwise it becomes "s" ("%Ln interaction(s)" -> "1 interaction", "2
    interactions"). Installed first, so a real translation installed later wins."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802
        if n is None or n < 0 or "(s)" not in (source_text or ""):
            return None  # not ours (a null string): the next translator, or the source
        return source_text.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:  # noqa: N802
        return False


_plurals: EnglishPlurals | None = None


def install_plurals(app: QCoreApplication | None = None) -> None:
    """Give the application its English plurals (once)."""
    global _plurals
    app = app or QCoreApplication.instance()
    if app is None or _plurals is not None:
        return
    _plurals = EnglishPlurals(app)
    app.installTranslator(_plurals)


def _four_digit_year(fmt: str) -> str:
    """'M/d/yy' -> 'M/d/yyyy': a date typed or read in a picker is never ambiguous."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def edit_format(date: bool = True, time: bool = True) -> str:
    """The display format for a date/time picker in the locale's own order and separators
    ('dd.MM.yyyy HH:mm', 'M/d/yyyy h:mm AP'); ISO under the bare "C" locale."""
    locale = QLocale()
    if _iso(locale):
        parts = ["yyyy-MM-dd"] * date + ["HH:mm"] * time
    else:
        parts = [_four_digit_year(locale.dateFormat(Short))] * date + [
            locale.timeFormat(Short)
        ] * time
    return " ".join(parts)


def localize_edit(edit, date: bool = True, time: bool = True) -> None:
    """A QDateEdit / QTimeEdit / QDateTimeEdit in the locale's format; its calendar starts
    the week on the locale's first day (Monday in Europe, Sunday in the US)."""
    edit.setDisplayFormat(edit_format(date, time))
    calendar = edit.calendarWidget() if date else None
    if calendar is not None:
        calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
