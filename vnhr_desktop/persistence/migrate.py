"""Bring the database file to the schema this app understands.

Steps (reliability §5): back up with SQLite's backup API, upgrade in one
transaction with foreign keys off, verify with foreign_key_check, commit. On any
failure the transaction rolls back, the original file is intact and the error
names the backup. Alembic is imported only here, only when an upgrade is due.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import text

from vnhr_desktop.errors import MigrationFailed
from vnhr_desktop.paths import migrations_dir
from vnhr_desktop.persistence.backup import REASON_MIGRATION, make_backup
from vnhr_desktop.persistence.engine import make_engine

log = logging.getLogger(__name__)


def alembic_config():
    from alembic.config import Config  # alembic only when a migration runs

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def upgrade(db_path: Path, backups_dir: Path | None, target: str = "head", fail_hook=None) -> Path | None:
    """Upgrade ``db_path`` to ``target``. Returns the backup made before, if any.

    ``fail_hook`` (tests only) is called inside the transaction after the upgrade
    steps, to prove that a failure there leaves the original untouched.
    """
    from alembic import command  # alembic only when a migration runs

    backup_path = None
    if backups_dir is not None and db_path.exists() and db_path.stat().st_size > 0:
        backup_path = make_backup(db_path, backups_dir, reason=REASON_MIGRATION)
    engine = make_engine(db_path, foreign_keys=False)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            if target == "head":
                from vnhr_desktop.persistence import search_index

                # A table rebuilt by a migration loses its index triggers: put them back.
                search_index.ensure(search_index.runner(conn))
            problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"foreign_key_check: {len(problems)} dòng vi phạm khóa ngoại")
            if fail_hook is not None:
                fail_hook(conn)
    except Exception as exc:
        log.exception("migration failed")
        where = f" Bản sao lưu trước khi nâng cấp: {backup_path}." if backup_path else ""
        raise MigrationFailed(
            f"Không nâng cấp được cơ sở dữ liệu ({exc}). Dữ liệu gốc không bị thay đổi.{where}",
            backup_path,
        ) from exc
    finally:
        engine.dispose()
    log.info("database upgraded to %s", target)
    return backup_path
