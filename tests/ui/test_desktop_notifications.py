"""Reminders as the desktop's own notifications (freedesktop D-Bus service), with buttons
that work: checked over a real private bus against a stand-in notification service."""
# ruff: noqa: F811  (pytest fixtures imported from helpers)

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cxlogger.core.models import FollowUp
from cxlogger.core.records import promises
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import followups
from cxlogger.ui.desktop import reminders as reminders_mod
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QApplication
from tests.ui.notification_service import NotificationService, session_bus  # noqa: F401
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401

pytest.importorskip("jeepney")


@pytest.fixture
def service(session_bus):
    service = NotificationService()
    yield service
    service.stop()


@pytest.fixture
def reminders(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    rem = reminders_mod.install_reminders(
        QApplication.instance(), window, ctx, tray_available=lambda: True
    )
    rem.balloons = []
    rem.tray.notify = lambda title, message, fid: rem.balloons.append((title, message, fid))
    yield rem
    rem.desktop.stop()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def connect(qtbot, rem) -> bool:
    with qtbot.waitSignal(rem.desktop.available, timeout=5000) as blocker:
        assert rem.desktop.start()
    return blocker.args[0]


def notify_thank_you(qtbot, service, rem, ctx):
    anna = add_anna(ctx)
    log(ctx, anna.id)  # a thank-you is due now
    rem.notifier.tick()
    settle(ctx)
    qtbot.waitUntil(lambda: len(service.shown) == 1, timeout=5000)
    return service.shown[0]


def thank_you(ctx):
    with ctx.session() as session:
        return session.scalars(select(FollowUp).where(FollowUp.kind == "thank")).one()


def test_a_due_follow_up_is_a_desktop_notification_with_done_snooze_and_open(
    qtbot, service, reminders, ctx
):
    assert connect(qtbot, reminders) is True
    shown = notify_thank_you(qtbot, service, reminders, ctx)
    assert shown["app"] == "cxlogger"
    assert shown["title"] == "Thank: Anna Müller"
    assert "Bought the anniversary cake" in shown["body"]
    assert shown["actions"] == {
        "default": "Open",
        "done": "Done",
        "snooze": "Snooze 1 hour",
        "open": "Open",
    }
    assert shown["hints"]["desktop-entry"] == ("s", "cxlogger")
    assert shown["icon"].endswith("cxlogger.svg")
    assert reminders.balloons == []  # the tray's balloon is only the fallback


def test_done_on_the_notification_marks_the_follow_up_done(qtbot, service, reminders, ctx):
    connect(qtbot, reminders)
    shown = notify_thank_you(qtbot, service, reminders, ctx)
    said = []
    reminders.window.statusBar().messageChanged.connect(said.append)
    service.press(shown["id"], "done")
    qtbot.waitUntil(lambda: thank_you(ctx).status == "done", timeout=5000)
    done = thank_you(ctx)
    assert done.done_by_id == ctx.staff_id and done.done_at is not None
    settle(ctx)
    assert "Done — recorded on the customer's timeline" in said, said
    assert not reminders.window.isVisible()  # done without opening the window


def test_snooze_on_the_notification_snoozes_it_for_an_hour(qtbot, service, reminders, ctx):
    connect(qtbot, reminders)
    shown = notify_thank_you(qtbot, service, reminders, ctx)
    service.press(shown["id"], "snooze")
    qtbot.waitUntil(lambda: thank_you(ctx).snoozed_until is not None, timeout=5000)
    snoozed = thank_you(ctx)
    assert snoozed.status == "pending"
    assert snoozed.snoozed_until.replace(tzinfo=None) == (ctx.now() + timedelta(hours=1)).replace(
        tzinfo=None
    )


@pytest.mark.parametrize("key", ["open", "default"])
def test_open_or_a_click_on_the_notification_shows_it_in_today(qtbot, service, reminders, ctx, key):
    connect(qtbot, reminders)
    shown = notify_thank_you(qtbot, service, reminders, ctx)
    reminders.window.hide()
    reminders.window.show_view("customers")
    service.press(shown["id"], key)
    qtbot.waitUntil(reminders.window.isVisible, timeout=5000)
    settle(ctx)
    assert reminders.window.stack.currentWidget() is reminders.today
    row = reminders.today.rows[thank_you(ctx).id]
    assert row.property("focused") == "true"


def test_another_apps_notification_buttons_are_not_ours(qtbot, service, reminders, ctx):
    connect(qtbot, reminders)
    shown = notify_thank_you(qtbot, service, reminders, ctx)
    service.press(shown["id"] + 100, "done")  # an id we never got
    service.press(shown["id"], "snooze")  # then ours, to know the first was passed on
    qtbot.waitUntil(lambda: thank_you(ctx).snoozed_until is not None, timeout=5000)
    assert thank_you(ctx).status == "pending"


def test_telling_a_customer_has_no_done_button_because_it_asks_how(
    qtbot, service, reminders, ctx, clock
):
    connect(qtbot, reminders)
    anna = add_anna(ctx)
    with ctx.session() as session:
        p = promises.add_promise(
            session, anna.id, PromiseData("Refund fee", date(2026, 3, 12)), ctx.staff_id, clock()
        )
    with ctx.session() as session:
        promises.close_promise(session, p.id, "kept", "Refunded", clock())
    with ctx.session() as session:
        followups.refresh(session, clock())
    reminders.notifier.tick()
    settle(ctx)
    qtbot.waitUntil(lambda: len(service.shown) == 1, timeout=5000)
    assert "done" not in service.shown[0]["actions"]
    assert "open" in service.shown[0]["actions"]


def test_without_a_notification_service_the_tray_balloon_shows_it(
    qtbot, session_bus, reminders, ctx
):
    assert connect(qtbot, reminders) is False  # a bus, but nobody owns the name
    anna = add_anna(ctx)
    log(ctx, anna.id)
    reminders.notifier.tick()
    settle(ctx)
    assert [b[0] for b in reminders.balloons] == ["Thank: Anna Müller"]


def test_a_service_without_buttons_gets_none(qtbot, session_bus, reminders, ctx):
    service = NotificationService(capabilities=("body",))
    try:
        connect(qtbot, reminders)
        shown = notify_thank_you(qtbot, service, reminders, ctx)
        assert shown["actions"] == {}
    finally:
        service.stop()


def test_without_a_session_bus_the_tray_balloon_shows_it(qtbot, reminders, ctx, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert reminders.desktop.start() is False
    anna = add_anna(ctx)
    log(ctx, anna.id)
    reminders.notifier.tick()
    settle(ctx)
    assert [b[0] for b in reminders.balloons] == ["Thank: Anna Müller"]


def test_a_reminder_due_before_the_desktop_answered_waits_for_it(qtbot, service, reminders, ctx):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    assert reminders.desktop.start()
    with qtbot.waitSignal(reminders.desktop.available, timeout=5000):
        reminders.notifier.tick()  # answered while the bus is still being asked
        settle(ctx)
    qtbot.waitUntil(lambda: len(service.shown) == 1, timeout=5000)
    assert service.shown[0]["title"] == "Thank: Anna Müller"
    assert reminders.balloons == []
