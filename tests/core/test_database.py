import hashlib
import os
import sqlite3
import stat

import pytest
from sqlalchemy import text

from cxlogger.core.errors import NotADatabaseError, SchemaTooNewError
from cxlogger.core.storage import migrate
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths, resolve_paths


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_folder_is_migrated_to_head(paths):
    db = open_database(paths)
    with db.engine.connect() as con:
        assert migrate.current_revision(con) == migrate.head_revision()
        tables = {r[0] for r in con.execute(text("SELECT name FROM sqlite_master"))}
    db.dispose()
    assert {"customers", "interactions", "promises", "staff", "feedback", "followups"} <= tables


def test_every_connection_gets_the_pragmas(db):
    with db.engine.connect() as con:
        assert con.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert con.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert con.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert con.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_data_folder_and_database_are_private_even_with_umask_022(tmp_path):
    old = os.umask(0o022)
    try:
        paths = AppPaths(tmp_path / "private" / "data")
        db = open_database(paths)
        with db.session() as s, s.begin():
            s.execute(text("INSERT INTO settings(key, value) VALUES ('x', '1')"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(paths.data_dir).st_mode) == 0o700
    for suffix in ("", "-wal", "-shm"):
        f = paths.data_dir / (paths.db_path.name + suffix)
        if f.exists():
            assert stat.S_IMODE(os.stat(f).st_mode) == 0o600, f
    db.dispose()


def test_database_from_newer_version_is_refused_and_untouched(paths):
    open_database(paths).dispose()
    con = sqlite3.connect(paths.db_path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    before = digest(paths.db_path)
    with pytest.raises(SchemaTooNewError, match="newer version of cxlogger"):
        open_database(paths)
    assert digest(paths.db_path) == before


@pytest.mark.parametrize("content", [b"", b"hello, this is a text file\n" * 100])
def test_a_file_that_is_not_a_database_is_refused_and_untouched(paths, content):
    paths.data_dir.mkdir(parents=True)
    paths.db_path.write_bytes(content)
    with pytest.raises(NotADatabaseError, match="not a cxlogger database"):
        open_database(paths)
    assert paths.db_path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused_and_untouched(paths):
    paths.data_dir.mkdir(parents=True)
    con = sqlite3.connect(paths.db_path)
    con.execute("CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = digest(paths.db_path)
    with pytest.raises(NotADatabaseError):
        open_database(paths)
    assert digest(paths.db_path) == before


def test_paths_resolve_from_argument_then_environment(tmp_path):
    env = {"CXLOGGER_DATA_DIR": str(tmp_path / "env")}
    assert resolve_paths(None, environ=env).data_dir == tmp_path / "env"
    assert resolve_paths(tmp_path / "arg", environ=env).data_dir == tmp_path / "arg"
    assert resolve_paths(None, environ={}).data_dir.name == "cxlogger"
