"""Command-line CSV export and customer import (the same core services as the GUI).

cxlogger export money -o march.csv --period last-month
cxlogger export interactions -o log.csv --from 2026-01-01 --to 2026-03-31 --staff "Sam"
cxlogger import customers contacts.csv --dry-run
cxlogger import customers contacts.vcf --duplicates merge
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from cxlogger.core.errors import UserError

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.paths import AppPaths

DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t"}


def columns_doc() -> str:
    """The CSV column list as installed with cxlogger (docs/csv-columns.md in the source).

    Found through the import system's own lookup (already loaded at start), not
    ``importlib.resources``: every command builds this parser, and that module and its
    readers cost ~20 ms of a start that should be as short as Python's."""
    import importlib.util
    import os

    try:
        spec = importlib.util.find_spec("cxlogger.docs")
    except ModuleNotFoundError:
        spec = None
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if not folders:  # run from a source tree that was never installed
        return "docs/csv-columns.md"
    return os.path.join(folders[0], "csv-columns.md")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    from cxlogger.core.exchange.csv_spec import DATASETS, ENCODINGS, PERIODS
    from cxlogger.core.exchange.csv_spec import IMPORT_FIELDS as FIELDS

    export = sub.add_parser(
        "export",
        help="write a CSV file: interactions, money, promises, feedback or customers",
        description="Write a CSV file that opens safely in Excel or LibreOffice. "
        f"Columns are listed in {columns_doc()}",
    )
    export.add_argument(
        "dataset", choices=DATASETS, metavar="DATASET", help="one of: " + ", ".join(DATASETS)
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the CSV file to write (replaced only once it is complete)",
    )
    export.add_argument(
        "--from", dest="date_from", metavar="YYYY-MM-DD", help="first local day to include"
    )
    export.add_argument(
        "--to",
        dest="date_to",
        metavar="YYYY-MM-DD",
        help="last local day to include (the whole day)",
    )
    export.add_argument(
        "--period",
        choices=[p.replace("_", "-") for p in PERIODS],
        help="a quick pick instead of --from/--to",
    )
    export.add_argument(
        "--staff",
        metavar="NAME",
        help="only this staff member's records (interactions: who logged "
        "them; promises and customers: owner; feedback: who recorded it)",
    )
    export.add_argument(
        "--as",
        dest="acting",
        metavar="NAME",
        help="who is exporting, an owner (default: the staff member using this desktop)",
    )
    export.add_argument(
        "--delimiter",
        choices=list(DELIMITER_NAMES),
        default="comma",
        help="separator (semicolon for decimal-comma spreadsheets)",
    )
    export.add_argument(
        "--decimal-comma",
        action="store_true",
        help="write amounts as 12,50 (needs --delimiter semicolon or tab)",
    )
    export.add_argument(
        "--no-bom", action="store_true", help="plain UTF-8 without the byte-order mark Excel needs"
    )

    imp = sub.add_parser(
        "import",
        help="import customers from CSV (Google, Outlook, any header) or vCard",
        description="Prints a preview: the column mapping, new customers, duplicates "
        "and invalid rows. All rows are imported in one go, or none.",
    )
    imp.add_argument("what", choices=["customers"], help="what to import (customers)")
    imp.add_argument("file", metavar="FILE", help="a .csv or .vcf file")
    imp.add_argument("--dry-run", action="store_true", help="only print the preview; write nothing")
    imp.add_argument(
        "--duplicates",
        choices=["skip", "merge"],
        default="skip",
        help="rows with the email or phone of an existing customer (or of an "
        "earlier row): skip them (default) or fill in the customer's empty fields",
    )
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even if some rows are invalid",
    )
    imp.add_argument("--encoding", choices=list(ENCODINGS), help="override the detected encoding")
    imp.add_argument(
        "--delimiter", choices=list(DELIMITER_NAMES), help="override the detected separator"
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column to a field (" + ", ".join(FIELDS) + ") or to 'ignore'; repeatable",
    )
    imp.add_argument("--staff", metavar="NAME", help="record the customers as added by NAME")
    imp.add_argument(
        "--full-report",
        action="store_true",
        help="list every duplicate and invalid row, not just the first 50",
    )


