"""Money, dates and pickers as the user's locale writes them (issue 14); exports stay ISO."""

from __future__ import annotations

import pytest

from cxlogger.ui.qt import QDate, QDateEdit, QDateTimeEdit, QLocale, Qt, QTimeEdit
from cxlogger.ui.widgets import formats

NBSP = "\u00a0"


@pytest.fixture
def locale(qapp):
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "eur", "refund", "nok"),
    [
        ("en_US", "€1,415.65", "-€12.50", f"kr{NBSP}999.00"),
        ("de_DE", f"1.415,65{NBSP}€", f"-12,50{NBSP}€", f"999,00{NBSP}kr"),
        ("fr_FR", f"1\u202f415,65{NBSP}€", f"-12,50{NBSP}€", f"999,00{NBSP}kr"),
        ("es_ES", f"1415,65{NBSP}€", f"-12,50{NBSP}€", f"999,00{NBSP}kr"),
        ("nb_NO", f"€{NBSP}1{NBSP}415,65", f"−€{NBSP}12,50", f"kr{NBSP}999,00"),
    ],
)
def test_money_has_the_locale_s_separators_and_symbol_position(locale, name, eur, refund, nok):
    locale(name)
    assert formats.money_text(141565, "EUR") == eur
    assert formats.money_text(-1250, "EUR") == refund
    assert formats.money_text(99900, "NOK") == nok


def test_money_is_exact_and_an_unknown_currency_shows_its_code(locale):
    locale("de_DE")
    assert formats.money_text(123456789012345678, "EUR") == f"1.234.567.890.123.456,78{NBSP}€"
    assert formats.money_text(1200, "JPY") == f"1.200{NBSP}¥"  # no decimals
    assert formats.money_text(1250, "BRL") == f"12,50{NBSP}BRL"
    locale("en_GB")
    assert formats.money_text(1250, "CHF") == f"CHF{NBSP}12.50"


def test_date_pickers_use_the_locale_s_order_and_first_day_of_week(locale, qtbot):
    locale("en_US")
    us = QDateEdit(QDate(2026, 3, 11))
    qtbot.addWidget(us)
    us.setCalendarPopup(True)
    formats.localize_edit(us, time=False)
    assert us.text() == "3/11/2026"
    assert us.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
    locale("de_DE")
    de = QDateTimeEdit(QDate(2026, 3, 11))
    qtbot.addWidget(de)
    de.setCalendarPopup(True)
    formats.localize_edit(de)
    assert de.text() == "11.03.2026 00:00"
    assert de.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
    locale("nb_NO")
    clock = QTimeEdit()
    qtbot.addWidget(clock)
    formats.localize_edit(clock, date=False)
    assert clock.displayFormat() == "HH:mm"


def test_the_bare_c_locale_keeps_iso_in_pickers(locale, qtbot):
    locale("C")
    edit = QDateEdit(QDate(2026, 3, 11))
    qtbot.addWidget(edit)
    formats.localize_edit(edit, time=False)
    assert edit.text() == "2026-03-11"


def test_weekday_names_follow_the_language(locale):
    from datetime import date

    locale("fr_FR")
    assert formats.long_date_text(date(2026, 3, 11)) == "mercredi 11 mars 2026"
    locale("nb_NO")
    assert formats.long_date_text(date(2026, 3, 11)) == "onsdag 11. mars 2026"


def test_csv_exports_keep_iso_dates_and_plain_numbers_in_any_language(
    locale, session, me, tmp_path
):
    """The window speaks German; the accountant's CSV still says 2026-03-11 and 49.90."""
    from cxlogger.core.exchange.csv_export import ExportOptions, export_csv
    from cxlogger.core.records.customers import CustomerData, add_customer
    from cxlogger.core.records.interactions import InteractionData, log_interaction
    from tests.conftest import NOW

    locale("de_DE")
    anna = add_customer(session, CustomerData("Anna Müller"), me.id, NOW)
    log_interaction(
        session,
        InteractionData(
            anna.id, NOW, "in_person", "purchase", "Bike", amount="49.90", amount_kind="sale"
        ),
        me.id,
        NOW,
    )
    export_csv(session, ExportOptions("money"), tmp_path / "money.csv")
    text = (tmp_path / "money.csv").read_text(encoding="utf-8-sig")
    assert "2026-03-11" in text and "49.90" in text
    assert "49,90" not in text and "11.03.2026" not in text
