"""The app on an unusable data folder shows one sentence in a message box, then exits."""

import os
from types import SimpleNamespace

import pytest

from cxlogger.__main__ import main
from cxlogger.core.storage import paths as paths_mod
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths
from cxlogger.ui import app as app_mod
from cxlogger.ui.qt import QMessageBox


@pytest.fixture
def boxes(qapp, monkeypatch):
    shown = []

    def critical(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)  # (app.py's, too: the same class)
    return shown


def test_a_file_instead_of_the_data_folder_gets_a_dialog(tmp_path, boxes):
    data = tmp_path / "data"
    data.write_text("not a folder")
    assert main(["--data-dir", str(data)]) == 2  # the real start path, up to the dialog
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "cxlogger cannot use its data folder"
    assert text.startswith(f"The data folder {data} is a file, not a folder")
    assert data.read_text() == "not a folder"


def test_a_data_folder_under_a_file_gets_a_dialog_in_demo_too(tmp_path, boxes):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    data = blocker / "cxlogger"
    assert main(["--data-dir", str(data), "demo"]) == 2
    assert [text for _, text in boxes] == [
        f"The data folder {data / 'demo'} cannot be created: {blocker} is a file, not a folder. "
        "Move that file away, or choose another folder with --data-dir (or CXLOGGER_DATA_DIR)."
    ]


def test_a_read_only_data_folder_gets_a_dialog(tmp_path, boxes, monkeypatch):
    paths = AppPaths(tmp_path / "data")
    open_database(paths).dispose()
    before = paths.db_path.read_bytes()
    files_before = sorted(p.name for p in paths.data_dir.iterdir())
    # root may write anywhere: the read-only disk is simulated where the check looks
    monkeypatch.setattr(paths_mod.os, "access", lambda path, mode: False)
    monkeypatch.setattr(paths_mod.os, "statvfs", lambda path: SimpleNamespace(f_flag=os.ST_RDONLY))
    assert app_mod.run_gui(paths) == 2
    assert len(boxes) == 1
    assert boxes[0][1].startswith(
        f"The data folder {paths.data_dir} cannot be used: it is on a disk that is mounted "
        "read-only."
    )
    assert paths.db_path.read_bytes() == before
    assert sorted(p.name for p in paths.data_dir.iterdir()) == files_before  # nothing created
