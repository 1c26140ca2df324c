"""``cxlogger report``: the Reports view's figures, as text, JSON, CSV or PDF.

cxlogger report --period last-month
cxlogger report --period 2026-01-01..2026-03-31 --staff Sam --format json
cxlogger report --period this-year --format csv --table promises_by_month -o promises.csv
cxlogger report --period last-quarter --format pdf -o q3.pdf
"""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.paths import AppPaths

PERIOD_HELP = (
    "this-month, last-month, this-quarter, last-quarter, this-year, last-year, "
    "or YYYY-MM-DD..YYYY-MM-DD (default: last-month)"
)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser(
        "report",
        help="print or write the report: promises kept, loop closed, feedback, money",
        description="The figures of the Reports view for a period, each with the "
        "previous period of the same length.",
    )
    report.add_argument("--period", default="last-month", metavar="PERIOD", help=PERIOD_HELP)
    report.add_argument("--staff", metavar="NAME", help="only this staff member's records")
    report.add_argument(
        "--format",
        choices=["text", "json", "csv", "pdf"],
        default="text",
        help="text (default), json, csv (every figure, or one --table) or pdf (needs -o)",
    )
    report.add_argument(
        "--table",
        metavar="KEY",
        help="with --format csv: write this table of the report instead of the figures "
        "(e.g. promises_by_month, promises_by_staff, by_channel, money_by_month)",
    )
    report.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )


def cmd_report(args, paths: AppPaths, now=None, out=None) -> int:
    from datetime import datetime

    from cxlogger.cli import open_or_exit
    from cxlogger.core import reports
    from cxlogger.core.errors import UserError
    from cxlogger.core.timeutil import utcnow

    out = out or sys.stdout
    now = now or utcnow()
    today = datetime.now().date() if now is None else now.astimezone().date()
    period = reports.parse_period(args.period, today)
    if args.format == "pdf" and not args.output:
        raise UserError("A PDF needs a file to go into: add -o FILE.pdf.")
    if args.table and args.format != "csv":
        raise UserError("--table goes with --format csv.")
    db = open_or_exit(paths)
    try:
        with db.session() as session:
            staff_id = None
            if args.staff:
                from cxlogger.cli_csv import _staff_id

                staff_id = _staff_id(session, args.staff)
            report = reports.build_report(session, period, now, staff_id)
    finally:
        db.dispose()
    if args.format == "text":
        _emit(reports.as_text(report), args.output, out)
    elif args.format == "json":
        import json

        text = json.dumps(report.as_json(), ensure_ascii=False, indent=2, default=str)
        _emit(text + "\n", args.output, out)
    elif args.format == "csv":
        tables = reports.all_tables(report)
        key = args.table or "figures"
        if key not in tables:
            raise UserError(
                f"The report has no table “{key}”; its tables: " + ", ".join(tables) + "."
            )
        if args.output:
            reports.write_csv(tables[key], args.output)
        else:
            reports.write_csv(tables[key], "-", bom=False)
    else:
        from cxlogger.ui.widgets.report_pdf import write_pdf_standalone

        write_pdf_standalone(report, args.output)
    if args.output:
        print(f"Wrote the report for {period.label()} to {args.output}", file=sys.stderr)
    return 0


def _emit(text: str, target: str | None, out) -> None:
    if not target:
        out.write(text)
        return
    from cxlogger.core.exchange.csv_safety import atomic_text_file

    with atomic_text_file(target) as fh:
        fh.write(text)


COMMANDS = {"report": cmd_report}
