"""The shared server's credentials (issue 12): the password only in the OS keyring (a
keyring backend set up here), a clear sentence where there is none, TLS in the URL, and
no password in any log file, error, exception text, export or configuration file."""

from __future__ import annotations

import json
import logging
import os
import traceback

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import event
from sqlalchemy.engine import make_url

from cxlogger.__main__ import main
from cxlogger.core.errors import UserError
from cxlogger.core.storage import server_config
from cxlogger.core.storage.db import make_engine, open_database
from cxlogger.core.storage.paths import resolve_paths
from cxlogger.core.storage.server_config import KeyringMissing, ServerSettings

PG_URL = os.environ.get("CXLOGGER_TEST_POSTGRES_URL", "")
SECRET = "Pa55-w0rd-xyzzy"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict (the test's own backend)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture
def vault():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


SERVER = ServerSettings(host="nas.local", database="cxlogger", user="desk1", port=5433)


def test_save_keeps_the_password_in_the_keyring_and_the_url_holds_none(tmp_path, vault):
    data = tmp_path / "data"
    server_config.save(data, SERVER, SECRET)
    assert vault.passwords == {("cxlogger", "desk1@nas.local:5433/cxlogger"): SECRET}
    stored = json.loads((data / "local.json").read_text())
    assert stored["server"] == {
        "host": "nas.local",
        "database": "cxlogger",
        "user": "desk1",
        "port": 5433,
        "tls": "verify-full",
    }
    assert SECRET not in (data / "local.json").read_text()
    # the next start uses it: a URL with TLS and without the password
    paths = resolve_paths(data, environ={})
    assert paths.database_url == (
        "postgresql+psycopg://desk1@nas.local:5433/cxlogger?sslmode=verify-full"
    )
    assert make_url(paths.database_url).password is None


def test_the_engine_gets_the_password_from_the_keyring_when_it_connects(tmp_path, vault):
    server_config.save(tmp_path, SERVER, SECRET)
    engine = make_engine(SERVER.url())
    try:
        assert SECRET not in repr(engine.url) and SECRET not in str(engine.url)
        cparams: dict = {}
        engine.dialect.dispatch.do_connect(engine.dialect, None, [], cparams)
        assert cparams == {"password": SECRET}
    finally:
        engine.dispose()


def test_without_a_keyring_nothing_is_saved_and_the_sentence_says_what_to_do(tmp_path, no_keyring):
    with pytest.raises(KeyringMissing) as caught:
        server_config.save(tmp_path / "data", SERVER, SECRET)
    assert "no password store (keyring)" in str(caught.value)
    assert "~/.pgpass" in str(caught.value)
    assert not (tmp_path / "data" / "local.json").exists()
    # and a desk without a keyring still starts: the driver is simply given no password
    assert server_config.password_hook(make_url(SERVER.url())) is None


def test_settings_are_checked_before_anything_is_tried():
    problems = ServerSettings(host=" ", database="", user="", port=0, tls="maybe").errors()
    assert set(problems) == {"host", "database", "user", "port", "tls"}


def _scan(texts: list[str]) -> None:
    for text in texts:
        assert SECRET not in text


def test_no_password_in_any_log_file_error_or_exception_text(tmp_path, vault, capsys):
    """A server that does not answer, with the password in the keyring: the failed test
    connection, the failed start and the CLI's message, and the log file, never show it."""
    data = tmp_path / "data"
    unreachable = ServerSettings(
        host="127.0.0.1", database="cxlogger", user="desk1", port=1, tls="require"
    )
    server_config.save(data, unreachable, SECRET)
    log_file = tmp_path / "cxlogger.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(handler)
    level = root.level
    root.setLevel(logging.DEBUG)
    texts: list[str] = []
    try:
        with pytest.raises(UserError) as tried:
            server_config.test_connection(unreachable, SECRET, timeout=2)
        assert "Could not connect to 127.0.0.1:1" in str(tried.value)
        with pytest.raises(UserError) as opened:
            open_database(resolve_paths(data, environ={}))
        assert "could not open its database" in str(opened.value)
        for caught in (tried.value, opened.value):
            texts.append("".join(traceback.format_exception(caught)))
            texts += [str(caught), repr(caught)]
        with pytest.raises(SystemExit) as ended:
            main(["--data-dir", str(data), "due"])
        assert ended.value.code == 2
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()
    printed = capsys.readouterr()
    assert "could not open its database" in printed.err
    texts += [printed.out, printed.err, log_file.read_text(encoding="utf-8")]
    texts += [p.read_text(errors="replace") for p in data.rglob("*") if p.is_file()]
    assert log_file.stat().st_size > 0  # something was logged, and scanned
    _scan(texts)


@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server (CXLOGGER_TEST_POSTGRES_URL)")
def test_connecting_to_the_real_server_with_the_fields_of_the_dialog(tmp_path, vault):
    url = make_url(PG_URL)
    local = ServerSettings(
        host=url.query.get("host") or url.host,
        database=url.database,
        user=url.username,
        port=int(url.query.get("port") or url.port or 5432),
        tls="disable",  # the test server has no certificate
    )
    assert server_config.test_connection(local, SECRET).startswith("Connected: PostgreSQL ")
    # a database that is not there: a sentence, no password
    with pytest.raises(UserError) as caught:
        server_config.test_connection(
            ServerSettings(local.host, "no_such_db", local.user, local.port, "disable"), SECRET
        )
    assert "Could not connect" in str(caught.value) and SECRET not in str(caught.value)
    # saved and started from: the engine hands the keyring's password to the driver
    server_config.save(tmp_path, local, SECRET)
    paths = resolve_paths(tmp_path, environ={})
    assert SECRET not in paths.url
    given = []
    db = open_database(paths)
    try:
        event.listen(
            db.engine, "do_connect", lambda d, r, a, cparams: given.append(cparams.get("password"))
        )
        db.engine.dispose()
        with db.session() as s:
            s.connection()
        assert given == [SECRET]
    finally:
        db.dispose()
