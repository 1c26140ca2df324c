"""The shared server this desk uses, without a password in any file (issue 12).

"Connect to a shared server…" (ui/connect_dialog.py) stores the host, port, database,
user and TLS mode in this desk's ``local.json`` and the password in the operating
system's keyring (the ``keyring`` library: Windows Credential Manager, macOS Keychain,
GNOME Keyring / KWallet / Secret Service). The database URL the app uses is built from
those fields and holds no password; the engine asks for the password when it connects
(``password_hook``), so it never sits in a URL, a log line, an error or a screen.

Where no keyring exists, saving the password says so plainly; PostgreSQL's own
``~/.pgpass`` file (or PGPASSWORD) still works, since libpq reads it itself.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

from cxlogger.core.errors import UserError

log = logging.getLogger(__name__)

SERVICE = "cxlogger"  # the keyring's service name
CONFIG_KEY = "server"  # in local.json
# libpq's sslmode values we offer, strongest first; verify-full is the recommended one
TLS_MODES = ("verify-full", "require", "disable")
NO_KEYRING = (
    "This computer has no password store (keyring) cxlogger can use, so the password "
    "was not saved. Install one (GNOME Keyring or KWallet on Linux; Windows and macOS have "
    "one built in), or put the password in PostgreSQL's own ~/.pgpass file, which is read "
    "when cxlogger connects. Nothing else was changed."
)


class KeyringMissing(UserError):
    """No usable keyring backend: the password could not be stored."""


@dataclass(frozen=True)
class ServerSettings:
    host: str
    database: str
    user: str
    port: int = 5432
    tls: str = "verify-full"

    def errors(self) -> dict[str, str]:
        errors = {}
        if not self.host.strip():
            errors["host"] = "Enter the server's name or address, e.g. nas.local."
        if not self.database.strip():
            errors["database"] = "Enter the database's name, e.g. cxlogger."
        if not self.user.strip():
            errors["user"] = "Enter the user name cxlogger logs in with."
        if not 1 <= int(self.port) <= 65535:
            errors["port"] = "A port is a number from 1 to 65535 (PostgreSQL's is 5432)."
        if self.tls not in TLS_MODES:
            errors["tls"] = "Choose how the connection is protected."
        return errors

    @property
    def account(self) -> str:
        """The keyring's user name for this server: one password per user and server."""
        return account_for(self.user, self.host, self.port, self.database)

    def url(self) -> str:
        """The database URL, without any password."""
        host = self.host.strip()
        if host.startswith("/"):  # a Unix socket folder: a server on this computer
            return (
                f"postgresql+psycopg://{quote(self.user.strip(), safe='')}@"
                f"/{quote(self.database.strip(), safe='')}?host={quote(host)}"
                f"&port={int(self.port)}&sslmode={self.tls}"
            )
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"  # an IPv6 address
        return (
            f"postgresql+psycopg://{quote(self.user.strip(), safe='')}@{host}:{int(self.port)}"
            f"/{quote(self.database.strip(), safe='')}?sslmode={self.tls}"
        )


def account_for(user: str, host: str, port: int | None, database: str) -> str:
    return f"{user.strip()}@{host.strip()}:{int(port or 5432)}/{database.strip()}"


# --------------------------------------------------------------------------- keyring


def _keyring():
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringMissing(NO_KEYRING)
    return keyring


def store_password(settings: ServerSettings, password: str) -> None:
    """Keep the password in the OS keyring (raises KeyringMissing where there is none)."""
    keyring = _keyring()
    try:
        if password:
            keyring.set_password(SERVICE, settings.account, password)
        else:
            try:
                keyring.delete_password(SERVICE, settings.account)
            except keyring.errors.PasswordDeleteError:
                pass
    except keyring.errors.KeyringError as exc:
        log.warning("the keyring refused the password (%s)", type(exc).__name__)
        raise KeyringMissing(NO_KEYRING) from None


def stored_password(account: str) -> str | None:
    """The keyring's password for ``account``; None if none, or no keyring (never raises)."""
    try:
        return _keyring().get_password(SERVICE, account)
    except Exception as exc:  # no backend, a locked store, D-Bus missing: libpq's own ways
        log.info("no password from the keyring (%s)", type(exc).__name__)
        return None


def password_hook(url) -> object | None:
    """For a server URL without a password: a ``do_connect`` listener that hands the
    keyring's password to the driver at each connection (None if the keyring has none)."""
    host = url.host or url.query.get("host")
    if url.password or not host or not url.username:
        return None
    port = url.port or url.query.get("port")
    password = stored_password(account_for(url.username, str(host), port, url.database or ""))
    if not password:
        return None

    def do_connect(_dialect, _record, _cargs, cparams) -> None:
        cparams.setdefault("password", password)

    return do_connect


# --------------------------------------------------------------------------- local.json


def load(data_dir: Path) -> ServerSettings | None:
    from cxlogger.core.storage import local_config

    stored = local_config.load(data_dir).get(CONFIG_KEY)
    if not isinstance(stored, dict):
        return None
    try:
        return ServerSettings(**{k: stored[k] for k in ("host", "database", "user", "port", "tls")})
    except (KeyError, TypeError):
        log.warning("ignoring an unreadable server entry in local.json")
        return None


def save(data_dir: Path, settings: ServerSettings, password: str) -> None:
    """Store the server (without password) for this desk, and the password in the keyring.
    The password goes first: without a keyring nothing is changed."""
    from cxlogger.core.storage import local_config
    from cxlogger.core.storage.paths import ensure_private_dir

    store_password(settings, password)
    ensure_private_dir(data_dir)
    local_config.update(data_dir, **{CONFIG_KEY: asdict(settings)})


def forget(data_dir: Path) -> None:
    """Back to the local database file (the keyring entry stays for a later reconnect)."""
    from cxlogger.core.storage import local_config

    values = local_config.load(data_dir)
    if values.pop(CONFIG_KEY, None) is not None:
        local_config.save(data_dir, values)


def configured_url(data_dir: Path) -> str | None:
    """The server URL this desk was connected to (no password), if any."""
    if not (data_dir / "local.json").exists():
        return None
    settings = load(data_dir)
    return settings.url() if settings is not None else None


# --------------------------------------------------------------------------- trying it


def test_connection(settings: ServerSettings, password: str, timeout: int = 8) -> str:
    """Connect once and say what was found; raises UserError with a sentence (which never
    holds the password). Runs off the GUI thread."""
    from sqlalchemy import create_engine, text

    problems = settings.errors()
    if problems:
        raise UserError(" ".join(problems.values()))
    args: dict = {"connect_timeout": timeout}
    if password:
        args["password"] = password
    engine = create_engine(settings.url(), connect_args=args, poolclass=_null_pool())
    try:
        with engine.connect() as con:
            version = con.execute(text("SHOW server_version")).scalar()
            tls = con.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar()
    except ImportError as exc:
        raise UserError(
            f"The PostgreSQL driver ({exc.name}) is not installed: pip install 'psycopg[binary]'."
        ) from None
    except Exception as exc:
        reason = " ".join(str(getattr(exc, "orig", None) or exc).strip().splitlines()[:1])
        if password:
            reason = reason.replace(password, "***")
        raise UserError(
            f"Could not connect to {settings.host}:{settings.port}: {reason or 'no answer'}. "
            "Check the address, the user name and the password, and that the server "
            "accepts connections from this computer."
        ) from None
    finally:
        engine.dispose()
    protected = "encrypted (TLS)" if tls else "NOT encrypted"
    return f"Connected: PostgreSQL {version}, {protected}."


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool
