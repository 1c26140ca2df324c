"""Money the accountant can add up: a signed net column whatever sign staff typed,
promises closed with an amount in the ledger, and an erase that keeps the ledger."""

import csv
import io
import time
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text

from cxlogger.core.errors import ValidationError
from cxlogger.core.exchange import privacy
from cxlogger.core.exchange.csv_export import ExportOptions, export_csv
from cxlogger.core.models import Customer, Interaction, Promise
from cxlogger.core.records import customers, money
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData, add_promise, close_promise, reopen_promise
from cxlogger.core.records.staff import add_staff
from cxlogger.core.storage import migrate
from cxlogger.core.storage.db import open_database

MARKER = "Quillfeather-Ostrava-5521"
LOGGED = datetime(2026, 3, 11, 10, tzinfo=timezone.utc)


@pytest.fixture(autouse=True, params=["sql", "python"])
def formatting(request, monkeypatch):
    """Every export runs with SQLite doing the formatting and with the portable path."""
    import cxlogger.core.exchange.csv_export as mod

    monkeypatch.setattr(mod, "SQL_FORMATTING", request.param == "sql")
    return request.param


@pytest.fixture
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def at(day, hour=12):
    return datetime(2026, 2, day, hour, tzinfo=timezone.utc)


def log(session, staff_id, customer_id, when, amount="", meaning=None, kind="purchase", **kw):
    return log_interaction(
        session,
        InteractionData(
            customer_id,
            when,
            "in_person",
            kind,
            kw.pop("summary", "Bought something"),
            amount=amount,
            amount_kind=meaning,
            **kw,
        ),
        staff_id,
        now=LOGGED,
    )


def rows(path, delimiter=","):
    raw = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(raw, newline=""), delimiter=delimiter))


def test_seen_a_refund_typed_without_a_minus_exports_as_a_negative_net(
    session, me, berlin, tmp_path
):
    """Seen: a refund typed as "45" exported as +45.00 while the demo's were negative."""
    anna = add_customer(session, CustomerData("Anna"), me.id)
    log(session, me.id, anna.id, at(3), "100.00", "sale")
    log(session, me.id, anna.id, at(4), "45", "refund", kind="return")
    export_csv(session, ExportOptions("money"), tmp_path / "money.csv")
    money_rows = rows(tmp_path / "money.csv")
    assert [(r["net"], r["amount"], r["amount_type"]) for r in money_rows] == [
        ("100.00", "100.00", "sale"),
        ("-45.00", "45.00", "refund"),
    ]
    assert sum(Decimal(r["net"]) for r in money_rows) == Decimal("55.00")
    export_csv(session, ExportOptions("interactions"), tmp_path / "log.csv")
    assert [r["net"] for r in rows(tmp_path / "log.csv")] == ["100.00", "-45.00"]


@pytest.mark.parametrize("meaning", money.AMOUNT_KINDS)
@pytest.mark.parametrize("typed", ["45.10", "-45.10", " - 45,10 "])
def test_net_follows_the_meaning_whatever_sign_was_typed(
    db, session, me, berlin, tmp_path, meaning, typed
):
    anna = add_customer(session, CustomerData("Anna"), me.id)
    saved = log(session, me.id, anna.id, at(3), typed, meaning)
    with db.engine.connect() as con:
        stored = con.execute(
            text("SELECT amount_minor, amount_kind FROM interactions WHERE id = :i"),
            {"i": saved.id},
        ).one()
    assert tuple(stored) == (4510, meaning)  # unsigned, with its meaning
    expected = "45.10" if meaning == "sale" else "-45.10"
    export_csv(session, ExportOptions("money"), tmp_path / "money.csv")
    [row] = rows(tmp_path / "money.csv")
    assert (row["net"], row["amount"], row["amount_type"]) == (expected, "45.10", meaning)
    export_csv(session, ExportOptions("interactions"), tmp_path / "log.csv")
    [row] = rows(tmp_path / "log.csv")
    assert (row["net"], row["amount"], row["amount_type"]) == (expected, "45.10", meaning)


