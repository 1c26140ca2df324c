"""amounts in 64 bits on every database: interactions.amount_minor as BIGINT

SQLite's INTEGER already holds 64 bits, so this changes nothing there. On
PostgreSQL, INTEGER is 32 bits: anything from 21,474,836.48 EUR up (or about
2.1 billion in a currency without decimals) could not be saved, while the app
accepts amounts up to 10**15 minor units.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.alter_column(
        "interactions",
        "amount_minor",
        type_=sa.BigInteger(),
        existing_type=sa.Integer(),
        existing_nullable=True,
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.alter_column(
        "interactions",
        "amount_minor",
        type_=sa.Integer(),
        existing_type=sa.BigInteger(),
        existing_nullable=True,
    )
