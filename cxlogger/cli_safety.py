"""Command-line commands that protect the data: backup, restore, check, customer export/erase.

cli.py adds these parsers and handlers; they use the same core services as the GUI.
"""

from __future__ import annotations

import argparse

from cxlogger.core.errors import UserError

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.paths import AppPaths


def add_parsers(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="back up the database now (or list the backups)")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)"
    )
    restore.add_argument("file", metavar="FILE", help="the backup file to restore")
    restore.add_argument("--staff", metavar="NAME", help=ACTING_HELP)
    check = sub.add_parser("check", help="run the full integrity and foreign-key checks")
    check.add_argument(
        "--go-on",
        action="store_true",
        help="the database lost its last changes with its -wal: go on with it as it is",
    )
    export = sub.add_parser(
        "customer-export", help="export everything about one customer as JSON and CSV"
    )
    export.add_argument(
        "customer",
        type=_reference,
        metavar="ID",
        help="the customer's number or reference (47, CUS-000047, or an INT-/PRM-/FBK- "
        "reference of one of their records)",
    )
    export.add_argument(
        "-o", "--output", metavar="DIR", default=".", help="folder to write into (default: here)"
    )
    erase = sub.add_parser(
        "erase-customer",
        help="erase a customer with their interactions, promises, feedback and follow-ups",
    )
    erase.add_argument(
        "customer",
        type=_reference,
        metavar="ID",
        help="the customer's number or reference (47 or CUS-000047)",
    )
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.add_argument("--staff", metavar="NAME", help=ACTING_HELP)


ACTING_HELP = "who is doing this, an owner (default: the staff member using this desktop)"


def require_owner(session, args, paths: AppPaths, what: str, name: str | None = None) -> None:
    """The CLI acts as ``name`` (--staff), else as this desktop's user; only owners may do
    ``what`` (core/roles.py), so staff get a sentence and nothing happens."""
    from types import SimpleNamespace

    from cxlogger.cli_log import _staff_id
    from cxlogger.core.records import roles

    acting = name if name is not None else getattr(args, "staff", None)
    staff_id = _staff_id(session, SimpleNamespace(staff=acting), paths)
    roles.require_owner(session, staff_id, what)
    session.rollback()


def _owner_before_restore(args, paths: AppPaths) -> None:
    """Restoring replaces everyone's data: owners only. A database that cannot be opened
    (damaged, missing) has nobody to ask, and restoring is how it is mended."""
    from sqlalchemy.exc import SQLAlchemyError

    from cxlogger.core.storage.db import open_database

    if paths.is_sqlite and paths.database_url is None and not paths.db_path.exists():
        return
    from cxlogger.core.storage import health

    try:
        health.refuse_if_damaged(paths)  # damaged: the restore is the way out
        db = open_database(paths)
    except UserError:
        return
    try:
        with db.session() as session:
            require_owner(session, args, paths, "restore")
    except SQLAlchemyError:
        return  # too damaged to read who is who: the restore mends it
    finally:
        db.dispose()


