"""money the accountant can add up: unsigned amounts with their meaning, promise
amounts, erased customers kept for bookkeeping

* interactions.amount_minor is normalised to the unsigned amount; its meaning
  (amount_kind) gives the sign of the net effect (a sale +, refund/credit/goodwill -).
  Until now staff typed a refund as "45" or "-45" and both were kept as typed, so
  a column total was wrong. An amount without a meaning becomes a refund if it
  was negative, else a sale.
* promises get an optional amount (a refund paid when the promise was kept).
* customers.erased_at marks a customer erased whose money rows the law requires
  to keep: the row stays, anonymised, so references do not change.

Revision ID: 0006
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE interactions SET amount_kind = CASE WHEN amount_minor < 0 "
        "THEN 'refund' ELSE 'sale' END "
        "WHERE amount_minor IS NOT NULL AND amount_kind IS NULL"
    )
    op.execute(
        "UPDATE interactions SET amount_minor = -amount_minor "
        "WHERE amount_minor IS NOT NULL AND amount_minor < 0"
    )
    with op.batch_alter_table("promises") as batch:
        batch.add_column(sa.Column("amount_minor", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("currency", sa.String(length=3), nullable=True))
        batch.add_column(sa.Column("amount_kind", sa.String(length=10), nullable=True))
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("erased_at")
    with op.batch_alter_table("promises") as batch:
        batch.drop_column("amount_kind")
        batch.drop_column("currency")
        batch.drop_column("amount_minor")
    # amounts stay unsigned: their meaning still says which way the money went
