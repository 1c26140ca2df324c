"""Alembic, driven from code: the schema's revisions live in core/migrations."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from cxlogger.core.errors import SchemaTooNewError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return _script().get_current_head()


def is_known_revision(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except Exception:
        return False


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection) -> None:
    current = current_revision(connection)
    if current is not None and not is_known_revision(current):
        raise SchemaTooNewError(
            f"This database was written by a newer version of cxlogger (schema {current}). "
            "Install the newer cxlogger to open it; nothing was changed."
        )
    if current != head_revision():
        command.upgrade(alembic_config(connection), "head")