def test_the_net_column_adds_up_to_the_net_figure(session, me, berlin, tmp_path):
    """Every meaning typed with and without a minus: the column total is the net."""
    anna = add_customer(session, CustomerData("Anna"), me.id)
    expected = Decimal(0)
    for n, meaning in enumerate(money.AMOUNT_KINDS):
        for sign in ("", "-"):
            amount = Decimal(10 + n) + Decimal("0.25")
            log(session, me.id, anna.id, at(3 + n), f"{sign}{amount}", meaning)
            expected += amount if meaning == "sale" else -amount
    export_csv(
        session,
        ExportOptions("money", delimiter=";", decimal_comma=True),
        tmp_path / "money.csv",
    )
    nets = [Decimal(r["net"].replace(",", ".")) for r in rows(tmp_path / "money.csv", ";")]
    assert len(nets) == 8
    assert sum(nets) == expected == Decimal("-53.00")  # 2 × 10.25 − 2 × (11.25 + 12.25 + 13.25)
    assert money.net(-4510, "sale") == 4510 and money.net(4510, "goodwill") == -4510


def test_existing_amounts_are_normalised_by_the_migration(paths):
    """Rows typed either way before 0006: unsigned afterwards, meanings filled in."""
    paths.data_dir.mkdir(parents=True)
    engine = create_engine(paths.url)
    with engine.begin() as con:
        command.upgrade(migrate.alembic_config(con), "0003")
        con.execute(
            text(
                "INSERT INTO customers (id, name, company, email, phone, email_norm, phone_norm,"
                " tags, notes, consent, archived, created_at, updated_at)"
                " VALUES (1, 'Anna', '', '', '', '', '', '', '', 1, 0,"
                " '2026-01-01 09:00:00.000000', '2026-01-01 09:00:00.000000')"
            )
        )
        for ident, minor, meaning in [
            (1, 4500, "refund"),  # typed "45"
            (2, -4500, "refund"),  # typed "-45"
            (3, 9990, "sale"),
            (4, -1000, None),  # no meaning: a negative one was money going back
            (5, 700, None),
            (6, None, None),
        ]:
            con.execute(
                text(
                    "INSERT INTO interactions (id, occurred_at, customer_id, channel, kind,"
                    " summary, details, sentiment, amount_minor, currency, amount_kind,"
                    " created_at) VALUES (:i, '2026-01-02 10:00:00.000000', 1, 'phone',"
                    " 'purchase', 's', '', 'neutral', :m, :c, :k, '2026-01-02 10:00:00.000000')"
                ),
                {"i": ident, "m": minor, "k": meaning, "c": "EUR" if minor else None},
            )
    engine.dispose()
    db = open_database(paths)
    try:
        with db.session() as s:
            found = s.execute(
                select(Interaction.amount_minor, Interaction.amount_kind).order_by(Interaction.id)
            ).all()
    finally:
        db.dispose()
    assert [tuple(r) for r in found] == [
        (4500, "refund"),
        (4500, "refund"),
        (9990, "sale"),
        (1000, "refund"),
        (700, "sale"),
        (None, None),
    ]


# ------------------------------------------------------------------ promises with money


@pytest.fixture
def promise(session, me):
    anna = add_customer(session, CustomerData("Anna"), me.id)
    made = log(session, me.id, anna.id, at(2), kind="complaint", summary="Charged twice")
    p = add_promise(
        session, anna.id, PromiseData("Refund by Friday", date(2026, 2, 6)), me.id, at(2)
    )
    return anna, made, p


