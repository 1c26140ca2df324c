"""customer messages: customer-facing texts, a template library, sent messages

Interactions, promises and feedback get a customer-facing field next to their
internal notes (interactions.customer_text, promises.customer_outcome,
feedback.customer_action). Message templates move from settings into their own
table (defaults seeded; a template customised in the old settings is kept and made
the default for its kind). What was sent or copied to a customer is recorded in
sent_messages, append-only.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

import json
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_SIGNATURE = "\n\nKind regards,\n{staff_name}\n{business_name}"

# frozen copy of core/templates.DEFAULT_TEMPLATES as of this migration
DEFAULTS = {
    "thank": (
        "Thank-you",
        "Thank you",
        "Hello {first_name},\n\n"
        "Thank you for choosing us. We hope you are happy with {item}.\n"
        "If there is anything else we can do, just reply to this message." + _SIGNATURE,
    ),
    "tell": (
        "Promise kept",
        "Done as promised",
        "Hello {first_name},\n\n"
        "We promised you:\n{promise}\n\n"
        "This is now done. {action}\n\n"
        "If anything is not as it should be, just reply to this message." + _SIGNATURE,
    ),
    "feedback": (
        "Feedback request",
        "How did we do?",
        "Hello {first_name},\n\n"
        "A few days ago you were in touch with us about {item}.\n"
        "How did we do? A rating from 1 (poor) to 5 (excellent) and a sentence or two "
        "in reply would help us a lot.\n\n"
        "Thank you,\n{staff_name}\n{business_name}",
    ),
    "report_back": (
        "Report-back",
        "What we did with your feedback",
        "Hello {first_name},\n\n"
        "Thank you again for your feedback about {item}. We have acted on it. {action}"
        + _SIGNATURE,
    ),
}

# the settings-based templates of 0.1, to tell a customised one from an untouched one
OLD_DEFAULTS = {
    "thank": (
        "Thank you",
        "Hello {customer_name},\n\n"
        "Thank you for choosing us. We hope you are happy with: {item}.\n"
        "If there is anything else we can do, just reply to this message.\n\n"
        "Kind regards,\n{staff_name}\n{business_name}",
    ),
    "feedback": (
        "How did we do?",
        "Hello {customer_name},\n\n"
        "A few days ago you were in touch with us about: {item}.\n"
        "How did we do? A rating from 1 (poor) to 5 (excellent) and a sentence or two "
        "in reply would help us a lot.\n\n"
        "Thank you,\n{staff_name}\n{business_name}",
    ),
    "report_back": (
        "What we did with your feedback",
        "Hello {customer_name},\n\n"
        "Thank you again for your feedback about {item}. We acted on it: {action}\n\n"
        "Kind regards,\n{staff_name}\n{business_name}",
    ),
    "tell": (
        "Done: {item}",
        "Hello {customer_name},\n\nAs promised: {item} — {action}\n\n"
        "Kind regards,\n{staff_name}\n{business_name}",
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.add_column(
            sa.Column("customer_text", sa.String(length=300), nullable=False, server_default="")
        )
    with op.batch_alter_table("promises") as batch:
        batch.add_column(
            sa.Column("customer_outcome", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("feedback") as batch:
        batch.add_column(sa.Column("customer_action", sa.Text(), nullable=False, server_default=""))
    templates = op.create_table(
        "message_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_templates")),
    )
    op.create_index("ix_message_templates_kind", "message_templates", ["kind"])
    op.create_table(
        "sent_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("followup_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("to_address", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_sent_messages_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["followups.id"],
            name=op.f("fk_sent_messages_followup_id_followups"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_sent_messages_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_messages")),
    )
    op.create_index("ix_sent_messages_customer_sent", "sent_messages", ["customer_id", "sent_at"])

    # seed the library; a template customised in the old settings stays the one in use
    bind = op.get_bind()
    stored = {
        key: json.loads(value)
        for key, value in bind.execute(
            sa.text("SELECT key, value FROM settings WHERE key LIKE 'template_%'")
        )
    }
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    rows = []
    for kind, (name, subject, body) in DEFAULTS.items():
        old_subject = stored.get(f"template_{kind}_subject") or OLD_DEFAULTS[kind][0]
        old_body = stored.get(f"template_{kind}_body") or OLD_DEFAULTS[kind][1]
        customised = (old_subject, old_body) != OLD_DEFAULTS[kind]
        rows.append(
            dict(kind=kind, name=name, subject=subject, body=body, is_default=not customised)
        )
        if customised:
            rows.append(
                dict(
                    kind=kind,
                    name=f"{name} (yours)",
                    subject=" ".join(str(old_subject).split()),
                    body=str(old_body).strip(),
                    is_default=True,
                )
            )
    op.bulk_insert(templates, [dict(row, created_at=now, updated_at=now) for row in rows])


def downgrade() -> None:
    op.drop_index("ix_sent_messages_customer_sent", table_name="sent_messages")
    op.drop_table("sent_messages")
    op.drop_index("ix_message_templates_kind", table_name="message_templates")
    op.drop_table("message_templates")
    with op.batch_alter_table("feedback") as batch:
        batch.drop_column("customer_action")
    with op.batch_alter_table("promises") as batch:
        batch.drop_column("customer_outcome")
    with op.batch_alter_table("interactions") as batch:
        batch.drop_column("customer_text")
