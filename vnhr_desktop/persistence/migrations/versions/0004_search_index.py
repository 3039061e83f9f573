"""full-text search index (FTS5 trigram) over the folded search keys;
index on the placement list's order

Revision ID: 0004
Revises: 0003
"""

from alembic import op

from vnhr_desktop.persistence import search_index
from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 4


def upgrade() -> None:
    # The placement list's own order, for deep pages and searches read in order.
    with op.batch_alter_table("banner_placement", schema=None) as batch_op:
        batch_op.create_index("ix_banner_placement_start_date", ["start_date"], unique=False)
    # Builds the index of every row already in the file; without FTS5 it logs
    # and searches keep using LIKE. On PostgreSQL: pg_trgm GIN indexes.
    search_index.ensure(search_index.runner(op.get_bind()), op.get_bind().dialect.name)
    set_user_version(USER_VERSION)


def downgrade() -> None:
    search_index.drop(search_index.runner(op.get_bind()), op.get_bind().dialect.name)
    with op.batch_alter_table("banner_placement", schema=None) as batch_op:
        batch_op.drop_index("ix_banner_placement_start_date")
    set_user_version(3)
