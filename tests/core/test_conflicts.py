"""Never a silent overwrite (issue 12): two desks, one customer, and a conflict instead of
last-write-wins. Each test runs on SQLite (two engines on one file, as the app and a CLI
are two processes) and on the PostgreSQL server of the test configuration (two engines, as
two desks), when CXLOGGER_TEST_POSTGRES_URL names one."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date, timedelta

import pytest
from sqlalchemy import event, select, text

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import ChangeLog, Customer, Promise
from cxlogger.core.records import promises, records
from cxlogger.core.records.conflicts import ConflictError
from cxlogger.core.records.customers import CustomerData, add_customer, update_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.records.staff import add_staff
from cxlogger.core.storage.db import make_engine, open_database
from cxlogger.core.storage.paths import AppPaths
from tests.conftest import NOW
from tests.helpers import open_fresh_database, per_action

PG_URL = os.environ.get("CXLOGGER_TEST_POSTGRES_URL", "")


def _wipe_pg() -> None:
    engine = make_engine(PG_URL)
    try:
        with engine.begin() as con:
            con.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            con.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def desks(request, tmp_path):
    """Two desks on one database, each with its own engine and session."""
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("no PostgreSQL server: set CXLOGGER_TEST_POSTGRES_URL (.ci/run does)")
        _wipe_pg()
        paths = AppPaths(tmp_path / "data", PG_URL)
        first = open_database(paths)
    else:
        paths = AppPaths(tmp_path / "data")
        first = open_fresh_database(paths)
    second = open_database(paths)
    with first.session() as a, second.session() as b:
        yield per_action(a), per_action(b), paths
    first.dispose()
    second.dispose()


def _stored(session, customer_id) -> Customer:
    session.expire_all()
    with session.begin():
        return session.get(Customer, customer_id)


def _anna(a, owner):
    return add_customer(
        a, CustomerData("Anna Berg", email="anna@example.com", phone="0301234"), owner.id, NOW
    )


def test_second_desk_gets_a_conflict_nothing_is_overwritten_and_the_merge_is_saved(desks):
    a, b, _paths = desks
    alex = add_staff(a, "Alex", NOW)
    bea = add_staff(a, "Bea", NOW)
    anna = _anna(a, alex)

    # both desks open the customer editor
    shown_a = _stored(a, anna.id)
    version_a, base_a = (
        shown_a.version,
        CustomerData(shown_a.name, email=shown_a.email, phone=shown_a.phone),
    )
    shown_b = _stored(b, anna.id)

    # desk B (Bea) saves a new phone number first
    later = NOW + timedelta(minutes=5)
    update_customer(
        b,
        anna.id,
        CustomerData("Anna Berg", email="anna@example.com", phone="0309999"),
        later,
        bea.id,
        expected_version=shown_b.version,
        base=shown_b,
    )

    # desk A (Alex), still showing the old phone, saves a new email: a conflict
    mine = CustomerData("Anna Berg", email="anna.berg@example.com", phone="0301234")
    with pytest.raises(ConflictError) as caught:
        update_customer(a, anna.id, mine, later + timedelta(minutes=1), alex.id, version_a, base_a)
    conflict = caught.value.conflict
    assert "changed this customer while you were editing it" in str(caught.value)
    assert "nothing was saved" in str(caught.value)
    by_key = {f.key: f for f in conflict.fields}
    assert set(by_key) == {"email", "phone"}
    assert (by_key["phone"].yours, by_key["phone"].theirs) == ("0301234", "0309999")
    assert (by_key["phone"].changed_by, by_key["phone"].changed_at) == ("Bea", later)
    assert by_key["phone"].suggested == "theirs"  # Alex never touched the phone
    assert (by_key["email"].yours, by_key["email"].theirs) == (
        "anna.berg@example.com",
        "anna@example.com",
    )
    assert by_key["email"].suggested == "yours"

    # nothing of Alex's was written: Bea's phone, the old email
    stored = _stored(b, anna.id)
    assert (stored.email, stored.phone) == ("anna@example.com", "0309999")
    with b.begin():
        edits = b.scalars(select(ChangeLog.staff_id).where(ChangeLog.action == "edit")).all()
    assert edits == [bea.id]

    # Alex keeps his email and Bea's phone; saved against the new version
    merged = conflict.merged({"email": "yours", "phone": "theirs"})
    update_customer(
        a,
        anna.id,
        CustomerData(**{k: merged[k] for k in ("name", "email", "phone")}),
        later + timedelta(minutes=2),
        alex.id,
        expected_version=conflict.version,
        base=CustomerData("Anna Berg", email="anna@example.com", phone="0309999"),
    )
    stored = _stored(b, anna.id)
    assert (stored.email, stored.phone) == ("anna.berg@example.com", "0309999")
    assert stored.version == conflict.version + 1


def test_an_edit_that_agrees_with_the_stored_values_is_no_conflict(desks):
    a, b, _paths = desks
    alex = add_staff(a, "Alex", NOW)
    anna = _anna(a, alex)
    seen = _stored(a, anna.id)
    version = seen.version
    same = CustomerData("Anna Berg", email="new@example.com", phone="0301234")
    update_customer(b, anna.id, same, NOW, alex.id)
    # A typed exactly what B saved: nothing of anyone's is lost, so it simply saves
    update_customer(a, anna.id, same, NOW, alex.id, expected_version=version)
    assert _stored(b, anna.id).email == "new@example.com"


def test_a_save_that_loses_the_race_between_check_and_write_writes_nothing(desks):
    """Desk B commits after desk A checked the version but before A's UPDATE: the
    UPDATE's own ``WHERE version = ?`` finds nothing, and A gets the conflict."""
    a, b, paths = desks
    if paths.is_sqlite:
        pytest.skip("SQLite serialises writers: B cannot commit inside A's write")
    alex = add_staff(a, "Alex", NOW)
    anna = _anna(a, alex)
    seen = _stored(a, anna.id)
    version, base = seen.version, CustomerData("Anna Berg", "", "anna@example.com", "0301234")
    fired = []

    def other_desk_saves(session, _ctx, _instances):
        if fired:
            return
        fired.append(True)
        update_customer(b, anna.id, CustomerData("Anna Berg", phone="0305555"), NOW, alex.id)

    event.listen(a, "before_flush", other_desk_saves)
    try:
        with pytest.raises(ConflictError) as caught:
            update_customer(
                a,
                anna.id,
                CustomerData("Anna Berg", company="Berg GmbH", phone="0301234"),
                NOW,
                alex.id,
                version,
                base,
            )
    finally:
        event.remove(a, "before_flush", other_desk_saves)
    assert fired
    assert {f.key for f in caught.value.conflict.fields} >= {"company", "phone"}
    stored = _stored(b, anna.id)
    assert (stored.company, stored.phone) == ("", "0305555")


