"""`cxlogger report` prints the Reports view's figures as text, JSON or CSV."""

from __future__ import annotations

import io
import json

import pytest

from cxlogger import cli
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.staff import add_staff
from tests.conftest import NOW
from tests.helpers import local_timezone
from tests.imports_helper import loaded_modules


@pytest.fixture
def utc():
    with local_timezone("UTC"):
        yield


def run(paths, *argv):
    args = cli.build_parser().parse_args(["--data-dir", str(paths.data_dir), "report", *argv])
    out = io.StringIO()
    assert cli.COMMANDS["report"](args, paths, now=NOW, out=out) == 0
    return out.getvalue()


def sale(session, staff_id, customer_id, when, amount="120.00", kind="purchase"):
    data = InteractionData(
        customer_id=customer_id,
        occurred_at=when,
        channel="in_person",
        kind=kind,
        summary="Sold",
        amount=amount,
        currency="EUR",
        amount_kind="sale",
    )
    log_interaction(session, data, staff_id, when)


@pytest.fixture
def filled(utc, db, session, me, paths):
    from datetime import datetime, timezone

    anna = add_customer(session, CustomerData("Anna"), me.id, NOW)
    sam = add_staff(session, "=Sam", NOW)  # a name a spreadsheet would run
    sale(session, me.id, anna.id, datetime(2026, 2, 3, 10, tzinfo=timezone.utc))
    sale(session, sam.id, anna.id, datetime(2026, 2, 4, 10, tzinfo=timezone.utc), "30.50")
    sale(session, me.id, anna.id, datetime(2026, 1, 4, 10, tzinfo=timezone.utc), "10.00")
    session.close()
    return paths


def test_text_names_the_period_and_each_figure_with_its_change(filled):
    text = run(filled, "--period", "last-month")
    assert (
        "February 2026 (2026-02-01 to 2026-02-28), compared with 2026-01-01 to 2026-01-31" in text
    )
    line = next(row for row in text.splitlines() if row.strip().startswith("Interactions"))
    assert line.split()[1:] == ["2", "(+1", "vs", "1)"]
    assert "Net sales" in text and "150.50" in text


def test_json_has_every_block_and_the_staff_filter(filled):
    payload = json.loads(run(filled, "--period", "2026-02-01..2026-02-28", "--format", "json"))
    assert payload["period"] == {"first": "2026-02-01", "last": "2026-02-28"}
    assert [b["key"] for b in payload["blocks"]] == [
        "promises",
        "loop",
        "followups",
        "feedback",
        "activity",
        "money",
    ]
    money = {f["key"]: f["value"] for f in payload["blocks"][-1]["figures"]}
    assert money["net_EUR"] == 15050
    only = json.loads(run(filled, "--period", "last-month", "--format", "json", "--staff", "=sam"))
    assert only["staff"] == "=Sam"
    activity = {f["key"]: f["value"] for f in only["blocks"][4]["figures"]}
    assert activity["interactions"] == 1


def test_csv_tables_keep_numbers_and_neutralise_text(filled, tmp_path):
    target = tmp_path / "staff.csv"
    run(
        filled,
        "--period",
        "last-month",
        "--format",
        "csv",
        "--table",
        "by_staff",
        "-o",
        str(target),
    )
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the accents
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Staff,All,Inquiry,Purchase")
    assert "'=Sam,1,0,1,0,0,0,0,0,0" in lines  # the formula is text; the counts stay numbers
    figures = tmp_path / "figures.csv"
    run(filled, "--period", "last-month", "--format", "csv", "-o", str(figures))
    rows = figures.read_text(encoding="utf-8-sig").splitlines()
    assert "Money,Net sales,150.50,10.00,140.50,amount,EUR" in rows


def test_a_bad_period_or_staff_is_one_sentence(filled, capsys):
    assert (
        cli.run_command(cli.build_parser().parse_args(["report", "--period", "soon"]), filled) == 2
    )
    assert "is not a period" in capsys.readouterr().err
    args = cli.build_parser().parse_args(["report", "--staff", "Nobody"])
    assert cli.run_command(args, filled) == 2
    assert "no staff member called" in capsys.readouterr().err
    args = cli.build_parser().parse_args(["report", "--format", "pdf"])
    assert cli.run_command(args, filled) == 2
    assert "-o FILE.pdf" in capsys.readouterr().err


def test_report_loads_no_qt(tmp_path):
    data = tmp_path / "data"
    modules, stdout = loaded_modules(tmp_path, "--data-dir", str(data), "--demo", "report")
    assert "Promises" in stdout and "Money" in stdout
    assert not [m for m in modules if m.startswith(("PySide6", "shiboken6"))]
