"""Small helpers shared by the foundation tests."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from cxlogger.core.storage.db import Database, open_database
from cxlogger.core.storage.paths import AppPaths, ensure_private_dir


@contextmanager
def local_timezone(name: str):
    """Run with the process's local time zone set to ``name`` (e.g. "Europe/Berlin")."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


def per_action(session: Session) -> Session:
    """Let one test session stand in for the app's fresh session per user action.

    A read autobegins a transaction; services open their own with
    ``session.begin()``, so the read's transaction is ended first.
    """
    begin = session.begin

    def fresh_begin(*args, **kwargs):
        if session.in_transaction():
            session.commit()
        return begin(*args, **kwargs)

    session.begin = fresh_begin
    return session


_template: Path | None = None


def open_fresh_database(paths: AppPaths) -> Database:
    """A new, empty database at head, as open_database makes it, but quick.

    Migrating from nothing takes a few tenths of a second; the first call does
    it once and later calls copy that empty file into the test's data folder.
    open_database still runs on the copy (it finds the schema up to date).
    """
    global _template
    if _template is None or not _template.exists():
        folder = Path(tempfile.mkdtemp(prefix="cxlogger-template-"))
        template_paths = AppPaths(folder / "data")
        open_database(template_paths).dispose()
        _template = template_paths.db_path
    ensure_private_dir(paths.data_dir)
    shutil.copyfile(_template, paths.db_path)
    os.chmod(paths.db_path, 0o600)
    return open_database(paths)
