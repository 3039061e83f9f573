"""office profile: unit code (mã đơn vị)

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 3


def upgrade() -> None:
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_code", sa.String(length=50), nullable=False, server_default=""))
    set_user_version(USER_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.drop_column("unit_code")
    set_user_version(2)
