"""The Losing touch view (issue 11): customers past their cadence, longest first, with last
contact; Log, Snooze and Stop tracking on each row; paged as it scrolls."""

from datetime import timedelta

import pytest

from cxlogger.core.models import Customer, FollowUp
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.reminders import followups, messages
from cxlogger.ui.context import AppContext
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QKeySequence, Qt
from cxlogger.ui.views import losing_touch_view
from cxlogger.ui.views.losing_touch_view import LosingTouchView
from tests.conftest import NOW

DAY = timedelta(days=1)


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


@pytest.fixture
def lagging(db, me):
    """Ben (trade, 60 days past), Anna (vip, 10 past, last contact a message), Cleo (vip,
    within her cadence); the rules have run."""
    ids = {}
    followups.install()
    try:
        for name, tags, days_ago, channel, what in (
            ("Ben Berg", ["trade"], 150, "email", "Sent the price list"),
            ("Anna Ahn", ["vip"], 45, "phone", "Asked about delivery"),
            ("Cleo Cruz", ["vip"], 20, "in_person", "Picked up her order"),
        ):
            with db.session() as s:
                who = add_customer(s, CustomerData(name, tags=tags), me.id, NOW - 400 * DAY)
                ids[name] = who.id
            with db.session() as s:
                data = InteractionData(who.id, NOW - days_ago * DAY, channel, "inquiry", what)
                log_interaction(s, data, me.id, NOW - days_ago * DAY)
        with db.session() as s:
            messages.record_sent(
                s, ids["Anna Ahn"], None, "email", "Your delivery", "Hello", me.id, NOW - 40 * DAY
            )
        with db.session() as s:
            followups.refresh(s, NOW)
    finally:
        followups.uninstall()
    return ids


def shown(view):
    model = view.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def open_view(qtbot, ctx):
    view = LosingTouchView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert ctx.ops.wait_idle()
    return view


def test_lists_customers_longest_past_first_with_their_last_contact(
    qtbot, qtmodeltester, ctx, lagging
):
    view = open_view(qtbot, ctx)
    rows = shown(view)
    assert [r[0] for r in rows] == ["Ben Berg", "Anna Ahn"]  # Cleo is within her 30 days
    ben, anna = rows
    assert ben[1:3] == ["60 days past", "Every 90 days"]
    assert ben[4:] == ["Email, Alex Owner", "Sent the price list"]
    assert anna[1:3] == ["10 days past", "Every 30 days"]
    assert anna[4:] == ["Email sent, Alex Owner", "Your delivery"]  # the later message
    assert view.summary.text() == "2 customers past their cadence"
    assert view.table.isVisible() and not view.empty.isVisible()
    assert all(b.isEnabled() for b in (view.log_button, view.snooze_button, view.stop_button))
    qtmodeltester.check(view.model)


def test_log_asks_for_the_log_dialog_of_that_customer(qtbot, ctx, lagging):
    view = open_view(qtbot, ctx)
    view.table.selectRow(1)
    with qtbot.waitSignal(view.log_requested) as asked:
        qtbot.mouseClick(view.log_button, Qt.MouseButton.LeftButton)
    assert asked.args == [lagging["Anna Ahn"]]


def test_logging_a_contact_takes_them_off_the_list(qtbot, ctx, db, me, lagging):
    view = open_view(qtbot, ctx)
    followups.install()
    try:
        with db.session() as s:
            data = InteractionData(lagging["Ben Berg"], NOW, "phone", "inquiry", "Caught up")
            log_interaction(s, data, me.id, NOW)
    finally:
        followups.uninstall()
    ctx.changes.announce("interactions")
    assert ctx.ops.wait_idle()
    assert [r[0] for r in shown(view)] == ["Anna Ahn"]


