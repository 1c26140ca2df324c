"""Where cxlogger keeps its data, resolved once at start-up and passed in."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from cxlogger import APP_NAME

ENV_DATA_DIR = "CXLOGGER_DATA_DIR"
ENV_DATABASE_URL = "CXLOGGER_DATABASE_URL"
DB_FILENAME = "cxlogger.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    database_url: str | None = None  # a server URL (PostgreSQL) instead of the local file

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def url(self) -> str:
        return self.database_url or f"sqlite:///{self.db_path}"

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def demo(self) -> AppPaths:
        """The separate demo data folder, so a demo never touches real data."""
        return AppPaths(self.data_dir / "demo")


def resolve_paths(
    data_dir: str | os.PathLike | None = None,
    database_url: str | None = None,
    environ: os._Environ | dict | None = None,
) -> AppPaths:
    """Command line beats environment beats the platformdirs default."""
    env = os.environ if environ is None else environ
    chosen = data_dir or env.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP_NAME, False)
    url = database_url or env.get(ENV_DATABASE_URL) or None
    return AppPaths(Path(chosen).expanduser().resolve(), url)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and any missing parents) readable by the user only, whatever the umask."""
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):  # mkdir -p would make the parents 0777 & ~umask
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def make_private(path: Path) -> None:
    """Restrict an existing file to the user (0600), whatever the umask was."""
    if path.exists():
        os.chmod(path, 0o600)
