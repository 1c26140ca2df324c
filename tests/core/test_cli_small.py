"""Small command-line promises: --demo everywhere, quiet pipes, export references, URL errors."""

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from cxlogger.__main__ import main
from cxlogger.core.models import Customer
from cxlogger.core.records import customers as customers_svc
from cxlogger.core.records.customers import CustomerData
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.references import Reference, parse_reference
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths
from cxlogger.core.timeutil import utcnow
from tests.conftest import NOW

# ------------------------------------------------------------------ --demo for every command


@pytest.fixture
def real(tmp_path):
    """A real database with one customer who has a purchase to thank for, due now."""
    paths = AppPaths(tmp_path / "data")
    db = open_database(paths)
    when = utcnow() - timedelta(hours=3)  # `due` runs on the real clock
    with db.session() as s:
        data = InteractionData(
            None,
            when,
            "in_person",
            "purchase",
            "Bought a real bike",
            new_customer=CustomerData("Real Person"),
        )
        log_interaction(s, data, None, when)
    db.dispose()
    return paths


def customer_count(paths) -> int:
    db = open_database(paths)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(Customer))
    finally:
        db.dispose()


def test_demo_due_reads_the_demo_data_not_the_real_data(real, capsys):
    args = ["--data-dir", str(real.data_dir)]
    assert main(args + ["due", "--json"]) == 0
    mine = json.loads(capsys.readouterr().out)
    assert {item["customer"] for item in mine["due"] + mine["upcoming"]} == {"Real Person"}

    before = real.db_path.read_bytes()
    assert main(args + ["--demo", "due", "--json"]) == 0
    demo = json.loads(capsys.readouterr().out)
    names = {item["customer"] for item in demo["due"] + demo["upcoming"]}
    assert names and "Real Person" not in names  # the demo's customers, made on first use
    assert real.demo().db_path.exists()
    assert real.db_path.read_bytes() == before


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "customers", "-o", "{out}", "--as", "Alex Owner"],  # the demo's owner
        ["customer-export", "CUS-000001", "-o", "{out}"],
        ["backup"],
    ],
    ids=lambda a: a[0],
)
def test_other_commands_use_the_demo_database_too(real, tmp_path, argv, capsys):
    out = tmp_path / "out"
    argv = [a.replace("{out}", str(out / "c.csv" if argv[0] == "export" else out)) for a in argv]
    if argv[0] == "export":
        out.mkdir()
    assert main(["--data-dir", str(real.data_dir), "--demo", *argv]) == 0
    printed = capsys.readouterr().out
    if argv[0] == "export":
        text = (out / "c.csv").read_text(encoding="utf-8-sig")
        assert "Real Person" not in text and text.count("\n") > 10
    elif argv[0] == "customer-export":
        (folder,) = out.iterdir()
        record = json.loads((folder / "customer.json").read_text())
        assert record["customer"]["name"] != "Real Person"
    else:
        assert str(real.demo().backup_dir) in printed
        assert not real.backup_dir.exists()
    assert customer_count(real) == 1


# ------------------------------------------------------------------ cxlogger due | head


