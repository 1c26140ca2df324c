"""An older database is upgraded on open, keeping its rows, after a before-migrate hook."""

import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from cxlogger.core.models import Customer, FollowUp, Interaction, Promise, Staff
from cxlogger.core.records import interaction_log
from cxlogger.core.records.interaction_log import LogFilter
from cxlogger.core.storage import migrate
from cxlogger.core.storage.db import open_database


def stored_revision(path) -> str:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]


@pytest.fixture
def old_database(paths):
    """A database as cxlogger's schema 0001 made it, with a few rows in it."""
    paths.data_dir.mkdir(parents=True)
    engine = create_engine(paths.url)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0001")
        for statement in [
            "INSERT INTO staff VALUES (1, 'Alex Owner', 1, '2026-01-01 09:00:00.000000')",
            "INSERT INTO customers (id, name, company, email, phone, email_norm, phone_norm,"
            " tags, notes, consent, archived, created_at, updated_at, created_by_id, owner_id)"
            " VALUES (1, 'Anna Müller', '', 'anna@example.com', '', 'anna@example.com', '',"
            " '', '', 1, 0, '2026-01-01 09:00:00.000000', '2026-01-01 09:00:00.000000', 1, 1)",
            "INSERT INTO interactions (id, occurred_at, customer_id, channel, kind, summary,"
            " details, sentiment, staff_id, amount_minor, currency, amount_kind, created_at,"
            " created_by_id) VALUES (1, '2026-01-02 10:00:00.000000', 1, 'phone', 'purchase',"
            " 'Bought the anniversary cake', '', 'positive', 1, 4990, 'EUR', 'sale',"
            " '2026-01-02 10:00:00.000000', 1)",
            "INSERT INTO promises (id, customer_id, interaction_id, description, due_at,"
            " due_has_time, owner_id, status, outcome_note, customer_told_how, created_at,"
            " created_by_id) VALUES (1, 1, 1, 'Deliver on Saturday',"
            " '2026-01-03 22:59:59.000000', 0, 1, 'open', '', '', '2026-01-02 10:00:00.000000', 1)",
            "INSERT INTO followups (id, kind, rule_key, title, customer_id, interaction_id,"
            " owner_id, due_at, status, done_note, created_at) VALUES (1, 'thank',"
            " 'thank:interaction:1', 'Thank Anna', 1, 1, 1, '2026-01-02 10:00:00.000000',"
            " 'done', 'Sent a card', '2026-01-02 10:00:00.000000')",
        ]:
            connection.execute(text(statement))
    engine.dispose()
    assert stored_revision(paths.db_path) == "0001"
    return paths


def test_an_old_database_is_upgraded_after_the_hook_and_keeps_its_rows(old_database):
    paths = old_database
    calls = []

    def before_migrate(db_path, revision):
        # called while the file is still as it was: a backup taken here is of the old schema
        calls.append((db_path, revision, stored_revision(db_path)))

    db = open_database(paths, before_migrate=before_migrate)
    try:
        assert calls == [(paths.db_path, "0001", "0001")]
        with db.engine.connect() as con:
            assert migrate.current_revision(con) == migrate.head_revision() != "0001"
        with db.session() as s:
            assert s.get(Staff, 1).name == "Alex Owner"
            assert s.get(Customer, 1).email == "anna@example.com"
            interaction = s.get(Interaction, 1)
            assert (interaction.summary, interaction.amount_minor) == (
                "Bought the anniversary cake",
                4990,
            )
            assert s.get(Promise, 1).description == "Deliver on Saturday"
            followup = s.get(FollowUp, 1)  # its table was rebuilt by 0002
            assert (followup.title, followup.status, followup.done_note, followup.done_by_id) == (
                "Thank Anna",
                "done",
                "Sent a card",
                None,
            )
            # the text index still finds what was logged before the upgrade
            found = interaction_log.fetch_page(s, LogFilter(text="anniversary"))
            assert [row.id for row in found] == [1]
    finally:
        db.dispose()


def test_a_failing_hook_stops_the_upgrade_and_leaves_the_file_alone(old_database):
    paths = old_database
    before = paths.db_path.read_bytes()

    def backup_fails(db_path, revision):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        open_database(paths, before_migrate=backup_fails)
    assert paths.db_path.read_bytes() == before
    assert stored_revision(paths.db_path) == "0001"


def test_an_up_to_date_database_does_not_call_the_hook(paths):
    calls = []
    open_database(paths, before_migrate=lambda *a: calls.append(a)).dispose()  # a new file
    assert calls == []
    open_database(paths, before_migrate=lambda *a: calls.append(a)).dispose()  # current
    assert calls == []
    assert stored_revision(paths.db_path) == migrate.head_revision()


def test_0004_consent_in_three_states_and_date_only_promises_due_at_closing(old_database):
    """A ticked box was the default, so it says nobody asked: "not_asked"; an unticked
    box was a decision: "no". An open promise "by Saturday" (stored as 23:59:59 local)
    is due at closing time that day."""
    from datetime import datetime, timezone

    from tests.helpers import local_timezone

    paths = old_database
    with sqlite3.connect(paths.db_path) as con:
        con.execute("INSERT INTO settings VALUES ('rules_checked_at', '\"2026-01-02T10:00\"')")
        con.execute(
            "INSERT INTO customers (id, name, company, email, phone, email_norm, phone_norm,"
            " tags, notes, consent, archived, created_at, updated_at, created_by_id, owner_id)"
            " VALUES (2, 'Ben', '', '', '', '', '', '', '', 0, 0,"
            " '2026-01-01 09:00:00.000000', '2026-01-01 09:00:00.000000', 1, 1)"
        )
    with local_timezone("Europe/Berlin"):
        db = open_database(paths)
        try:
            with db.session() as s:
                assert s.get(Customer, 1).contact_consent == "not_asked"
                assert s.get(Customer, 2).contact_consent == "no"
                promise = s.get(Promise, 1)
                # Saturday 3 January, 17:00 in Berlin
                assert promise.due_at == datetime(2026, 1, 3, 16, 0, tzinfo=timezone.utc)
                assert s.scalar(text("SELECT count(*) FROM interactions")) == 1
                # the next refresh re-plans everything under the new rules
                assert s.scalar(text("SELECT count(*) FROM settings")) == 0
        finally:
            db.dispose()
