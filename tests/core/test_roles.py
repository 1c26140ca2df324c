"""Who may do what (issue 12): owners and staff, from the core and from the command line."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from cxlogger.__main__ import main
from cxlogger.core.errors import ValidationError
from cxlogger.core.models import Customer, Staff
from cxlogger.core.records import roles
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.staff import add_staff
from cxlogger.core.storage import backup, local_config
from tests.conftest import NOW


@pytest.fixture
def sam(session, me):
    return add_staff(session, "Sam Front Desk", NOW)


def test_the_first_staff_member_is_the_owner_and_later_ones_are_staff(session, me, sam):
    assert (me.role, sam.role) == ("owner", "staff")


def test_staff_are_told_who_can_and_owners_may(session, me, sam):
    with session.begin():
        roles.require_owner(session, me.id, "erase")  # no error
        with pytest.raises(roles.NotAllowed) as caught:
            roles.require_owner(session, sam.id, "erase")
    assert str(caught.value) == (
        "Only an owner can erase a customer. Ask Alex Owner to do it, or to make you an "
        "owner (Staff…)."
    )
    with session.begin():
        with pytest.raises(roles.NotAllowed, match="Say who you are"):
            roles.require_owner(session, None, "restore")


def test_only_owners_change_roles_and_the_last_owner_stays_one(session, me, sam):
    with pytest.raises(roles.NotAllowed, match="manage staff"):
        roles.set_role(session, sam.id, "owner", sam.id, NOW)
    with pytest.raises(ValidationError, match="only owner"):
        roles.set_role(session, me.id, "staff", me.id, NOW)
    roles.set_role(session, sam.id, "owner", me.id, NOW)
    roles.set_role(session, me.id, "staff", sam.id, NOW)  # now Sam is an owner too
    with session.begin():
        stored = dict(session.execute(select(Staff.name, Staff.role)).all())
    assert stored == {"Alex Owner": "staff", "Sam Front Desk": "owner"}


def test_owner_only_runs_nothing_for_staff(session, me, sam):
    ran = []
    with pytest.raises(roles.NotAllowed):
        roles.owner_only(sam.id, "templates", lambda s: ran.append(1))(session)
    assert ran == []
    roles.owner_only(me.id, "templates", lambda s: ran.append(1))(session)
    assert ran == [1]


# --------------------------------------------------------------------------- command line


def test_cli_staff_cannot_erase_restore_or_export_and_an_owner_can(
    db, paths, session, me, sam, tmp_path, capsys
):
    anna = add_customer(session, CustomerData("Anna Berg"), me.id, NOW)
    info = backup.take_backup(paths, "manual")
    add_customer(session, CustomerData("Ben Later"), me.id, NOW)
    args = ["--data-dir", str(paths.data_dir)]
    db.dispose()

    # as Sam (--staff), then as this desktop's configured user (Sam too)
    assert main(args + ["erase-customer", str(anna.id), "--yes", "--staff", "Sam Front Desk"]) == 2
    assert "Only an owner can erase a customer. Ask Alex Owner" in capsys.readouterr().err
    local_config.update(paths.data_dir, staff_id=sam.id)
    assert main(args + ["erase-customer", str(anna.id), "--yes"]) == 2
    assert "Only an owner can erase a customer" in capsys.readouterr().err
    assert main(args + ["restore", str(info.path)]) == 2
    assert "Only an owner can restore a backup" in capsys.readouterr().err
    out = tmp_path / "all.csv"
    assert main(args + ["export", "customers", "-o", str(out)]) == 2
    assert "Only an owner can export everything" in capsys.readouterr().err
    assert not out.exists()
    with db.session() as s:  # nothing erased, nothing restored
        assert sorted(s.scalars(select(Customer.name))) == ["Anna Berg", "Ben Later"]

    # the owner may (named with --staff / --as, over the desktop's user)
    assert main(args + ["export", "customers", "-o", str(out), "--as", "Alex Owner"]) == 0
    assert "Anna Berg" in out.read_text(encoding="utf-8-sig")
    assert main(args + ["erase-customer", str(anna.id), "--yes", "--staff", "Alex Owner"]) == 0
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
    db.dispose()  # our pooled connections still see the file the restore replaced
    assert main(args + ["restore", str(info.path), "--staff", "Alex Owner"]) == 0
    with db.session() as s:
        assert s.scalars(select(Customer.name)).all() == ["Anna Berg"]


def test_cli_unknown_staff_name_is_a_sentence(db, paths, session, me, capsys):
    db.dispose()
    args = ["--data-dir", str(paths.data_dir)]
    assert main(args + ["erase-customer", "1", "--yes", "--staff", "Nobody"]) == 2
    assert "There is no staff member called Nobody" in capsys.readouterr().err


def test_upgrading_an_existing_database_makes_its_first_staff_member_the_owner(paths):
    """Migration 0016 on a database with staff: the first one (lowest id) is the owner,
    the others staff, and every row starts at version 1."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from cxlogger.core.storage import migrate

    paths.data_dir.mkdir(parents=True)
    engine = create_engine(paths.url)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "0012")
            connection.execute(
                text(
                    "INSERT INTO staff (id, name, active, created_at) VALUES "
                    "(3, 'Robin', 1, '2026-01-01 09:00:00'), (2, 'Bea', 1, '2026-01-01 09:00:00')"
                )
            )
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
            rows = connection.execute(text("SELECT name, role, version FROM staff ORDER BY id"))
            assert rows.all() == [("Bea", "owner", 1), ("Robin", "staff", 1)]
    finally:
        engine.dispose()
