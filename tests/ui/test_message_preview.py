"""The message preview before Copy / Email: what staff send is what is recorded, and
Email… without a mail program copies the text and says so."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from urllib.parse import unquote

import pytest
from sqlalchemy import select

from cxlogger.core.models import SentMessage
from cxlogger.core.reminders import message_templates
from cxlogger.ui.dialogs import message_preview
from cxlogger.ui.dialogs.message_preview import MessagePreviewDialog
from cxlogger.ui.qt import QApplication, Qt
from cxlogger.ui.views.customers_view import CustomerPanel
from cxlogger.ui.views.today_view import TodayView
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401


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


def sent(ctx) -> list[SentMessage]:
    with ctx.session() as session:
        return list(session.scalars(select(SentMessage).order_by(SentMessage.id)))


@pytest.fixture
def shown(monkeypatch):
    """Replace the preview's exec(): ``edit(dialog)`` plays the user, then it is accepted."""
    seen = []

    def install(edit=None, accept=True):
        def ask(dialog):
            seen.append(
                (dialog.subject_edit.text(), dialog.body_edit.toPlainText(), dialog.windowTitle())
            )
            if edit is not None:
                edit(dialog)
            return accept

        monkeypatch.setattr(MessagePreviewDialog, "ask", ask)
        return seen

    return install


def test_the_preview_shows_no_internal_text_and_what_was_edited_is_sent_and_recorded(
    qtbot, ctx, shown
):
    anna = add_anna(ctx)
    log(ctx, anna.id, summary="Bought a road bike. Paid cash, 10% off", details="Regular")
    view = make_view(qtbot, ctx)
    row = only_row(view)

    def edit(dialog):
        dialog.subject_edit.setText("Your new bike")
        dialog.body_edit.setPlainText("Hello Anna,\nenjoy the ride & the bell!\nSam")

    seen = shown(edit)
    opened = []
    view.open_url = lambda url: opened.append(url) or True
    qtbot.mouseClick(row.email_button, Qt.MouseButton.LeftButton)
    settle(ctx)

    [(subject, body, title)] = seen
    assert title == "Email to the customer" and subject == "Thank you"
    assert "We hope you are happy with your purchase." in body
    assert "road bike" not in body and "Paid cash" not in body and "Regular" not in body
    [url] = opened
    assert unquote(url) == (
        "mailto:anna@example.com?subject=Your new bike"
        "&body=Hello Anna,\r\nenjoy the ride & the bell!\r\nSam"
    )
    [record] = sent(ctx)
    assert (record.channel, record.subject, record.body, record.to_address) == (
        "email",
        "Your new bike",
        "Hello Anna,\nenjoy the ride & the bell!\nSam",
        "anna@example.com",
    )
    assert record.followup_id == row.followup_id and record.staff_id == ctx.staff_id
    assert row.done_button.text() == "Sent — mark done"


