"""Errors escaping a user action reach the user as sentences; bugs go to the log."""

import logging
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from cxlogger.core.errors import ValidationError
from cxlogger.ui import error_handling
from cxlogger.ui.qt import QMessageBox


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(("warning", a[2])))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(("critical", a[2])))
    return shown


def test_a_full_disk_is_explained_in_a_sentence(qapp, boxes):
    orig = sqlite3.OperationalError("database or disk is full")
    error_handling.show_error(OperationalError("INSERT …", {}, orig))
    assert boxes == [("warning", boxes[0][1])]
    assert "disk is full" in boxes[0][1] and "nothing was lost" in boxes[0][1]


def test_a_user_error_is_shown_as_it_is(qapp, boxes):
    error_handling.show_error(ValidationError({"name": "Enter a name."}))
    assert boxes == [("warning", "Enter a name.")]


def test_a_bug_is_logged_with_its_traceback_and_the_user_told_where(qapp, boxes, tmp_path, caplog):
    log_path = tmp_path / "cxlogger.log"
    try:
        {}["missing"]
    except KeyError as exc:
        with caplog.at_level(logging.ERROR):
            error_handling.show_error(exc, log_path)
    assert boxes[0][0] == "critical"
    assert str(log_path) in boxes[0][1] and "saved records are safe" in boxes[0][1]
    assert "KeyError" in caplog.text and "Traceback" in caplog.text
