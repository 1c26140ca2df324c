"""The shared-server setup: cxlogger on PostgreSQL instead of the local SQLite file.

Skipped unless CXLOGGER_TEST_POSTGRES_URL names a database the tests may wipe,
e.g. ``postgresql+psycopg://cx@/cxtest?host=/tmp&port=54329`` (.ci/run starts a
throwaway server and sets it). Every test starts from an empty ``public`` schema.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import make_url

from cxlogger.__main__ import main
from cxlogger.core.errors import DatabaseError, SchemaTooNewError
from cxlogger.core.exchange.csv_export import ExportOptions, export_csv
from cxlogger.core.exchange.csv_import import apply_import, build_plan, read_file
from cxlogger.core.models import Customer, Interaction, Promise
from cxlogger.core.records.customers import CustomerData, add_customer, search_customers
from cxlogger.core.records.interaction_log import SORT_COLUMNS as log_sorts
from cxlogger.core.records.interaction_log import LogFilter, fetch_page
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.records.staff import add_staff
from cxlogger.core.reminders import followups
from cxlogger.core.storage import migrate
from cxlogger.core.storage.db import make_engine, open_database
from cxlogger.core.storage.paths import AppPaths
from tests.conftest import NOW
from tests.helpers import open_fresh_database, per_action

PG_URL = os.environ.get("CXLOGGER_TEST_POSTGRES_URL", "")

NO_SERVER = (
    "no PostgreSQL server: set CXLOGGER_TEST_POSTGRES_URL to a database the tests may wipe "
    "(e.g. postgresql+psycopg://cx@/cxtest?host=/tmp&port=54329); .ci/run does"
)


def _wipe() -> None:
    engine = make_engine(PG_URL)
    try:
        with engine.begin() as con:
            con.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            con.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture
def pg_paths(tmp_path):
    """AppPaths naming the (emptied) test server database; the data folder stays unused."""
    if not PG_URL:
        pytest.skip(NO_SERVER)
    _wipe()
    return AppPaths(tmp_path / "data", PG_URL)


@pytest.fixture
def pg_db(pg_paths):
    database = open_database(pg_paths)
    yield database
    database.dispose()


@pytest.fixture
def pg(pg_db):
    with pg_db.session() as s:
        yield per_action(s)


@pytest.fixture
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names())


# ------------------------------------------------------------------ opening and migrating


def test_open_migrates_an_empty_database_to_head_and_reopening_is_a_no_op(pg_paths, monkeypatch):
    db = open_database(pg_paths)
    try:
        assert db.engine.dialect.name == "postgresql" and not db.is_sqlite
        with db.engine.connect() as con:
            assert migrate.current_revision(con) == migrate.head_revision()
        assert {
            "customers",
            "interactions",
            "promises",
            "feedback",
            "followups",
            "staff",
            "settings",
            "alembic_version",
        } <= _tables(db.engine)
        assert "interactions_fts" not in _tables(db.engine)  # SQLite only
    finally:
        db.dispose()
    assert not pg_paths.data_dir.exists(), "a server database never touches the data folder"

    import alembic.command

    def no_upgrade(*args, **kwargs):
        raise AssertionError("a database at head must not be migrated again")

    monkeypatch.setattr(alembic.command, "upgrade", no_upgrade)
    open_database(pg_paths).dispose()


def test_newer_schema_is_refused_and_left_unchanged(pg_paths):
    db = open_database(pg_paths)
    with db.engine.begin() as con:
        con.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    before = _tables(db.engine)
    db.dispose()
    with pytest.raises(SchemaTooNewError, match="newer version of cxlogger"):
        open_database(pg_paths)
    engine = make_engine(PG_URL)
    try:
        assert _tables(engine) == before
        with engine.connect() as con:
            assert con.execute(text("SELECT version_num FROM alembic_version")).all() == [
                ("9999_future",)
            ]
    finally:
        engine.dispose()


def test_a_plain_postgresql_url_uses_psycopg(pg_paths):
    """The README's ``postgresql://…`` works with the ``[postgres]`` extra (psycopg 3)."""
    url = make_url(PG_URL).set(drivername="postgresql")
    db = open_database(AppPaths(pg_paths.data_dir, url.render_as_string(hide_password=False)))
    try:
        assert db.engine.dialect.driver == "psycopg"
    finally:
        db.dispose()


