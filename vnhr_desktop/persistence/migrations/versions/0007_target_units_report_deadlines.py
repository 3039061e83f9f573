"""targets: a free unit ("băng rôn", "lượt người"); plans: when and to whom our
agencies report (next to when and to whom we report), a note; the agencies'
reports received for a plan

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 7


def upgrade() -> None:
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_label", sa.String(length=60), nullable=False, server_default=""))
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agencies_report_by", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("agencies_report_to", sa.String(length=300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
    # An own plan's one deadline was printed as the day its agencies report to the
    # body named in report_to: it becomes the agencies' deadline (the day stays as
    # ours too, so the reports tab still finds it).
    op.execute(
        "UPDATE plan SET agencies_report_by = report_deadline, agencies_report_to = report_to, report_to = '' "
        "WHERE kind = 'own' AND report_deadline IS NOT NULL"
    )
    op.create_table(
        "agency_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_agency_report_agency_id_agency"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_agency_report_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_report")),
        sa.UniqueConstraint("plan_id", "agency_id", name=op.f("uq_agency_report_plan_id_agency_id")),
    )
    with op.batch_alter_table("agency_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_report_plan_id"), ["plan_id"], unique=False)
    set_user_version(USER_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("agency_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_report_plan_id"))
    op.drop_table("agency_report")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("note")
        batch_op.drop_column("agencies_report_to")
        batch_op.drop_column("agencies_report_by")
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_column("unit_label")
    set_user_version(6)
