"""Connect to a shared server… (issue 12): fields instead of a URL, Test connection off
the GUI thread, Save writes this desk's configuration and the password to the keyring;
the password is never shown again, nor written anywhere else."""

from __future__ import annotations

import json
import os

import keyring
import pytest
from sqlalchemy.engine import make_url

from cxlogger.core.storage.paths import resolve_paths
from cxlogger.ui.dialogs.connect_dialog import ConnectDialog
from cxlogger.ui.qt import QLabel, QLineEdit
from tests.core.test_server_credentials import SECRET, MemoryKeyring

PG_URL = os.environ.get("CXLOGGER_TEST_POSTGRES_URL", "")


@pytest.fixture
def vault():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def fill(dialog, host, port, database, user, tls):
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(SECRET)
    dialog.tls.setCurrentIndex(dialog.tls.findData(tls))


def visible_texts(dialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [w.displayText() for w in dialog.findChildren(QLineEdit)]
    return texts


def test_empty_fields_are_explained_and_nothing_is_tried(qtbot, tmp_path, vault):
    dialog = ConnectDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.database.setText("")
    dialog.test_button.click()
    assert dialog.worker is None
    assert dialog.errors["host"].text().startswith("Enter the server's name")
    assert dialog.errors["user"].text().startswith("Enter the user name")


def test_test_connection_runs_off_the_gui_thread_and_says_what_failed(qtbot, tmp_path, vault):
    dialog = ConnectDialog(tmp_path)
    qtbot.addWidget(dialog)
    fill(dialog, "127.0.0.1", 1, "cxlogger", "desk1", "require")
    dialog.test_button.click()
    assert dialog.status.text() == "Connecting…"  # the click returned at once
    assert not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("✗"), timeout=15_000)
    assert "Could not connect to 127.0.0.1:1" in dialog.status.text()
    qtbot.waitUntil(dialog.test_button.isEnabled)
    assert all(SECRET not in text for text in visible_texts(dialog))


@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server (CXLOGGER_TEST_POSTGRES_URL)")
def test_test_connection_reaches_the_real_server(qtbot, tmp_path, vault):
    url = make_url(PG_URL)
    dialog = ConnectDialog(tmp_path)
    qtbot.addWidget(dialog)
    host = url.query.get("host") or url.host
    fill(dialog, host, int(url.query.get("port") or 5432), url.database, url.username, "disable")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith(("✓", "✗")), timeout=15_000)
    assert dialog.status.text().startswith("✓ Connected: PostgreSQL ")
    assert "NOT encrypted" in dialog.status.text()  # said in words, not by colour


def test_save_writes_the_configuration_and_the_keyring_and_never_shows_the_password(
    qtbot, tmp_path, vault
):
    data = tmp_path / "data"
    dialog = ConnectDialog(data)
    qtbot.addWidget(dialog)
    fill(dialog, "nas.local", 5432, "cxlogger", "desk1", "verify-full")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    assert vault.passwords == {("cxlogger", "desk1@nas.local:5432/cxlogger"): SECRET}
    text = (data / "local.json").read_text()
    assert SECRET not in text and json.loads(text)["server"]["tls"] == "verify-full"
    assert resolve_paths(data, environ={}).database_url == (
        "postgresql+psycopg://desk1@nas.local:5432/cxlogger?sslmode=verify-full"
    )
    again = ConnectDialog(data)
    qtbot.addWidget(again)
    assert (again.host.text(), again.user.text(), again.password.text()) == (
        "nas.local",
        "desk1",
        "",
    )
    assert again.tls.currentData() == "verify-full"
    assert all(SECRET not in t for t in visible_texts(again))
