"""`cxlogger due` lists plain rows: the same dicts as before, and no ORM object per follow-up."""

from datetime import timedelta, timezone

from sqlalchemy import event

from cxlogger.core import demo
from cxlogger.core.models import Customer, FollowUp
from cxlogger.core.records import consent
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.reminders import due_list, followups
from cxlogger.core.reminders.schedule import BusinessHours
from tests.conftest import NOW

HOURS = BusinessHours(tz=timezone.utc)


def _data(db, me):
    """Demo data caught up by the rules, plus snoozed, ownerless, archived and no-consent cases."""
    with db.session() as session:
        demo.populate(session, NOW, customers=40, interactions=300, promises=40, seed=3)
    with db.session() as session:
        followups.refresh(session, NOW)
    with db.session() as session:
        anna = add_customer(session, CustomerData("Anna Ownerless"), me.id, NOW)
        gone = add_customer(session, CustomerData("Archived Ben"), me.id, NOW)
        shy = add_customer(session, CustomerData("No-consent Clara"), me.id, NOW)
    rows = [
        ("thank", "t:1", anna.id, None, NOW - timedelta(hours=2), None),
        ("thank", "t:2", anna.id, me.id, NOW - timedelta(days=3), NOW + timedelta(days=2)),
        ("thank", "t:4", anna.id, me.id, NOW - timedelta(days=1), NOW - timedelta(hours=1)),
        ("close_loop", "promise:9:overdue", anna.id, me.id, NOW - timedelta(minutes=5), None),
        ("thank", "t:3", gone.id, me.id, NOW - timedelta(hours=1), None),
        ("feedback", "f:2", shy.id, me.id, NOW - timedelta(hours=1), None),
        ("report_back", "r:1", anna.id, None, NOW + timedelta(days=3), None),
    ]
    with db.session() as session, session.begin():
        for kind, key, customer_id, owner_id, due_at, snoozed in rows:
            session.add(
                FollowUp(
                    kind=kind,
                    rule_key=key,
                    title=f"{kind} {key}",
                    customer_id=customer_id,
                    owner_id=owner_id,
                    due_at=due_at,
                    snoozed_until=snoozed,
                    status="pending",
                    done_note="",
                    created_at=NOW,
                )
            )
        session.get(Customer, gone.id).archived = True
        session.get(Customer, shy.id).contact_consent = consent.NO


def test_plain_rows_describe_exactly_what_the_orm_list_did(db, me):
    _data(db, me)
    with db.session() as session:
        for owner in (me.id, None):  # everyone's last: checked below
            old_due = [
                followups.describe(f, NOW, HOURS) for f in followups.due(session, NOW, owner)
            ]
            new_due = [
                due_list.describe(r, NOW, HOURS) for r in due_list.due_rows(session, NOW, owner)
            ]
            assert new_due == old_due
            old_up = [
                followups.describe(f, NOW, HOURS)
                for f in followups.upcoming(session, NOW, 7, owner)
            ]
            new_up = [
                due_list.describe(r, NOW, HOURS)
                for r in due_list.upcoming_rows(session, NOW, 7, owner)
            ]
            assert new_up == old_up
    assert len(new_due) > 5 and len(new_up) >= 2  # the data covers both lists
    names = {item["customer"] for item in old_due}
    assert "Anna Ownerless" in names
    assert "Archived Ben" not in names and "No-consent Clara" not in names
    assert any(item["owner"] is None for item in old_due)
    assert any(item["snoozed"] for item in old_due)
    assert any(item["promise_due_at"] for item in old_due)  # a promise's own due line


def test_listing_what_is_due_loads_no_orm_objects(db, me):
    _data(db, me)
    loaded = []

    def count(target, context):
        loaded.append(target)

    with db.session() as session:
        event.listen(FollowUp, "load", count)
        event.listen(Customer, "load", count)
        try:
            rows = due_list.due_rows(session, NOW) + due_list.upcoming_rows(session, NOW)
            for row in rows:
                due_list.describe(row, NOW, HOURS)
        finally:
            event.remove(FollowUp, "load", count)
            event.remove(Customer, "load", count)
    assert rows and loaded == []
