"""``cxlogger log``: record an interaction (and its promise) from another program.

A till, a web shop or a phone system can log purchases and calls::

    cxlogger log --customer CUS-000047 --kind purchase --channel in_person \\
        --summary "Road bike" --amount 899.00 --meaning sale --json

It is the log dialog without the window: the same core validation with the same
sentences, the same follow-up rules in the same single transaction. ``--json``
prints the new references (``INT-…``, ``PRM-…``) for the calling program.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, datetime, time

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.paths import AppPaths

# The command-line option that sets each field the core validates.
OPTION_OF = {
    "customer": "--customer",
    "occurred_at": "--when",
    "channel": "--channel",
    "kind": "--kind",
    "summary": "--summary",
    "sentiment": "--sentiment",
    "amount": "--amount",
    "currency": "--currency",
    "amount_kind": "--meaning",
    "promise_description": "--promise",
    "promise_due_date": "--due",
}
_REFERENCE = re.compile(r"^\s*CUS-?0*(\d+)\s*$", re.IGNORECASE)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    # no database layer here: building the parser stays light (see cli.py); a wrong
    # code is answered with the list of valid ones
    log = sub.add_parser(
        "log",
        help="record an interaction (and a promise), e.g. from a till or a phone system",
        description="Record an interaction as the Log interaction dialog does: the same checks "
        "and follow-up rules, in one transaction. Exit status 2 and a sentence per problem "
        "when something is wrong; nothing is saved then.",
    )
    log.add_argument(
        "--customer",
        required=True,
        metavar="NAME_OR_REF",
        help="the customer's exact name, or their reference (CUS-000047)",
    )
    log.add_argument(
        "--kind", required=True, metavar="KIND", help="purchase, inquiry, complaint, return, …"
    )
    log.add_argument(
        "--channel", required=True, metavar="CHANNEL", help="in_person, phone, email, chat, …"
    )
    log.add_argument("--summary", required=True, metavar="TEXT", help="what happened, in a line")
    log.add_argument("--details", default="", metavar="TEXT", help="longer notes")
    log.add_argument(
        "--when",
        metavar="ISO",
        help="when it happened, e.g. 2026-03-11T14:05 (local time unless it has an offset; "
        "default: now)",
    )
    log.add_argument(
        "--sentiment",
        default="neutral",
        metavar="SENTIMENT",
        help="positive, neutral or negative (default: neutral)",
    )
    log.add_argument("--amount", default="", metavar="AMOUNT", help="an amount, e.g. 49.90")
    log.add_argument(
        "--currency", metavar="CODE", help="ISO 4217 code (default: the default currency)"
    )
    log.add_argument(
        "--meaning",
        metavar="MEANING",
        help="what the amount was: sale, refund, credit or goodwill",
    )
    log.add_argument("--promise", metavar="TEXT", help="what you promised the customer")
    log.add_argument(
        "--due",
        metavar="DATE",
        help="when the promise is due: 2026-03-13, or 2026-03-13T15:00 for a time",
    )
    log.add_argument(
        "--staff",
        metavar="NAME",
        help="who logged it (default: the staff member using this desktop)",
    )
    log.add_argument("--json", action="store_true", help="print the new references as JSON")


def _when(text: str | None, now: datetime) -> tuple[datetime | None, str | None]:
    if not text:
        return now, None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None, f"“{text}” is not a date and time; write it as 2026-03-11T14:05."
    return (value.astimezone() if value.tzinfo is None else value), None


def _due(text: str | None) -> tuple[date | None, time | None, str | None]:
    if not text:
        return None, None, None
    text = text.strip()
    try:
        return date.fromisoformat(text), None, None
    except ValueError:
        pass
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None, None, f"“{text}” is not a date; write it as 2026-03-13 or 2026-03-13T15:00."
    return value.date(), value.time().replace(second=0, microsecond=0), None


def find_customer(session, text: str):
    """The customer a reference (CUS-000047) or exact name (any case) names.

    Raises UserError with a sentence when there is none, or when several have that name.
    """
    from cxlogger.core.errors import ValidationError
    from cxlogger.core.records.customers import get_customer, search_customers

    reference = _REFERENCE.match(text)
    if reference:
        customer = get_customer(session, int(reference.group(1)))
        if customer is None or customer.erased_at is not None:
            raise ValidationError(
                {"customer": f"There is no customer {text.strip()}; check the reference."}
            )
        return customer
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        raise ValidationError({"customer": "Choose a customer, or type a new customer's name."})
    matches = [
        c
        for c in search_customers(session, wanted, limit=None)
        if " ".join(c.name.split()).casefold() == wanted
    ]
    if not matches:
        raise ValidationError(
            {
                "customer": f"There is no customer called “{text.strip()}”; check the "
                "spelling, use their reference (CUS-000047), or add them in the app first."
            }
        )
    if len(matches) > 1:
        listed = ", ".join(
            f"CUS-{c.id:06d}" + (f" ({hint})" if (hint := c.company or c.email or c.phone) else "")
            for c in matches
        )
        raise ValidationError(
            {
                "customer": f"{len(matches)} customers are called “{text.strip()}”: {listed}. "
                f"Give the reference instead, e.g. --customer CUS-{matches[0].id:06d}."
            }
        )
    return matches[0]


def _staff_id(session, args, paths: AppPaths) -> int | None:
    from cxlogger.core.errors import ValidationError
    from cxlogger.core.records import staff as staff_svc
    from cxlogger.core.storage import local_config

    if args.staff:
        member = staff_svc.find_by_name(session, args.staff)
        if member is None:
            raise ValidationError({"staff": f"There is no staff member called {args.staff}."})
        return member.id
    remembered = local_config.load(paths.data_dir).get("staff_id") if paths.data_dir else None
    if remembered is not None and remembered in {
        m.id for m in staff_svc.list_staff(session, include_inactive=True)
    }:
        return remembered
    return None


def cmd_log(args, paths: AppPaths, now: datetime | None = None, out=None) -> int:
    from cxlogger.cli import open_or_exit
    from cxlogger.core.errors import ValidationError, disk_full_guard
    from cxlogger.core.records import interactions as interactions_svc
    from cxlogger.core.records import settings as settings_svc
    from cxlogger.core.reminders import followups
    from cxlogger.core.timeutil import utcnow

    out = out or sys.stdout
    now = now or utcnow()
    errors: dict[str, str] = {}
    occurred_at, problem = _when(args.when, now)
    if problem:
        errors["occurred_at"] = problem
    due_date, due_time, problem = _due(args.due)
    if problem:
        errors["promise_due_date"] = problem
    if args.due and args.promise is None:
        errors["promise_description"] = "Say what you promised (--promise) with --due."

    from cxlogger import cli_sync
    from cxlogger.core.sync.outbox import save_interaction, send_waiting

    box = cli_sync.outbox_of(paths)  # a shared server: what waits on this computer (issue 12)
    db = cli_sync.open_or_none(paths) if box is not None else open_or_exit(paths)
    if db is None:
        return cli_sync.log_offline(args, paths, now, out, errors, occurred_at, due_date, due_time)
    if box is not None and box.waiting():
        send_waiting(box, db.session)  # what was saved earlier goes first
    installed_here = followups.on_interaction_logged not in interactions_svc.after_log_hooks
    followups.install()  # the follow-up rules run in the logging transaction, as in the app
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
            currency = args.currency or settings_svc.get(session, "default_currency")
            data = interaction_data(
                args, customer, staff_id, occurred_at, due_date, due_time, currency
            )
            session.commit()  # end the reads' transaction; the log opens its own
            try:
                if errors:
                    # the core's checks of everything else, so every problem is listed at once
                    interactions_svc.validate(data, now)
                    raise ValidationError({})
                with disk_full_guard():
                    outcome, saved = save_interaction(box, db.session, data, staff_id, now)
                if outcome == "queued":
                    return cli_sync.queued(args, box, saved, customer, out)
                promise_id = session.scalar(_promise_of(saved.id)) if data.promise else None
            except ValidationError as exc:
                # our sentences (customer, times) are more precise than the core's defaults
                return _refuse({**exc.errors, **errors}, args.json, out)
            result = {
                "interaction": f"INT-{saved.id:06d}",
                "customer": f"CUS-{saved.customer_id:06d}",
                "promise": f"PRM-{promise_id:06d}" if promise_id else None,
            }
            name = customer.name
    finally:
        if installed_here:
            followups.uninstall()
        db.dispose()
    if args.json:
        import json

        json.dump(result, out, ensure_ascii=False)
        out.write("\n")
    else:
        text = f"Logged {result['interaction']} for {name} ({result['customer']})"
        if result["promise"]:
            text += f", with promise {result['promise']}"
        out.write(text + ".\n")
    return 0


def interaction_data(args, customer, staff_id, occurred_at, due_date, due_time, currency):
    """What ``cxlogger log``'s arguments say, as the Log dialog would collect it (online, or
    for the offline outbox)."""
    from cxlogger.core.records.interactions import InteractionData
    from cxlogger.core.records.promises import PromiseData

    promise = None
    if args.promise is not None:
        promise = PromiseData(args.promise, due_date, due_time, owner_id=staff_id)
    return InteractionData(
        customer_id=customer.id if customer is not None else None,
        occurred_at=occurred_at,
        channel=args.channel,
        kind=args.kind,
        summary=args.summary,
        details=args.details,
        sentiment=args.sentiment,
        amount=args.amount,
        currency=currency,
        amount_kind=args.meaning if args.amount.strip() else None,
        promise=promise,
    )


def _promise_of(interaction_id: int):
    from sqlalchemy import select

    from cxlogger.core.models import Promise

    return select(Promise.id).where(Promise.interaction_id == interaction_id).limit(1)


def _codes() -> dict[str, tuple[str, ...]]:
    from cxlogger.core.models import CHANNELS, KINDS, SENTIMENTS

    return {
        "channel": CHANNELS,
        "kind": KINDS,
        "sentiment": SENTIMENTS,
    }


def _refuse(errors: dict[str, str], as_json: bool, out) -> int:
    """Nothing was saved: one sentence per problem (as JSON for scripts with --json)."""
    codes = _codes()
    errors = {
        key: f"{text} Use one of: {', '.join(codes[key])}." if key in codes else text
        for key, text in errors.items()
    }
    if as_json:
        import json

        json.dump({"errors": errors}, out, ensure_ascii=False)
        out.write("\n")
    for key, sentence in errors.items():
        option = OPTION_OF.get(key, "--" + key.replace("_", "-"))
        print(f"cxlogger: {option}: {sentence}", file=sys.stderr)
    print("cxlogger: nothing was logged.", file=sys.stderr)
    return 2


COMMANDS = {"log": cmd_log}