def test_a_kept_promise_records_its_refund_and_it_reaches_the_money_export(
    session, me, berlin, tmp_path, promise
):
    anna, _made, p = promise
    close_promise(
        session, p.id, "kept", "Refunded to the card", at(5, 15), "49.90", "eur", "refund"
    )
    with session.begin():
        stored = session.get(Promise, p.id)
        assert (stored.amount_minor, stored.currency, stored.amount_kind) == (4990, "EUR", "refund")
    export_csv(session, ExportOptions("money"), tmp_path / "money.csv")
    [row] = rows(tmp_path / "money.csv")
    assert row == {
        "reference": f"PRM-{p.id:06d}",
        "date": "2026-02-05",  # the day it was kept, local time
        "time": "16:00",
        "customer_ref": f"CUS-{anna.id:06d}",
        "net": "-49.90",
        "currency": "EUR",
        "amount_type": "refund",
        "amount": "49.90",
        "kind": "promise",
        "staff": "Alex Owner",  # the promise's owner
    }
    # the date range is the day it was closed; the staff filter its owner
    feb = ExportOptions("money", date(2026, 2, 5), date(2026, 2, 5))
    assert export_csv(session, feb, tmp_path / "day.csv") == 1
    before = ExportOptions("money", date(2026, 2, 1), date(2026, 2, 4))
    assert export_csv(session, before, tmp_path / "before.csv") == 0
    sam = add_staff(session, "Sam")
    assert export_csv(session, ExportOptions("money", staff_id=sam.id), tmp_path / "s.csv") == 0
    # reopened (marked kept by mistake): the money leaves the ledger with the closing
    reopen_promise(session, p.id)
    assert export_csv(session, ExportOptions("money"), tmp_path / "money.csv") == 0


def test_a_promise_amount_is_checked_like_an_interaction_amount(session, me, promise):
    _anna, _made, p = promise
    with pytest.raises(ValidationError) as caught:
        close_promise(session, p.id, "kept", "done", at(5), "4.999", "EUR", "refund")
    assert caught.value.errors == {"amount": "EUR amounts have at most 2 decimal places."}
    with pytest.raises(ValidationError) as caught:
        close_promise(session, p.id, "kept", "done", at(5), "5", "XYZ", "refund")
    assert caught.value.errors == {"currency": "“XYZ” is not a currency code such as EUR or USD."}
    with pytest.raises(ValidationError) as caught:
        close_promise(session, p.id, "kept", "done", at(5), "5", "EUR", None)
    assert "amount_kind" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        close_promise(session, p.id, "cancelled", "", at(5), "5", "EUR", "refund")
    assert "amount" in caught.value.errors
    with session.begin():
        assert session.get(Promise, p.id).status == "open"  # nothing was saved
    close_promise(session, p.id, "kept", "Called back", at(5))  # no money: none recorded
    with session.begin():
        stored = session.get(Promise, p.id)
        assert (stored.status, stored.amount_minor, stored.currency) == ("kept", None, None)


# ------------------------------------------------------------------ erase keeps the ledger


def live_bytes(paths) -> bytes:
    wal = paths.db_path.with_name(paths.db_path.name + "-wal")
    return paths.db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def ledger(db, session, me, berlin):
    """Two customers with sales, refunds and a refunded promise in February."""
    zed = add_customer(
        session,
        CustomerData(
            f"{MARKER} Zed",
            company=f"{MARKER} GmbH",
            email="zed@example.com",
            phone="030 1234567",
            tags=["vip"],
            notes=f"notes {MARKER}",
        ),
        me.id,
    )
    anna = add_customer(session, CustomerData("Anna"), me.id)
    log(session, me.id, anna.id, at(1), "10.00", "sale")
    log(session, me.id, zed.id, at(3), "120.00", "sale", summary=f"Bike for {MARKER}")
    log(
        session,
        me.id,
        zed.id,
        at(4),
        "20",
        "goodwill",
        kind="complaint",
        summary=f"Scratched frame {MARKER}",
        details=f"details {MARKER}",
        sentiment="negative",
    )
    log(session, me.id, zed.id, at(5), summary=f"Asked about {MARKER}", kind="inquiry")
    p = add_promise(
        session, zed.id, PromiseData(f"Refund {MARKER}", date(2026, 2, 9)), me.id, at(5)
    )
    close_promise(session, p.id, "kept", f"Refunded {MARKER}", at(8), "15.50", "EUR", "refund")
    add_promise(session, zed.id, PromiseData(f"Call {MARKER}", date(2026, 2, 20)), me.id, at(5))
    log(session, me.id, anna.id, at(10), "5", "refund", kind="return")
    return {"zed": zed, "anna": anna, "promise": p}


