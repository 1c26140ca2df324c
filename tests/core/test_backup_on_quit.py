"""The backup on quit is skipped when the newest backup already holds the same data."""

from datetime import timedelta

from cxlogger.core.records import customers, settings
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.reminders import followups
from cxlogger.core.storage import backup
from tests.core.safety_helpers import add_customers
from tests.helpers import per_action


def quit_reasons(paths):
    return sorted(b.reason for b in backup.list_backups(paths))


def test_quit_with_nothing_changed_since_the_newest_backup_takes_none(db, paths, now):
    add_customers(db, now, 2)
    with db.session() as session:
        followups.refresh(session, now)
    backup.take_backup(paths, "start", now)
    assert not backup.changed_since_newest_backup(paths)
    assert backup.backup_on_quit(paths, now + timedelta(hours=1)) is None
    # what the reminder rules' timer writes for itself (its watermark) is no change
    with db.session() as session:
        followups.refresh(session, now + timedelta(hours=2))
    with db.session() as session:
        followups.refresh(session, now + timedelta(hours=3))
    assert backup.backup_on_quit(paths, now + timedelta(hours=4)) is None
    assert quit_reasons(paths) == ["start"]


def test_every_kind_of_change_is_seen(db, paths, now, me):
    (anna,) = add_customers(db, now, 1)
    with db.session() as session:
        log_interaction(
            session,
            InteractionData(
                customer_id=anna,
                occurred_at=now,
                channel="in_person",
                kind="purchase",
                summary="Bought winter tyres",
            ),
            me.id,
            now,
        )
    with db.session() as session:
        followups.refresh(session, now)

    def changed(change) -> bool:
        backup.take_backup(paths, "manual", now)
        assert not backup.changed_since_newest_backup(paths)
        with db.session() as session:
            change(per_action(session))
        return backup.changed_since_newest_backup(paths)

    def pending(session):
        (first,) = followups.due(session, now + timedelta(days=1))[:1]
        return first.id

    assert changed(lambda s: add_customers(db, now, 1, prefix="New"))
    assert changed(
        lambda s: customers.update_customer(
            s, anna, customers.CustomerData("Anna Renamed"), now + timedelta(minutes=1), me.id
        )
    )
    assert changed(
        lambda s: followups.snooze(s, pending(s), now + timedelta(days=3), now + timedelta(days=1))
    )
    assert changed(lambda s: followups.complete(s, pending(s), me.id, now + timedelta(days=1)))
    assert changed(lambda s: (settings.put(s, "feedback_after_days", 9), s.commit()))


def test_the_first_quit_backs_up_and_an_unreadable_newest_backup_does_not_count(db, paths, now):
    add_customers(db, now, 1)
    assert backup.backup_on_quit(paths, now).reason == "quit"
    assert backup.backup_on_quit(paths, now + timedelta(minutes=1)) is None
    (newest,) = backup.list_backups(paths)
    newest.path.write_bytes(b"not a database")
    assert backup.backup_on_quit(paths, now + timedelta(minutes=2)).reason == "quit"
