"""The tray, notifications with a controllable clock, and closing with and without a tray."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from cxlogger.core.models import FollowUp
from cxlogger.core.records import settings
from cxlogger.ui.desktop import reminders as reminders_mod
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QApplication, QCloseEvent
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401

MENU = ["Log interaction…", "Today", "Snooze all for 1 hour", "Open cxlogger", "Quit"]


@pytest.fixture
def app_parts(qtbot, ctx):
    def build(tray: bool):
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        rem = reminders_mod.install_reminders(
            QApplication.instance(), window, ctx, tray_available=lambda: tray
        )
        return window, rem

    yield build
    QApplication.instance().setQuitOnLastWindowClosed(True)


def menu_texts(tray):
    return [a.text() for a in tray.menu.actions() if a.isEnabled() and a.text()]


def test_today_is_the_default_view(app_parts):
    window, rem = app_parts(tray=True)
    assert window.stack.currentWidget() is rem.today
    assert window.sidebar.item(0).text().startswith("Today")


def test_tray_shows_the_due_count_and_its_menu_is_rebuilt_each_time(app_parts, ctx):
    window, rem = app_parts(tray=True)
    tray = rem.tray
    assert tray.icon.toolTip() == "cxlogger — nothing is due"
    tray.menu.aboutToShow.emit()
    assert menu_texts(tray) == [t for t in MENU if t != "Snooze all for 1 hour"]
    anna = add_anna(ctx)
    log(ctx, anna.id)
    log(ctx, anna.id, kind="referral", summary="Sent her neighbour")
    assert tray.icon.toolTip() == "cxlogger — 2 follow-ups due"
    assert window.sidebar.item(0).text() == "Today (2)"
    tray.menu.aboutToShow.emit()
    assert menu_texts(tray) == MENU
    assert tray.menu.actions()[0].text() == "2 follow-ups due"


def test_tray_menu_actions(app_parts, ctx, clock, monkeypatch):
    window, rem = app_parts(tray=True)
    anna = add_anna(ctx)
    log(ctx, anna.id)
    tray = rem.tray
    tray.menu.aboutToShow.emit()

    calls = []
    monkeypatch.setattr(window, "log_interaction", lambda *a: calls.append("log"))
    monkeypatch.setattr(window, "quit_app", lambda: calls.append("quit"))
    tray.action("Log interaction…").trigger()
    assert calls == ["log"] and window.isVisible()

    window.hide()
    window.show_view("customers")
    tray.action("Today").trigger()
    settle(ctx)
    assert window.isVisible() and window.stack.currentWidget() is rem.today

    window.hide()
    tray.action("Open cxlogger").trigger()
    assert window.isVisible()

    tray.action("Snooze all for 1 hour").trigger()
    settle(ctx)
    with ctx.session() as session:
        [followup] = session.scalars(select(FollowUp).where(FollowUp.kind == "thank")).all()
    assert followup.snoozed_until == clock() + timedelta(hours=1)
    assert tray.icon.toolTip() == "cxlogger — nothing is due"
    assert rem.today.rows == {}

    tray.menu.aboutToShow.emit()
    tray.action("Quit").trigger()
    assert calls[-1] == "quit"


def test_notification_exactly_once_when_the_clock_passes_the_due_time(app_parts, ctx, clock):
    window, rem = app_parts(tray=True)
    sent = []
    rem.tray.notify = lambda title, message, fid: sent.append((title, message, fid))
    anna = add_anna(ctx)
    log(ctx, anna.id)  # thank-you due now, feedback request due in 7 days at 09:00
    rem.notifier.tick()
    settle(ctx)
    assert len(sent) == 1 and sent[0][0] == "Thank: Anna Müller"
    rem.notifier.tick()
    settle(ctx)
    assert len(sent) == 1
    clock.now = datetime(2026, 3, 18, 8, 59, tzinfo=timezone.utc)
    rem.notifier.timer.timeout.emit()  # what the QTimer does; no sleeping
    settle(ctx)
    assert len(sent) == 1
    clock.advance(minutes=1)
    rem.notifier.timer.timeout.emit()
    settle(ctx)
    assert len(sent) == 2 and sent[1][0] == "Ask for feedback: Anna Müller"
    for _ in range(3):
        clock.advance(minutes=30)
        rem.notifier.timer.timeout.emit()
        settle(ctx)
    assert len(sent) == 2


def test_no_notifications_in_quiet_hours_then_at_the_next_chance(app_parts, ctx, clock):
    window, rem = app_parts(tray=True)
    sent = []
    rem.tray.notify = lambda title, message, fid: sent.append(fid)
    clock.now = datetime(2026, 3, 11, 21, 0, tzinfo=timezone.utc)
    anna = add_anna(ctx)
    log(ctx, anna.id)
    rem.notifier.tick()
    settle(ctx)
    assert sent == []
    clock.now = datetime(2026, 3, 12, 8, 0, tzinfo=timezone.utc)
    rem.notifier.tick()
    settle(ctx)
    assert len(sent) == 1


def test_several_due_at_start_make_one_summary(app_parts, ctx):
    window, rem = app_parts(tray=True)
    sent = []
    rem.tray.notify = lambda title, message, fid: sent.append((title, message, fid))
    anna = add_anna(ctx)
    log(ctx, anna.id)
    log(ctx, anna.id, kind="referral", summary="Sent a friend")
    rem.notifier.tick()
    settle(ctx)
    assert sent == [("2 follow-ups are due", "Thank: Anna Müller\nThank: Anna Müller", None)]


def test_clicking_a_notification_opens_that_follow_up(app_parts, ctx):
    window, rem = app_parts(tray=True)
    anna = add_anna(ctx)
    log(ctx, anna.id)
    sent = []
    rem.notifier.notices.connect(sent.extend)
    rem.notifier.tick()
    settle(ctx)
    [notice] = sent
    window.hide()
    window.show_view("customers")
    rem.tray.icon.messageClicked.emit()
    settle(ctx)  # Today asks again, then scrolls to it
    assert window.isVisible() and window.stack.currentWidget() is rem.today
    row = rem.today.rows[notice.followup_id]
    assert row.property("focused") == "true"


def test_closing_hides_to_the_tray_and_says_so_the_first_time(app_parts, ctx):
    window, rem = app_parts(tray=True)
    hints = []
    rem.tray.show_info = lambda title, message: hints.append(title)
    window.show()
    assert not QApplication.instance().quitOnLastWindowClosed()
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted() and not window.isVisible()
    assert hints == ["cxlogger is still running"]
    window.show()
    window.close()
    assert not window.isVisible() and hints == ["cxlogger is still running"]  # once only


def test_without_a_tray_closing_quits_and_nothing_hides(app_parts, ctx):
    window, rem = app_parts(tray=False)
    assert rem.tray is None
    app = QApplication.instance()
    assert app.quitOnLastWindowClosed()
    window.show()
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert event.isAccepted()  # a real close: the last window closing ends the app


def test_without_a_tray_reminders_show_in_the_window(app_parts, ctx, qtbot):
    window, rem = app_parts(tray=False)
    window.show()
    anna = add_anna(ctx)
    log(ctx, anna.id)
    rem.notifier.tick()
    settle(ctx)
    assert rem.today.banner.isVisible()
    assert "Anna Müller" in rem.today.banner.text()


def test_start_hidden_without_a_tray_still_shows_the_window(app_parts, monkeypatch):
    monkeypatch.setattr(reminders_mod, "TRAY_WAIT_MS", 0)
    window, rem = app_parts(tray=False)
    rem.start(start_hidden=True)
    assert not window.isVisible()
    rem._tray_or_window()  # what the timer calls
    assert window.isVisible()


def test_start_hidden_with_a_tray_stays_in_the_tray(app_parts):
    window, rem = app_parts(tray=True)
    rem.start(start_hidden=True)
    assert not window.isVisible()


def test_notifications_can_be_switched_off(app_parts, ctx):
    window, rem = app_parts(tray=True)
    with ctx.session() as session:
        settings.update(session, {"notifications_enabled": False})
    anna = add_anna(ctx)
    log(ctx, anna.id)
    sent = []
    rem.notifier.notices.connect(sent.extend)
    assert rem.notifier.tick()
    settle(ctx)
    assert sent == [] and rem.tray.count == 1  # counted, not announced


def test_a_promise_notifies_in_working_hours_saying_when_it_is_due(app_parts, ctx, clock):
    """ "Refund by Friday": the reminder comes Thursday at opening, never at midnight,
    the tray counts it, and the notification says when the promise is due."""
    from datetime import date

    from cxlogger.core.records.promises import PromiseData

    window, rem = app_parts(tray=True)
    sent = []
    rem.tray.notify = lambda title, message, fid: sent.append((title, message))
    anna = add_anna(ctx)
    log(
        ctx,
        anna.id,
        kind="support",
        summary="Charged twice",
        promise=PromiseData("Refund the second charge", date(2026, 3, 13)),
    )
    rem.notifier.tick()
    settle(ctx)
    assert sent == [] and rem.tray.count == 0
    for moment in (datetime(2026, 3, 11, 23, 59), datetime(2026, 3, 12, 8, 59)):
        clock.now = moment.replace(tzinfo=timezone.utc)
        rem.notifier.timer.timeout.emit()
        settle(ctx)
        assert sent == []
    clock.now = datetime(2026, 3, 12, 9, 0, tzinfo=timezone.utc)
    rem.notifier.timer.timeout.emit()
    settle(ctx)
    assert sent == [
        (
            "Close the loop: Anna Müller",
            "Keep the promise: Refund the second charge\nDue tomorrow, end of day",
        )
    ]
    assert rem.tray.count == 1


def test_many_due_at_start_make_one_summary_naming_four(app_parts, ctx):
    window, rem = app_parts(tray=True)
    sent = []
    rem.tray.notify = lambda title, message, fid: sent.append((title, message, fid))
    anna = add_anna(ctx)
    for n in range(6):
        log(ctx, anna.id, summary=f"Purchase {n}")
    rem.notifier.tick()
    settle(ctx)
    [(title, message, fid)] = sent
    assert title == "6 follow-ups are due" and fid is None
    assert message.splitlines() == ["Thank: Anna Müller"] * 4 + ["and 2 more"]
    with ctx.session() as session:  # all six were marked notified, not only those named
        waiting = select(func.count()).where(FollowUp.kind == "thank")
        assert session.scalar(waiting.where(FollowUp.notified_at.is_(None))) == 0
        assert session.scalar(waiting) == 6
