"""Where cxlogger keeps its data, resolved once at start-up and passed in."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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
    chosen = data_dir or env.get(ENV_DATA_DIR)
    if not chosen:
        import platformdirs  # only here: it pulls in tempfile, shutil, bz2, lzma (``--help``)

        chosen = platformdirs.user_data_dir(APP_NAME, False)
    folder = Path(chosen).expanduser().resolve()
    url = database_url or env.get(ENV_DATABASE_URL) or None
    if url is None:  # the server "Connect to a shared server…" set up (no password in it)
        from cxlogger.core.storage.server_config import configured_url

        url = configured_url(folder)
    return AppPaths(folder, url)


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


_OTHER_FOLDER = "or choose another folder with --data-dir (or CXLOGGER_DATA_DIR)."


def _why_not_writable(path: Path) -> str:
    """Why the user may not write to ``path`` (which exists) and what to do, for a sentence."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return (
                "it is on a disk that is mounted read-only. Mount it for writing, " + _OTHER_FOLDER
            )
    except (AttributeError, OSError):
        pass
    try:
        owner = path.stat().st_uid
        if hasattr(os, "getuid") and owner != os.getuid():
            import pwd

            try:
                name = pwd.getpwuid(owner).pw_name
            except KeyError:
                name = str(owner)
            return (
                f"it belongs to the user {name}, not to you. Give it to your "
                f"user (for example: sudo chown -R $USER '{path}'), " + _OTHER_FOLDER
            )
    except (ImportError, OSError):
        pass
    return (
        "its permissions do not allow writing. Make it writable for your user again "
        f"(for example: chmod u+rwx '{path}'), " + _OTHER_FOLDER
    )


def _owned(path: Path) -> bool:
    """True if the user owns ``path`` (and so can keep it private), or is root."""
    if not hasattr(os, "getuid") or os.getuid() == 0:
        return True
    return path.stat().st_uid == os.getuid()


def check_data_dir(data_dir: Path) -> None:
    """Raise DataFolderError with one sentence if cxlogger cannot keep its data in ``data_dir``.

    Looks without changing anything: a file where the folder (or one of its
    parents) should be, a folder (or database file) the user may not write to,
    a read-only disk. A folder that does not exist yet is fine if it can be created.
    """
    from cxlogger.core.errors import DataFolderError

    data_dir = Path(data_dir)
    try:
        if data_dir.exists() and not data_dir.is_dir():
            raise DataFolderError(
                f"The data folder {data_dir} is a file, not a folder, so cxlogger cannot keep "
                f"its data there. Move that file away, {_OTHER_FOLDER}"
            )
        existing = data_dir
        while not existing.exists() and existing.parent != existing:
            existing = existing.parent
        if existing != data_dir:
            if not existing.is_dir():
                raise DataFolderError(
                    f"The data folder {data_dir} cannot be created: {existing} is a file, "
                    f"not a folder. Move that file away, {_OTHER_FOLDER}"
                )
            if not os.access(existing, os.W_OK | os.X_OK):
                raise DataFolderError(
                    f"The data folder {data_dir} cannot be created in {existing}: "
                    + _why_not_writable(existing)
                )
            return
        if not os.access(data_dir, os.R_OK | os.W_OK | os.X_OK) or not _owned(data_dir):
            raise DataFolderError(
                f"The data folder {data_dir} cannot be used: " + _why_not_writable(data_dir)
            )
        for name in (DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm"):
            path = data_dir / name
            if path.exists() and not os.access(path, os.R_OK | os.W_OK):
                raise DataFolderError(
                    f"The database {path} cannot be used: " + _why_not_writable(path)
                )
    except OSError as exc:  # e.g. a folder on a disk that went away
        raise DataFolderError(
            f"The data folder {data_dir} cannot be used: {exc.strerror or exc}. "
            f"Check that its disk is there, {_OTHER_FOLDER}"
        ) from exc
