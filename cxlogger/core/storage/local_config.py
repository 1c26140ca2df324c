"""Per-desktop preferences (who is using this desktop), kept as JSON in the data folder.

Settings shared by everyone live in the database (core.settings); what belongs
to one desktop lives here, so several desktops can share a server database.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
FILENAME = "local.json"


def load(data_dir: Path) -> dict[str, Any]:
    path = data_dir / FILENAME
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("ignoring unreadable %s", path, exc_info=True)
        return {}


def save(data_dir: Path, values: dict[str, Any]) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".local-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(values, fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, data_dir / FILENAME)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def update(data_dir: Path, **values: Any) -> dict[str, Any]:
    current = load(data_dir)
    current.update(values)
    save(data_dir, current)
    return current
