"""Entry point: parse arguments, resolve paths once, start the GUI or a command."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    from cxlogger.cli_options import plain_start_args

    # a start without a command (the desktop app) parses its few options without importing
    # the commands or building their parsers; anything else goes to the full parser
    args = plain_start_args(argv)
    if args is None:
        from cxlogger import cli

        args = cli.build_parser().parse_args(argv)  # --help ends here: no logging, no database
    import logging

    from cxlogger.core.storage.paths import resolve_paths

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    paths = resolve_paths(args.data_dir, args.database_url)
    gui = args.command in (None, "gui") or (args.command == "demo" and not args.no_gui)
    if not gui:
        from cxlogger import cli

        return _run_to_pipe(cli.run_command, args, paths)
    from cxlogger.platform_check import missing_libraries_message

    missing = missing_libraries_message()  # before Qt aborts naming the wrong library
    if missing is not None:
        print(missing, file=sys.stderr)
        return 1
    if args.demo or args.command == "demo":
        from cxlogger.core.errors import DataFolderError
        from cxlogger.core.storage.paths import check_data_dir

        try:
            check_data_dir(paths.demo().data_dir)
        except DataFolderError:
            paths = paths.demo()  # the app says what is wrong with the folder, in a dialog
        else:
            from cxlogger import cli

            paths = cli.prepare_demo(paths, reset=getattr(args, "reset", False))
    from cxlogger.ui.app import run_gui  # Qt is imported only for the GUI

    return run_gui(
        paths,
        start_hidden=args.hidden,
        demo=args.demo or args.command == "demo",
        check_early=True,
    )


def _run_to_pipe(run, *args) -> int:
    """Run a command whose output may go into a pipe that closes early (``cxlogger due | head``).

    The reader has all it wanted: stop quietly, as command-line tools do, and
    point stdout at /dev/null so that Python's own final flush does not fail again.
    """
    try:
        code = run(*args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # stdout is not a real file (tests): nothing to flush
            pass
        return 1


if __name__ == "__main__":
    sys.exit(main())
