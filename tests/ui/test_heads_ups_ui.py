"""Heads-ups in the window (issue 11): the equipment-return story at Bea's desk.

Alex logs the return of a rented mixer with a hold "Billing: stop the reminders"; the
next day Bea opens the customer, logs something for them and looks at her reminders.
Fixed clock; two staff in one database.
"""

import time as _time
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cxlogger.core.models import HeadsUp, Interaction
from cxlogger.core.records import heads_ups
from cxlogger.core.records import staff as staff_mod
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.heads_ups import HeadsUpData
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.reminders import followups
from cxlogger.ui.context import AppContext
from cxlogger.ui.desktop.notifier import Notifier
from cxlogger.ui.dialogs.log_dialog import LogInteractionDialog
from cxlogger.ui.qt import QApplication, Qt
from cxlogger.ui.views.customers_view import HEADS_UP_ROLE, CustomerPanel, CustomersView
from cxlogger.ui.views.today_view import TodayView
from cxlogger.ui.widgets.formats import date_text  # the locale's short date
from tests.conftest import NOW

DAY = timedelta(days=1)
TOMORROW = NOW + DAY  # Thursday 12 March 2026, 10:00 UTC


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    yield
    monkeypatch.undo()
    _time.tzset()


@pytest.fixture(autouse=True)
def rules():
    followups.install()
    yield
    followups.uninstall()


@pytest.fixture
def story(db):
    """Alex's side, yesterday: the rental, then the return with a hold until 20 March."""
    with db.session() as s:
        alex = staff_mod.add_staff(s, "Alex", NOW - 400 * DAY)
        bea = staff_mod.add_staff(s, "Bea", NOW - 400 * DAY)
        dana = add_customer(
            s, CustomerData("Dana Whitfield", consent="yes"), alex.id, NOW - 300 * DAY
        )
        ids = alex.id, bea.id, dana.id

        def log(kind, summary, when, **extra):
            data = InteractionData(dana.id, when, "in_person", kind, summary, **extra)
            return log_interaction(s, data, alex.id, when)

        log("purchase", "Mixer rental, 2 weeks", NOW - 2 * DAY)
        log(
            "return",
            "Mixer returned",
            NOW,
            heads_up=HeadsUpData("Billing: stop the reminders", "hold", date(2026, 3, 20)),
        )
    return dict(zip(("alex", "bea", "dana"), ids, strict=True))


@pytest.fixture
def bea_ctx(db, paths, story):
    """Bea's desk, the next day."""
    return AppContext(db, paths, story["bea"], clock=lambda: TOMORROW)


def settle(ctx):
    assert ctx.ops.wait_idle()
    QApplication.processEvents()  # widgets added to a shown view are shown by a queued call


def test_bea_sees_the_banner_above_the_customers_timeline_and_can_resolve_it(
    qtbot, db, bea_ctx, story
):
    panel = CustomerPanel(bea_ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_customer(story["dana"])
    settle(bea_ctx)
    banner = panel.heads_up_banner
    assert banner.isVisible()
    assert (
        banner.text()
        == f"Hold: Billing: stop the reminders — Alex, {date_text(NOW)} · until 20 Mar"
    )
    assert "paused" in " ".join(w.text() for w in banner.findChildren(type(banner.lines[0])))
    # the banner is above the timeline, and the timeline has the heads-up too
    layout = panel.layout()
    assert layout.indexOf(banner) < layout.indexOf(panel.timeline)
    model = panel.timeline_model
    row = [model.index(r, 1).data() for r in range(model.rowCount())].index("Heads-up")
    assert model.index(row, 2).data() == "Active"
    assert "Pinned by" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)

    # Bea resolves it: who and when are stored; the banner goes, the timeline keeps it
    [heads_up_id] = banner.resolve_buttons
    qtbot.mouseClick(banner.resolve_buttons[heads_up_id], Qt.MouseButton.LeftButton)
    settle(bea_ctx)
    qtbot.waitUntil(lambda: not banner.isVisible())
    with db.session() as s:
        stored = s.get(HeadsUp, heads_up_id)
        assert (stored.resolved_by_id, stored.resolved_at) == (story["bea"], TOMORROW)
    statuses = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert "Resolved" in statuses


def test_bea_pins_one_from_the_customer_panel(qtbot, db, bea_ctx, story):
    panel = CustomerPanel(bea_ctx)
    qtbot.addWidget(panel)
    panel.show_customer(story["dana"])
    settle(bea_ctx)
    qtbot.mouseClick(panel.heads_up_button, Qt.MouseButton.LeftButton)
    dialog = panel.pin_dialog
    qtbot.waitExposed(dialog)
    dialog.text.setText("Prefers calls after 4 pm")
    dialog.save()
    settle(bea_ctx)
    with db.session() as s:
        texts = [h.text for h in s.scalars(select(HeadsUp).order_by(HeadsUp.id))]
    assert texts == ["Billing: stop the reminders", "Prefers calls after 4 pm"]
    qtbot.waitUntil(lambda: len(panel.heads_up_banner.lines) == 2)


def test_the_search_results_show_an_icon_on_the_customer(qtbot, bea_ctx, story):
    with bea_ctx.session() as s:
        add_customer(s, CustomerData("Dana Other"), story["bea"], NOW)
    view = CustomersView(bea_ctx)
    qtbot.addWidget(view)
    view.search.setText("Dana")
    view.apply_search()
    settle(bea_ctx)
    model = view.model
    rows = {model.index(r, 0).data(): model.index(r, 0) for r in range(model.rowCount())}
    assert rows["Dana Whitfield"].data(HEADS_UP_ROLE) == "hold"
    assert not rows["Dana Whitfield"].data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Heads-up (Hold)" in rows["Dana Whitfield"].data(Qt.ItemDataRole.ToolTipRole)
    assert rows["Dana Other"].data(Qt.ItemDataRole.DecorationRole) is None


