"""Exact money: integer minor units plus an ISO 4217 currency code, never float."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

DEFAULT_CURRENCY = "EUR"
COMMON_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN")
AMOUNT_KINDS = ("sale", "refund", "credit", "goodwill")
# An amount is stored unsigned, with its meaning; the meaning gives the sign of its
# net effect: money coming in (a sale) is positive, money going back is negative.
SIGNS = {"sale": 1, "refund": -1, "credit": -1, "goodwill": -1}
OUTGOING = tuple(kind for kind, sign in SIGNS.items() if sign < 0)


def net(minor: int | None, meaning: str | None) -> int | None:
    """The signed net effect of an amount: +sale, -refund/credit/goodwill.

    The magnitude is what counts, whatever sign was stored or typed.
    """
    if minor is None:
        return None
    return -abs(minor) if meaning in OUTGOING else abs(minor)


def check_amount(
    text: str, currency: str | None, meaning: str | None
) -> tuple[int | None, str | None, dict[str, str]]:
    """Validate an amount as typed with its currency and meaning.

    Returns ``(unsigned minor units or None, currency code or None, errors)``;
    ``errors`` maps ``amount``, ``currency`` and ``amount_kind`` to sentences. An
    empty amount is no amount. Staff may type a refund as "45" or "-45": the
    meaning says which way the money went, so the magnitude is stored.
    """
    errors: dict[str, str] = {}
    if not (text or "").strip():
        return None, None, errors
    code = (currency or "").strip().upper()
    minor = None
    try:
        decimals(code)
    except Exception:
        errors["currency"] = f"“{code}” is not a currency code such as EUR or USD."
    else:
        try:
            minor = abs(parse_amount(text, code))
        except ValueError as exc:
            errors["amount"] = str(exc)
    if meaning not in AMOUNT_KINDS:
        errors["amount_kind"] = "Say what the amount was: sale, refund, credit or goodwill."
    return minor, code, errors


def decimals(currency: str) -> int:
    """The currency's minor-unit digits (2 for EUR, 0 for JPY); ValueError if unknown."""
    places = _decimals(currency.strip().upper())
    if places is None:
        raise ValueError(f"“{currency}” is not a currency code such as EUR or USD.")
    return places


# The minor-unit digits of the currencies most shops use, as babel's CLDR data gives them
# (tests/core/test_money.py checks every entry against babel): a table paints amounts
# without loading babel's data (~40 ms, 167 ms measured on a loaded machine) on the GUI
# thread. Any other code asks babel, once; ``warm`` asks it on a worker ahead of painting.
KNOWN_DECIMALS = {
    **dict.fromkeys(("JPY", "ISK", "HUF", "CLP", "COP", "KRW", "IDR", "VND"), 0),
    **dict.fromkeys(("KWD", "BHD", "OMR", "JOD", "TND"), 3),
    **dict.fromkeys(
        (
            "EUR USD GBP CHF CAD AUD NZD CNY HKD SGD INR SEK NOK DKK PLN CZK RON BGN TRY "
            "RUB UAH ILS AED SAR ZAR BRL MXN ARS TWD THB MYR PHP EGP NGN KES MAD"
        ).split(),
        2,
    ),
}


def warm(currencies) -> None:
    """Look up these currencies' decimals now (on a worker thread, before the GUI thread
    paints their amounts): a code outside KNOWN_DECIMALS loads babel's data here, not
    in a paint."""
    for code in currencies:
        if code:
            _decimals(code.strip().upper())


@lru_cache(maxsize=256)
def _decimals(code: str) -> int | None:
    # once per code: a table shows an amount in every row it paints
    if code in KNOWN_DECIMALS:
        return KNOWN_DECIMALS[code]
    from babel.core import get_global  # lazily: babel's data loads in ~40 ms

    if len(code) != 3 or not code.isalpha() or code not in _known_currencies():
        return None
    fractions = get_global("currency_fractions")
    return fractions.get(code, fractions["DEFAULT"])[0]


@cache
def _known_currencies() -> frozenset[str]:
    from babel.core import get_global

    return frozenset(get_global("all_currencies"))


def parse_amount(text: str, currency: str) -> int:
    """'12.50' or '12,50' in ``currency`` -> minor units (1250).

    Raises ValueError with a user-facing sentence on anything else.
    """
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        raise ValueError("Enter an amount, such as 12.50.")
    if "," in cleaned and "." in cleaned:
        # 1.234,56 or 1,234.56: the last separator is the decimal one
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(
            f"“{text.strip()}” is not an amount; enter a number such as 12.50."
        ) from None
    if not value.is_finite():
        raise ValueError("Enter an amount, such as 12.50.")
    places = decimals(currency)
    scaled = value.scaleb(places)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{currency} amounts have at most {places} decimal places.")
    if abs(scaled) >= 10**15:
        raise ValueError("That amount is too large.")
    return int(scaled)


def to_decimal(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-decimals(currency))


def plain(minor: int, currency: str) -> str:
    """Dot-decimal text with the currency's decimals, for CSV and editing: '-12.50'."""
    places = decimals(currency)
    return f"{to_decimal(minor, currency):.{places}f}"


def display(minor: int | None, currency: str | None, locale: str | None = None) -> str:
    """Locale-formatted for the screen: '€12.50'."""
    if minor is None or not currency:
        return ""
    from babel.numbers import format_currency

    try:
        return format_currency(to_decimal(minor, currency), currency, locale=locale or _locale())
    except Exception:  # an unknown locale must never hide an amount
        return f"{plain(minor, currency)} {currency}"


def _locale() -> str:
    from babel import default_locale

    return default_locale("LC_NUMERIC") or "en_US"
