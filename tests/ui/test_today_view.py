"""The Today view: updates on logging; done / snooze / dismiss change what is shown and stored."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from datetime import date, timedelta
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from cxlogger.core.models import FollowUp, Promise
from cxlogger.core.records import promises
from cxlogger.core.records.customers import timeline
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import followups
from cxlogger.ui.qt import QApplication, Qt, QUrl
from cxlogger.ui.views.today_view import TodayView
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401


def stored(ctx, followup_id):
    with ctx.session() as session:
        return session.get(FollowUp, followup_id)


def make_view(qtbot, ctx):
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    settle(ctx)  # the board arrives from the background
    return view


def only_row(view):
    assert len(view.rows) == 1
    return next(iter(view.rows.values()))


def test_view_updates_when_an_interaction_is_logged(qtbot, ctx):
    view = make_view(qtbot, ctx)
    assert view.rows == {}
    assert "Nothing due" in view.summary.text()
    anna = add_anna(ctx)
    log(ctx, anna.id)
    row = only_row(view)
    assert row.customer_button.text() == "Anna Müller"
    assert "anniversary cake" in row.title_label.text()
    assert row.email_button is not None and row.copy_button is not None
    assert "1 due" in view.summary.text() and "1 coming this week" in view.summary.text()


def test_done_hides_it_and_records_it_on_the_timeline(qtbot, ctx):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert view.rows == {}
    followup = stored(ctx, row.followup_id)
    assert followup.status == "done" and followup.done_by_id == ctx.staff_id
    with ctx.session() as session:
        entries = timeline(session, anna.id)
    assert any(e.type == "followup" and e.item.id == row.followup_id for e in entries)


def test_dismiss_hides_it_for_good(qtbot, ctx, clock):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    qtbot.mouseClick(row.dismiss_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert view.rows == {}
    assert stored(ctx, row.followup_id).status == "dismissed"
    clock.advance(days=2)
    with ctx.session() as session:
        followups.refresh(session, clock())
    view.refresh()
    settle(ctx)
    assert row.followup_id not in view.rows


def test_snooze_for_an_hour_hides_it_until_then(qtbot, ctx, clock):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    view.fill_snooze_menu(row)
    texts = [a.text() for a in row.snooze_menu.actions() if a.text()]
    assert texts[0] == "For 1 hour" and texts[-1] == "Choose a time…"
    row.snooze_menu.actions()[0].trigger()
    settle(ctx)
    assert view.rows == {}
    assert stored(ctx, row.followup_id).snoozed_until == clock() + timedelta(hours=1)
    assert row.followup_id in view.upcoming_ids  # listed under "Coming this week"
    clock.advance(hours=1)
    view.refresh()
    settle(ctx)
    assert list(view.rows) == [row.followup_id]


def test_snooze_to_a_chosen_time(qtbot, ctx, clock):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    view.ask_snooze_time = lambda: clock() + timedelta(days=3)
    view.fill_snooze_menu(row)
    row.snooze_menu.actions()[-1].trigger()
    settle(ctx)
    assert stored(ctx, row.followup_id).snoozed_until == clock() + timedelta(days=3)
    assert view.rows == {}


def send_as_shown(monkeypatch):
    """The message preview accepted as it is shown."""
    from cxlogger.ui.dialogs.message_preview import MessagePreviewDialog

    monkeypatch.setattr(MessagePreviewDialog, "ask", lambda dialog: True)


def test_email_opens_an_escaped_mailto_then_done_says_so(qtbot, ctx, monkeypatch):
    send_as_shown(monkeypatch)
    anna = add_anna(ctx)
    log(ctx, anna.id, summary="Bought them", customer_text="Brötchen & Kuchen")
    view = make_view(qtbot, ctx)
    row = only_row(view)
    opened = []
    view.open_url = lambda url: opened.append(url) or True
    qtbot.mouseClick(row.email_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    [url] = opened
    assert url.startswith("mailto:anna@example.com?subject=Thank%20you&body=Hello%20Anna%2C")
    assert "Br%C3%B6tchen%20%26%20Kuchen" in url and "%0D%0A" in url
    assert "\n" not in url and " " not in url and "&" not in url.split("&body=")[1]
    assert "Brötchen & Kuchen" in unquote(url)
    # Qt hands the same bytes to the mail program
    assert QUrl(url, QUrl.ParsingMode.StrictMode).toEncoded().data().decode() == url
    assert row.done_button.text() == "Sent — mark done"
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert stored(ctx, row.followup_id).done_note == "Sent by email"


def test_copy_text_puts_the_message_on_the_clipboard(qtbot, ctx, monkeypatch):
    send_as_shown(monkeypatch)
    anna = add_anna(ctx)
    log(ctx, anna.id, customer_text="the anniversary cake")
    view = make_view(qtbot, ctx)
    row = only_row(view)
    qtbot.mouseClick(row.copy_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    text = QApplication.clipboard().text()
    assert text.startswith("Hello Anna,") and "happy with the anniversary cake." in text


def test_telling_the_customer_records_how(qtbot, ctx, clock):
    anna = add_anna(ctx)
    with ctx.session() as session:
        p = promises.add_promise(
            session, anna.id, PromiseData("Refund fee", date(2026, 3, 12)), ctx.staff_id, clock()
        )
    with ctx.session() as session:
        promises.close_promise(session, p.id, "kept", "Refunded", clock())
    with ctx.session() as session:
        followups.refresh(session, clock())
    view = make_view(qtbot, ctx)
    row = next(r for r in view.rows.values() if r.rule == "promise_tell")
    view.ask_told_how = lambda: "phone"
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    with ctx.session() as session:
        promise = session.get(Promise, p.id)
        assert promise.customer_told_how == "phone" and promise.customer_told_at == clock()


def test_overdue_items_stand_out(qtbot, ctx, clock):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    clock.advance(days=1)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    assert row.property("overdue") == "true"
    assert "1 overdue" in view.summary.text()


def test_promise_reminders_go_when_the_promise_is_kept(qtbot, ctx, clock):
    anna = add_anna(ctx)
    log(
        ctx,
        anna.id,
        kind="inquiry",
        summary="Asked for a quote",
        promise=PromiseData("Email the quote", date(2026, 3, 11)),
    )
    clock.advance(hours=8)
    view = make_view(qtbot, ctx)
    with ctx.session() as session:
        promise_id = session.scalar(select(Promise.id))
    soon = next(r for r in view.rows.values() if r.rule == "promise_soon")
    assert soon.kept_button is not None
    with ctx.session() as session:
        promises.close_promise(session, promise_id, "kept", "Sent", clock())
        followups.refresh(session, clock())
    view.refresh()
    settle(ctx)
    assert [r.rule for r in view.rows.values() if r.rule.startswith("promise")] == ["promise_tell"]


def test_low_rating_recorded_in_the_feedback_dialog_appears_in_today(qtbot, ctx):
    from cxlogger.ui.dialogs.feedback_dialog import FeedbackDialog

    anna = add_anna(ctx)
    interaction = log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    dialog = FeedbackDialog(ctx, customer=anna)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)  # their interactions arrived from the background
    assert dialog.about.currentData() == interaction.id
    assert dialog.rating.maximum() == 5
    dialog.rating.setValue(1)
    dialog.comment.setPlainText("The cake was dry")
    dialog.accept()
    settle(ctx)
    assert dialog.saved is not None and dialog.saved.rating == 1
    low = [r for r in view.rows.values() if r.rule == "low_rating"]
    assert len(low) == 1 and "The cake was dry" in low[0].title_label.text()
    # the pending feedback request for that purchase is no longer needed
    assert not any(r.rule == "feedback" for r in view.rows.values())
    assert interaction.id not in [
        stored(ctx, fid).interaction_id
        for fid in view.upcoming_ids
        if stored(ctx, fid).kind == "feedback"
    ]


def test_many_due_items_are_counted_not_all_built(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(TodayView, "ROWS_PER_KIND", 2)
    anna = add_anna(ctx)
    for n in range(4):
        log(ctx, anna.id, summary=f"Purchase {n}")
    view = make_view(qtbot, ctx)
    assert len(view.rows) == 2
    assert "4 due" in view.summary.text()


def test_action_on_a_low_rating_brings_a_report_back(qtbot, ctx, monkeypatch):
    from cxlogger.core.records import feedback as feedback_svc
    from cxlogger.core.records import settings

    with ctx.session() as session:  # Anna, added 300 days ago, is not tracked (issue 11)
        settings.update(session, {"touch_default_days": 0})
    anna = add_anna(ctx)
    with ctx.session() as session:
        fb = feedback_svc.record_feedback(
            session,
            feedback_svc.FeedbackData(anna.id, 1, comment="Closed on Saturday"),
            ctx.staff_id,
            ctx.now(),
        )
    view = make_view(qtbot, ctx)
    row = only_row(view)
    assert row.rule == "low_rating"
    view.ask_action = lambda: ("Asked Jo to open Saturdays", "We now open Saturdays 9–13.")
    qtbot.mouseClick(row.action_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert stored(ctx, row.followup_id).status == "done"
    back = only_row(view)
    assert back.rule == "report_back" and back.copy_button is not None
    send_as_shown(monkeypatch)
    qtbot.mouseClick(back.copy_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert "We now open Saturdays 9–13." in QApplication.clipboard().text()
    assert "Jo" not in QApplication.clipboard().text()  # the internal note
    qtbot.mouseClick(back.done_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    with ctx.session() as session:
        assert session.get(type(fb), fb.id).customer_told_at == ctx.now()


def shown_texts(view):
    from cxlogger.ui.qt import QLabel

    return " ".join(label.text() for label in view.findChildren(QLabel) if label.isVisible())


def test_a_new_database_explains_how_to_start_until_something_is_logged(qtbot, ctx):
    view = make_view(qtbot, ctx)
    assert "Ctrl+L" in shown_texts(view) and "cxlogger demo" in shown_texts(view)
    anna = add_anna(ctx)
    log(ctx, anna.id, kind="inquiry")  # logged; its thank-you is due tomorrow
    qtbot.waitUntil(lambda: "Nothing is due right now" in shown_texts(view))
    assert "Ctrl+L" not in shown_texts(view)


# --------------------------------------------------------------------------- due states


@pytest.fixture
def british(qapp):
    """Day names and times as en_GB writes them (Friday 13 Mar, 17:00)."""
    from cxlogger.ui.qt import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def promise_row(view):
    return next(r for r in view.rows.values() if r.rule.startswith("promise_"))


def test_seen_friday_morning_today_and_promises_agree_the_refund_is_due_not_overdue(
    qtbot, ctx, clock, british
):
    """Seen: on Friday morning Today said "Overdue — due yesterday 23:59" for a
    promise "refund by Friday" while the Promises view said "Open"."""
    from cxlogger.ui.views.promises_view import PromisesView

    anna = add_anna(ctx)
    log(
        ctx,
        anna.id,
        kind="support",
        summary="Charged twice",
        promise=PromiseData("Refund the second charge", date(2026, 3, 13)),
    )
    view = make_view(qtbot, ctx)
    # Wednesday: the reminder comes Thursday at opening, listed with the promise's due text
    coming = shown_texts(view)
    assert "Tomorrow 09:00" in coming and "(due Friday 13 Mar, end of day)" in coming
    promises_view = PromisesView(ctx)
    qtbot.addWidget(promises_view)
    promises_view.show()

    def both_views():
        with ctx.session() as session:
            followups.refresh(session, clock())
        view.refresh()
        settle(ctx)
        promises_view.refresh()
        assert ctx.ops.wait_idle()
        row = promise_row(view)
        model = promises_view.model
        return (
            row.property("overdue"),
            row.due_label.text().split("  ·  ")[0],
            model.index(0, 0).data(),
            model.index(0, 4).data(),
        )

    clock.now = clock.now.replace(day=13, hour=8, minute=30)  # Friday morning
    assert both_views() == ("false", "Due today, end of day", "Today, end of day", "Open")
    assert "overdue" not in view.summary.text()
    clock.now = clock.now.replace(hour=17, minute=0, second=1)
    assert both_views() == (
        "true",
        "Overdue since 17:00",
        "Today, end of day",
        "Overdue since 17:00",
    )
    assert "1 overdue" in view.summary.text()


def test_a_low_rating_with_its_action_already_recorded_is_not_asked_again(qtbot, ctx):
    from cxlogger.core.records import feedback as feedback_svc
    from cxlogger.core.records import settings

    with ctx.session() as session:  # Anna, added 300 days ago, is not tracked (issue 11)
        settings.update(session, {"touch_default_days": 0})
    anna = add_anna(ctx)
    with ctx.session() as session:
        feedback_svc.record_feedback(
            session,
            feedback_svc.FeedbackData(
                anna.id, 1, comment="Closed on Saturday", action_taken="We now open Saturdays."
            ),
            ctx.staff_id,
            ctx.now(),
        )
    view = make_view(qtbot, ctx)
    low = next(r for r in view.rows.values() if r.rule == "low_rating")
    assert low.action_button is None
    assert low.action_label.text() == "Action taken: We now open Saturdays."
    asked = []
    view.ask_action = lambda: asked.append(True)
    qtbot.mouseClick(low.done_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert asked == [] and stored(ctx, low.followup_id).status == "done"
    assert any(r.rule == "report_back" for r in view.rows.values())


def test_no_email_or_copy_for_a_customer_who_said_no(qtbot, ctx):
    from cxlogger.core.records.customers import set_consent

    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    assert only_row(view).email_button is not None
    with ctx.session() as session:
        set_consent(session, anna.id, "no", ctx.now())
    ctx.changes.announce("customers")
    settle(ctx)
    assert view.rows == {}


def test_a_full_board_is_built_a_few_cards_per_turn_of_the_event_loop(qtbot, ctx, monkeypatch):
    """The window keeps painting while a big board is built: the first cards appear at
    once, the others a slice at a time, and a newer board stops an older one's slices."""
    monkeypatch.setattr(TodayView, "SLICE_CARDS", 2)
    anna = add_anna(ctx)
    for n in range(5):
        log(ctx, anna.id, summary=f"Purchase {n}")
    view = TodayView(ctx)
    slices = []
    view._later = slices.append  # each next slice waits until the test lets it run
    qtbot.addWidget(view)
    view.show()
    assert ctx.ops.wait_idle()  # the board's answer is delivered: the first slice is built
    assert len(view.rows) == 2 and "5 due" in view.summary.text()
    slices.pop(0)()
    assert len(view.rows) == 4
    slices.pop(0)()
    assert len(view.rows) == 5 and not slices  # the last slice schedules no other
    # what follows a build (a notification's card highlighted) waits for the last card
    last = list(view.rows)[-1]
    view._shown = None  # as if the board had changed: a same board keeps its cards
    view.focus_followup(last)  # asks for the board again
    assert ctx.ops.wait_idle()
    assert len(view.rows) == 2  # the new board's first slice; the old cards are gone
    assert view._focus_wanted == last  # not built yet: still wanted
    view._shown = None
    view.refresh()  # a newer board before this one is done: the older slices stop
    assert ctx.ops.wait_idle()
    older, newer = slices
    older()
    assert len(view.rows) == 2
    newer()
    slices.pop(-1)()
    assert view._focus_wanted is None and not slices[2:]
    assert len(view.rows) == 5 and view.rows[last].property("focused") == "true"
    layout = view.body_layout
    items = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert sum(isinstance(w, type(view.rows[last])) for w in items) == 5  # no card twice


