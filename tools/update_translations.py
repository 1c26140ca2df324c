"""Refresh the translations after user-visible strings changed (issue 14).

    .venv/bin/python tools/update_translations.py

1. ``pyside6-lupdate`` scans cxlogger/ and updates resources/translations/cxlogger_<lang>.ts:
   new strings appear as unfinished, strings no longer in the code are dropped;
2. translate the unfinished ones (Qt Linguist: ``pyside6-linguist <file>.ts``, or by hand:
   fill in ``<translation>`` and remove ``type="unfinished"``; plurals (``%n``) have one
   ``<numerusform>`` per form of the language);
3. run this again: ``pyside6-lrelease`` compiles each .ts into the .qm the app loads.

The .qm files are committed, so building the wheel needs no Qt tools;
tests/i18n/test_catalogues.py fails while a .qm is older than its .ts or a string is
untranslated. ``--check`` only reports (exit status 1 when something is missing).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "cxlogger"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es", "nb")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (pip install -e '.[test]') first")
    return found


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"cxlogger_{language}.ts"


def lupdate(ts_files: list[Path]) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            str(SOURCES),
            "-ts",
            *map(str, ts_files),
        ],
        check=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def unfinished(ts_file: Path) -> list[str]:
    """Source texts of ts_file that have no finished translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report only, change nothing")
    args = parser.parse_args(argv)
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) if args.check else FOLDER
        if args.check:
            for language in LANGUAGES:
                shutil.copy(ts_path(language), ts_path(language, folder))
        lupdate([ts_path(language, folder) for language in LANGUAGES])
        for language in LANGUAGES:
            ts = ts_path(language, folder)
            missing = unfinished(ts)
            if missing:
                status = 1
                print(f"{ts.name}: {len(missing)} untranslated, e.g. {missing[0]!r}")
            if not args.check:
                lrelease(ts, ts.with_suffix(".qm"))
    return status


if __name__ == "__main__":
    sys.exit(main())
