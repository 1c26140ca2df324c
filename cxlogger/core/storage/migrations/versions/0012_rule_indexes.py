"""indexes the reminder rules filter on (set-based rules, issue 10)

The periodic refresh looks only at causes changed since its last run: interactions
created or resolved, promises made, closed or told, feedback given, acted on or
told, customers changed. Each of those is one indexed range now, and the rules'
"no longer wanted" step finds a cause's follow-ups by its id (which also keeps
deleting an interaction, a promise or a feedback record from scanning every
follow-up for the cascade).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# (name, table, column, partial): a partial index holds only the rows where the column is
# set (most are NULL); "column >= :since" implies that, so both databases use it
INDEXES = (
    ("ix_rules_interactions_created_at", "interactions", "created_at", False),
    ("ix_rules_interactions_resolved_at", "interactions", "resolved_at", True),
    ("ix_rules_promises_created_at", "promises", "created_at", False),
    ("ix_rules_promises_closed_at", "promises", "closed_at", True),
    ("ix_rules_promises_customer_told_at", "promises", "customer_told_at", True),
    ("ix_rules_feedback_created_at", "feedback", "created_at", False),
    ("ix_rules_feedback_received_at", "feedback", "received_at", False),
    ("ix_rules_feedback_action_at", "feedback", "action_at", True),
    ("ix_rules_feedback_customer_told_at", "feedback", "customer_told_at", True),
    ("ix_rules_customers_updated_at", "customers", "updated_at", False),
    ("ix_rules_followups_interaction_id", "followups", "interaction_id", False),
    ("ix_rules_followups_promise_id", "followups", "promise_id", False),
    ("ix_rules_followups_feedback_id", "followups", "feedback_id", False),
)


def upgrade() -> None:
    for name, table, column, partial in INDEXES:
        where = {}
        if partial:
            condition = sa.column(column).isnot(None)
            where = {"sqlite_where": condition, "postgresql_where": condition}
        op.create_index(name, table, [column], **where)


def downgrade() -> None:
    for name, table, _column, _partial in reversed(INDEXES):
        op.drop_index(name, table_name=table)
