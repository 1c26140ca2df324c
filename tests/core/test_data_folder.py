"""An unusable data folder (a file in its place, not writable, a read-only disk) is one sentence.

Tests run as root, for whom a chmod'ed folder is still writable. So the
read-only case runs the command as the user "nobody" (with setpriv) on a folder
root owns (the "created with sudo" case); as an ordinary user it uses chmod 0500. A
read-only disk is simulated in-process by patching os.access and os.statvfs.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from cxlogger.__main__ import main
from cxlogger.core.errors import DataFolderError
from cxlogger.core.storage import paths as paths_mod
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths, check_data_dir

COMMANDS = [["due"], ["check"], ["backup", "--list"], ["backup"], ["customer-export", "1"]]


def run_cli(data_dir, *argv, as_user: list[str] | None = None, cwd=None):
    return subprocess.run(
        [*(as_user or []), sys.executable, "-m", "cxlogger", "--data-dir", str(data_dir), *argv],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
    )


def one_sentence(result, *expected: str) -> str:
    assert result.returncode == 2, result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message  # no traceback, no second line
    assert "Traceback" not in message and "Error:" not in message
    assert "restore" not in message.lower()  # `check` used to advise restoring a backup
    for part in expected:
        assert part in message, message
    return message


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: a[0])
def test_a_file_where_the_data_folder_should_be(tmp_path, argv):
    data = tmp_path / "data"
    data.write_text("my shopping list\n")
    message = one_sentence(run_cli(data, *argv), f"The data folder {data} is a file, not a folder")
    assert "Move that file away, or choose another folder with --data-dir" in message
    assert data.read_text() == "my shopping list\n"


@pytest.mark.parametrize("argv", COMMANDS[:2], ids=lambda a: a[0])
def test_a_data_folder_under_a_file(tmp_path, argv):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    data = blocker / "cxlogger"
    one_sentence(
        run_cli(data, *argv),
        f"The data folder {data} cannot be created: {blocker} is a file, not a folder.",
    )


AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def read_only_data(tmp_path):
    """A data folder with a database that this test's command may not write to.

    Returns (folder, the command prefix that runs as another user, the words that explain why).
    """
    base = Path(tempfile.mkdtemp(prefix="cxlogger-ro-"))
    os.chmod(base, 0o755)
    data = base / "data"
    open_database(AppPaths(data)).dispose()
    try:
        if hasattr(os, "getuid") and os.getuid() == 0:
            os.chmod(data, 0o755)  # "made with sudo": root's folder, readable by all
            os.chmod(data / "cxlogger.sqlite3", 0o644)
            if shutil.which("setpriv") is None:
                pytest.skip("running as root without setpriv to become another user")
            probe = subprocess.run(
                [*AS_NOBODY, sys.executable, "-c", "import cxlogger"],
                capture_output=True,
                cwd=base,
            )
            if probe.returncode != 0:
                pytest.skip("cannot run Python as the user nobody here")
            yield data, AS_NOBODY, "it belongs to the user root, not to you"
        else:
            os.chmod(data, 0o500)
            yield data, None, "its permissions do not allow writing"
    finally:
        os.chmod(data, 0o700)
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX users and permissions")
@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: a[0])
def test_a_read_only_data_folder(read_only_data, argv):
    data, as_user, why = read_only_data
    before = (data / "cxlogger.sqlite3").read_bytes()
    files_before = sorted(p.name for p in data.iterdir())
    result = run_cli(data, *argv, as_user=as_user, cwd=data.parent)
    one_sentence(result, f"The data folder {data} cannot be used: {why}.")
    assert (data / "cxlogger.sqlite3").read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == files_before  # nothing created


def test_a_read_only_disk_in_process(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    open_database(AppPaths(data)).dispose()
    monkeypatch.setattr(paths_mod.os, "access", lambda path, mode: False)
    monkeypatch.setattr(paths_mod.os, "statvfs", lambda path: SimpleNamespace(f_flag=os.ST_RDONLY))
    assert main(["--data-dir", str(data), "due"]) == 2
    message = capsys.readouterr().err.strip()
    assert message == (
        f"cxlogger: The data folder {data} cannot be used: it is on a disk that is mounted "
        "read-only. Mount it for writing, or choose another folder with --data-dir "
        "(or CXLOGGER_DATA_DIR)."
    )


def test_check_data_dir_accepts_a_new_or_good_folder_and_changes_nothing(tmp_path):
    check_data_dir(tmp_path / "new" / "data")  # can be created
    assert not (tmp_path / "new").exists()
    open_database(AppPaths(tmp_path / "data")).dispose()
    check_data_dir(tmp_path / "data")
    (tmp_path / "file").write_text("")
    with pytest.raises(DataFolderError, match="is a file, not a folder"):
        check_data_dir(tmp_path / "file")
