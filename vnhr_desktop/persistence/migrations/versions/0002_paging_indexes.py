"""indexes for paging large lists

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 02:10:33.499471
"""

from alembic import op

from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 2


def upgrade() -> None:
    with op.batch_alter_table("banner_placement", schema=None) as batch_op:
        batch_op.create_index("ix_banner_placement_plan_start", ["plan_id", "start_date"], unique=False)

    with op.batch_alter_table("media_output", schema=None) as batch_op:
        batch_op.create_index("ix_media_output_plan_published", ["plan_id", "published_on"], unique=False)

    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index("ix_participant_event_sort", ["event_id", "sort_key"], unique=False)

    with op.batch_alter_table("plan_task", schema=None) as batch_op:
        batch_op.create_index("ix_plan_task_status_due", ["status", "due_date"], unique=False)

    set_user_version(USER_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("plan_task", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_task_status_due")

    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_event_sort")

    with op.batch_alter_table("media_output", schema=None) as batch_op:
        batch_op.drop_index("ix_media_output_plan_published")

    with op.batch_alter_table("banner_placement", schema=None) as batch_op:
        batch_op.drop_index("ix_banner_placement_plan_start")
