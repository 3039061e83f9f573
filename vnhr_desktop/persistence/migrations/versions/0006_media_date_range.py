"""media record: date range (published_until) besides the count

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 6


def upgrade() -> None:
    with op.batch_alter_table("media_output", schema=None) as batch_op:
        batch_op.add_column(sa.Column("published_until", sa.Date(), nullable=True))
    set_user_version(USER_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("media_output", schema=None) as batch_op:
        batch_op.drop_column("published_until")
    set_user_version(5)
