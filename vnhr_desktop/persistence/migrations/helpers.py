"""Small helpers for revisions (no app models here, by rule)."""

from alembic import op


def set_user_version(version: int) -> None:
    """Record the schema generation in the file (PRAGMA user_version on SQLite)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {int(version)}")
