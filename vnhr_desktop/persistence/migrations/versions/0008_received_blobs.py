"""received files keep their bytes once per content: received_blob (keyed by
SHA-256) holds the bytes, received_file names the blob of each report's PDF and
workbook

Revision ID: 0008
Revises: 0007
"""

import hashlib

import sqlalchemy as sa
from alembic import op

from vnhr_desktop.persistence.migrations.helpers import set_user_version

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None
# Bump this, and persistence/schema.py SCHEMA_VERSION, with every revision.
USER_VERSION = 8


def upgrade() -> None:
    op.create_table(
        "received_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_received_blob")),
    )
    with op.batch_alter_table("received_file", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sha256", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    known: set[str] = set()
    rows = bind.execute(sa.text("SELECT id, data FROM received_file")).fetchall()
    for file_id, data in rows:
        sha = hashlib.sha256(data).hexdigest()
        if sha not in known:
            known.add(sha)
            bind.execute(
                sa.text("INSERT INTO received_blob (sha256, size, data) VALUES (:s, :n, :d)"),
                {"s": sha, "n": len(data), "d": data},
            )
        bind.execute(sa.text("UPDATE received_file SET sha256 = :s WHERE id = :i"), {"s": sha, "i": file_id})
    with op.batch_alter_table("received_file", schema=None) as batch_op:
        batch_op.alter_column("sha256", existing_type=sa.String(length=64), nullable=False)
        batch_op.drop_column("data")
        batch_op.create_foreign_key(
            batch_op.f("fk_received_file_sha256_received_blob"), "received_blob", ["sha256"], ["sha256"]
        )
        batch_op.create_index(batch_op.f("ix_received_file_sha256"), ["sha256"], unique=False)
    set_user_version(USER_VERSION)


def downgrade() -> None:
    with op.batch_alter_table("received_file", schema=None) as batch_op:
        batch_op.add_column(sa.Column("data", sa.LargeBinary(), nullable=True))
    op.execute(
        "UPDATE received_file SET data = (SELECT data FROM received_blob b WHERE b.sha256 = received_file.sha256)"
    )
    with op.batch_alter_table("received_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_file_sha256"))
        batch_op.drop_constraint(batch_op.f("fk_received_file_sha256_received_blob"), type_="foreignkey")
        batch_op.drop_column("sha256")
        batch_op.alter_column("data", existing_type=sa.LargeBinary(), nullable=False)
    op.drop_table("received_blob")
    set_user_version(7)
