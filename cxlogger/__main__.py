"""Entry point: parse arguments, resolve paths once, start the GUI or a command."""

from __future__ import annotations

import logging
import sys


def main(argv: list[str] | None = None) -> int:
    from cxlogger import cli

    args = cli.build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    paths = cli.resolve_from_args(args)
    gui = args.command in (None, "gui") or (args.command == "demo" and not args.no_gui)
    if not gui:
        return cli.run_command(args, paths)
    if args.demo or args.command == "demo":
        paths = cli.prepare_demo(paths, reset=getattr(args, "reset", False))
    from cxlogger.core.integrity import EarlyQuickCheck

    early_check = EarlyQuickCheck(paths)  # reads the database while Qt loads
    from cxlogger.ui.app import run_gui  # Qt is imported only for the GUI

    return run_gui(
        paths,
        start_hidden=args.hidden,
        demo=args.demo or args.command == "demo",
        early_check=early_check,
    )


if __name__ == "__main__":
    sys.exit(main())
