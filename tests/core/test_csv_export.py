import csv
import io
import os
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from cxlogger.core.errors import UserError
from cxlogger.core.exchange.csv_export import (
    COLUMNS,
    DATASETS,
    ExportOptions,
    _amount_text,
    _local_stamps,
    count_rows,
    export_csv,
    period_range,
)
from cxlogger.core.exchange.csv_safety import Cancelled, neutralise
from cxlogger.core.models import Customer, Feedback, Interaction
from cxlogger.core.records import money
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData, add_promise
from cxlogger.core.records.staff import add_staff

BERLIN = "Europe/Berlin"


@pytest.fixture(autouse=True, params=["sql", "python"])
def formatting(request, monkeypatch):
    """Every test runs with SQLite doing the formatting, and with the portable Python path."""
    import cxlogger.core.exchange.csv_export as mod

    monkeypatch.setattr(mod, "SQL_FORMATTING", request.param == "sql")
    return request.param


@pytest.fixture
def berlin(monkeypatch):
    """Local time is Berlin (UTC+1 in winter, +2 in summer), so local != UTC."""
    monkeypatch.setenv("TZ", BERLIN)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def local(y, mo, d, h=0, mi=0):
    """An aware datetime at a local wall-clock time."""
    return datetime(y, mo, d, h, mi).astimezone()


def read(path, delimiter=","):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM by default"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def log(
    session,
    staff_id,
    customer_id,
    when,
    summary="Bought cake",
    amount="",
    kind="purchase",
    amount_kind=None,
    currency="EUR",
    details="",
):
    return log_interaction(
        session,
        InteractionData(
            customer_id,
            when,
            "in_person",
            kind,
            summary,
            details=details,
            amount=amount,
            currency=currency,
            amount_kind=amount_kind,
        ),
        staff_id,
        now=datetime(2026, 3, 11, 10, tzinfo=timezone.utc),
    )


@pytest.fixture
def shop(session, me, berlin):
    """Two customers, three interactions (two with money), a promise and a feedback."""
    sam = add_staff(session, "Sam Front Desk")
    anna = add_customer(
        session,
        CustomerData(
            "Anna Schmidt",
            company="Bäckerei Sonne",
            email="anna@example.com",
            phone="0301234567",
            tags=["vip"],
            consent="yes",
        ),
        me.id,
    )
    evil = add_customer(session, CustomerData("=cmd|' /C calc'!A0", phone="+49 30 555"), sam.id)
    i1 = log(
        session,
        me.id,
        anna.id,
        local(2026, 2, 3, 9, 30),
        "Bought the anniversary cake",
        amount="42.50",
        amount_kind="sale",
    )
    i2 = log(
        session,
        sam.id,
        evil.id,
        local(2026, 2, 4, 16, 5),
        "-1+1",
        amount="-12.50",
        kind="return",
        amount_kind="refund",
        details="@SUM(1)",
    )
    i3 = log(
        session,
        me.id,
        anna.id,
        local(2026, 2, 5, 11, 0),
        "Asked about opening hours",
        kind="inquiry",
    )
    add_promise(
        session,
        anna.id,
        PromiseData("Call back", date(2026, 2, 10)),
        me.id,
        now=datetime(2026, 2, 3, 9, tzinfo=timezone.utc),
    )
    with session.begin():
        session.add(
            Feedback(
                customer_id=anna.id,
                interaction_id=i1.id,
                scale="csat",
                rating=5,
                comment="+1 great",
                action_taken="",
                received_at=local(2026, 2, 6, 12),
                created_at=local(2026, 2, 6, 12),
                created_by_id=me.id,
            )
        )
    return {"me": me, "sam": sam, "anna": anna, "evil": evil, "i": [i1, i2, i3]}


def test_money_export_expected_output(session, shop, tmp_path):
    target = tmp_path / "money.csv"
    assert export_csv(session, ExportOptions("money"), target) == 2
    i1, i2, _ = shop["i"]
    a, e = shop["anna"].id, shop["evil"].id
    assert read(target) == [
        list(COLUMNS["money"]),
        [
            f"INT-{i1.id:06d}",
            "2026-02-03",
            "09:30",
            f"CUS-{a:06d}",
            "42.50",
            "EUR",
            "sale",
            "42.50",
            "purchase",
            "Alex Owner",
        ],
        [
            f"INT-{i2.id:06d}",
            "2026-02-04",
            "16:05",
            f"CUS-{e:06d}",
            "-12.50",
            "EUR",
            "refund",
            "12.50",
            "return",
            "Sam Front Desk",
        ],
    ]