def _reference(text: str):
    from cxlogger.core.records.references import parse_reference

    try:
        return parse_reference(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _open(paths: AppPaths):
    from cxlogger.cli import open_or_exit

    return open_or_exit(paths)


def _exclusive(paths: AppPaths, what: str):
    """The instance lock, or a sentence saying the app must be closed first."""
    from cxlogger.core.storage.instance_lock import AlreadyRunningError, InstanceLock

    lock = InstanceLock(paths.data_dir)
    try:
        return lock.acquire()
    except AlreadyRunningError as exc:
        raise UserError(
            f"cxlogger is running on {paths.data_dir}; close it before you {what} "
            "from the command line, or do it in the app."
        ) from exc


def cmd_backup(args, paths: AppPaths) -> int:
    from cxlogger.core.storage import backup

    if args.list:
        infos = backup.list_backups(paths)
        if not infos:
            print("There are no backups yet.")
        for info in infos:
            print(f"{info.describe()}  [{info.reason_label}]  {info.path}")
        return 0
    info = backup.take_backup(paths, "manual")
    print(f"Backed up to {info.path}")
    print(info.describe())
    return 0


def cmd_restore(args, paths: AppPaths) -> int:
    from cxlogger.core.storage import backup

    with _exclusive(paths, "restore a backup"):
        _owner_before_restore(args, paths)  # under the lock: nobody changes roles meanwhile
        from pathlib import Path

        result = backup.restore_backup(paths, Path(args.file))
    if result.safety_backup is not None:
        print(f"The database as it was is backed up in {result.safety_backup.path}")
    if result.kept_aside is not None:
        print(f"The damaged database was moved, as it was, to {result.kept_aside}")
    print(f"Restored the backup from {result.restored.describe()}")
    return 0


def cmd_check(args, paths: AppPaths) -> int:
    from cxlogger.core.reminders import high_water
    from cxlogger.core.storage import health
    from cxlogger.core.storage.db import inspect_sqlite_file
    from cxlogger.core.timeutil import utcnow

    if not paths.is_sqlite or paths.database_url is not None:
        raise UserError("cxlogger check looks at the local database file; a server checks its own.")
    if not paths.db_path.exists():
        raise UserError(f"There is no database at {paths.db_path} yet.")
    # the full check; a damaged search index is rebuilt from the interactions
    result = health.full(paths, utcnow())
    if result.ok and high_water.read_mark(paths.db_path) is not None:
        result.checks.append("saved changes (against the high-water mark)")
        behind = high_water.check(paths.db_path)
        if behind is not None and getattr(args, "go_on", False):
            high_water.reset(paths.db_path)
            result.repaired.append(f"{behind.sentence()} Going on without them, as asked")
        elif behind is not None:
            result.ok = False
            result.problems.append(behind.sentence())
    print(f"Checked {paths.db_path}")
    print(result.report())
    if result.ok:
        try:
            inspect_sqlite_file(paths.db_path)
        except UserError as exc:
            print(f"Problem: {exc}")
            return 1
    return 0 if result.ok else 1


def cmd_customer_export(args, paths: AppPaths) -> int:
    from cxlogger.core.exchange import privacy
    from cxlogger.core.records.references import Reference, customer_id_for

    db = _open(paths)
    try:
        with db.session() as session:
            customer_id = customer_id_for(session, args.customer)
            from pathlib import Path

            folder = privacy.export_customer(session, customer_id, Path(args.output))
    finally:
        db.dispose()
    print(f"Exported customer {Reference(customer_id).text()} to {folder}")
    return 0


def cmd_erase_customer(args, paths: AppPaths) -> int:
    from cxlogger.core.exchange import privacy
    from cxlogger.core.records.references import Reference, customer_id_for, parse_reference

    with _exclusive(paths, "erase a customer"):
        db = _open(paths)
        try:
            with db.session() as session:
                require_owner(session, args, paths, "erase")
                customer_id = customer_id_for(session, args.customer, only_customers=True)
                record = privacy.customer_record(session, customer_id)
            if not args.yes:
                name = record["customer"]["name"]
                ref = Reference(customer_id).text()
                counts = ", ".join(
                    f"{len(record[t])} {t}"
                    for t in ("interactions", "promises", "feedback", "followups")
                    if t in record
                )
                print(f"This erases {name} (customer {ref}) and {counts}.")
                kept = privacy.money_kept_sentence(privacy.money_rows_kept(record))
                if kept:
                    print(kept)
                print(privacy.BACKUPS_KEEP_IT)
                answer = input(f"Type {customer_id} to erase, anything else to stop: ")
                try:
                    typed = parse_reference(answer)
                    confirmed = typed.number == customer_id and typed.kind in (None, "customer")
                except ValueError:
                    confirmed = False
                if not confirmed:
                    print("Nothing was erased.")
                    return 1
            result = privacy.erase_customer(db, customer_id)
        finally:
            db.dispose()
    print(result.message())
    return 0


COMMANDS = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "customer-export": cmd_customer_export,
    "erase-customer": cmd_erase_customer,
}
