"""initial schema: the whole domain

Revision ID: 0001
Revises:
Create Date: 2026-11-22 02:10:21.350014
"""

import sqlalchemy as sa
from alembic import op

from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 1


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("search_key", sa.String(length=400), nullable=False),
        sa.Column("sort_key", sa.String(length=800), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["agency.id"], name=op.f("fk_agency_parent_id_agency"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
        sa.UniqueConstraint("name", name=op.f("uq_agency_name")),
    )
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_search_key"), ["search_key"], unique=False)

    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "issuer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("parent_line", sa.String(length=200), nullable=False),
        sa.Column("header_lines", sa.Text(), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("signer_authority", sa.String(length=100), nullable=False),
        sa.Column("signer_title", sa.String(length=100), nullable=False),
        sa.Column("signer_name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuer")),
        sa.UniqueConstraint("name", name=op.f("uq_issuer_name")),
    )
    op.create_table(
        "office_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("parent_body", sa.String(length=200), nullable=False),
        sa.Column("level_label", sa.String(length=50), nullable=False),
        sa.Column("place_name", sa.String(length=100), nullable=False),
        sa.Column("signer_authority", sa.String(length=100), nullable=False),
        sa.Column("signer_title", sa.String(length=100), nullable=False),
        sa.Column("signer_name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_profile")),
    )
    op.create_table(
        "document_register",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("symbol", sa.String(length=60), nullable=False),
        sa.Column("doc_kind", sa.String(length=20), nullable=False),
        sa.Column("doc_id", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("signer_name", sa.String(length=100), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuer.id"], name=op.f("fk_document_register_issuer_id_issuer"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_register")),
        sa.UniqueConstraint("issuer_id", "year", "number", name=op.f("uq_document_register_issuer_id_year_number")),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("symbol", sa.String(length=60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("issuer_name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("implements_plan_id", sa.Integer(), nullable=True),
        sa.Column("implements_text", sa.Text(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("display_start", sa.Date(), nullable=True),
        sa.Column("display_end", sa.Date(), nullable=True),
        sa.Column("report_deadline", sa.Date(), nullable=True),
        sa.Column("report_to", sa.String(length=300), nullable=False),
        sa.Column("signer_authority", sa.String(length=100), nullable=False),
        sa.Column("signer_title", sa.String(length=100), nullable=False),
        sa.Column("signer_name", sa.String(length=100), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("opening", sa.Text(), nullable=False),
        sa.Column("closing", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["implements_plan_id"], ["plan.id"], name=op.f("fk_plan_implements_plan_id_plan"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuer.id"], name=op.f("fk_plan_issuer_id_issuer"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_year"), ["year"], unique=False)

    op.create_table(
        "media_output",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Float(), nullable=True),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_media_output_plan_id_plan"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_output")),
    )
    with op.batch_alter_table("media_output", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_media_output_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_media_output_published_on"), ["published_on"], unique=False)

    op.create_table(
        "plan_paragraph",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_paragraph_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_paragraph")),
    )
    with op.batch_alter_table("plan_paragraph", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_paragraph_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("lead_agency_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_agency_id"], ["agency.id"], name=op.f("fk_plan_task_lead_agency_id_agency"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_plan_task_plan_id_plan"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_task")),
    )
    with op.batch_alter_table("plan_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_task_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_task_lead_agency_id"), ["lead_agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_task_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("symbol", sa.String(length=60), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("addressee", sa.String(length=300), nullable=False),
        sa.Column("opening", sa.Text(), nullable=False),
        sa.Column("signer_authority", sa.String(length=100), nullable=False),
        sa.Column("signer_title", sa.String(length=100), nullable=False),
        sa.Column("signer_name", sa.String(length=100), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("figures_json", sa.Text(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["issuer_id"], ["issuer.id"], name=op.f("fk_report_issuer_id_issuer"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_report_plan_id_plan"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report")),
    )
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "slogan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("dedup_key", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_slogan_plan_id_plan"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slogan")),
    )
    with op.batch_alter_table("slogan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slogan_dedup_key"), ["dedup_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_slogan_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("achieved_value", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_target_plan_id_plan"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
    )
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "training_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=True),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("organiser", sa.String(length=300), nullable=False),
        sa.Column("chair", sa.String(length=300), nullable=False),
        sa.Column("invited_count", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("host_body", sa.String(length=300), nullable=False),
        sa.Column("staff_sent_count", sa.Integer(), nullable=True),
        sa.Column("staff_names", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_training_event_plan_id_plan"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_event")),
    )
    with op.batch_alter_table("training_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_event_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_event_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "banner_placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("slogan_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("commune", sa.String(length=200), nullable=False),
        sa.Column("size_text", sa.String(length=60), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("hung_on", sa.Date(), nullable=True),
        sa.Column("removed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_banner_placement_agency_id_agency"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_banner_placement_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["slogan_id"], ["slogan.id"], name=op.f("fk_banner_placement_slogan_id_slogan"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_banner_placement")),
    )
    with op.batch_alter_table("banner_placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_banner_placement_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_banner_placement_slogan_id"), ["slogan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_banner_placement_status"), ["status"], unique=False)

    op.create_table(
        "bridge_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("expected_count", sa.Integer(), nullable=True),
        sa.Column("actual_count", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["training_event.id"],
            name=op.f("fk_bridge_point_event_id_training_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bridge_point")),
        sa.UniqueConstraint("event_id", "name", name=op.f("uq_bridge_point_event_id_name")),
    )
    with op.batch_alter_table("bridge_point", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bridge_point_event_id"), ["event_id"], unique=False)

    op.create_table(
        "event_speaker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["training_event.id"],
            name=op.f("fk_event_speaker_event_id_training_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_speaker")),
    )
    with op.batch_alter_table("event_speaker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_speaker_event_id"), ["event_id"], unique=False)

    op.create_table(
        "report_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("heading", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_report_section_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_section")),
    )
    with op.batch_alter_table("report_section", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_section_report_id"), ["report_id"], unique=False)

    op.create_table(
        "task_cooperator",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_task_cooperator_agency_id_agency"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["plan_task.id"], name=op.f("fk_task_cooperator_task_id_plan_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("task_id", "agency_id", name=op.f("pk_task_cooperator")),
    )
    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("gender", sa.String(length=10), nullable=True),
        sa.Column("position_title", sa.String(length=200), nullable=False),
        sa.Column("agency_name", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("bridge_point_id", sa.Integer(), nullable=True),
        sa.Column("attended", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.String(length=800), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bridge_point_id"],
            ["bridge_point.id"],
            name=op.f("fk_participant_bridge_point_id_bridge_point"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["training_event.id"], name=op.f("fk_participant_event_id_training_event"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_bridge_point_id"), ["bridge_point_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_sort_key"), ["sort_key"], unique=False)

    set_user_version(USER_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_sort_key"))
        batch_op.drop_index(batch_op.f("ix_participant_name_key"))
        batch_op.drop_index(batch_op.f("ix_participant_event_id"))
        batch_op.drop_index(batch_op.f("ix_participant_bridge_point_id"))

    op.drop_table("participant")
    op.drop_table("task_cooperator")
    with op.batch_alter_table("report_section", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_section_report_id"))

    op.drop_table("report_section")
    with op.batch_alter_table("event_speaker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_speaker_event_id"))

    op.drop_table("event_speaker")
    with op.batch_alter_table("bridge_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bridge_point_event_id"))

    op.drop_table("bridge_point")
    with op.batch_alter_table("banner_placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_banner_placement_status"))
        batch_op.drop_index(batch_op.f("ix_banner_placement_slogan_id"))
        batch_op.drop_index(batch_op.f("ix_banner_placement_plan_id"))

    op.drop_table("banner_placement")
    with op.batch_alter_table("training_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_event_starts_at"))
        batch_op.drop_index(batch_op.f("ix_training_event_plan_id"))

    op.drop_table("training_event")
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_plan_id"))

    op.drop_table("target")
    with op.batch_alter_table("slogan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slogan_plan_id"))
        batch_op.drop_index(batch_op.f("ix_slogan_dedup_key"))

    op.drop_table("slogan")
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_plan_id"))

    op.drop_table("report")
    with op.batch_alter_table("plan_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_task_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_task_lead_agency_id"))
        batch_op.drop_index(batch_op.f("ix_plan_task_due_date"))

    op.drop_table("plan_task")
    with op.batch_alter_table("plan_paragraph", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_paragraph_plan_id"))

    op.drop_table("plan_paragraph")
    with op.batch_alter_table("media_output", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_output_published_on"))
        batch_op.drop_index(batch_op.f("ix_media_output_plan_id"))

    op.drop_table("media_output")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_year"))

    op.drop_table("plan")
    op.drop_table("document_register")
    op.drop_table("office_profile")
    op.drop_table("issuer")
    op.drop_table("app_setting")
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_search_key"))

    op.drop_table("agency")
