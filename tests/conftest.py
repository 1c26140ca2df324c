"""Shared fixtures: a fresh private data folder and database per test, a fixed clock."""

import os

# Qt must never need a display in tests; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CXLOGGER_DATA_DIR", None)
os.environ.pop("CXLOGGER_DATABASE_URL", None)

from datetime import datetime, timezone  # noqa: E402

import pytest  # noqa: E402

from cxlogger.core.records import staff as staff_mod
from cxlogger.core.storage.paths import AppPaths  # noqa: E402
from tests.helpers import open_fresh_database, per_action  # noqa: E402

# A fixed "now": Wednesday 2026-03-11 10:00 UTC.
NOW = datetime(2026, 3, 11, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def now():
    return NOW


@pytest.fixture
def paths(tmp_path):
    return AppPaths(tmp_path / "data")


@pytest.fixture
def db(paths):
    """A fresh, empty database at head in the test's own data folder."""
    database = open_fresh_database(paths)
    yield database
    database.dispose()


@pytest.fixture
def session(db):
    """One session standing in for the app's session per user action."""
    with db.session() as s:
        yield per_action(s)


@pytest.fixture
def me(session):
    """The staff member using the app."""
    return staff_mod.add_staff(session, "Alex Owner", NOW)


# --- ending the test process --------------------------------------------------------------
# After a whole run, Python 3.13 with PySide6 6.12 can crash while the interpreter tears down
# the thousands of Qt objects the tests left behind ("shared QObject was deleted directly",
# then SIGSEGV), after every test has passed and the summary is printed. The app itself
# quits cleanly (tests/ui/test_startup.py and the CI smoke test start and quit real
# processes); so, once pytest has reported, the process ends with pytest's own exit status
# without that teardown.
_exit_status: list[int] = []


def pytest_sessionfinish(session, exitstatus):
    _exit_status.append(int(exitstatus))


def pytest_unconfigure(config):
    if _exit_status and not hasattr(config, "workerinput"):
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[-1])


# --- a throwaway PostgreSQL server (issue 12) -----------------------------------------------
@pytest.fixture(scope="session")
def pg_server():
    """One server for every test that stops and starts it; skipped without binaries."""
    from tests.pg_server import PgServer

    server = PgServer()
    yield server
    server.close()


@pytest.fixture
def pg(pg_server):
    """The server, running, with an empty database."""
    if not pg_server.is_up():
        pg_server.start()
    pg_server.wipe()
    yield pg_server
    if not pg_server.is_up():
        pg_server.start()
