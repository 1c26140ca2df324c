"""`cxlogger demo --no-gui` makes a separate demo database; `--help` lists the commands."""

import argparse
import hashlib

import pytest
from sqlalchemy import func, select

from cxlogger import cli
from cxlogger.__main__ import main
from cxlogger.core.models import Customer, Interaction, Promise, Staff
from cxlogger.core.records import customers as customers_svc
from cxlogger.core.records.customers import CustomerData
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths


def counts(paths: AppPaths) -> dict[str, int]:
    db = open_database(paths)
    try:
        with db.session() as s:
            return {
                model.__tablename__: s.scalar(select(func.count()).select_from(model))
                for model in (Staff, Customer, Interaction, Promise)
            }
    finally:
        db.dispose()


def test_demo_creates_a_separate_demo_database_and_no_real_one(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo", "--no-gui"]) == 0
    assert str(data / "demo") in capsys.readouterr().out
    demo = AppPaths(data / "demo")
    assert demo.db_path.exists()
    assert not AppPaths(data).db_path.exists()
    found = counts(demo)
    assert found["staff"] >= 1 and found["customers"] >= 10
    assert found["interactions"] >= 100 and found["promises"] >= 10


def test_demo_leaves_the_real_database_untouched(tmp_path):
    real = AppPaths(tmp_path / "data")
    db = open_database(real)
    with db.session() as s:
        customers_svc.add_customer(s, CustomerData("A real customer"), None)
    db.dispose()
    before = hashlib.sha256(real.db_path.read_bytes()).hexdigest()

    assert main(["--data-dir", str(real.data_dir), "demo", "--no-gui"]) == 0

    assert hashlib.sha256(real.db_path.read_bytes()).hexdigest() == before
    assert counts(real)["customers"] == 1
    assert counts(real.demo())["customers"] > 1


def test_running_demo_again_keeps_the_data_and_reset_starts_afresh(tmp_path):
    data = str(tmp_path / "data")
    demo = AppPaths(tmp_path / "data" / "demo")
    assert main(["--data-dir", data, "demo", "--no-gui"]) == 0
    first = counts(demo)
    db = open_database(demo)
    with db.session() as s:
        customers_svc.add_customer(s, CustomerData("Added while trying the demo"), None)
    db.dispose()

    assert main(["--data-dir", data, "demo", "--no-gui"]) == 0
    assert counts(demo)["customers"] == first["customers"] + 1  # not filled twice

    assert main(["--data-dir", data, "demo", "--no-gui", "--reset"]) == 0
    assert counts(demo) == first


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert {"demo", "gui"} <= set(commands)
    for name in commands:
        assert name in out
    assert "--data-dir" in out


def test_demo_help_explains_its_options(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["demo", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "--no-gui" in out and "--reset" in out
