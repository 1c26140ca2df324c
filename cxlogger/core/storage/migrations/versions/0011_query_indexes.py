"""indexes the list views' queries use; a search column (and, on SQLite, a trigram index)
for customers

* interactions: (channel|kind|sentiment|amount, occurred_at, id), so each served sort and
  each filter walks an index in the order shown, never the whole table.
* customers.name_key: the name lower-cased (Unicode, "Özil" -> "özil"), indexed with the id
  for the list's order and for 1-2 letter searches ("names starting with"), and after the
  id (with archived, erased_at) so a search's hits are sorted from the index alone.
* customers.search_text: name, company, email, phone digits and tags lower-cased, one
  column, so a search needs no per-row function; on SQLite a trigram FTS5 index over it
  (customers_fts, kept by triggers like interactions_fts).

Revision ID: 0011
Revises: 0009
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None

# the same expression as interaction_log.SORT_COLUMNS["amount"], written the same way, so
# SQLite and PostgreSQL match the expression index
AMOUNT_KEY = "coalesce(amount_minor, -1)"

INTERACTION_INDEXES = {
    "ix_interactions_channel_occurred": ["channel", "occurred_at", "id"],
    "ix_interactions_kind_occurred": ["kind", "occurred_at", "id"],
    "ix_interactions_channel_kind_occurred": ["channel", "kind", "occurred_at", "id"],
    "ix_interactions_sentiment_occurred": ["sentiment", "occurred_at", "id"],
    "ix_interactions_amount_occurred": [sa.text(AMOUNT_KEY), "occurred_at", "id"],
}

CUSTOMERS_FTS_SQL = [
    """CREATE VIRTUAL TABLE customers_fts USING fts5(
        search_text, content='customers', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
        INSERT INTO customers_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
        INSERT INTO customers_fts(customers_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END""",
    """CREATE TRIGGER customers_fts_au AFTER UPDATE OF search_text ON customers BEGIN
        INSERT INTO customers_fts(customers_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO customers_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
]

customers = sa.table(
    "customers",
    sa.column("id", sa.Integer()),
    sa.column("name", sa.String()),
    sa.column("company", sa.String()),
    sa.column("email", sa.String()),
    sa.column("phone_norm", sa.String()),
    sa.column("tags", sa.Text()),
    sa.column("name_key", sa.String()),
    sa.column("search_text", sa.Text()),
)


def _name_key(name) -> str:
    return (name or "").lower()


def _search_text(name, company, email, phone_norm, tags) -> str:
    # the same as models.customer_search_text (kept here: a migration never changes)
    parts = (name, company, email, phone_norm, tags)
    return "\n".join((p or "").lower() for p in parts)


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("name_key", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    rows = bind.execute(
        sa.select(
            customers.c.id,
            customers.c.name,
            customers.c.company,
            customers.c.email,
            customers.c.phone_norm,
            customers.c.tags,
        )
    ).all()
    update = (
        customers.update()
        .where(customers.c.id == sa.bindparam("cid"))
        .values(name_key=sa.bindparam("nk"), search_text=sa.bindparam("st"))
    )
    for start in range(0, len(rows), 5000):
        chunk = rows[start : start + 5000]
        bind.execute(
            update,
            [{"cid": r[0], "nk": _name_key(r[1]), "st": _search_text(*r[1:])} for r in chunk],
        )
    op.create_index("ix_customers_name_key", "customers", ["name_key", "id"])
    # a search's hits are sorted by name reading only this index (core/customers.py)
    op.create_index(
        "ix_customers_id_name_key", "customers", ["id", "name_key", "archived", "erased_at"]
    )
    for name, columns in INTERACTION_INDEXES.items():
        op.create_index(name, "interactions", columns)
    if bind.dialect.name == "sqlite":
        for statement in CUSTOMERS_FTS_SQL:
            op.execute(statement)
        op.execute("INSERT INTO customers_fts(customers_fts) VALUES ('rebuild')")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("customers_fts_ai", "customers_fts_ad", "customers_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS customers_fts")
    for name in INTERACTION_INDEXES:
        op.drop_index(name, table_name="interactions")
    op.drop_index("ix_customers_id_name_key", table_name="customers")
    op.drop_index("ix_customers_name_key", table_name="customers")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("search_text")
        batch.drop_column("name_key")