def test_snooze_takes_them_off_until_then(qtbot, ctx, db, lagging):
    view = open_view(qtbot, ctx)
    view.table.selectRow(0)
    view.snooze_menu.aboutToShow.emit()
    actions = [a for a in view.snooze_menu.actions() if a.text()]
    assert actions[0].text() == "For 1 hour"
    actions[-1].trigger()  # next week
    assert ctx.ops.wait_idle()
    assert [r[0] for r in shown(view)] == ["Anna Ahn"]
    with db.session() as s:
        followup = (
            s.query(FollowUp)
            .filter_by(customer_id=lagging["Ben Berg"], kind="keep_in_touch", status="pending")
            .one()
        )
        assert followup.snoozed_until > NOW + 2 * DAY


def test_stop_tracking_asks_then_stops_for_good(qtbot, ctx, db, lagging, monkeypatch):
    view = open_view(qtbot, ctx)
    view.table.selectRow(0)
    asked = []
    monkeypatch.setattr(view, "confirm_stop", lambda name: asked.append(name) or False)
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    assert ctx.ops.wait_idle()
    assert asked == ["Ben Berg"] and len(shown(view)) == 2  # said no: nothing changed
    monkeypatch.setattr(view, "confirm_stop", lambda name: True)
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    assert ctx.ops.wait_idle()
    assert [r[0] for r in shown(view)] == ["Anna Ahn"]
    with db.session() as s:
        ben = s.get(Customer, lagging["Ben Berg"])
        assert ben.touch_stopped is True and ben.touch_due_at is None
        statuses = [
            f.status for f in s.query(FollowUp).filter_by(customer_id=ben.id, kind="keep_in_touch")
        ]
        assert statuses == ["obsolete"]


def test_pages_arrive_as_it_scrolls(qtbot, ctx, lagging, monkeypatch):
    from cxlogger.core.records import touch

    monkeypatch.setattr(losing_touch_view, "PAGE", 1)
    asked = []
    original = touch.losing_touch

    def page(session, now, **kwargs):
        asked.append(kwargs)
        return original(session, now, **kwargs)

    monkeypatch.setattr(touch, "losing_touch", page)
    view = open_view(qtbot, ctx)
    while view.model.canFetchMore():  # the table asks for more while it has room
        view.model.fetchMore()
        assert ctx.ops.wait_idle()
    assert [r[0] for r in shown(view)] == ["Ben Berg", "Anna Ahn"]
    assert [a["limit"] for a in asked] == [1, 1, 1]  # two rows, then an empty page
    assert asked[0]["after"] is None
    assert asked[1]["after"][1] == lagging["Ben Berg"]  # on from the last row, by the index
    assert view.summary.text() == "2 customers past their cadence"  # the count, not the page


def test_nobody_past_their_cadence_says_so(qtbot, ctx):
    view = open_view(qtbot, ctx)
    assert view.empty.isVisible() and not view.table.isVisible()
    assert view.empty.text() == "Everyone has heard from you within their cadence."
    assert not view.log_button.isEnabled() and not view.snooze_button.isEnabled()


def test_a_sidebar_view_with_its_ctrl_number(qtbot, ctx, paths, lagging):
    window = MainWindow(paths=paths)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.show()
    titles = [window.sidebar.item(r).text() for r in range(window.sidebar.count())]
    number = titles.index("Losing touch") + 1
    action = next(a for a in window.view_menu.actions() if a.text() == "Losing touch")
    assert action.shortcut() == QKeySequence(f"Ctrl+{number}")
    action.trigger()
    assert window.stack.currentWidget() is window.losing_touch_view
    assert ctx.ops.wait_idle()
    assert [r[0] for r in shown(window.losing_touch_view)] == ["Ben Berg", "Anna Ahn"]
    opened = []
    window.show_customer = opened.append
    window.losing_touch_view.open_customer.disconnect()
    window.losing_touch_view.open_customer.connect(window.show_customer)
    window.losing_touch_view.table.activated.emit(window.losing_touch_view.model.index(0, 0))
    assert opened == [lagging["Ben Berg"]]


# --- the customer panel and list: last contact, cadence, tracking ---------------------------