def test_promise_status_is_a_guarded_transition_across_desks(desks):
    a, b, _paths = desks
    alex = add_staff(a, "Alex", NOW)
    anna = _anna(a, alex)
    promise = promises.add_promise(
        a, anna.id, PromiseData("Call back", date(2026, 3, 13)), alex.id, NOW
    )
    promises.close_promise(b, promise.id, "kept", "Called her", NOW, staff_id=alex.id)
    with pytest.raises(ValidationError, match="already closed"):
        promises.close_promise(a, promise.id, "broken", "Could not reach", NOW, staff_id=alex.id)
    with a.begin():
        stored = a.get(Promise, promise.id)
        assert (stored.status, stored.outcome_note) == ("kept", "Called her")
    promises.reopen_promise(b, promise.id, alex.id, NOW)
    with pytest.raises(ValidationError, match="already open"):
        promises.reopen_promise(a, promise.id, alex.id, NOW)


def test_record_editor_conflict_names_the_fields_who_and_when(desks):
    a, b, _paths = desks
    alex = add_staff(a, "Alex", NOW)
    bea = add_staff(a, "Bea", NOW)
    anna = _anna(a, alex)
    item = log_interaction(
        a,
        InteractionData(
            customer_id=anna.id,
            occurred_at=NOW,
            channel="phone",
            kind="inquiry",
            summary="Asked about bikes",
        ),
        alex.id,
        NOW,
    )
    with a.begin():
        shown = records.open_record(a, "interaction", item.id).values
    when = NOW + timedelta(hours=1)
    records.update_record(b, "interaction", item.id, {"summary": "Theirs"}, bea.id, when)
    with pytest.raises(records.RecordConflict) as caught:
        records.update_record(
            a,
            "interaction",
            item.id,
            {**shown, "kind": "purchase"},
            alex.id,
            when,
            expected=shown,
        )
    fields = {f.key: f for f in caught.value.conflict.fields}
    assert set(fields) == {"summary", "kind"}
    assert (fields["summary"].theirs, fields["summary"].changed_by) == ("Theirs", "Bea")
    assert fields["summary"].changed_at == when
    with b.begin():
        stored = records.open_record(b, "interaction", item.id).values
    assert (stored["summary"], stored["kind"]) == ("Theirs", "inquiry")
    merged = caught.value.conflict.merged({})  # the suggestions: their summary, my kind
    records.update_record(a, "interaction", item.id, merged, alex.id, when, expected=stored)
    with b.begin():
        stored = records.open_record(b, "interaction", item.id).values
    assert (stored["summary"], stored["kind"]) == ("Theirs", "purchase")