def test_erasing_keeps_an_identical_anonymised_money_ledger(db, paths, session, ledger, tmp_path):
    """Seen: erasing a customer removed their sales from already-closed months."""
    february = ExportOptions("money", date(2026, 2, 1), date(2026, 2, 28))
    export_csv(session, february, tmp_path / "before.csv")
    export_csv(session, ExportOptions("money"), tmp_path / "all-before.csv")
    before = rows(tmp_path / "before.csv")
    assert len(before) == 5
    assert sum(Decimal(r["net"]) for r in before) == Decimal("120.00") - 20 - Decimal("15.50") + 5
    assert MARKER.encode() in live_bytes(paths)
    zed = ledger["zed"].id
    session.close()

    result = privacy.erase_customer(db, zed)

    assert result.kept == {"interactions": 2, "promises": 1}
    assert result.deleted["interactions"] == 1 and result.deleted["promises"] == 1
    assert "3 money records" in result.message() and "kept" in result.message()
    # the month's money file is the same, byte for byte
    export_csv(session, february, tmp_path / "after.csv")
    export_csv(session, ExportOptions("money"), tmp_path / "all-after.csv")
    assert (tmp_path / "after.csv").read_bytes() == (tmp_path / "before.csv").read_bytes()
    assert (tmp_path / "all-after.csv").read_bytes() == (tmp_path / "all-before.csv").read_bytes()
    # and nothing personal is left in the live files
    assert MARKER.encode() not in live_bytes(paths)
    assert b"zed@example.com" not in live_bytes(paths)
    with session.begin():
        tomb = session.get(Customer, zed)
        assert (tomb.name, tomb.company, tomb.email, tomb.phone, tomb.tags, tomb.notes) == (
            privacy.ERASED_NAME,
            "",
            "",
            "",
            "",
            "",
        )
        assert tomb.archived and tomb.erased_at is not None
        kept = session.scalars(select(Interaction).where(Interaction.customer_id == zed)).all()
        assert [(i.summary, i.details, i.sentiment) for i in kept] == [("", "", "neutral")] * 2
    # hidden everywhere a person looks for customers
    assert [c.name for c in customers.search_customers(session, "", include_archived=True)] == [
        "Anna"
    ]
    export_csv(session, ExportOptions("customers"), tmp_path / "customers.csv")
    assert [r["name"] for r in rows(tmp_path / "customers.csv")] == ["Anna"]
    with pytest.raises(privacy.CustomerNotFoundError, match="was erased"):
        privacy.customer_record(session, zed)
    with pytest.raises(privacy.CustomerNotFoundError, match="was erased"):
        privacy.erase_customer(db, zed)


def test_erasing_a_customer_without_money_removes_them_entirely(db, session, me, tmp_path):
    bob = add_customer(session, CustomerData("Bob"), me.id)
    log(session, me.id, bob.id, at(3), kind="inquiry")
    session.close()
    result = privacy.erase_customer(db, bob.id)
    assert result.kept == {"interactions": 0, "promises": 0}
    assert "money record" not in result.message()
    with session.begin():
        assert session.get(Customer, bob.id) is None


def test_the_erase_prompt_says_which_money_rows_stay(db, session, ledger):
    record = privacy.customer_record(session, ledger["zed"].id)
    assert privacy.money_rows_kept(record) == 3
    sentence = privacy.money_kept_sentence(3)
    assert "3 money records" in sentence and "bookkeeping" in sentence
    assert privacy.money_kept_sentence(0) == ""