def test_connection_errors_never_show_the_password(pg_paths):
    url = make_url(PG_URL).set(password="s3cret-pw", database="cxlogger_no_such_db")
    paths = AppPaths(pg_paths.data_dir, url.render_as_string(hide_password=False))
    with pytest.raises(DatabaseError) as info:
        open_database(paths)
    assert "s3cret-pw" not in str(info.value)
    assert "cxlogger_no_such_db" in str(info.value)


def test_a_missing_driver_is_a_sentence_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the extra was not installed
    url = "postgresql://cx:s3cret-pw@db.example.com/cxlogger"
    with pytest.raises(DatabaseError, match=r"pip install '\.\[postgres\]'") as info:
        open_database(AppPaths(tmp_path / "data", url))
    assert "s3cret-pw" not in str(info.value) and "db.example.com" in str(info.value)
    assert not (tmp_path / "data").exists()


# ------------------------------------------------------------------ logging and reading back


def test_log_interaction_with_new_customer_and_promise_round_trips(pg):
    me = add_staff(pg, "Alex Owner", NOW)
    when = datetime(2026, 3, 10, 16, 45, 12, 345678, tzinfo=timezone(timedelta(hours=2)))
    data = InteractionData(
        customer_id=None,
        occurred_at=when,
        channel="phone",
        kind="purchase",
        summary="Bought winter tyres",
        details="Four of them",
        amount="1234567.89",
        currency="eur",
        amount_kind="sale",
        new_customer=CustomerData("Jürgen Weiß"),
        promise=PromiseData("Call back about fitting", date(2026, 3, 13)),
    )
    interaction = log_interaction(pg, data, me.id, NOW)
    pg.expunge_all()

    row = pg.get(Interaction, interaction.id)
    assert row.occurred_at == when and row.occurred_at.tzinfo == timezone.utc
    assert row.occurred_at.hour == 14 and row.occurred_at.microsecond == 345678
    assert row.created_at == NOW
    assert (row.amount_minor, row.currency, row.amount_kind) == (123456789, "EUR", "sale")
    assert Decimal(row.amount_minor) / 100 == Decimal("1234567.89")
    assert row.customer.name == "Jürgen Weiß" and row.customer.created_by_id == me.id
    promise = pg.scalars(select(Promise)).one()
    assert (promise.interaction_id, promise.customer_id) == (row.id, row.customer_id)
    assert promise.due_at.tzinfo == timezone.utc and promise.status == "open"


def test_the_largest_amounts_the_app_accepts_fit(pg):
    """INTEGER is 32 bits on PostgreSQL; amounts are stored in 64 (migration 0003)."""
    me = add_staff(pg, "Alex Owner", NOW)
    customer = add_customer(pg, CustomerData("Big Spender"), me.id, NOW)
    for amount, currency, minor in [
        ("21474836.48", "EUR", 2**31),
        ("9999999999999.99", "EUR", 10**15 - 1),
        ("-999999999999999", "JPY", -(10**15 - 1)),
    ]:
        interaction = log_interaction(
            pg,
            InteractionData(
                customer.id,
                NOW,
                "email",
                "purchase",
                "Fleet order",
                amount=amount,
                currency=currency,
                amount_kind="sale" if minor > 0 else "refund",
            ),
            me.id,
            NOW,
        )
        pg.expunge_all()
        # stored unsigned; the meaning gives the sign (money.net)
        assert pg.get(Interaction, interaction.id).amount_minor == abs(minor)
        pg.rollback()
    rows = fetch_page(pg, sort="amount", limit=3)
    assert [r.amount_minor for r in rows] == [10**15 - 1, 10**15 - 1, 2**31]


