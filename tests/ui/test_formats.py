"""Dates, numbers, money and counts as the desktop's locale writes them."""

from datetime import date, datetime, timedelta, timezone

import pytest

from cxlogger.ui.qt import QCoreApplication, QLocale
from cxlogger.ui.widgets import formats
from tests.helpers import local_timezone

NOW = datetime(2026, 3, 11, 14, 0, tzinfo=timezone.utc)  # a Wednesday


@pytest.fixture
def locale():
    """Run with the desktop's locale set to a name; put back afterwards."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def plural(n: int) -> str:
    return QCoreApplication.translate("Test", "%Ln interaction(s)", None, n)


def test_counts_have_plurals_and_thousands_separators(locale):
    locale("en_GB")
    assert [plural(n) for n in (0, 1, 2, 1234)] == [
        "0 interactions",
        "1 interaction",
        "2 interactions",
        "1,234 interactions",
    ]
    assert QCoreApplication.translate("Test", "No plural here") == "No plural here"
    assert formats.number_text(1234567) == "1,234,567"
    locale("de_DE")
    assert plural(1234) == "1.234 interactions"
    assert formats.number_text(1234567) == "1.234.567"


def test_one_style_per_kind_of_date_in_the_desktops_locale(locale):
    with local_timezone("Europe/Berlin"):
        locale("en_GB")
        assert formats.date_text(NOW) == "11/03/2026"
        assert formats.date_text(date(2026, 3, 11)) == "11/03/2026"
        assert formats.date_time_text(NOW) == "11/03/2026 15:00"  # local time
        assert formats.long_date_text(NOW) == "Wednesday, 11 March 2026"
        locale("en_US")
        # (newer CLDR data puts a narrow no-break space before PM)
        assert formats.date_time_text(NOW).replace("\u202f", " ") == "3/11/26 3:00 PM"
        locale("de_DE")
        assert formats.date_text(NOW) == "11.03.26"
        assert formats.long_date_text(NOW) == "Mittwoch, 11. März 2026"


def test_relative_moments(locale):
    with local_timezone("Europe/Berlin"):
        locale("en_GB")
        assert formats.relative_text(NOW, NOW) == "today 15:00"
        assert formats.relative_text(NOW - timedelta(days=1), NOW) == "yesterday 15:00"
        assert formats.relative_text(NOW + timedelta(days=1), NOW) == "tomorrow 15:00"
        assert formats.relative_text(NOW - timedelta(days=2), NOW) == "Mon 15:00"
        assert formats.relative_text(NOW + timedelta(days=30), NOW) == "10/04/2026 16:00"


def test_the_c_locale_writes_iso_dates(locale):
    with local_timezone("UTC"):
        locale("C")
        assert formats.date_text(NOW) == "2026-03-11"
        assert formats.date_time_text(NOW) == "2026-03-11 14:00"


# --- in the window -------------------------------------------------------------------------


def test_the_window_writes_dates_and_counts_in_the_desktops_locale(qtbot, db, paths, me, locale):
    """Seen: dates as 2026-03-11 or 'Wed 11 Mar' in English whatever the desktop's
    language."""
    from cxlogger.core.records.customers import CustomerData, add_customer
    from cxlogger.core.records.interactions import InteractionData, log_interaction
    from cxlogger.ui.context import AppContext
    from cxlogger.ui.views.customers_view import CustomerPanel
    from cxlogger.ui.views.interaction_log_model import InteractionLogModel
    from cxlogger.ui.views.today_view import TodayView

    with local_timezone("Europe/Berlin"):
        locale("de_DE")
        ctx = AppContext(db, paths, me.id, clock=lambda: NOW)
        with db.session() as s:
            anna = add_customer(s, CustomerData("Anna Berg"), me.id, NOW - timedelta(days=9))
        data = InteractionData(anna.id, NOW - timedelta(days=1), "phone", "purchase", "Cake")
        with db.session() as s:
            log_interaction(s, data, me.id, NOW)

        log_model = InteractionLogModel(ctx)
        assert ctx.ops.wait_idle()
        assert log_model.index(0, 0).data() == "10.03.26 15:00"
        panel = CustomerPanel(ctx)
        qtbot.addWidget(panel)
        panel.show_customer(anna.id)
        assert panel.ctx.ops.wait_idle()  # the data arrive from the background
        assert panel.timeline.model().index(0, 0).data() == "10.03.26 15:00"
        today = TodayView(ctx)
        qtbot.addWidget(today)
        assert ctx.ops.wait_idle()
        assert today.date_label.text() == formats.long_date_text(NOW.date())
        assert "März" in today.date_label.text() or "Mittwoch" in today.date_label.text()
        assert today.summary.text() == "Nothing due  ·  0 coming this week"