def test_copy_records_the_copied_text_and_the_timeline_shows_it(qtbot, ctx, shown, clock):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    panel = CustomerPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_customer(anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    shown(lambda d: d.body_edit.setPlainText("Thanks, Anna! See you soon."))
    clock.advance(minutes=5)
    qtbot.mouseClick(row.copy_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert QApplication.clipboard().text() == "Thanks, Anna! See you soon."
    [record] = sent(ctx)
    assert (record.channel, record.body) == ("copied", "Thanks, Anna! See you soon.")
    panel.show_customer(anna.id)  # as the customers view does on the change
    assert ctx.ops.wait_idle()  # the timeline's first page arrives from the background
    timeline = panel.timeline.model()
    assert [timeline.index(0, c).data() for c in range(3)][1:] == ["Message sent", "Copied to send"]
    tip = timeline.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "Thanks, Anna! See you soon." in tip
    assert "<b>Sent by:</b> Alex Owner" in tip


def test_cancelling_the_preview_sends_and_records_nothing(qtbot, ctx, shown):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    shown(accept=False)
    opened = []
    view.open_url = lambda url: opened.append(url) or True
    qtbot.mouseClick(row.email_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert opened == [] and sent(ctx) == [] and row.done_button.text() == "Done"


def test_picking_another_template_in_the_preview(qtbot, ctx, shown):
    anna = add_anna(ctx)
    log(ctx, anna.id, customer_text="the cake")
    with ctx.session() as session:
        message_templates.add_template(
            session, "thank", "Short", "Ta", "Thanks for {item}, {first_name}!", ctx.now()
        )
    view = make_view(qtbot, ctx)
    row = only_row(view)

    def pick(dialog):
        assert [dialog.template.itemText(i) for i in range(dialog.template.count())] == [
            "Thank-you (default)",
            "Short",
        ]
        dialog.template.setCurrentIndex(1)
        assert not dialog.send_button.isEnabled()  # until the other text has arrived
        assert dialog.ctx.ops.wait_idle()
        assert dialog.send_button.isEnabled()
        assert dialog.body_edit.toPlainText() == "Thanks for the cake, Anna!"

    shown(pick)
    qtbot.mouseClick(row.copy_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert sent(ctx)[0].body == "Thanks for the cake, Anna!"


def test_seen_email_without_a_mail_program_copies_the_text_and_says_so(
    qtbot, ctx, shown, monkeypatch
):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    shown(lambda d: d.body_edit.setPlainText("Hello Anna, thank you!"))
    told = []
    monkeypatch.setattr(message_preview, "tell_no_mail_program", lambda p, to: told.append(to))
    QApplication.clipboard().setText("")
    view.open_url = lambda url: False  # QDesktopServices.openUrl found no mail program
    qtbot.mouseClick(row.email_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert told == ["anna@example.com"]
    assert QApplication.clipboard().text() == "Hello Anna, thank you!"
    [record] = sent(ctx)
    assert (record.channel, record.body) == ("copied", "Hello Anna, thank you!")
    assert row.done_button.text() == "Sent — mark done"
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert view.rows == {}


def test_the_no_mail_program_message_is_a_sentence(qtbot, ctx, monkeypatch):
    said = []
    monkeypatch.setattr(
        message_preview.QMessageBox, "information", lambda *args: said.append(args[1:])
    )
    message_preview.tell_no_mail_program(None, "anna@example.com")
    [(title, text)] = said
    assert title == "No email program"
    assert text.startswith("No email program opened the message, so its text is now copied.")
    assert "anna@example.com" in text


def test_an_empty_message_is_not_sent(qtbot, ctx):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    from cxlogger.core.models import FollowUp
    from cxlogger.ui.dialogs.message_preview import read_draft

    with ctx.session() as session:
        draft, _choices = read_draft(session, row.followup_id, ctx.staff_id)
    dialog = MessagePreviewDialog(ctx, draft, "copied", view)  # reads its choices itself
    qtbot.addWidget(dialog)
    assert ctx.ops.wait_idle()
    assert dialog.template.currentText() == "Thank-you (default)"
    assert dialog.subject_edit.isHidden()  # a copied text has no subject line
    dialog.body_edit.setPlainText("   ")
    dialog.send_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text() == "The message is empty; write something or cancel."
    with ctx.session() as session:
        assert session.get(FollowUp, row.followup_id).status == "pending"


def test_promise_kept_asks_for_words_for_the_customer_apart_from_the_note(
    qtbot, ctx, shown, monkeypatch
):
    from datetime import date

    from cxlogger.core.models import Promise
    from cxlogger.core.records import promises
    from cxlogger.core.records.promises import PromiseData
    from cxlogger.core.reminders import followups
    from cxlogger.ui.dialogs import promise_dialogs
    from cxlogger.ui.dialogs.promise_dialogs import OutcomeDialog

    dialog = OutcomeDialog("Refund the delivery fee", "kept")
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("Refunded 4.90 to the card ending 1234")
    dialog.customer_words.setPlainText("Your refund is on its way.")
    answer = dialog.outcome()
    assert (answer.note, answer.customer_outcome) == (
        "Refunded 4.90 to the card ending 1234",
        "Your refund is on its way.",
    )
    assert OutcomeDialog("x", "broken").customer_words.isHidden()

    anna = add_anna(ctx)
    with ctx.session() as session:
        p = promises.add_promise(
            session, anna.id, PromiseData("Refund the delivery fee", date(2026, 3, 12)), None
        )
    monkeypatch.setattr(promise_dialogs, "ask_outcome", lambda *args: answer)
    closed = []  # it closes in the background; done() says it is closed
    promise_dialogs.close_with_outcome(
        ctx, None, p.id, "Refund", "kept", done=lambda: closed.append(True)
    )
    assert ctx.ops.wait_idle()
    assert closed == [True]
    with ctx.session() as session:
        stored = session.get(Promise, p.id)
        assert stored.outcome_note.endswith("1234")
        assert stored.customer_outcome == "Your refund is on its way."
    with ctx.session() as session:
        followups.refresh(session, ctx.now())
    view = make_view(qtbot, ctx)
    row = next(r for r in view.rows.values() if r.rule == "promise_tell")
    seen = shown()
    qtbot.mouseClick(row.copy_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    body = seen[0][1]
    assert "This is now done. Your refund is on its way." in body and "1234" not in body


def test_the_feedback_dialog_keeps_the_words_for_the_customer_apart(qtbot, ctx):
    from cxlogger.core.models import Feedback
    from cxlogger.ui.dialogs.feedback_dialog import FeedbackDialog

    anna = add_anna(ctx)
    dialog = FeedbackDialog(ctx, customer=anna)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)  # their interactions arrived from the background
    dialog.rating.setValue(2)
    dialog.action.setPlainText("Told Jo off")
    dialog.customer_action.setPlainText("Deliveries now come with a text message.")
    dialog.accept()
    settle(ctx)
    with ctx.session() as session:
        fb = session.get(Feedback, dialog.saved.id)
        assert (fb.action_taken, fb.customer_action) == (
            "Told Jo off",
            "Deliveries now come with a text message.",
        )


def test_a_sent_message_is_still_shown_as_sent_after_the_view_refreshes(qtbot, ctx, shown):
    from cxlogger.core.models import FollowUp

    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    shown()
    qtbot.mouseClick(row.copy_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    view.refresh()  # e.g. the periodic refresh, or another desktop's change
    settle(ctx)
    row = only_row(view)
    assert row.done_button.text() == "Sent — mark done"
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    with ctx.session() as session:
        assert session.get(FollowUp, row.followup_id).done_note == "Message sent (text copied)"
