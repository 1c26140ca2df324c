"""`cxlogger export --help` points to the CSV column list where it really is, installed."""

import subprocess
import sys
from pathlib import Path


def test_export_help_names_the_installed_column_list():
    out = subprocess.run(
        [sys.executable, "-m", "cxlogger", "export", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = " ".join(out.split())  # argparse wraps long paths
    path = Path(words.split("Columns are listed in ", 1)[1].split(" ", 1)[0])
    assert path.name == "csv-columns.md" and path.is_file()
    assert "interactions" in path.read_text(encoding="utf-8")