def test_a_cli_import_in_another_process_makes_the_open_editor_conflict(tmp_path):
    """SQLite, two processes: the app has the customer open while ``cxlogger import
    customers --duplicates merge`` fills in her company; the app's save conflicts."""
    paths = AppPaths(tmp_path / "data")
    db = open_fresh_database(paths)
    try:
        with db.session() as raw:
            s = per_action(raw)
            alex = add_staff(s, "Alex", NOW)
            anna = _anna(s, alex)
            seen = _stored(s, anna.id)
            version = seen.version
            base = CustomerData("Anna Berg", email="anna@example.com", phone="0301234")
            source = tmp_path / "more.csv"
            with source.open("w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(["name", "email", "company"])
                writer.writerow(["Anna Berg", "anna@example.com", "Berg GmbH"])
            done = subprocess.run(
                [sys.executable, "-m", "cxlogger", "--data-dir", str(paths.data_dir)]
                + ["import", "customers", str(source), "--duplicates", "merge"],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, done.stderr
            mine = CustomerData("Anna Berg", email="anna@example.com", phone="0301234", notes="VIP")
            with pytest.raises(ConflictError) as caught:
                update_customer(s, anna.id, mine, NOW, alex.id, version, base)
            fields = {f.key: f for f in caught.value.conflict.fields}
            assert fields["company"].theirs == "Berg GmbH"
            assert fields["company"].suggested == "theirs"
            assert fields["notes"].suggested == "yours"
            stored = _stored(s, anna.id)
            assert (stored.company, stored.notes) == ("Berg GmbH", "")
    finally:
        db.dispose()


def test_bulk_updates_of_the_rules_bump_the_version(desks):
    """The reminder rules re-title (or retire) follow-ups with one UPDATE over many rows: it bumps
    each row's version, so a save based on an older read cannot overwrite it."""
    from cxlogger.core.models import FollowUp
    from cxlogger.core.reminders import followups

    a, _b, _paths = desks
    alex = add_staff(a, "Alex", NOW)
    anna = _anna(a, alex)
    item = log_interaction(
        a,
        InteractionData(
            customer_id=anna.id,
            occurred_at=NOW,
            channel="in_person",
            kind="purchase",
            summary="Bought a bike",
        ),
        alex.id,
        NOW,
    )
    followups.refresh(a, NOW)
    with a.begin():
        (thank,) = a.scalars(select(FollowUp).where(FollowUp.interaction_id == item.id)).all()
        before = (thank.title, thank.version)
    records.update_record(a, "interaction", item.id, {"kind": "inquiry"}, alex.id, NOW)
    a.expire_all()
    with a.begin():
        after = a.get(FollowUp, thank.id)
        # still a thank-you (for the first visit), re-titled by the rules' bulk UPDATE
        assert before[1] == 1 and "purchase" in before[0]
        assert "purchase" not in after.title and after.version == 2


def test_shared_settings_changed_meanwhile_are_a_conflict_not_an_overwrite(desks):
    from cxlogger.core.records import settings

    a, b, _paths = desks
    with a.begin():
        shown = settings.get_all(a)  # desk A opens Settings
    settings.update(b, {"feedback_after_days": 10, "business_name": "Sonne"})
    mine = {**shown, "business_name": "Bäckerei Sonne"}
    with pytest.raises(ConflictError) as caught:
        settings.update(a, mine, expected=shown)
    fields = {f.key: f for f in caught.value.conflict.fields}
    assert set(fields) == {"feedback_after_days", "business_name"}
    assert fields["feedback_after_days"].suggested == "theirs"
    assert fields["business_name"].suggested == "yours"
    with b.begin():
        assert settings.get(b, "business_name") == "Sonne"
    settings.update(a, caught.value.conflict.merged({}), expected=caught.value.conflict.theirs)
    with b.begin():
        assert settings.get(b, "business_name") == "Bäckerei Sonne"
        assert settings.get(b, "feedback_after_days") == 10
