"""Locale-aware text for the screen, through QLocale (already loaded, so no start-up cost)."""

from __future__ import annotations

from cxlogger.core import money
from cxlogger.ui.qt import QLocale

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "PLN": "zł"}


def money_text(minor: int | None, currency: str | None) -> str:
    """'€1,415.65' or '1.415,65 €' as the desktop's locale writes numbers; exact digits."""
    if minor is None or not currency:
        return ""
    locale = QLocale()
    places = money.decimals(currency)
    whole, fraction = divmod(abs(minor), 10**places)
    text = locale.toString(whole)  # integer, so grouping is exact
    if places:
        text += locale.decimalPoint() + f"{fraction:0{places}d}"
    symbol = SYMBOLS.get(currency.upper(), currency.upper())
    sign = locale.negativeSign() if minor < 0 else ""
    return f"{sign}{symbol}\u00a0{text}" if len(symbol) == 1 else f"{sign}{text}\u00a0{symbol}"