def test_interactions_export_expected_output(session, shop, tmp_path):
    target = tmp_path / "interactions.csv"
    assert export_csv(session, ExportOptions("interactions"), target) == 3
    rows = read(target)
    assert rows[0] == list(COLUMNS["interactions"])
    i1, i2, i3 = shop["i"]
    a = shop["anna"].id
    assert rows[1] == [
        f"INT-{i1.id:06d}",
        "2026-02-03",
        "09:30",
        f"CUS-{a:06d}",
        "Anna Schmidt",
        "Bäckerei Sonne",
        "in_person",
        "purchase",
        "Bought the anniversary cake",
        "",
        "neutral",
        "Alex Owner",
        "42.50",
        "EUR",
        "sale",
        "",
        "42.50",
    ]
    assert rows[2][8:10] == ["'-1+1", "'@SUM(1)"]
    assert rows[2][12:15] == ["12.50", "EUR", "refund"]  # the amount, and what it was
    assert rows[2][16] == "-12.50"  # its net effect
    assert rows[3][7:9] == ["inquiry", "Asked about opening hours"]
    assert rows[3][12:17] == ["", "", "", "", ""]


def test_promises_feedback_customers_expected_output(session, shop, tmp_path):
    a, e = shop["anna"].id, shop["evil"].id
    export_csv(session, ExportOptions("promises"), tmp_path / "p.csv")
    rows = read(tmp_path / "p.csv")
    assert rows[0] == list(COLUMNS["promises"])
    assert rows[1][1:8] == [
        "2026-02-10",
        "",
        f"CUS-{a:06d}",
        "Anna Schmidt",
        "Call back",
        "open",
        "Alex Owner",
    ]
    export_csv(session, ExportOptions("feedback"), tmp_path / "f.csv")
    rows = read(tmp_path / "f.csv")
    assert rows[0] == list(COLUMNS["feedback"])
    assert rows[1][1:7] == ["2026-02-06", f"CUS-{a:06d}", "Anna Schmidt", "csat", "5", "'+1 great"]
    assert rows[1][10:] == [f"INT-{shop['i'][0].id:06d}", "Alex Owner"]
    export_csv(session, ExportOptions("customers"), tmp_path / "c.csv")
    rows = read(tmp_path / "c.csv")
    assert rows[0] == list(COLUMNS["customers"])
    # sorted by name: "=cmd…" sorts before "Anna"
    assert rows[1][:5] == [f"CUS-{e:06d}", "'=cmd|' /C calc'!A0", "", "", "'+49 30 555"]
    assert rows[2][:9] == [
        f"CUS-{a:06d}",
        "Anna Schmidt",
        "Bäckerei Sonne",
        "anna@example.com",
        "'0301234567",
        "",
        "vip",
        "",
        "yes",
    ]


@pytest.mark.parametrize(
    "text",
    ["=cmd|' /C calc'!A0", "+1", "-1+1", "@SUM(1)", "\tnext", "\rreturn", "=1+1\n=2"],
)
def test_injection_cases_are_neutralised_and_read_back(session, me, berlin, tmp_path, text):
    customer = add_customer(session, CustomerData("Plain Name"), me.id)
    logged = log(
        session,
        me.id,
        customer.id,
        local(2026, 2, 3, 9),
        summary="Neutral",
        amount="-12.50",
        kind="return",
        amount_kind="refund",
    )
    # stored as is (the log dialog strips whitespace, so write the cells directly)
    with session.begin():
        session.execute(
            update(Interaction)
            .where(Interaction.id == logged.id)
            .values(summary=text, details=text)
        )
        session.execute(
            update(Customer).where(Customer.id == customer.id).values(name=text, company=text)
        )
    target = tmp_path / "out.csv"
    export_csv(session, ExportOptions("interactions"), target)
    row = read(target)[1]
    assert row[4] == row[5] == row[8] == row[9] == "'" + text
    assert (row[12], row[16]) == ("12.50", "-12.50")  # a real number is not touched
    export_csv(session, ExportOptions("money"), target)
    row = read(target)[1]
    assert (row[4], row[7]) == ("-12.50", "12.50")


