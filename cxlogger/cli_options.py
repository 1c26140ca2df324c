"""The options a start takes before any command, and the plain desktop start's parse.

In a module of their own (no command module imported): a start without a command (the
desktop app, the usual case) parses them without importing the commands or building
their parsers (~15-60 ms before the window could paint). Any other command line, and
``--help`` or ``--version``, goes to the full parser (cli.build_parser), which answers
as it always did.
"""

from __future__ import annotations

import argparse


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """--data-dir, --database-url, --demo, --hidden (both parsers have them)."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database, backups and settings "
        "(default: $CXLOGGER_DATA_DIR, else the user data folder)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="use a shared server database (postgresql://…) instead of the local file "
        "(default: $CXLOGGER_DATABASE_URL)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database instead of your own"
    )
    parser.add_argument("--hidden", action="store_true", help="start hidden in the system tray")


class _NotPlain(Exception):
    pass


class _GlobalOnly(argparse.ArgumentParser):
    def error(self, message: str):  # the full parser says what is wrong, in its words
        raise _NotPlain(message)


def plain_start_args(argv: list[str] | None) -> argparse.Namespace | None:
    """The arguments of a start that names no command (only the options above), as the
    full parser would give them; None for anything else (a command, --help, --version,
    an unknown or malformed option): the caller then uses cli.build_parser()."""
    parser = _GlobalOnly(prog="cxlogger", add_help=False)
    add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotPlain:
        return None
    if rest:
        return None
    args.command = None
    return args
