"""``cxlogger headsup``: pin a heads-up on a customer from the command line.

    cxlogger headsup "Dana Whitfield" --text "Billing: stop the reminders" --hold --until 2026-12-12

The same service as the app (core/heads_ups.py): one user action on the change log,
shown wherever the customer appears; a hold pauses messages to the customer until
the end of ``--until`` (or until it is resolved in the app).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.paths import AppPaths

OPTION_OF = {"customer": "CUSTOMER", "text": "--text", "kind": "--kind", "until": "--until"}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    headsup = sub.add_parser(
        "headsup",
        help="pin a heads-up on a customer that everyone sees (a hold pauses messages)",
        description="Pin a heads-up on a customer: shown wherever the customer appears. "
        "A hold also pauses thank-yous, feedback asks and report-backs to them until it "
        "expires or is resolved; promises still remind.",
    )
    headsup.add_argument(
        "customer", metavar="CUSTOMER", help="the customer's exact name, or their reference"
    )
    headsup.add_argument("--text", required=True, metavar="TEXT", help="what everyone should know")
    headsup.add_argument(
        "--kind", default=None, metavar="KIND", help="info (default), warning or hold"
    )
    headsup.add_argument("--hold", action="store_true", help="the same as --kind hold")
    headsup.add_argument(
        "--until",
        metavar="DATE",
        help="the last day it applies, e.g. 2026-12-12 (default: until it is resolved)",
    )
    headsup.add_argument(
        "--staff", metavar="NAME", help="who pins it (default: the staff member of this desktop)"
    )
    headsup.add_argument("--json", action="store_true", help="print the heads-up as JSON")


def cmd_headsup(args, paths: AppPaths, now=None, out=None) -> int:
    from cxlogger.cli import open_or_exit
    from cxlogger.cli_log import _staff_id, find_customer
    from cxlogger.core.errors import ValidationError
    from cxlogger.core.records import heads_ups
    from cxlogger.core.timeutil import utcnow

    out = out or sys.stdout
    now = now or utcnow()
    errors: dict[str, str] = {}
    kind = "hold" if args.hold else (args.kind or "info").strip().lower()
    if args.hold and args.kind and args.kind.strip().lower() != "hold":
        errors["kind"] = "--hold and --kind say different things; give one of them."
    until = None
    if args.until:
        try:
            until = date.fromisoformat(args.until.strip())
        except ValueError:
            errors["until"] = f"“{args.until}” is not a date; write it as 2026-12-12."
    data = heads_ups.HeadsUpData(args.text, kind, until)
    db = open_or_exit(paths)
    try:
        with db.session() as session:
            customer = None
            try:
                customer = find_customer(session, args.customer)
            except ValidationError as exc:
                errors.update(exc.errors)
            try:
                staff_id = _staff_id(session, args, paths)
            except ValidationError as exc:
                errors.update(exc.errors)
                staff_id = None
            session.commit()
            for key, text in data.errors(now).items():
                errors.setdefault(key, text)
            if errors:
                return _refuse(errors, args.json, out)
            try:
                view = heads_ups.pin(session, customer.id, data, staff_id, now)
            except ValidationError as exc:
                return _refuse(exc.errors, args.json, out)
            name = customer.name
    finally:
        db.dispose()
    if args.json:
        import json

        json.dump(
            {"customer": f"CUS-{view.customer_id:06d}", **view.as_json(now)},
            out,
            ensure_ascii=False,
        )
        out.write("\n")
        return 0
    ref = view.as_json(now)["ref"]
    text = f"Pinned {ref} on {name} (CUS-{view.customer_id:06d})"
    if view.until:
        text += f", until {view.until.isoformat()}"
    if view.is_hold:
        text += "; messages to them are paused meanwhile"
    out.write(text + ".\n")
    return 0


def _refuse(errors: dict[str, str], as_json: bool, out) -> int:
    if as_json:
        import json

        json.dump({"errors": errors}, out, ensure_ascii=False)
        out.write("\n")
    for key, sentence in errors.items():
        if key == "kind" and "info" not in sentence:
            sentence += " Use one of: info, warning, hold."
        print(f"cxlogger: {OPTION_OF.get(key, '--' + key)}: {sentence}", file=sys.stderr)
    print("cxlogger: nothing was pinned.", file=sys.stderr)
    return 2


COMMANDS = {"headsup": cmd_headsup}