def test_every_cell_reads_back_the_same_apart_from_the_quote(session, me, berlin, tmp_path):
    tricky = 'He said "hi", then; left\nnext line — ünïcödé ☕'
    customer = add_customer(session, CustomerData('Zoë, "Z" O\'Brien', notes=tricky), me.id)
    log(
        session,
        me.id,
        customer.id,
        local(2026, 2, 3, 9),
        summary=tricky.splitlines()[0],
        details=tricky,
    )
    for delimiter in (",", ";", "\t"):
        target = tmp_path / "out.csv"
        export_csv(session, ExportOptions("interactions", delimiter=delimiter), target)
        row = read(target, delimiter)[1]
        assert row[4] == 'Zoë, "Z" O\'Brien'
        assert row[8] == tricky.splitlines()[0]
        assert row[9] == tricky
        export_csv(session, ExportOptions("customers", delimiter=delimiter), target)
        assert read(target, delimiter)[1][7] == tricky


def test_semicolon_with_decimal_comma_and_no_bom(session, shop, tmp_path):
    target = tmp_path / "money.csv"
    export_csv(
        session, ExportOptions("money", delimiter=";", decimal_comma=True, bom=False), target
    )
    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), delimiter=";"))
    assert [(r[4], r[7]) for r in rows[1:]] == [("42,50", "42,50"), ("-12,50", "12,50")]
    with pytest.raises(UserError):
        export_csv(session, ExportOptions("money", decimal_comma=True), target)


def test_date_range_boundaries_are_local_days(session, me, berlin, tmp_path):
    customer = add_customer(session, CustomerData("Anna"), me.id)
    inside_first = log(session, me.id, customer.id, local(2026, 1, 1, 0, 0), "first minute")
    inside_last = log(session, me.id, customer.id, local(2026, 1, 31, 23, 59), "last minute")
    log(session, me.id, customer.id, local(2026, 2, 1, 0, 0), "next day")
    log(session, me.id, customer.id, local(2025, 12, 31, 23, 59), "day before")
    target = tmp_path / "jan.csv"
    options = ExportOptions("interactions", date(2026, 1, 1), date(2026, 1, 31))
    assert export_csv(session, options, target) == 2
    rows = read(target)[1:]
    assert [r[0] for r in rows] == [f"INT-{inside_first.id:06d}", f"INT-{inside_last.id:06d}"]
    assert [(r[1], r[2]) for r in rows] == [("2026-01-01", "00:00"), ("2026-01-31", "23:59")]
    # in UTC the 23:59 interaction is 22:59 and the first one the day before
    assert inside_first.occurred_at.date() == date(2025, 12, 31)


def test_staff_filter(session, shop, tmp_path):
    target = tmp_path / "sam.csv"
    assert export_csv(session, ExportOptions("interactions", staff_id=shop["sam"].id), target) == 1
    assert read(target)[1][11] == "Sam Front Desk"
    assert count_rows(session, ExportOptions("customers", staff_id=shop["me"].id)) == 1


