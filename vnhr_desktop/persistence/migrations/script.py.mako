"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""
from alembic import op
import sqlalchemy as sa

from vnhr_desktop.persistence.migrations.helpers import set_user_version
${imports if imports else ""}

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = None


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}
    set_user_version(USER_VERSION)


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
