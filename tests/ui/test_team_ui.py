"""The team in the window (issue 11), with a fixed clock and two staff, Alex and Bea:
"Handed to you" in Bea's Today, the hand-off dialog, "Only mine" remembered per person,
the who's-at-the-desk switcher with a PIN, the daily digest and the notification."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cxlogger.core.models import Handoff, Promise
from cxlogger.core.records import promises as promises_svc
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records import team
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import followups
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QMainWindow, Qt
from cxlogger.ui.team import HandOffDialog, TeamWatch
from cxlogger.ui.views.today_view import TodayView
from tests.ui.reminders_helpers import add_anna, clock, ctx, settle, utc  # noqa: F401


@pytest.fixture
def bea(ctx):
    with ctx.session() as session:
        return staff_svc.add_staff(session, "Bea Front", ctx.now() - timedelta(days=30))


def promise_for(ctx, anna, staff_id, due=date(2026, 3, 12), text="Collect the mixer"):
    with ctx.session() as session:
        made = ctx.now() - timedelta(days=2)
        promise = promises_svc.add_promise(
            session, anna.id, PromiseData(text, due, None), staff_id, made
        )
        followups.refresh(session, made)
    return promise


def today_for(qtbot, ctx):
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    settle(ctx)
    return view


def test_bea_sees_what_alex_handed_her_in_today_at_once(qtbot, ctx, bea):
    anna = add_anna(ctx)
    promise = promise_for(ctx, anna, ctx.staff_id)
    alex_view = today_for(qtbot, ctx)
    row = next(r for r in alex_view.rows.values() if r.rule == "promise_soon")

    def answer(dialog):
        dialog.to.setCurrentIndex(dialog.to.findText("Bea Front"))
        dialog.note.setPlainText("Mixer at Anna's; the van is free Thursday")
        dialog.save()
        settle(ctx)
        return dialog.result()

    original_exec = HandOffDialog.exec
    try:
        HandOffDialog.exec = lambda self: (settle(ctx), answer(self))[1]
        assert alex_view.hand_over(row) == "Bea Front"
    finally:
        HandOffDialog.exec = original_exec
    settle(ctx)
    with ctx.session() as session:
        assert session.get(Promise, promise.id).owner_id == bea.id

    # Bea at the desk: her Today has it under "Handed to you", with who and the note
    ctx.staff_id = bea.id
    ctx.changes.announce("staff")
    settle(ctx)
    [handed] = alex_view.handed_rows.values()
    assert handed.customer_button.text() == "Anna Müller"
    assert handed.from_label.text().startswith("Handed to you by Alex Owner")
    assert handed.what_label.text() == "Promise: Collect the mixer"
    assert handed.note_label.text() == "“Mixer at Anna's; the van is free Thursday”"
    # and its reminder is due for her today, in her own list
    alex_view.mine_only.setChecked(True)
    settle(ctx)
    assert [r.rule for r in alex_view.rows.values()] == ["promise_soon"]

    [handed] = alex_view.handed_rows.values()
    qtbot.mouseClick(handed.got_it_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert alex_view.handed_rows == {}
    assert [r.rule for r in alex_view.rows.values()] == ["promise_soon"]  # still hers


def test_only_mine_is_remembered_for_each_person(qtbot, ctx, bea):
    alex = ctx.staff_id
    view = today_for(qtbot, ctx)
    assert not view.mine_only.isChecked()
    view.mine_only.setChecked(True)
    settle(ctx)
    ctx.staff_id = bea.id
    ctx.changes.announce("staff")
    settle(ctx)
    assert not view.mine_only.isChecked()  # Bea never chose it
    ctx.staff_id = alex
    ctx.changes.announce("staff")
    settle(ctx)
    assert view.mine_only.isChecked()
    # a new Today (the next start) remembers it too
    again = today_for(qtbot, ctx)
    assert again.mine_only.isChecked()


def make_window(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle(ctx)
    return window


def test_the_switcher_lists_active_staff_and_asks_a_pin(qtbot, ctx, bea):
    with ctx.session() as session:
        team.set_pin(session, bea.id, "2580", ctx.now())
        carl = staff_svc.add_staff(session, "Carl Left", ctx.now())
        staff_svc.set_active(session, carl.id, False)
    window = make_window(qtbot, ctx)
    switcher = window.desk_switcher
    assert switcher.text() == "At the desk: Alex Owner"
    assert window.desk_switcher.action.shortcut().toString() == "Ctrl+Shift+U"
    switcher.open_menu()
    names = [a.text() for a in switcher.menu_.actions()[1:]]
    # Carl left: not listed; Alex, the owner, has no PIN and that is said in words
    assert names == ["Alex Owner (owner; no PIN: anyone can act as owner)", "Bea Front (PIN)"]
    switcher.menu_.hide()

    pins = iter(["1111", None])
    switcher.ask_pin = lambda name: next(pins)
    bea_member = switcher.members[1]
    switcher.switch_to(bea_member)
    settle(ctx)
    assert ctx.staff_id != bea.id
    assert "That PIN is not right" in switcher.error_text
    assert "That PIN is not right" in window.statusBar().currentMessage()

    switcher.ask_pin = lambda name: "2580"
    switcher.switch_to(bea_member)
    settle(ctx)
    assert ctx.staff_id == bea.id
    assert switcher.text() == "At the desk: Bea Front"
    from cxlogger.core.storage import local_config

    assert local_config.load(ctx.paths.data_dir)["staff_id"] == bea.id


def test_the_digest_shows_once_a_day_and_the_hand_off_is_announced(qtbot, ctx, bea):
    anna = add_anna(ctx)
    promise = promise_for(ctx, anna, ctx.staff_id)
    with ctx.session() as session:
        team.hand_off(
            session, "promise", promise.id, bea.id, "Van Thursday", ctx.staff_id, ctx.now()
        )
        team.mark_digest_seen(session, bea.id, ctx.now() - timedelta(days=1))
    window = QMainWindow()
    qtbot.addWidget(window)
    notices = []
    ctx.staff_id = bea.id
    watch = TeamWatch(ctx, window, notices.extend)
    watch.start()
    settle(ctx)
    dialog = watch.digest_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    text = dialog.body.text()
    assert "Handed to you" in text and "Collect the mixer" in text and "Van Thursday" in text
    assert [(n.title, n.message) for n in notices] == [
        (
            "Handed to you",
            "Alex Owner handed you Collect the mixer (Anna Müller): “Van Thursday”",
        )
    ]
    dialog.close()
    watch.check()  # the same day again: no digest, nothing announced twice
    settle(ctx)
    assert watch.digest_dialog is dialog and not dialog.isVisible()
    assert len(notices) == 1
    with ctx.session() as session:
        assert session.scalar(select(Handoff.announced_at)) is not None


def test_deactivating_a_leaver_in_the_staff_list_offers_their_open_work(qtbot, ctx, bea):
    from cxlogger.ui.dialogs.staff_dialogs import StaffDialog
    from cxlogger.ui.team import HandOverAllDialog

    anna = add_anna(ctx)
    promise = promise_for(ctx, anna, bea.id, text="Call back about the invoice")
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    settle(ctx)
    offered = []
    dialog.hand_over = lambda ident, name, items: offered.append((ident, name, items))
    dialog.list.setCurrentRow(1)  # Bea
    assert dialog.active_button.text() == "&Deactivate…"
    dialog.toggle_active()
    settle(ctx)
    [(ident, name, items)] = offered
    assert (ident, name) == (bea.id, "Bea Front")
    assert [(i.entity, i.entity_id, i.what) for i in items] == [
        ("promise", promise.id, "Call back about the invoice")
    ]
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert texts == ["Alex Owner  (owner)  (you)", "Bea Front  (no longer active)"]

    # the hand-over dialog lists them and hands them all to the chosen colleague
    over = HandOverAllDialog(ctx, bea.id, "Bea Front", items)
    qtbot.addWidget(over)
    settle(ctx)
    assert over.list.item(0).text().startswith("Promise · Anna Müller — Call back")
    assert over.to.currentText() == "Alex Owner"
    over.save()
    settle(ctx)
    with ctx.session() as session:
        assert session.get(Promise, promise.id).owner_id == ctx.staff_id
        assert [h.note for h in session.scalars(select(Handoff))] == [
            "Bea Front left; over to you."
        ]


def test_a_pin_set_in_the_staff_list_is_stored_hashed(qtbot, ctx, bea):
    from cxlogger.core.models import StaffPin
    from cxlogger.ui.dialogs.staff_dialogs import StaffDialog

    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    settle(ctx)
    dialog.list.setCurrentRow(1)
    dialog.ask_pin = lambda name: "12"
    dialog.set_pin()
    settle(ctx)
    assert dialog.error.text() == "A PIN is exactly four digits."
    dialog.ask_pin = lambda name: "2580"
    dialog.set_pin()
    settle(ctx)
    with ctx.session() as session:
        stored = session.get(StaffPin, bea.id).pin_hash
    assert stored.startswith("$argon2id$") and "2580" not in stored
    assert dialog.list.item(1).text() == "Bea Front  · PIN"


def test_the_timeline_says_who_did_each_entry_and_shows_the_hand_off(qtbot, ctx, bea):
    from cxlogger.core.reminders.schedule import BusinessHours
    from cxlogger.ui.views.customers_view import RECORD_ROLE, TimelineModel
    from tests.ui.reminders_helpers import log

    anna = add_anna(ctx)
    log(ctx, anna.id, kind="return", summary="Mixer returned — Billing: stop the reminders")
    promise = promise_for(ctx, anna, ctx.staff_id, text="Refund the deposit")
    with ctx.session() as session:
        team.hand_off(
            session, "promise", promise.id, bea.id, "You do refunds", ctx.staff_id, ctx.now()
        )
    model = TimelineModel(ctx)
    qtbot.addWidget(QMainWindow())  # a widget for the test's Qt objects to live with
    names = {ctx.staff_id: "Alex Owner", bea.id: "Bea Front"}
    model.show(anna.id, names, BusinessHours.from_settings({}))
    settle(ctx)
    rows = {
        model.index(r, 0).data(RECORD_ROLE)[0]: [model.index(r, c).data() for c in range(5)]
        for r in range(model.rowCount())
    }
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Who"
    assert rows["interaction"][4] == "Alex Owner"
    assert rows["promise"][4] == "Alex Owner → Bea Front"  # made by Alex, Bea's now
    assert rows["handoff"][1:] == [
        "Handed over",
        "",
        "Handed to Bea Front: Refund the deposit — “You do refunds”",
        "Alex Owner",
    ]
    row = [model.index(r, 0).data(RECORD_ROLE)[0] for r in range(model.rowCount())].index("handoff")
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Handed over by:</b> Alex Owner" in tip and "You do refunds" in tip


def test_promises_and_interactions_can_be_filtered_to_mine(qtbot, ctx, bea):
    from cxlogger.ui.views.interactions_view import MINE, InteractionsView
    from cxlogger.ui.views.promises_view import PromisesView
    from tests.ui.reminders_helpers import log

    alex = ctx.staff_id
    anna = add_anna(ctx)
    promise_for(ctx, anna, alex, text="Alex's promise")
    promise_for(ctx, anna, bea.id, text="Bea's promise")
    log(ctx, anna.id, summary="Alex logged this")
    view = PromisesView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(ctx)
    shown = lambda: sorted(  # noqa: E731
        view.model.index(r, 2).data() for r in range(view.model.rowCount())
    )
    assert shown() == ["Alex's promise", "Bea's promise"]
    view.mine_only.setChecked(True)
    settle(ctx)
    assert shown() == ["Alex's promise"]
    ctx.staff_id = bea.id  # Bea at the desk: hers
    ctx.changes.announce("staff")
    settle(ctx)
    assert shown() == ["Bea's promise"]

    log_view = InteractionsView(ctx)
    qtbot.addWidget(log_view)
    log_view.show()
    settle(ctx)
    log_view.staff.setCurrentIndex(log_view.staff.findData(MINE))
    settle(ctx)
    assert log_view.current_filter().staff_id == bea.id
    assert log_view.model.rowCount() == 0  # Bea logged nothing
    ctx.staff_id = alex  # Alex again
    ctx.changes.announce("staff")
    settle(ctx)
    assert log_view.model.rowCount() == 1


def test_switching_to_an_owner_asks_the_owners_pin_and_an_owner_without_one_is_named(
    qtbot, ctx, bea
):
    """Roles are not bypassed by the desk switcher (issue 12): Bea (staff) at the desk
    becomes Alex (owner) only with Alex's PIN, also when the PIN was set after the
    switcher read its list; an owner without a PIN is said to be open to anyone."""
    alex = ctx.staff_id
    ctx.staff_id = bea.id
    window = make_window(qtbot, ctx)
    switcher = window.desk_switcher
    switcher.open_menu()
    names = [a.text() for a in switcher.menu_.actions()[1:]]
    switcher.menu_.hide()
    assert names == ["Alex Owner (owner; no PIN: anyone can act as owner)", "Bea Front"]
    alex_member = switcher.members[0]
    assert not alex_member.has_pin

    with ctx.session() as session:  # the owner sets a PIN; the switcher's list is older
        team.set_pin(session, alex, "2580", ctx.now())
    asked = []
    answers = iter(["1111", None])
    switcher.ask_pin = lambda name: (asked.append(name), next(answers))[1]
    switcher.switch_to(alex_member)
    settle(ctx)
    assert ctx.staff_id == bea.id, "no PIN given: still Bea"
    assert "That PIN is not right" in switcher.error_text
    assert asked == ["Alex Owner", "Alex Owner"]  # asked for the PIN, twice, then cancelled

    switcher.reload()
    settle(ctx)
    switcher.open_menu()
    names = [a.text() for a in switcher.menu_.actions()[1:]]
    switcher.menu_.hide()
    assert names == ["Alex Owner (owner, PIN)", "Bea Front"]
    switcher.ask_pin = lambda name: "2580"
    switcher.switch_to(switcher.members[0])
    settle(ctx)
    assert ctx.staff_id == alex


def test_this_is_me_in_the_staff_list_asks_the_pin_too(qtbot, ctx, bea):
    """Seen: "This is me" in Edit → Staff… made anyone the owner without the owner's PIN."""
    from cxlogger.ui.dialogs.staff_dialogs import StaffDialog

    alex = ctx.staff_id
    with ctx.session() as session:
        team.set_pin(session, alex, "2580", ctx.now())
    ctx.staff_id = bea.id
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    settle(ctx)
    assert dialog.list.item(0).text().startswith("Alex Owner  (owner)")
    dialog.list.setCurrentRow(0)
    dialog.ask_own_pin = lambda name: "1111"
    dialog.make_me()
    settle(ctx)
    assert ctx.staff_id == bea.id
    assert dialog.error.text().startswith("That PIN is not right")
    dialog.ask_own_pin = lambda name: None
    dialog.make_me()
    settle(ctx)
    assert ctx.staff_id == bea.id
    dialog.ask_own_pin = lambda name: "2580"
    dialog.make_me()
    settle(ctx)
    assert ctx.staff_id == alex


def test_settings_recommend_a_pin_for_an_owner_without_one(qtbot, ctx, bea):
    from cxlogger.ui.dialogs.settings_dialog import SettingsDialog

    def owners_line():
        dialog = SettingsDialog(ctx, autostart_base=ctx.paths.data_dir / "autostart")
        qtbot.addWidget(dialog)
        settle(ctx)
        return dialog.owners.text()

    assert owners_line() == (
        "Alex Owner — you are an owner. Without a PIN, anyone at this desk can switch to "
        "Alex Owner and act as an owner: give them a PIN in Edit → Staff… (Set PIN…)."
    )
    with ctx.session() as session:
        team.set_pin(session, ctx.staff_id, "2580", ctx.now())
    assert owners_line() == "Alex Owner — you are an owner."
