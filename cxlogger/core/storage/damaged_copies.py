"""One copy per distinct damaged database under ``damaged/``, however often it is met.

Each start on a damaged database keeps a copy of it aside (integrity.quarantine).
Someone who declines the restore and tries again must not fill the disk with one
full copy per try: a copy whose database (and WAL) bytes are the same as the
files now is reused. Sizes are compared first, so only a likely twin is hashed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cxlogger.core.storage.paths import AppPaths

KEPT = ("", "-wal")  # what makes a damaged database distinct; -shm is rebuilt on open


def damaged_root(paths: AppPaths) -> Path:
    return paths.data_dir / "damaged"


def _files(db_path: Path, folder: Path | None = None) -> list[Path]:
    """The database and its non-empty WAL (as found in ``folder``, if given)."""
    found = []
    for suffix in KEPT:
        name = db_path.name + suffix
        path = (folder / name) if folder is not None else db_path.with_name(name)
        if path.is_file() and (suffix == "" or path.stat().st_size > 0):
            found.append(path)
    return found


def _sizes(files: list[Path]) -> list[tuple[str, int]]:
    return [(p.name, p.stat().st_size) for p in files]


def _digest(files: list[Path]) -> str:
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode() + b"\0")
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
        h.update(b"\0")
    return h.hexdigest()


def existing_copy(paths: AppPaths) -> Path | None:
    """The folder under ``damaged/`` that already holds a copy of the database as it is now."""
    root = damaged_root(paths)
    try:
        folders = sorted(
            (p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")),
            reverse=True,
        )
    except OSError:
        return None
    current = _files(paths.db_path)
    if not current:
        return None
    sizes = _sizes(current)
    digest = None
    for folder in folders:
        try:
            theirs = _files(paths.db_path, folder)
            if _sizes(theirs) != sizes:
                continue
            digest = digest or _digest(current)
            if _digest(theirs) == digest:
                return folder
        except OSError:
            continue
    return None
