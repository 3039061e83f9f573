"""editable records: a version that moves on with every saved change and the
time of that change (two PCs editing the same record); change markers read by
the periodic check for other PCs' changes

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 9

# Tables that already have created_at/updated_at.
STAMPED = ("office_profile", "plan", "banner_placement", "training_event", "media_output", "report")
UNSTAMPED = (
    "issuer",
    "agency",
    "document_register",
    "plan_paragraph",
    "plan_task",
    "target",
    "agency_report",
    "slogan",
    "event_speaker",
    "bridge_point",
    "participant",
    "report_section",
    "received_report",
    "expected_reporter",
)


def upgrade() -> None:
    for table in STAMPED + UNSTAMPED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            if table in UNSTAMPED:
                batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    op.create_table(
        "change_marker",
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_change_marker")),
    )
    set_user_version(USER_VERSION)


def downgrade() -> None:
    op.drop_table("change_marker")
    for table in STAMPED + UNSTAMPED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table in UNSTAMPED:
                batch_op.drop_column("updated_at")
            batch_op.drop_column("version")
    set_user_version(8)