def _parse_day(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{what} “{text}” is not a date; write it as YYYY-MM-DD.") from None


def _staff_id(session, name: str | None, default_to_me: bool = False) -> int | None:
    from cxlogger.core.records import staff

    if not name:
        if default_to_me:  # the staff member named after this computer's user, if any
            me = staff.find_by_name(session, staff.os_user_name())
            return me.id if me is not None else None
        return None
    found = staff.find_by_name(session, name)
    if found is None:
        names = ", ".join(s.name for s in staff.list_staff(session, include_inactive=True))
        raise UserError(f"There is no staff member called “{name}”. Staff: {names or 'none'}.")
    return found.id


class _ProgressLine:
    """A single updating line on stderr, only when stderr is a terminal."""

    def __init__(self, label: str, stream=None):
        self.stream = stream or sys.stderr
        self.label = label
        self.enabled = self.stream.isatty()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        percent = f" ({done * 100 // total}%)" if total else ""
        self.stream.write(f"\r{self.label}: {done:,} of {total:,} rows{percent}")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def cmd_export(args, paths: AppPaths) -> int:
    from cxlogger.cli import open_or_exit
    from cxlogger.core.exchange.csv_export import ExportOptions, export_csv, period_range

    first = _parse_day(args.date_from, "--from")
    last = _parse_day(args.date_to, "--to")
    if args.period:
        if first or last:
            raise UserError("Use either --period or --from/--to, not both.")
        first, last = period_range(args.period.replace("-", "_"), date.today())
    db = open_or_exit(paths)
    try:
        with db.session() as session:
            from cxlogger.cli_safety import require_owner

            # exporting everything is for owners (core/roles.py)
            require_owner(session, args, paths, "export", getattr(args, "acting", None))
            staff_id = _staff_id(session, args.staff)
            session.rollback()
            options = ExportOptions(
                args.dataset,
                first,
                last,
                staff_id,
                DELIMITER_NAMES[args.delimiter],
                bom=not args.no_bom,
                decimal_comma=args.decimal_comma,
            )
            line = _ProgressLine(f"Exporting {args.dataset}")
            try:
                count = export_csv(session, options, args.output, progress=line)
            finally:
                line.finish()
    finally:
        db.dispose()
    span = ""
    if first or last:
        span = f" from {first or 'the beginning'} to {last or 'today'}"
    print(f"Wrote {count:,} {args.dataset} rows{span} to {args.output}")
    return 0


def _apply_map(table, items: list[str]) -> list[str | None]:
    from cxlogger.core.exchange.csv_spec import IMPORT_FIELDS as FIELDS

    mapping = list(table.mapping)
    lowered = [h.lower() for h in table.headers]
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep:
            raise UserError(f'--map “{item}”: write it as COLUMN=FIELD, e.g. "Mobile=phone".')
        column, target = column.strip(), target.strip().lower()
        if column.lower() not in lowered:
            raise UserError(
                f"--map: the file has no column “{column}”. Its columns: "
                + ", ".join(table.headers)
                + "."
            )
        if target not in (*FIELDS, "ignore", ""):
            raise UserError(
                f"--map: “{target}” is not a field; use one of " + ", ".join(FIELDS) + " or ignore."
            )
        mapping[lowered.index(column.lower())] = None if target in ("ignore", "") else target
    return mapping


def cmd_import(args, paths: AppPaths) -> int:
    from cxlogger.cli import open_or_exit
    from cxlogger.core.exchange import csv_import
    from cxlogger.core.timeutil import utcnow

    delimiter = DELIMITER_NAMES[args.delimiter] if args.delimiter else None
    from pathlib import Path

    table = csv_import.read_file(Path(args.file), args.encoding, delimiter)
    mapping = _apply_map(table, args.map)
    db = open_or_exit(paths)
    try:
        with db.session() as session:
            plan = csv_import.build_plan(session, table, mapping)
            print(csv_import.format_report(plan, args.duplicates, None if args.full_report else 50))
            if args.dry_run:
                print("\nDry run: nothing was written.")
                return 0
            staff_id = _staff_id(session, args.staff, default_to_me=True)
            session.rollback()
            line = _ProgressLine("Importing customers")
            try:
                result = csv_import.apply_import(
                    session,
                    plan,
                    staff_id,
                    utcnow(),
                    duplicates=args.duplicates,
                    skip_invalid=args.skip_invalid,
                    progress=line,
                    before_import=csv_import.backup_callback(paths),
                )
            finally:
                line.finish()
    finally:
        db.dispose()
    print("\n" + result.summary())
    return 0


COMMANDS = {"export": cmd_export, "import": cmd_import}
