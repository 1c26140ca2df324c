"""``cxlogger losing-touch``: the customers past their keep-in-touch cadence, longest first."""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.paths import AppPaths


def add_parsers(sub: argparse._SubParsersAction) -> None:
    losing = sub.add_parser(
        "losing-touch",
        help="print the customers with no contact for longer than their cadence",
    )
    losing.add_argument("--json", action="store_true", help="print JSON for scripts")
    losing.add_argument(
        "--limit", type=int, default=None, metavar="N", help="print at most N customers"
    )


def _cmd_losing_touch(args, paths: AppPaths, now=None, out=None) -> int:
    from cxlogger.cli import open_or_exit
    from cxlogger.core.records import touch
    from cxlogger.core.reminders import followups
    from cxlogger.core.timeutil import format_local, utcnow

    out = out or sys.stdout
    now = now or utcnow()
    db = open_or_exit(paths)
    try:
        with db.session() as session:
            followups.refresh(session, now)  # who fell due since the app last ran
            with session.begin():
                total = touch.count_losing_touch(session, now)
                rows = touch.losing_touch(session, now, limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        import json

        json.dump(
            {"now": now.isoformat(), "count": total, "customers": [r.describe() for r in rows]},
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return 0
    if not rows:
        out.write(f"No customer is past their keep-in-touch cadence (as of {format_local(now)}).\n")
        return 0
    out.write(
        f"{total} customer{'s' if total != 1 else ''} past their keep-in-touch cadence "
        f"(as of {format_local(now)}), longest first:\n\n"
    )
    for row in rows:
        days = f"{row.days_past} day{'s' if row.days_past != 1 else ''} past"
        every = f"every {row.cadence_days} days" if row.cadence_days else "no cadence"
        out.write(f"  {row.name}{f' ({row.company})' if row.company else ''}: {days} ({every})\n")
        if row.last_contact is None:
            out.write("      no contact yet\n")
        else:
            when = format_local(row.last_contact.at)
            out.write(f"      last contact {when}: {touch.contact_line(row.last_contact)}\n")
    if len(rows) < total:
        out.write(f"\n… and {total - len(rows)} more.\n")
    return 0


COMMANDS = {"losing-touch": _cmd_losing_touch}