def _seed_log(session, me_id: int) -> dict:
    names = ["Anna Schmidt", "Mesut Özil", "Zoë Ørsted"]
    customers = [add_customer(session, CustomerData(n), me_id, NOW) for n in names]
    channels = ["phone", "email", "in_person"]
    kinds = ["purchase", "inquiry", "complaint"]
    ids = []
    for i in range(30):
        data = InteractionData(
            customer_id=customers[i % 3].id,
            occurred_at=NOW - timedelta(hours=5 * i),
            channel=channels[i % 3],
            kind=kinds[(i // 3) % 3],
            summary=f"Visit {i}: " + ("winter tyres" if i % 4 == 0 else "opening hours"),
            details="paid 100% up front" if i == 7 else "",
        )
        ids.append(log_interaction(session, data, me_id, NOW).id)
    return {"customers": customers, "ids": ids}


def test_interaction_log_filters_search_and_keyset_paging(pg):
    me = add_staff(pg, "Alex Owner", NOW)
    seed = _seed_log(pg, me.id)
    everything = fetch_page(pg, limit=1000)
    assert len(everything) == 30
    assert [r.id for r in everything] == seed["ids"]  # newest first
    assert everything[0].occurred_at == NOW

    phone = fetch_page(pg, LogFilter(channel="phone"), limit=1000)
    assert {r.channel for r in phone} == {"phone"} and len(phone) == 10
    assert len(fetch_page(pg, LogFilter(channel="phone", kind="purchase"), limit=100)) == 4

    tyres = fetch_page(pg, LogFilter(text="WINTER Tyres"), limit=100)  # LIKE, case-folded
    assert len(tyres) == 8 and all("winter tyres" in r.summary for r in tyres)
    assert [r.id for r in fetch_page(pg, LogFilter(text="100%"))] == [seed["ids"][7]]
    assert fetch_page(pg, LogFilter(text="100_")) == []  # % and _ are literal
    by_name = fetch_page(pg, LogFilter(text="ÖZIL"), limit=100)  # customer name, any case
    assert len(by_name) == 10 and {r.customer for r in by_name} == {"Mesut Özil"}

    for sort in log_sorts:
        for descending in (True, False):
            whole = fetch_page(pg, sort=sort, descending=descending, limit=1000)
            paged, after = [], None
            while True:
                page = fetch_page(pg, sort=sort, descending=descending, after=after, limit=7)
                if not page:
                    break
                paged += page
                after = page[-1]
            assert [r.id for r in paged] == [r.id for r in whole], (sort, descending)


def test_customer_search_folds_umlauts_and_pages(pg):
    me = add_staff(pg, "Alex Owner", NOW)
    for name in ("Mesut Özil", "Anna Schmidt", "Zoë Ørsted", "Ömer Öztürk", "Özlem Acar"):
        add_customer(pg, CustomerData(name, phone="+49 30 1234567"), me.id, NOW)
    assert [c.name for c in search_customers(pg, "özil")] == ["Mesut Özil"]
    assert [c.name for c in search_customers(pg, "ÖZIL")] == ["Mesut Özil"]
    assert [c.name for c in search_customers(pg, "ZOË")] == ["Zoë Ørsted"]
    # one or two characters: names that begin with them (as on SQLite)
    assert [c.name for c in search_customers(pg, "öz")] == ["Özlem Acar"]
    found = search_customers(pg, "özt")  # three or more: anywhere
    assert {c.name for c in found} == {"Ömer Öztürk"}
    assert {c.name for c in search_customers(pg, "ÖZ ")} == {"Özlem Acar"}
    assert len(search_customers(pg, "301234")) == 5  # phone digits
    add_customer(pg, CustomerData("Tag Holder", tags=["Stammkunde", "Öko"]), me.id, NOW)
    assert [c.name for c in search_customers(pg, "ÖKO")] == ["Tag Holder"]  # tags, folded
    assert [c.name for c in search_customers(pg, "stammk")] == ["Tag Holder"]
    first = search_customers(pg, "", limit=2)
    rest = search_customers(pg, "", limit=10, after=(first[-1].name, first[-1].id))
    assert len(first) + len(rest) == 6
    assert not {c.id for c in first} & {c.id for c in rest}


def test_followups_refresh_and_due_after_a_purchase(pg):
    me = add_staff(pg, "Alex Owner", NOW)
    followups.install()
    try:
        data = InteractionData(
            customer_id=None,
            occurred_at=NOW,
            channel="in_person",
            kind="purchase",
            summary="Bought winter tyres",
            new_customer=CustomerData("Jürgen Weber & Söhne", consent="yes"),
        )
        log_interaction(pg, data, me.id, NOW)
    finally:
        followups.uninstall()
    later = NOW + timedelta(minutes=5)
    followups.refresh(pg, later)
    followups.refresh(pg, later)  # idempotent
    due = followups.due(pg, later)
    assert [followups.rule_of(f) for f in due] == ["thank"]
    assert due[0].customer.name == "Jürgen Weber & Söhne" and due[0].due_at.tzinfo
    assert followups.count_due(pg, later) == 1
    coming = followups.upcoming(pg, later, 14)
    assert [followups.rule_of(f) for f in coming] == ["feedback"]
    pg.rollback()
    followups.complete(pg, due[0].id, me.id, later, note="Sent a card")
    assert followups.due(pg, later) == []


# ------------------------------------------------------------------ CSV


def _seed_shop(session) -> None:
    """The same records in any database (ids come out the same in a fresh one)."""
    me = add_staff(session, "Alex Owner", NOW)
    sam = add_staff(session, "Sam Front Desk", NOW)
    anna = add_customer(session, CustomerData("Anna Schmidt", company="Bäckerei Sonne"), me.id, NOW)
    evil = add_customer(session, CustomerData("=cmd|' /C calc'!A0"), sam.id, NOW)
    rows = [
        (
            anna.id,
            me.id,
            datetime(2026, 2, 3, 8, 30, tzinfo=timezone.utc),
            "purchase",
            "Bought the anniversary cake",
            "42.50",
            "EUR",
            "sale",
        ),
        (
            evil.id,
            sam.id,
            datetime(2026, 2, 4, 15, 5, 59, tzinfo=timezone.utc),
            "return",
            "-1+1",
            "-12.50",
            "EUR",
            "refund",
        ),
        (
            anna.id,
            me.id,
            datetime(2025, 10, 26, 0, 30, tzinfo=timezone.utc),
            "purchase",
            "Night of the clock change",
            "1500",
            "JPY",
            "sale",
        ),
        (
            anna.id,
            None,
            datetime(2025, 10, 26, 1, 30, tzinfo=timezone.utc),
            "purchase",
            "Just after it",
            "0.07",
            "BHD",
            "credit",
        ),
        (
            evil.id,
            me.id,
            datetime(2026, 3, 1, 23, 59, tzinfo=timezone.utc),
            "inquiry",
            "@SUM(1)",
            "",
            "EUR",
            None,
        ),
    ]
    for cust, staff_id, when, kind, summary, amount, currency, amount_kind in rows:
        log_interaction(
            session,
            InteractionData(
                cust,
                when,
                "in_person",
                kind,
                summary,
                details="=1+2" if kind == "return" else "",
                amount=amount,
                currency=currency,
                amount_kind=amount_kind,
            ),
            staff_id,
            NOW,
        )


def _read_csv(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_csv_export_gives_the_same_rows_as_on_sqlite(pg, berlin, tmp_path):
    _seed_shop(pg)
    lite_db = open_fresh_database(AppPaths(tmp_path / "lite"))
    try:
        with lite_db.session() as lite:
            _seed_shop(per_action(lite))
            for dataset in ("interactions", "money"):
                for options in (
                    ExportOptions(dataset),
                    ExportOptions(dataset, delimiter=";", decimal_comma=True),
                    ExportOptions(dataset, date(2025, 10, 26), date(2026, 2, 3)),
                ):
                    on_pg, on_lite = tmp_path / "pg.csv", tmp_path / "lite.csv"
                    n = export_csv(pg, options, on_pg, chunk=2)
                    assert export_csv(lite, options, on_lite, chunk=2) == n > 0
                    assert _read_csv(on_pg) == _read_csv(on_lite), options
    finally:
        lite_db.dispose()
    money = tmp_path / "money.csv"
    export_csv(pg, ExportOptions("money"), money)
    assert [r[:3] + r[4:8] for r in _read_csv(money)[1:]] == [
        ["INT-000003", "2025-10-26", "02:30", "1500", "JPY", "sale", "1500"],  # summer time (+2)
        ["INT-000004", "2025-10-26", "02:30", "-0.070", "BHD", "credit", "0.070"],  # winter (+1)
        ["INT-000001", "2026-02-03", "09:30", "42.50", "EUR", "sale", "42.50"],
        ["INT-000002", "2026-02-04", "16:05", "-12.50", "EUR", "refund", "12.50"],
    ]
    for dataset in ("promises", "feedback", "customers"):
        export_csv(pg, ExportOptions(dataset), tmp_path / f"{dataset}.csv")


def test_money_ledger_with_a_kept_refund_survives_an_erase_unchanged(pg, pg_db, berlin, tmp_path):
    from cxlogger.core.exchange import privacy
    from cxlogger.core.records.promises import add_promise, close_promise

    me = add_staff(pg, "Alex Owner", NOW)
    zed = add_customer(pg, CustomerData("Zed Secret", email="zed@example.com"), me.id, NOW)
    anna = add_customer(pg, CustomerData("Anna"), me.id, NOW)
    for cust, amount, meaning, day in [
        (anna.id, "10", "sale", 1),
        (zed.id, "120.00", "sale", 2),
        (zed.id, "", None, 3),
        (anna.id, "-5", "refund", 4),
    ]:
        log_interaction(
            pg,
            InteractionData(
                cust,
                datetime(2026, 2, day, 12, tzinfo=timezone.utc),
                "phone",
                "purchase",
                "Zed Secret's bike" if cust == zed.id else "A bike",
                amount=amount,
                amount_kind=meaning,
            ),
            me.id,
            NOW,
        )
    promise = add_promise(
        pg, zed.id, PromiseData("Refund Zed Secret", date(2026, 2, 9)), me.id, NOW
    )
    close_promise(
        pg,
        promise.id,
        "kept",
        "Zed Secret refunded",
        datetime(2026, 2, 6, 9, tzinfo=timezone.utc),
        "15.50",
        "EUR",
        "refund",
    )
    february = ExportOptions("money", date(2026, 2, 1), date(2026, 2, 28))
    export_csv(pg, february, tmp_path / "before.csv")
    nets = [r[4] for r in _read_csv(tmp_path / "before.csv")[1:]]
    assert nets == ["10.00", "120.00", "-5.00", "-15.50"]
    pg.close()

    result = privacy.erase_customer(pg_db, zed.id)

    assert result.kept == {"interactions": 1, "promises": 1}
    export_csv(pg, february, tmp_path / "after.csv")
    assert (tmp_path / "after.csv").read_bytes() == (tmp_path / "before.csv").read_bytes()
    with pg_db.engine.connect() as con:
        dump = " ".join(
            str(v)
            for table in ("customers", "interactions", "promises")
            for row in con.execute(text(f"SELECT * FROM {table}"))
            for v in row
        )
    assert "Zed" not in dump and "zed@example.com" not in dump
    assert [c.name for c in search_customers(pg, "", include_archived=True)] == ["Anna"]


def test_csv_import_of_a_small_file(pg, tmp_path):
    source = tmp_path / "contacts.csv"
    source.write_text(
        "Name,Company,Email,Phone\n"
        "Jürgen Weiß,Bäckerei Sonne,j@example.com,+49 30 123456\n"
        "Zoë Ørsted,,zoe@example.com,\n"
        "Jürgen again,,J@Example.com,\n",
        encoding="utf-8",
    )
    plan = build_plan(pg, read_file(source))
    result = apply_import(pg, plan, None, NOW)
    assert (result.added, result.skipped_duplicates) == (2, 1)
    names = pg.scalars(select(Customer.name).order_by(Customer.id)).all()
    assert names == ["Jürgen Weiß", "Zoë Ørsted"]
    pg.rollback()
    again = apply_import(pg, build_plan(pg, read_file(source)), None, NOW)
    assert again.added == 0
    assert pg.scalar(select(func.count()).select_from(Customer)) == 2


# ------------------------------------------------------------------ command line


def test_cli_due_json_and_export(pg_paths, tmp_path, capsys, monkeypatch):
    db = open_database(pg_paths)
    try:
        with db.session() as s:
            s = per_action(s)
            me = add_staff(s, "Alex Owner", NOW)
            followups.install()
            try:
                log_interaction(
                    s,
                    InteractionData(
                        None,
                        datetime.now(timezone.utc) - timedelta(hours=1),
                        "phone",
                        "purchase",
                        "Bought a bike",
                        amount="999.99",
                        amount_kind="sale",
                        new_customer=CustomerData("Mesut Özil"),
                    ),
                    me.id,
                )
            finally:
                followups.uninstall()
    finally:
        db.dispose()
    data_dir = str(tmp_path / "cli-data")
    assert main(["--data-dir", data_dir, "--database-url", PG_URL, "due", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    # due now, or at the next opening hour when this runs outside business hours
    listed = payload["due"] + payload["upcoming"]
    assert "thank" in [item["rule"] for item in listed]
    assert {item["customer"] for item in listed} == {"Mesut Özil"}

    monkeypatch.setenv("CXLOGGER_DATABASE_URL", PG_URL)
    out = tmp_path / "money.csv"
    export = ["export", "money", "-o", str(out), "--as", "Alex Owner"]  # an owner exports
    assert main(["--data-dir", data_dir, *export]) == 0
    assert "Wrote 1 money rows" in capsys.readouterr().out
    rows = _read_csv(out)
    assert rows[1][4:8] == ["999.99", "EUR", "sale", "999.99"]
    assert not (tmp_path / "cli-data" / "cxlogger.sqlite3").exists()

    # backups, restore and the file check are for the local file only: a sentence, status 2
    assert main(["--data-dir", data_dir, "backup"]) == 2
    assert "backed up on the server" in capsys.readouterr().err
    assert main(["--data-dir", data_dir, "restore", str(out)]) == 2
    assert main(["--data-dir", data_dir, "check"]) == 2
    assert "a server checks its own" in capsys.readouterr().err


def test_desktops_sharing_a_server_refresh_follow_ups_in_turn(pg_db):
    """A refresh waits while another desktop's refresh holds the server's lock."""
    import threading

    with pg_db.session() as other_desktop:
        other_desktop.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": followups.REFRESH_LOCK_KEY}
        )
        finished = threading.Event()

        def refresh_here():
            with pg_db.session() as session:
                followups.refresh(session, NOW)
            finished.set()

        worker = threading.Thread(target=refresh_here)
        worker.start()
        assert not finished.wait(0.5)  # blocked behind the other desktop's refresh
        other_desktop.commit()  # the other refresh ends; this one goes ahead
        assert finished.wait(10)
        worker.join()


def test_0004_maps_consent_and_moves_date_only_promises_to_closing_on_the_server(pg_paths, berlin):
    """The same rules as on SQLite: ticked (the old default) -> not asked, unticked -> no;
    an open promise by a date, stored at 23:59:59 local, is due at 17:00 local."""
    from alembic import command

    engine = make_engine(PG_URL)
    try:
        with engine.begin() as con:
            command.upgrade(migrate.alembic_config(con), "0003")
            for statement in [
                "INSERT INTO staff VALUES (1, 'Alex Owner', true, '2026-01-01 09:00:00')",
                "INSERT INTO customers (id, name, company, email, phone, email_norm, phone_norm,"
                " tags, notes, consent, archived, created_at, updated_at, created_by_id,"
                " owner_id) VALUES (1, 'Anna', '', '', '', '', '', '', '', true, false,"
                " '2026-01-01 09:00:00', '2026-01-01 09:00:00', 1, 1),"
                " (2, 'Ben', '', '', '', '', '', '', '', false, false,"
                " '2026-01-01 09:00:00', '2026-01-01 09:00:00', 1, 1)",
                "INSERT INTO promises (id, customer_id, description, due_at, due_has_time,"
                " owner_id, status, outcome_note, customer_told_how, created_at) VALUES"
                " (1, 1, 'Deliver on Saturday', '2026-01-03 22:59:59', false, 1, 'open', '',"
                " '', '2026-01-02 10:00:00'),"
                " (2, 1, 'Call at ten', '2026-01-03 09:00:00', true, 1, 'open', '', '',"
                " '2026-01-02 10:00:00')",
            ]:
                con.execute(text(statement))
    finally:
        engine.dispose()
    db = open_database(pg_paths)
    try:
        with db.session() as s:
            assert s.get(Customer, 1).contact_consent == "not_asked"
            assert s.get(Customer, 2).contact_consent == "no"
            assert s.get(Promise, 1).due_at == datetime(2026, 1, 3, 16, 0, tzinfo=timezone.utc)
            assert s.get(Promise, 2).due_at == datetime(2026, 1, 3, 9, 0, tzinfo=timezone.utc)
    finally:
        db.dispose()


def test_edit_delete_undo_and_merge_on_the_server(pg_db, pg):
    """The change log, Undo and merge work the same on PostgreSQL (ids re-used on restore)."""
    from cxlogger.core.records import history, records, undo
    from cxlogger.core.records.merge import merge_customers

    me = add_staff(pg, "Alex Owner", NOW)
    anna = add_customer(pg, CustomerData("Anna", email="a@example.com"), me.id, NOW)
    twin = add_customer(pg, CustomerData("Anna B", company="Cafe"), me.id, NOW)
    data = InteractionData(
        twin.id,
        NOW - timedelta(hours=1),
        "phone",
        "purchase",
        "Bike",
        promise=PromiseData("Call", date(2026, 3, 13)),
    )
    item = log_interaction(pg, data, me.id, NOW)
    records.update_record(pg, "interaction", item.id, {"summary": "Gravel bike"}, me.id, NOW)
    records.delete_record(pg, "interaction", item.id, me.id, NOW)
    assert undo.undo_last(pg, me.id, NOW).startswith("Deleted interaction")
    merge_customers(pg, anna.id, twin.id, me.id, NOW)
    with pg_db.session() as s:
        assert s.get(Customer, twin.id) is None
        assert s.get(Interaction, item.id).customer_id == anna.id
    undo.undo_last(pg, me.id, NOW)
    with pg_db.session() as s:
        assert s.get(Customer, twin.id).company == "Cafe"
        moved = s.get(Interaction, item.id)
        assert (moved.customer_id, moved.summary) == (twin.id, "Gravel bike")
        actions = [e.action for e in history.record_history(s, "interaction", item.id)]
    assert actions == ["log", "edit", "delete", "undo", "merge", "undo"]
    # a new row after the restores still gets a fresh id
    again = log_interaction(pg, data, me.id, NOW)
    assert again.id > item.id
