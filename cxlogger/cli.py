"""The command line: the same core services as the GUI, for scripting and checking."""

from __future__ import annotations

import argparse
import sys

from cxlogger import (
    __version__,
    cli_csv,
    cli_desktop,
    cli_heads_up,
    cli_log,
    cli_reminders,
    cli_report,
    cli_safety,
    cli_sync,
    cli_team,
    cli_touch,
)
from cxlogger.cli_options import add_global_options
from cxlogger.core.errors import UserError

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing for --help
if TYPE_CHECKING:
    from cxlogger.core.storage.db import Database
    from cxlogger.core.storage.paths import AppPaths

# Building the parser stays light (no SQLAlchemy, no Qt, not even pathlib: ``--help`` is
# meant to answer as fast as a bare Python start): the GUI starts its
# integrity check while the heavy modules load. Commands import what they use.


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cxlogger",
        description="Log customer interactions, keep promises, and follow up. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"cxlogger {__version__}")
    add_global_options(parser)  # cli_options.py: a plain desktop start parses only these
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="open the app on a separate demo database")
    demo.add_argument("--reset", action="store_true", help="start the demo data afresh")
    demo.add_argument("--no-gui", action="store_true", help="only create the demo database")

    sub.add_parser("gui", help="start the desktop app (the default)")
    cli_safety.add_parsers(sub)  # backup, restore, check, customer-export, erase-customer
    cli_reminders.add_parsers(sub)  # due [--json]
    cli_touch.add_parsers(sub)  # losing-touch [--json]
    cli_csv.add_parsers(sub)  # export DATASET -o FILE, import customers FILE [--dry-run]
    cli_log.add_parsers(sub)  # log --customer … --kind … --channel … --summary … [--json]
    cli_desktop.add_parsers(sub)  # desktop-entry --install/--remove
    cli_team.add_parsers(sub)  # handoff REFERENCE --to NAME [--note TEXT]
    cli_report.add_parsers(sub)  # report --period … [--staff] [--format text|json|csv|pdf]
    cli_heads_up.add_parsers(sub)  # headsup CUSTOMER --text … [--hold] [--until DATE]
    cli_sync.add_parsers(sub)  # sync [--json]: send what waits in the offline outbox
    return parser


# The files whose checks passed in this process: once the command has closed them
# cleanly, they are vouched for (core.health.vouch_clean_close) and not read again.
CHECKED: list[tuple[AppPaths, list | None]] = []  # and which file it was (health.identity)


def say(text: str) -> None:
    """A line on stderr for the user while a command works (stdout stays the answer)."""
    print(f"cxlogger: {text}", file=sys.stderr, flush=True)