def test_a_refresh_that_finds_the_same_board_keeps_its_cards(qtbot, ctx, clock):
    """Issue 10: building the cards is the GUI thread's biggest piece of work in Today; a
    reminder tick or a save that changes nothing due keeps them, anything a card would
    say differently builds them again."""
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row, builds = only_row(view), view.builds
    view.refresh()
    settle(ctx)
    ctx.changes.announce("followups")  # as after a rules refresh that wrote nothing
    settle(ctx)
    assert only_row(view) is row and view.builds == builds
    clock.advance(minutes=5)  # the same words on the card
    view.refresh()
    settle(ctx)
    assert only_row(view) is row
    clock.advance(days=3)  # now it is overdue: the card says so
    view.refresh()
    settle(ctx)
    assert view.builds == builds + 1
    assert only_row(view) is not row and only_row(view).overdue
    row = only_row(view)
    with ctx.session() as session:  # renamed elsewhere (another desk): the card follows
        session.get(FollowUp, row.followup_id).customer.name = "Anna Weber"
        session.commit()
    view.refresh()
    settle(ctx)
    assert only_row(view).customer_button.text() == "Anna Weber"


def test_a_board_changed_while_another_view_is_shown_is_built_when_today_is(qtbot, ctx):
    """Issue 10: at a million interactions, Today building its new board behind the log
    (after the notifier's catch-up) made the scrolling stall 40-70 ms. Behind another
    view it only notes the change, and asks for the board when it is shown again."""
    from cxlogger.ui.qt import QLabel, QStackedWidget

    stack = QStackedWidget()
    qtbot.addWidget(stack)
    view = TodayView(ctx)
    log_page = QLabel("the log")
    stack.addWidget(view)
    stack.addWidget(log_page)
    stack.resize(900, 700)
    stack.show()
    settle(ctx)
    assert view.rows == {} and "Nothing due" in view.summary.text()
    builds = view.builds
    stack.setCurrentWidget(log_page)  # the user is in the log
    anna = add_anna(ctx)
    log(ctx, anna.id)  # a save: a new follow-up is due
    settle(ctx)
    assert view.rows == {} and view.builds == builds  # nothing built behind the log
    stack.setCurrentWidget(view)
    settle(ctx)
    row = only_row(view)
    assert row.customer_button.text() == "Anna Müller"
    assert "1 due" in view.summary.text()