def test_beas_log_dialog_shows_it_as_soon_as_the_customer_is_picked(qtbot, bea_ctx, story):
    dialog = LogInteractionDialog(bea_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.ready)
    assert not dialog.heads_up_banner.isVisible()
    dialog.customer.setFocus()
    qtbot.keyClicks(dialog.customer, "Dana Whit")
    settle(bea_ctx)
    popup = dialog.customer.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle(bea_ctx)
    qtbot.waitUntil(dialog.heads_up_banner.isVisible)
    assert "Hold: Billing: stop the reminders" in dialog.heads_up_banner.text()
    # another customer's name typed: the banner goes
    dialog.customer.clear()
    qtbot.keyClicks(dialog.customer, "Someone new")
    settle(bea_ctx)
    assert not dialog.heads_up_banner.isVisible()


def test_pin_as_heads_up_in_one_keystroke_pins_the_summary(qtbot, db, bea_ctx, story):
    with db.session() as s:
        dana = s.get(type(s.get(Interaction, 1).customer), story["dana"])
        s.expunge(dana)
    dialog = LogInteractionDialog(bea_ctx, customer=dana)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.ready)
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, "Deposit refunded, account closed")
    assert not dialog.pin.isChecked()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.summary)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Alt+P
    qtbot.waitUntil(dialog.pin.isChecked)  # a mnemonic clicks it (animated)
    dialog.pin_kind.setCurrentIndex(dialog.pin_kind.findData("warning"))
    dialog.save()
    settle(bea_ctx)
    with db.session() as s:
        pinned = s.scalars(select(HeadsUp).order_by(HeadsUp.id.desc())).first()
        logged = s.scalars(select(Interaction).order_by(Interaction.id.desc())).first()
        assert (pinned.text, pinned.kind, pinned.created_by_id) == (
            "Deposit refunded, account closed",
            "warning",
            story["bea"],
        )
        assert pinned.interaction_id == logged.id and logged.summary == pinned.text


def test_beas_reminder_cards_show_it_and_the_paused_thank_you_says_so(qtbot, bea_ctx, story):
    view = TodayView(bea_ctx)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    settle(bea_ctx)
    [row] = [r for r in view.rows.values() if r.rule == "thank"]
    assert row.paused_label is not None and row.paused_label.isVisibleTo(view)
    assert row.paused_label.text() == "Paused: hold until 20 Mar"
    assert [label.text() for label in row.heads_up_labels] == [
        f"⚑ Hold: Billing: stop the reminders — Alex, {date_text(NOW)} · until 20 Mar"
    ]
    assert not row.copy_button.isEnabled()  # no message while the hold lasts
    assert row.done_button.isEnabled()  # thanked in person: still possible
    # the feedback ask coming up this week says it too
    upcoming = [w.text() for w in view.body.findChildren(type(row.paused_label))]
    assert any("Ask for feedback" in t and "Paused: hold until 20 Mar" in t for t in upcoming)


def test_notifications_name_the_heads_up_and_skip_the_paused_message(qtbot, db, bea_ctx, story):
    """A promise to Dana still reminds, and its notification carries the heads-up."""
    from cxlogger.core.records.promises import PromiseData

    with db.session() as s:
        data = InteractionData(
            story["dana"],
            TOMORROW,
            "phone",
            "inquiry",
            "Asked about the deposit",
            promise=PromiseData("Refund the deposit", date(2026, 3, 13), None, story["bea"]),
        )
        log_interaction(s, data, story["bea"], TOMORROW)
    notifier = Notifier(bea_ctx)
    with qtbot.waitSignal(notifier.notices, timeout=10_000) as signal:
        notifier.tick()
    [notice] = signal.args[0]
    assert notice.title == "Close the loop: Dana Whitfield"  # the thank-you is paused
    assert "Heads-up: Hold: Billing: stop the reminders" in notice.message
    with db.session() as s:
        assert heads_ups.active(s, story["dana"], TOMORROW)  # still on hold
    QApplication.processEvents()


def test_the_promises_view_shows_it_on_the_customer_and_when_selected(qtbot, db, bea_ctx, story):
    from cxlogger.core.records.promises import PromiseData
    from cxlogger.ui.views.promises_view import PromisesView

    with db.session() as s:
        data = InteractionData(
            story["dana"],
            TOMORROW,
            "phone",
            "inquiry",
            "Asked about the deposit",
            promise=PromiseData("Refund the deposit", date(2026, 3, 13), None, story["bea"]),
        )
        log_interaction(s, data, story["bea"], TOMORROW)
    view = PromisesView(bea_ctx)
    qtbot.addWidget(view)
    view.show()
    settle(bea_ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    customer = view.model.index(0, 1)
    assert customer.data() == "Dana Whitfield"
    assert not customer.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "⚑ Hold: Billing: stop the reminders" in customer.data(Qt.ItemDataRole.ToolTipRole)
    assert not view.heads_up_banner.isVisible()
    view.table.setCurrentIndex(view.model.index(0, 2))
    assert view.heads_up_banner.isVisible()
    assert "Billing: stop the reminders" in view.heads_up_banner.text()
