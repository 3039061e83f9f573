"""targets: a free unit ("băng rôn", "lượt người"); plans: when and to whom our
agencies report (next to when and to whom we report)

Revision ID: 0007
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0007"
down_revision = "0003"
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
    # An own plan's one deadline was printed as the day its agencies report to the
    # body named in report_to: it becomes the agencies' deadline (the day stays as
    # ours too, so the reports tab still finds it).
    op.execute(
        "UPDATE plan SET agencies_report_by = report_deadline, agencies_report_to = report_to, report_to = '' "
        "WHERE kind = 'own' AND report_deadline IS NOT NULL"
    )
    set_user_version(USER_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("agencies_report_to")
        batch_op.drop_column("agencies_report_by")
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_column("unit_label")
    set_user_version(3)
