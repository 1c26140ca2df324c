"""``cxlogger due``: what is due now, for scripting and for checking without a GUI."""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.paths import AppPaths


def add_parsers(sub: argparse._SubParsersAction) -> None:
    due = sub.add_parser("due", help="print the follow-ups due now (thank, close the loop, …)")
    due.add_argument("--json", action="store_true", help="print JSON for scripts")
    due.add_argument("--week", action="store_true", help="also list what is coming this week")
    due.add_argument("--staff", metavar="NAME", help="only follow-ups owned by this staff member")


def _open_to_read(paths: AppPaths):
    """The database opened without the damage checks (the quick check alone reads the
    whole file: most of a second at a million interactions), when that writes nothing:
    a local file at the current schema and not behind its high-water mark. None
    otherwise; the caller then opens it as every writer does (``open_or_exit``)."""
    from cxlogger.core.errors import UserError
    from cxlogger.core.reminders import high_water
    from cxlogger.core.storage import migrate
    from cxlogger.core.storage.db import inspect_sqlite_file, open_database

    if not paths.is_sqlite or paths.database_url is not None or not paths.db_path.exists():
        return None
    try:
        if inspect_sqlite_file(paths.db_path) != migrate.head_revision():
            return None
        if high_water.check(paths.db_path) is not None:
            return None
        return open_database(paths)
    except UserError:
        return None  # open_or_exit says what is wrong


def _quiet(session, now) -> bool:
    from cxlogger.core.reminders import followups

    try:
        with session.begin():
            return followups.is_quiet(session, now)
    except Exception:
        return False  # the checks before writing will say what is wrong


def _cmd_due(args, paths: AppPaths, now=None, out=None) -> int:
    from cxlogger.cli import open_or_exit
    from cxlogger.core.errors import UserError
    from cxlogger.core.records import settings, staff
    from cxlogger.core.reminders import due_list, followups
    from cxlogger.core.reminders.schedule import BusinessHours
    from cxlogger.core.timeutil import format_local, utcnow

    out = out or sys.stdout
    now = now or utcnow()
    db = _open_to_read(paths)
    if db is not None:
        with db.session() as session:
            quiet = _quiet(session, now)
        if not quiet:  # the rules will write: the checks every writer runs come first
            db.dispose()
            db = None
    if db is None:
        db = open_or_exit(paths)
    try:
        with db.session() as session:
            followups.refresh(session, now)  # when quiet: two index reads, no write
            owner_id = None
            if args.staff:
                member = staff.find_by_name(session, args.staff)
                if member is None:
                    raise UserError(f"There is no staff member called {args.staff}.")
                owner_id = member.id
            hours = BusinessHours.from_settings(settings.get_all(session))
            # plain rows with the printed columns: thousands due cost no ORM objects
            rows = due_list.due_rows(session, now, owner_id)
            later = (
                due_list.upcoming_rows(session, now, 7, owner_id) if args.week or args.json else []
            )
            # the customers' active heads-ups, and whether a hold pauses a message
            heads = due_list.heads_ups_of(session, rows + later, now)
            due = due_list.describe_all(rows, now, hours, heads)
            coming = due_list.describe_all(later, now, hours, heads)
    finally:
        db.dispose()
    if args.json:
        import json

        json.dump(
            {"now": now.isoformat(), "due": due, "upcoming": coming},
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return 0
    if not due:
        out.write(f"Nothing is due (as of {format_local(now)}).\n")
    else:
        out.write(
            f"{len(due)} follow-up{'s' if len(due) != 1 else ''} due (as of {format_local(now)}):\n"
        )
        _print_groups(due, out)
    if args.week:
        out.write("\nComing this week:\n" if coming else "\nNothing else is coming this week.\n")
        _print_groups(coming, out)
    return 0


def _print_groups(items: list[dict], out) -> None:
    from cxlogger.core.reminders.followups import KIND_ORDER, KIND_TITLES

    for kind in KIND_ORDER:
        group = [item for item in items if item["kind"] == kind]
        if not group:
            continue
        out.write(f"\n{KIND_TITLES[kind]}\n")
        for item in group:
            # the same words as Today: "due today 15:00", "overdue since Friday"
            when = item["due_text"]
            owner = f"  [{item['owner']}]" if item["owner"] else ""
            out.write(f"  {item['customer']}: {item['title']}{owner}\n      {when}\n")
            if item.get("paused"):
                out.write(f"      {item['paused_text']}\n")
            for heads_up in item.get("heads_ups", []):
                kind = "HOLD" if heads_up["kind"] == "hold" else heads_up["kind"].capitalize()
                out.write(f"      Heads-up ({kind}): {heads_up['text']}\n")


COMMANDS = {"due": _cmd_due}