def test_output_into_a_closed_pipe_ends_quietly(real, tmp_path):
    """`cxlogger due | head -1`: the reader is gone before cxlogger writes (pipe closed)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # like head that has read all it wanted
    try:
        result = subprocess.run(
            [sys.executable, "-m", "cxlogger", "--data-dir", str(real.data_dir), "due", "--week"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert result.stderr == ""  # no traceback, no "Exception ignored … BrokenPipeError"
    assert result.returncode == 1


# ------------------------------------------------------------------ references as exports show them


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("47", Reference(47)),
        ("#47", Reference(47)),
        (" CUS-000047 ", Reference(47, "customer")),
        ("cus-47", Reference(47, "customer")),
        ("CUS000047", Reference(47, "customer")),
        ("INT-000123", Reference(123, "interaction")),
        ("PRM-000002", Reference(2, "promise")),
        ("FBK-000009", Reference(9, "feedback")),
    ],
)
def test_references_are_read_as_exports_write_them(text, expected):
    assert parse_reference(text) == expected
    assert expected.text() in ("CUS-000047", "INT-000123", "PRM-000002", "FBK-000009")


@pytest.mark.parametrize("text", ["", "Anna", "XYZ-000001", "CUS-", "0", "-4", "4.5"])
def test_other_text_is_refused_with_a_sentence(text):
    with pytest.raises(ValueError, match=r"(reference|numbers start at 1)"):
        parse_reference(text)


def two_customers(paths):
    db = open_database(paths)
    with db.session() as s:
        customers_svc.add_customer(s, CustomerData("Keep Me"), None, NOW)
        anna = customers_svc.add_customer(s, CustomerData("Anna Export"), None, NOW)
    with db.session() as s:
        data = InteractionData(anna.id, NOW, "phone", "inquiry", "Asked about a bell")
        interaction = log_interaction(s, data, None, NOW)
    db.dispose()
    return anna.id, interaction.id


def names(paths) -> list[str]:
    db = open_database(paths)
    try:
        with db.session() as s:
            return sorted(s.scalars(select(Customer.name)))
    finally:
        db.dispose()


def test_customer_export_and_erase_take_references(tmp_path, capsys, monkeypatch):
    paths = AppPaths(tmp_path / "data")
    anna, interaction = two_customers(paths)
    args = ["--data-dir", str(paths.data_dir)]
    ref = f"CUS-{anna:06d}"

    assert main(args + ["customer-export", ref, "-o", str(tmp_path / "a")]) == 0
    assert f"Exported customer {ref} to" in capsys.readouterr().out
    # an interaction's reference (from an interactions export) finds its customer
    assert (
        main(args + ["customer-export", f"INT-{interaction:06d}", "-o", str(tmp_path / "b")]) == 0
    )
    (folder,) = (tmp_path / "b").iterdir()
    assert json.loads((folder / "customer.json").read_text())["customer"]["name"] == "Anna Export"

    # erasing by an interaction's reference is refused, naming the customer's reference
    assert main(args + ["erase-customer", f"INT-{interaction:06d}", "--yes"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"cxlogger: INT-{interaction:06d} is an interaction, not a customer; it belongs to "
        f"customer {ref}. Give that reference if you mean this customer."
    )
    assert names(paths) == ["Anna Export", "Keep Me"]

    monkeypatch.setattr("builtins.input", lambda prompt: ref)  # confirming with the reference
    assert main(args + ["erase-customer", ref]) == 0
    assert f"(customer {ref})" in capsys.readouterr().out
    assert names(paths) == ["Keep Me"]


def test_a_mistyped_reference_is_one_sentence(tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "d"), "customer-export", "XYZ-000001"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "“XYZ-000001” is not a reference cxlogger writes; they start with CUS-" in err
    assert "Traceback" not in err
    assert main(["--data-dir", str(tmp_path / "d"), "customer-export", "INT-000005"]) == 2
    assert capsys.readouterr().err.strip() == (
        "cxlogger: There is no interaction INT-000005; check the reference."
    )


# ------------------------------------------------------------------ a bad --database-url


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://bob:s3cret-pw@127.0.0.1:1/shop",  # nothing listens on port 1
        "postgresql://bob:s3cret-pw@localhost:notaport/shop",
        "mysql://bob:s3cret-pw@localhost/shop",
        "nonsense://bob:s3cret-pw@x",
    ],
)
def test_a_bad_database_url_is_one_sentence_without_the_password(tmp_path, url):
    result = subprocess.run(
        [sys.executable, "-m", "cxlogger", "--database-url", url, "due"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert "Traceback" not in message and "s3cret-pw" not in message
    assert message.startswith("cxlogger: cxlogger c")
    assert message.endswith(".")


def test_the_password_is_hidden_inside_the_drivers_words_too():
    from cxlogger.core.storage.db import hide_password

    url = "postgresql://bob:s3cret-pw@db.example.com/shop"
    assert hide_password("auth failed (password s3cret-pw)", url) == "auth failed (password ***)"
    # a short password hides only where it stands alone, not inside other words
    assert hide_password("server closed the connection", "postgresql://bob:e@h/d") == (
        "server closed the connection"
    )
    assert hide_password("cannot parse bob:e@h", "nonsense://bob:e@h") == "cannot parse bob:***@h"
