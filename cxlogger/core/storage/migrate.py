"""Alembic, driven from code: the schema's revisions live in core/migrations.

Start-up only needs to know whether the database is current. That is read from
the revision files' names (NNNN_name.py, revision "NNNN"), so Alembic itself is
imported only when there is something to migrate; a test keeps the two in step.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cxlogger.core.errors import SchemaTooNewError

TYPE_CHECKING = False  # as typing.TYPE_CHECKING: knowing the head revision loads no SQLAlchemy
if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def known_revisions() -> tuple[str, ...]:
    """Revisions this cxlogger knows, oldest first."""
    names = (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return tuple(sorted(path.name.split("_", 1)[0] for path in names))


def head_revision() -> str:
    return known_revisions()[-1]


def is_known_revision(revision: str) -> bool:
    return revision in known_revisions()


def current_revision(connection: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(connection: Connection) -> None:
    current = current_revision(connection)
    if current is not None and not is_known_revision(current):
        raise SchemaTooNewError(
            f"This database was written by a newer version of cxlogger (schema {current}). "
            "Install the newer cxlogger to open it; nothing was changed."
        )
    if current != head_revision():
        from alembic import command

        if connection.dialect.name == "sqlite":
            _begin_sqlite_transaction(connection)
            _drop_leftover_batch_tables(connection)
        command.upgrade(alembic_config(connection), "head")


def _begin_sqlite_transaction(connection: Connection) -> None:
    """Make the whole upgrade one SQLite transaction, so a killed one leaves nothing.

    Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so the
    CREATE TABLE of Alembic's batch mode would otherwise be committed on its own:
    killed before the end, an upgrade left its ``_alembic_tmp_*`` table behind and
    every later upgrade failed on it.
    """
    driver = connection.connection.driver_connection
    if not driver.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _drop_leftover_batch_tables(connection: Connection) -> None:
    """Drop the copies an upgrade by cxlogger 0.1, killed midway, left behind."""
    names = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND substr(name, 1, 13) = '_alembic_tmp_'"
    ).scalars()
    for name in list(names):
        connection.exec_driver_sql(f'DROP TABLE "{name}"')
