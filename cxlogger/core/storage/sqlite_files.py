"""Facts about SQLite files, kept free of SQLAlchemy so start-up checks can run early."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_uri(path: Path, mode: str = "ro", immutable: bool = False) -> str:
    """A file: URI for sqlite3.connect(uri=True); read-only unless ``mode`` says otherwise."""
    uri = f"file:{quote(str(path))}?mode={mode}"
    return uri + "&immutable=1" if immutable else uri
