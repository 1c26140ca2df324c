"""A start without a command parses its options without the commands' parsers (issue 10),
and gets exactly what the full parser gives; everything else goes to the full parser."""

import pytest

from cxlogger import cli
from cxlogger.__main__ import main
from cxlogger.cli_options import plain_start_args

PLAIN = [
    [],
    ["--data-dir", "/some/where"],
    ["--data-dir=/some/where", "--hidden"],
    ["--demo", "--hidden", "--data-dir", "x y"],
    ["--database-url", "postgresql://host/db"],
    ["--hid"],  # an abbreviation, as argparse allows
]

NOT_PLAIN = [
    ["due"],
    ["--data-dir", "x", "due", "--json"],
    ["gui"],
    ["demo", "--no-gui"],
    ["--help"],
    ["-h"],
    ["--version"],
    ["--data-dir"],  # no value: the full parser says so
    ["--bogus"],
    ["--d", "x"],  # ambiguous: --data-dir, --database-url, --demo
]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_start_gets_what_the_full_parser_gives(argv):
    assert vars(plain_start_args(argv)) == vars(cli.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", NOT_PLAIN)
def test_anything_else_is_left_to_the_full_parser(argv):
    assert plain_start_args(argv) is None


def test_help_and_errors_still_come_from_the_full_parser(capsys):
    with pytest.raises(SystemExit) as ended:
        main(["--help"])
    assert ended.value.code == 0
    out = capsys.readouterr().out
    assert "COMMAND" in out and "losing-touch" in out and "--data-dir DIR" in out
    with pytest.raises(SystemExit) as ended:
        main(["--data-dir"])
    assert ended.value.code == 2
    assert "--data-dir: expected one argument" in capsys.readouterr().err