def open_or_exit(paths: AppPaths) -> Database:
    from cxlogger.core.storage import backup, health
    from cxlogger.core.storage.db import open_database

    try:
        # before any write: a file unchanged since its checks passed is not read again, any
        # other gets the quick check; the daily full check is the app's and backup's
        # (core.health.assess_for_command)
        health.refuse_if_damaged(paths, say=say)
    except UserError as exc:
        print(f"cxlogger: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc
    except KeyboardInterrupt:
        say("stopped while checking the database; nothing was written.")
        raise SystemExit(130) from None
    CHECKED.append((paths, health.identity(paths)))
    try:
        return open_database(paths, before_migrate=backup.before_migrate_hook(paths))
    except UserError as exc:
        print(f"cxlogger: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc


def _vouch_checked() -> None:
    """After a command that ended well: the files it checked and closed cleanly are
    vouched for, as they are now."""
    from cxlogger.core.storage import health

    while CHECKED:
        paths, checked = CHECKED.pop()
        try:
            health.vouch_clean_close(paths, checked)
        except Exception:  # only a saving: the next command checks the file again
            import logging

            logging.getLogger(__name__).warning("could not vouch for %s", paths.db_path)


def prepare_demo(paths: AppPaths, reset: bool = False, checked_later: bool = False) -> AppPaths:
    """Create (or reset) the demo database and return its paths.

    ``checked_later``: the command that follows opens it with its own checks, so a demo
    database that is ready is not opened here (``cxlogger --demo due`` stays quick)."""
    demo_paths = paths.demo()
    if reset:
        for suffix in ("", "-wal", "-shm"):
            path = demo_paths.db_path.with_name(demo_paths.db_path.name + suffix)
            path.unlink(missing_ok=True)
    elif checked_later and _demo_ready(demo_paths):
        return demo_paths
    from cxlogger.core import demo
    from cxlogger.core.models import Interaction
    from cxlogger.core.timeutil import utcnow

    db = open_or_exit(demo_paths)
    try:
        with db.session() as session:
            empty = session.query(Interaction.id).first() is None
        if empty:
            with db.session() as session:
                demo.populate(session, now=utcnow())
    finally:
        db.dispose()
    return demo_paths


def _demo_ready(demo_paths: AppPaths) -> bool:
    """The demo database exists at the current schema and holds its sample data: read
    with plain sqlite3, so ``cxlogger --demo due`` loads no database layer for it."""
    import sqlite3
    from contextlib import closing

    from cxlogger.core.storage import migrate
    from cxlogger.core.storage.sqlite_files import sqlite_uri

    if not demo_paths.db_path.exists():
        return False
    try:
        with closing(sqlite3.connect(sqlite_uri(demo_paths.db_path), uri=True)) as con:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            filled = con.execute("SELECT EXISTS (SELECT 1 FROM interactions)").fetchone()[0]
    except sqlite3.Error:
        return False  # opening it the usual way says what is wrong
    return revision is not None and revision[0] == migrate.head_revision() and bool(filled)


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run a non-GUI command; returns the exit status."""
    from cxlogger.core.errors import disk_full_error
    from cxlogger.core.storage.leftovers import recover_on_start
    from cxlogger.core.storage.paths import check_data_dir

    handler = COMMANDS[args.command]
    CHECKED.clear()
    try:
        if paths.database_url is None:
            check_data_dir(paths.data_dir)  # a file in its place, read-only: one sentence
        if getattr(args, "demo", False) and args.command != "demo":
            # --demo: every command works on the demo data
            paths = prepare_demo(paths, checked_later=True)
        recovered = recover_on_start(paths)  # what interrupted work left; never raises
        if recovered.restore_finished:
            print(
                "cxlogger: a restore that was interrupted has been completed; "
                "the database is the backup that was being restored.",
                file=sys.stderr,
            )
        code = handler(args, paths) or 0
        if code == 0:
            _vouch_checked()
        return code
    except UserError as exc:
        print(f"cxlogger: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        from cxlogger.core.records.conflicts import stale_error

        # never a traceback (with customers' data) for a full disk, nor for a row another
        # desk or process saved at the same moment (core/conflicts.py)
        full = disk_full_error(exc) or stale_error(exc)
        if full is None:
            raise
        print(f"cxlogger: {full}", file=sys.stderr)
        return 2


def _cmd_demo(args, paths: AppPaths) -> int:
    demo_paths = prepare_demo(paths, reset=args.reset)
    print(f"Demo database ready in {demo_paths.data_dir}")
    return 0


# Commands that run without the GUI. "demo" without --no-gui starts the GUI instead.
COMMANDS = {"demo": _cmd_demo}
COMMANDS.update(cli_safety.COMMANDS)
COMMANDS.update(cli_reminders.COMMANDS)
COMMANDS.update(cli_touch.COMMANDS)
COMMANDS.update(cli_csv.COMMANDS)
COMMANDS.update(cli_log.COMMANDS)
COMMANDS.update(cli_desktop.COMMANDS)
COMMANDS.update(cli_team.COMMANDS)
COMMANDS.update(cli_report.COMMANDS)
COMMANDS.update(cli_heads_up.COMMANDS)
COMMANDS.update(cli_sync.COMMANDS)


def resolve_from_args(args: argparse.Namespace) -> AppPaths:
    from cxlogger.core.storage.paths import resolve_paths

    return resolve_paths(args.data_dir, args.database_url)
