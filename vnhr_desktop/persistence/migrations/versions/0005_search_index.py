"""full-text search index (FTS5 trigram) over the folded search keys

Revision ID: 0005
Revises: 0003
"""

from alembic import op

from vnhr_desktop.persistence import search_index
from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 5


def upgrade() -> None:
    # Builds the index of every row already in the file; without FTS5 it logs
    # and searches keep using LIKE.
    search_index.ensure(search_index.runner(op.get_bind()))
    set_user_version(USER_VERSION)


def downgrade() -> None:
    search_index.drop(search_index.runner(op.get_bind()))
    set_user_version(3)