def test_cancel_leaves_no_file_and_keeps_the_old_one(session, shop, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "money.csv"
    with pytest.raises(Cancelled):
        export_csv(session, ExportOptions("money"), target, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    target.write_text("the good old export")
    calls = []

    def cancel_after_first_chunk():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        export_csv(
            session,
            ExportOptions("interactions"),
            target,
            chunk=1,
            cancelled=cancel_after_first_chunk,
        )
    assert target.read_text() == "the good old export"
    assert [p.name for p in tmp_path.iterdir()] == ["money.csv"]


def test_failure_while_writing_leaves_no_partial_file(session, shop, tmp_path, monkeypatch):
    import cxlogger.core.exchange.csv_export as mod

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    real = mod.iter_rows

    def broken_after_first_chunk(*args, **kwargs):
        for rows in real(*args, **kwargs):
            yield rows
            broken()

    monkeypatch.setattr(mod, "iter_rows", broken_after_first_chunk)
    with pytest.raises(RuntimeError):
        export_csv(session, ExportOptions("money"), tmp_path / "money.csv")
    assert list(tmp_path.iterdir()) == []


def test_progress_reports_total_and_streams_in_chunks(session, shop, tmp_path):
    seen = []
    export_csv(
        session,
        ExportOptions("interactions"),
        tmp_path / "x.csv",
        progress=lambda done, total: seen.append((done, total)),
        chunk=2,
    )
    assert seen == [(0, 3), (2, 3), (3, 3)]


def test_unwritable_folder_is_a_user_error(session, shop, tmp_path):
    with pytest.raises(UserError, match="could not write"):
        export_csv(session, ExportOptions("money"), tmp_path / "missing" / "money.csv")


def test_every_dataset_has_documented_columns():
    doc = open(
        os.path.join(os.path.dirname(__file__), "..", "..", "docs", "csv-columns.md"),
        encoding="utf-8",
    ).read()
    for dataset in DATASETS:
        assert f"## {dataset}" in doc
        for column in COLUMNS[dataset]:
            assert f"`{column}`" in doc, (dataset, column)


@pytest.mark.parametrize(
    "name,first,last",
    [
        ("this_month", date(2026, 3, 1), date(2026, 3, 31)),
        ("last_month", date(2026, 2, 1), date(2026, 2, 28)),
        ("this_quarter", date(2026, 1, 1), date(2026, 3, 31)),
        ("last_quarter", date(2025, 10, 1), date(2025, 12, 31)),
        ("this_year", date(2026, 1, 1), date(2026, 12, 31)),
        ("last_year", date(2025, 1, 1), date(2025, 12, 31)),
    ],
)
def test_periods(name, first, last):
    assert period_range(name, date(2026, 3, 11)) == (first, last)


def test_last_month_in_january_and_quarter_edges():
    assert period_range("last_month", date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_range("this_quarter", date(2026, 12, 31)) == (
        date(2026, 10, 1),
        date(2026, 12, 31),
    )
    assert period_range("last_quarter", date(2026, 4, 1)) == (date(2026, 1, 1), date(2026, 3, 31))


@given(st.integers(-(10**14), 10**14), st.sampled_from(["EUR", "JPY", "KWD", "USD", "CHF"]))
def test_amount_text_matches_money_plain(minor, currency):
    assert _amount_text(minor, currency, False) == money.plain(minor, currency)


@pytest.mark.parametrize(
    "tz", ["Europe/Berlin", "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe", "UTC"]
)
def test_fast_local_times_match_astimezone_across_dst(monkeypatch, tz):
    monkeypatch.setenv("TZ", tz)
    time.tzset()
    try:
        _hours, stamp = _local_stamps()
        start = datetime(2026, 3, 28, tzinfo=timezone.utc)
        for minutes in range(0, 60 * 24 * 10, 7):  # ten days around spring DST, every 7 min
            moment = start + timedelta(minutes=minutes)
            raw = moment.replace(tzinfo=None).isoformat(" ", "microseconds")
            expected = moment.astimezone()
            assert stamp(raw) == (expected.strftime("%Y-%m-%d"), expected.strftime("%H:%M"))
    finally:
        monkeypatch.undo()
        time.tzset()


def test_neutralise_leaves_ordinary_text_alone():
    assert neutralise("Anna") == "Anna"
    assert neutralise("") == ""
    assert neutralise("a=b") == "a=b"
    assert neutralise("-5") == "'-5"


@pytest.mark.parametrize("tz", ["Europe/Berlin", "America/St_Johns", "Asia/Kolkata"])
def test_sql_and_python_formatting_write_the_same_file(session, me, tmp_path, monkeypatch, tz):
    import cxlogger.core.exchange.csv_export as mod

    monkeypatch.setenv("TZ", tz)
    time.tzset()
    try:
        customer = add_customer(session, CustomerData("Anna"), me.id)
        start = datetime(2025, 3, 29, 20, tzinfo=timezone.utc)  # Europe changes clocks on 30th
        amounts = {
            "EUR": ["12.50", "-0.05", "1000000.00", "0", "-99999.99"],
            "JPY": ["1200", "-5", "0"],
            "KWD": ["1.005", "-0.001", "-12.5"],
        }
        for n in range(0, 60 * 30, 37):  # 30 hours, every 37 minutes
            currency = ["EUR", "JPY", "KWD"][n % 3]
            log(
                session,
                me.id,
                customer.id,
                start + timedelta(minutes=n),
                f"n{n}",
                amount=amounts[currency][n % len(amounts[currency])],
                amount_kind="sale",
                currency=currency,
            )
        files = {}
        for flag in (True, False):
            monkeypatch.setattr(mod, "SQL_FORMATTING", flag)
            for dataset in ("interactions", "money"):
                target = tmp_path / f"{dataset}-{flag}.csv"
                export_csv(
                    session, ExportOptions(dataset, delimiter=";", decimal_comma=flag), target
                )
                files[dataset, flag] = target.read_text(encoding="utf-8-sig")
        for dataset in ("interactions", "money"):
            sql = files[dataset, True].replace(",", ".")
            python = files[dataset, False].replace(",", ".")
            assert sql == python
            assert len(sql.splitlines()) == 1 + len(range(0, 60 * 30, 37))
    finally:
        monkeypatch.undo()
        time.tzset()
