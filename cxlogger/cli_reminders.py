"""``cxlogger due``: what is due now, for scripting and for checking without a GUI."""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.paths import AppPaths


# a terminal shows the first few of each kind and how many more; --all (and --json) every one
SHOWN_PER_KIND = 10


def add_parsers(sub: argparse._SubParsersAction) -> None:
    due = sub.add_parser("due", help="print the follow-ups due now (thank, close the loop, …)")
    due.add_argument("--json", action="store_true", help="print JSON for scripts (every follow-up)")
    due.add_argument("--week", action="store_true", help="also list what is coming this week")
    due.add_argument("--staff", metavar="NAME", help="only follow-ups owned by this staff member")
    due.add_argument(
        "--all",
        action="store_true",
        help=f"list every follow-up (without it: the first {SHOWN_PER_KIND} of each kind, "
        "and how many more)",
    )


def _read_quick(args, paths: AppPaths, now, limit: int | None):
    """The lists from a local file with plain sqlite3 (core/reminders/due_plain.py),
    when its rules refresh would write nothing: no SQLAlchemy, and no damage checks
    (the quick check alone reads the whole file: most of a second at a million
    interactions; the high-water check still runs). None otherwise."""
    if not paths.is_sqlite or paths.database_url is not None or not paths.db_path.exists():
        return None
    from cxlogger.core.reminders import due_plain
    from cxlogger.core.storage import migrate

    def read(reader: due_plain.QuietReader):
        owner_id = None
        if args.staff:
            owner_id = reader.staff_id(args.staff)
            if owner_id is None:
                raise _no_such_staff(args.staff)
        due = reader.due(owner_id, limit)
        later = reader.upcoming(7, owner_id, limit) if args.week or args.json else None
        return _described(reader.hours, now, due, later, reader.heads_ups)

    return due_plain.read_quiet(paths.db_path, migrate.head_revision(), now, read)


def _read_full(args, paths: AppPaths, now, limit: int | None):
    """The lists through the database layer, after the checks every writer runs: the
    rules refresh first (a server, a refresh that writes, a file to upgrade)."""
    from cxlogger.cli import open_or_exit
    from cxlogger.core.records import settings, staff
    from cxlogger.core.reminders import due_list, followups
    from cxlogger.core.reminders.due_plain import DueCounts
    from cxlogger.core.reminders.schedule import BusinessHours

    def counted(rows) -> DueCounts:
        per_kind: dict[str, int] = {}
        shown = []
        for row in rows:
            per_kind[row.kind] = per_kind.get(row.kind, 0) + 1
            if limit is None or per_kind[row.kind] <= limit:
                shown.append(row)
        return DueCounts(shown, per_kind)

    db = open_or_exit(paths)
    try:
        with db.session() as session:
            followups.refresh(session, now)
            owner_id = None
            if args.staff:
                member = staff.find_by_name(session, args.staff)
                if member is None:
                    raise _no_such_staff(args.staff)
                owner_id = member.id
            hours = BusinessHours.from_settings(settings.get_all(session))
            # plain rows with the printed columns: thousands due cost no ORM objects
            due = counted(due_list.due_rows(session, now, owner_id))
            later = None
            if args.week or args.json:
                later = counted(due_list.upcoming_rows(session, now, 7, owner_id))
            return _described(
                hours, now, due, later, lambda rows: due_list.heads_ups_of(session, rows, now)
            )
    finally:
        db.dispose()


def _described(hours, now, due, later, heads_ups_of):
    """(due, counts per kind) and (coming, counts per kind): the dicts ``describe`` makes,
    with the customers' active heads-ups and whether a hold pauses a message."""
    from cxlogger.core.reminders.due_plain import describe_all

    heads = heads_ups_of(due.rows + (later.rows if later else []))
    coming = (describe_all(later.rows, now, hours, heads), later.per_kind) if later else ([], {})
    return (describe_all(due.rows, now, hours, heads), due.per_kind), coming


def _no_such_staff(name: str) -> Exception:
    from cxlogger.core.errors import UserError

    return UserError(f"There is no staff member called {name}.")


def _cmd_due(args, paths: AppPaths, now=None, out=None) -> int:
    from cxlogger.core.timeutil import format_local, utcnow

    out = out or sys.stdout
    now = now or utcnow()
    limit = None if args.all or args.json else SHOWN_PER_KIND
    listed = _read_quick(args, paths, now, limit) or _read_full(args, paths, now, limit)
    (due, due_counts), (coming, coming_counts) = listed
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
    total = sum(due_counts.values())
    if not total:
        out.write(f"Nothing is due (as of {format_local(now)}).\n")
    else:
        out.write(
            f"{total:,} follow-up{'s' if total != 1 else ''} due (as of {format_local(now)}):\n"
        )
        _print_groups(due, due_counts, out)
    if args.week:
        out.write("\nComing this week:\n" if coming else "\nNothing else is coming this week.\n")
        _print_groups(coming, coming_counts, out)
    if len(due) < total or len(coming) < sum(coming_counts.values()):
        out.write(
            f"\nThe first {SHOWN_PER_KIND} of each kind are listed; "
            "cxlogger due --all lists every one.\n"
        )
    return 0


def _print_groups(items: list[dict], counts: dict[str, int], out) -> None:
    from cxlogger.core.reminders.due_text import KIND_ORDER, KIND_TITLES

    for kind in KIND_ORDER:
        group = [item for item in items if item["kind"] == kind]
        if not group:
            continue
        count = counts.get(kind, len(group))
        out.write(f"\n{KIND_TITLES[kind]} ({count:,})\n")
        for item in group:
            # the same words as Today: "due today 15:00", "overdue since Friday"
            when = item["due_text"]
            owner = f"  [{item['owner']}]" if item["owner"] else ""
            out.write(f"  {item['customer']}: {item['title']}{owner}\n      {when}\n")
            if item.get("paused"):
                out.write(f"      {item['paused_text']}\n")
            for heads_up in item.get("heads_ups", []):
                kind_text = "HOLD" if heads_up["kind"] == "hold" else heads_up["kind"].capitalize()
                out.write(f"      Heads-up ({kind_text}): {heads_up['text']}\n")
        if count > len(group):
            out.write(f"  … and {count - len(group):,} more\n")


COMMANDS = {"due": _cmd_due}