def test_the_customer_panel_says_last_contact_and_cadence(qtbot, ctx, db, lagging):
    from cxlogger.ui.views.customers_view import CustomersView

    view = CustomersView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert ctx.ops.wait_idle()
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    row = names.index("Ben Berg")
    assert view.model.headerData(4, Qt.Orientation.Horizontal) == "Last contact"
    assert view.model.index(row, 4).data()  # the date of his last contact
    view.panel.show_customer(lagging["Ben Berg"])
    assert ctx.ops.wait_idle()
    text = view.panel.details.text()
    assert "Last contact:" in text and "Email, Alex Owner · Sent the price list" in text
    assert "every 90 days (from their tags) · 60 days past" in text

    # their own cadence, then stop tracking, from the panel's Keep in touch menu
    view.panel.ask_days = lambda current: 200
    view.panel.touch_menu.aboutToShow.emit()
    texts = [a.text() for a in view.panel.touch_menu.actions() if a.text()]
    assert texts == ["Every … days…", "Use the cadence of their tags", "Stop tracking"]
    view.panel.touch_menu.actions()[0].trigger()
    assert ctx.ops.wait_idle()
    assert "every 200 days (their own) · next by" in view.panel.details.text()
    view.panel.set_tracking(stopped=True)
    assert ctx.ops.wait_idle()
    assert "Keep in touch:</b> not tracked (stopped)" in view.panel.details.text()
    with db.session() as s:
        ben = s.get(Customer, lagging["Ben Berg"])
        assert (ben.touch_every_days, ben.touch_stopped) == (200, True)


def test_the_promise_dialog_makes_a_repeating_promise(qtbot, ctx, db, lagging):
    from cxlogger.core.models import Promise
    from cxlogger.ui.dialogs.promise_dialogs import PromiseDialog

    dialog = PromiseDialog(ctx, lagging["Anna Ahn"], "Anna Ahn")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ready)
    texts = [dialog.repeat.itemText(i) for i in range(dialog.repeat.count())]
    assert texts == ["Does not repeat", "Every week", "Every month", "Every year"]
    dialog.description.setText("Check the coffee machine")
    dialog.repeat.setCurrentIndex(2)
    dialog.save()
    assert ctx.ops.wait_idle()
    with db.session() as s:
        promise = s.query(Promise).filter_by(description="Check the coffee machine").one()
        assert promise.repeat_every == "month"


@pytest.fixture
def german(qapp):
    from cxlogger.ui import i18n
    from cxlogger.ui.qt import QLocale

    before = QLocale()
    i18n.install(qapp, "de")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


def test_the_list_and_the_panel_speak_the_language_with_plurals(qtbot, ctx, lagging, german):
    """The plurals go through self.tr (lupdate sees them), the column titles, the channel
    and the panel's captions through the catalogue: nothing stays English in German."""
    from cxlogger.ui.views.customers_view import CustomersView

    view = open_view(qtbot, ctx)
    header = view.model.headerData
    titles = [header(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert titles == ["Kunde", "Überfällig", "Rhythmus", "Letzter Kontakt", "Wie, durch wen", "Was"]
    ben, anna = shown(view)
    assert ben[1:3] == ["60 Tage überfällig", "Alle 90 Tage"]
    assert ben[4] == "E-Mail, Alex Owner"
    assert anna[4] == "E-Mail gesendet, Alex Owner"
    assert view.summary.text() == "2 Kunden über ihrem Rhythmus"

    customers = CustomersView(ctx)
    qtbot.addWidget(customers)
    customers.show()
    assert ctx.ops.wait_idle()
    customers.panel.show_customer(lagging["Ben Berg"])
    assert ctx.ops.wait_idle()
    text = customers.panel.details.text()
    assert "<b>Schlagwörter:</b> trade" in text and "<b>Kontakt:</b>" in text
    assert "<b>Letzter Kontakt:</b>" in text
    assert "<b>In Kontakt bleiben:</b> alle 90 Tage (aus seinen Schlagwörtern) · " in text
    assert "60 Tage überfällig" in text
