"""reminders (công văn đôn đốc) issued with a number from the register, each
with the dashboard it was issued on

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 10


def upgrade() -> None:
    op.create_table(
        "issued_reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("issuer_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("symbol", sa.String(length=60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("board_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_issued_reminder_plan_id_plan"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuer.id"], name=op.f("fk_issued_reminder_issuer_id_issuer"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_reminder")),
    )
    op.create_index(op.f("ix_issued_reminder_plan_id"), "issued_reminder", ["plan_id"], unique=False)
    set_user_version(USER_VERSION)


def downgrade() -> None:
    op.drop_index(op.f("ix_issued_reminder_plan_id"), table_name="issued_reminder")
    op.drop_table("issued_reminder")
    set_user_version(9)
