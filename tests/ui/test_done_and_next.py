"""Today's "Done & next…" (issue 11): done, and the next contact scheduled for whom, in one
action; the dialog offers the active staff."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from datetime import timedelta

from sqlalchemy import select

from cxlogger.core.models import FollowUp
from cxlogger.core.records import staff as staff_svc
from cxlogger.ui.dialogs.schedule_next_dialog import NextContact, ScheduleNextDialog
from cxlogger.ui.qt import QDialogButtonBox, Qt, QTimer
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401
from tests.ui.test_today_view import make_view, only_row


def test_done_and_next_schedules_the_next_contact_for_a_colleague(qtbot, ctx, monkeypatch):
    with ctx.session() as s:
        bea = staff_svc.add_staff(s, "Bea Baker", ctx.now())
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    assert row.next_button.text() == "Done && next…"
    asked = []

    def answer(r):
        asked.append(r.customer_name)
        return NextContact(3, "days", bea.id, "Ask how the cake went")

    monkeypatch.setattr(view, "ask_next", answer)
    qtbot.mouseClick(row.next_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert asked == ["Anna Müller"]
    assert row.followup_id not in view.rows
    with ctx.session() as s:
        done = s.get(FollowUp, row.followup_id)
        nxt = s.scalars(select(FollowUp).where(FollowUp.rule_key == f"next:{done.id}")).one()
        assert done.status == "done"
        assert (nxt.owner_id, nxt.title, nxt.status) == (
            bea.id,
            "Next: Ask how the cake went",
            "pending",
        )
        assert nxt.due_at > ctx.now() + timedelta(days=2)


def test_cancelling_the_question_changes_nothing(qtbot, ctx, monkeypatch):
    anna = add_anna(ctx)
    log(ctx, anna.id)
    view = make_view(qtbot, ctx)
    row = only_row(view)
    monkeypatch.setattr(view, "ask_next", lambda r: None)
    qtbot.mouseClick(row.next_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    with ctx.session() as s:
        assert s.get(FollowUp, row.followup_id).status == "pending"


def test_the_dialog_offers_the_staff_and_starts_on_the_owner(qtbot, ctx):
    with ctx.session() as s:
        bea = staff_svc.add_staff(s, "Bea Baker", ctx.now())
    dialog = ScheduleNextDialog(ctx, None, "Anna Müller", bea.id)
    qtbot.addWidget(dialog)
    assert not dialog.owner.isEnabled()  # the staff arrive from the background
    settle(ctx)
    names = [dialog.owner.itemText(i) for i in range(dialog.owner.count())]
    assert "Bea Baker" in names and dialog.owner.currentText() == "Bea Baker"
    assert dialog.what.placeholderText() == "Get in touch with Anna Müller again"
    dialog.count.setValue(1)
    dialog.unit.setCurrentIndex(2)
    assert dialog.value() == NextContact(1, "months", bea.id, "")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Done && schedule"
    QTimer.singleShot(0, dialog.accept)
