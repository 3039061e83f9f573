"""Small helpers for revisions (no app models here, by rule)."""

from alembic import op


def set_user_version(version: int) -> None:
    """Record the schema generation: PRAGMA user_version on SQLite, the
    ``vnhr_meta`` table on PostgreSQL."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {int(version)}")
    elif bind.dialect.name == "postgresql":
        from vnhr_desktop.persistence.postgres import set_schema_version

        set_schema_version(bind, version)
