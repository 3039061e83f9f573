"""received reports, their files, expected reporters, consolidations

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 5


def upgrade() -> None:
    op.create_table(
        "received_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_key", sa.String(length=64), nullable=False),
        sa.Column("unit_code", sa.String(length=50), nullable=False),
        sa.Column("unit_name", sa.String(length=300), nullable=False),
        sa.Column("unit_key", sa.String(length=300), nullable=False),
        sa.Column("parent_body", sa.String(length=300), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("plan_key", sa.String(length=400), nullable=False),
        sa.Column("plan_text", sa.Text(), nullable=False),
        sa.Column("upper_plan_text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("symbol", sa.String(length=60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("superseded_by_id", sa.Integer(), nullable=True),
        sa.Column("values_json", sa.Text(), nullable=False),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_received_report_plan_id_plan"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"],
            ["received_report.id"],
            name=op.f("fk_received_report_superseded_by_id_received_report"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_report")),
        sa.UniqueConstraint("package_key", name=op.f("uq_received_report_package_key")),
    )
    op.create_index(op.f("ix_received_report_plan_id"), "received_report", ["plan_id"], unique=False)
    op.create_index(op.f("ix_received_report_plan_key"), "received_report", ["plan_key"], unique=False)
    op.create_index(op.f("ix_received_report_unit_key"), "received_report", ["unit_key"], unique=False)
    op.create_index(op.f("ix_received_report_superseded_by_id"), "received_report", ["superseded_by_id"], unique=False)
    op.create_table(
        "received_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_report_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["received_report_id"],
            ["received_report.id"],
            name=op.f("fk_received_file_received_report_id_received_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_file")),
    )
    op.create_index(op.f("ix_received_file_received_report_id"), "received_file", ["received_report_id"], unique=False)
    op.create_table(
        "expected_reporter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(length=50), nullable=False),
        sa.Column("unit_name", sa.String(length=300), nullable=False),
        sa.Column("unit_key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_expected_reporter_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expected_reporter")),
        sa.UniqueConstraint("plan_id", "unit_key", name=op.f("uq_expected_reporter_plan_id_unit_key")),
    )
    op.create_index(op.f("ix_expected_reporter_plan_id"), "expected_reporter", ["plan_id"], unique=False)
    op.create_table(
        "consolidation",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_consolidation_plan_id_plan"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_consolidation_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_consolidation")),
    )
    op.create_index(op.f("ix_consolidation_plan_id"), "consolidation", ["plan_id"], unique=False)
    set_user_version(USER_VERSION)


def downgrade() -> None:
    op.drop_table("consolidation")
    op.drop_table("expected_reporter")
    op.drop_table("received_file")
    op.drop_table("received_report")
    set_user_version(4)
