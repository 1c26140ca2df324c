"""``cxlogger sync`` and ``cxlogger log`` without the server (issue 12).

With a shared server (``--database-url``) that cannot be reached, ``cxlogger log`` keeps
the interaction in this computer's outbox (core/outbox.py) and says so; the customer is
found in the cache of customers the app (or ``cxlogger sync``) keeps. ``cxlogger sync``
sends what waits, in order and exactly once, and prints how many were sent, already on
the server, or in conflict; it also refreshes the cache.
"""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cxlogger.core.storage.db import Database
    from cxlogger.core.storage.paths import AppPaths

UNREACHABLE = "The shared server cannot be reached ({reason})."


def add_parsers(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser(
        "sync",
        help="send what was saved on this computer while the shared server was unreachable",
        description="Send the interactions, feedback and follow-ups marked done that wait in "
        "this computer's outbox to the shared server, in the order they were saved, each "
        "exactly once, and refresh the offline copy of the customer list. Exit status 1 when "
        "the server cannot be reached (nothing is lost; try again later).",
    )
    sync.add_argument("--json", action="store_true", help="print the counts as JSON")


def open_or_none(paths: AppPaths) -> Database | None:
    """The shared database, or None when its server cannot be reached now."""
    from cxlogger.cli import open_or_exit
    from cxlogger.core.errors import DatabaseError
    from cxlogger.core.storage.db import open_database
    from cxlogger.core.sync.outbox import is_unreachable

    if paths.is_sqlite:
        return open_or_exit(paths)
    try:
        return open_database(paths)
    except DatabaseError as exc:
        if is_unreachable(exc.__cause__):
            return None
        print(f"cxlogger: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc


def outbox_of(paths: AppPaths):
    from cxlogger.core.sync.outbox import Outbox

    return None if paths.is_sqlite else Outbox.in_folder(paths.data_dir)


def cmd_sync(args, paths: AppPaths, out=None) -> int:
    from cxlogger.core.sync.outbox import send_waiting

    out = out or sys.stdout
    box = outbox_of(paths)
    if box is None:
        out.write("Nothing to send: this computer uses its own database file.\n")
        return 0
    db = open_or_none(paths)
    if db is None:
        waiting = box.waiting()
        print(
            f"cxlogger: the shared server cannot be reached; {waiting} "
            f"{'change waits' if waiting == 1 else 'changes wait'} on this computer and "
            "nothing was lost. "
            "Try again when the server is back.",
            file=sys.stderr,
        )
        return 1
    try:
        report = send_waiting(box, db.session)
        if not report.waiting:
            with db.session() as session:
                box.refresh_cache(session)
    finally:
        db.dispose()
    if args.json:
        import json

        json.dump(
            {
                "sent": report.sent,
                "already_present": report.present,
                "conflicts": report.conflicts,
                "waiting": report.waiting,
                "problems": report.problems,
            },
            out,
            ensure_ascii=False,
        )
        out.write("\n")
    else:
        out.write(report.sentence() + "\n")
        for problem in report.problems:
            print(f"cxlogger: {problem}", file=sys.stderr)
    return 1 if report.waiting else 0


def _cached_customer(box, text: str):
    from cxlogger.cli_log import _REFERENCE
    from cxlogger.core.errors import ValidationError

    reference = _REFERENCE.match(text)
    if reference:
        found = box.cached_customer(int(reference.group(1)))
        if found is None:
            raise ValidationError(
                {
                    "customer": f"There is no customer {text.strip()} in this computer's copy "
                    "of the customer list; check the reference."
                }
            )
        return found
    wanted = " ".join(text.split()).casefold()
    matches = [
        c
        for c in box.search_customers(wanted, None)
        if " ".join(c.name.split()).casefold() == wanted
    ]
    if not matches:
        raise ValidationError(
            {
                "customer": f"There is no customer called “{text.strip()}” in this computer's "
                "copy of the customer list; check the spelling or use their reference."
            }
        )
    if len(matches) > 1:
        listed = ", ".join(f"CUS-{c.id:06d}" for c in matches)
        raise ValidationError(
            {"customer": f"{len(matches)} customers are called “{text.strip()}”: {listed}."}
        )
    return matches[0]


def log_offline(args, paths: AppPaths, now, out, errors, occurred_at, due_date, due_time) -> int:
    """``cxlogger log`` while the server is unreachable: keep it in the outbox, say so."""
    from cxlogger.cli_log import _refuse, interaction_data
    from cxlogger.core.errors import ValidationError
    from cxlogger.core.records import money
    from cxlogger.core.storage import local_config
    from cxlogger.core.sync.outbox import queue_interaction

    box = outbox_of(paths)
    errors = dict(errors)
    customer = None
    try:
        customer = _cached_customer(box, args.customer)
    except ValidationError as exc:
        errors.update(exc.errors)
    staff = dict(box.cached_staff())
    staff_id = None
    if args.staff:
        wanted = args.staff.strip().casefold()
        staff_id = next((i for i, n in staff.items() if n.casefold() == wanted), None)
        if staff_id is None:
            errors["staff"] = f"There is no staff member called {args.staff}."
    else:
        remembered = local_config.load(paths.data_dir).get("staff_id")
        staff_id = remembered if remembered in staff else None
    currency = args.currency or box.get("default_currency") or money.DEFAULT_CURRENCY
    data = interaction_data(args, customer, staff_id, occurred_at, due_date, due_time, currency)
    try:
        if errors:
            from cxlogger.core.records.interactions import validate

            validate(data, now)
            raise ValidationError({})
        entry = queue_interaction(box, data, staff_id, now)
    except ValidationError as exc:
        return _refuse({**exc.errors, **errors}, args.json, out)
    return queued(args, box, entry, customer, out)


def queued(args, box, entry: str, customer, out) -> int:
    """Say that the interaction waits on this computer (exit status 0: nothing is lost)."""
    waiting = box.waiting()
    if args.json:
        import json

        json.dump({"queued": entry, "customer": f"CUS-{customer.id:06d}", "waiting": waiting}, out)
        out.write("\n")
    else:
        out.write(
            f"The shared server cannot be reached: the interaction for {customer.name} "
            f"(CUS-{customer.id:06d}) is kept on this computer, {waiting} "
            f"change{'s' if waiting != 1 else ''} waiting. It is sent when you run "
            "`cxlogger sync` (or the app is open) once the server is back.\n"
        )
    return 0


COMMANDS = {"sync": cmd_sync}
