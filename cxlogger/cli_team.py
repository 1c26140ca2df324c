"""``cxlogger handoff``: hand a promise or follow-up to a colleague from the command line."""

from __future__ import annotations

import argparse
import re
import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.paths import AppPaths

_REFERENCE = re.compile(r"(PRM|FUP)-?0*(\d+)", re.IGNORECASE)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    handoff = sub.add_parser(
        "handoff", help="hand a promise (PRM-…) or follow-up (FUP-…) to a colleague"
    )
    handoff.add_argument("reference", metavar="REFERENCE", help="e.g. PRM-000012 or FUP-000007")
    handoff.add_argument("--to", required=True, metavar="NAME", help="the colleague's name")
    handoff.add_argument("--note", default="", help="what they need to know")
    handoff.add_argument(
        "--staff",
        metavar="NAME",
        help="who hands it over (default: the staff member using this desktop)",
    )


def _cmd_handoff(args, paths: AppPaths, now=None, out=None) -> int:
    from cxlogger.cli import open_or_exit
    from cxlogger.cli_log import _staff_id
    from cxlogger.core.errors import UserError, ValidationError
    from cxlogger.core.records import staff as staff_svc
    from cxlogger.core.records import team
    from cxlogger.core.timeutil import utcnow

    out = out or sys.stdout
    now = now or utcnow()
    match = _REFERENCE.fullmatch(args.reference.strip())
    if match is None:
        raise UserError(
            f"{args.reference} is not a promise or follow-up reference; "
            "use one like PRM-000012 or FUP-000007."
        )
    entity = "promise" if match.group(1).upper() == "PRM" else "followup"
    ident = int(match.group(2))
    db = open_or_exit(paths)
    try:
        with db.session() as session:
            to = staff_svc.find_by_name(session, args.to)
            if to is None:
                raise UserError(f"There is no staff member called {args.to}.")
            by = _staff_id(session, args, paths)
            session.commit()
            try:
                team.hand_off(session, entity, ident, to.id, args.note, by, now)
            except ValidationError as exc:
                raise UserError(" ".join(exc.errors.values())) from None
    finally:
        db.dispose()
    out.write(f"Handed {args.reference.upper()} to {to.name}.\n")
    return 0


COMMANDS = {"handoff": _cmd_handoff}
