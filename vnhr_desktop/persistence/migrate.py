"""Bring the database file to the schema this app understands.

Steps (reliability §5): back up with SQLite's backup API, upgrade in one
transaction with foreign keys off, verify with foreign_key_check, commit. On any
failure the transaction rolls back, the original file is intact and the error
names the backup. Alembic is imported only here, only when an upgrade is due.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from vnhr_desktop.errors import MigrationFailed, UserError
from vnhr_desktop.paths import migrations_dir
from vnhr_desktop.persistence import postgres
from vnhr_desktop.persistence.backup import REASON_MIGRATION, make_backup
from vnhr_desktop.persistence.engine import make_engine
from vnhr_desktop.persistence.postgres import safe_url

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    from alembic.config import Config  # alembic only when a migration runs

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def upgrade(
    db_path: Path,
    backups_dir: Path | None,
    target: str = "head",
    fail_hook: Callable[[Connection], None] | None = None,
) -> Path | None:
    """Upgrade ``db_path`` to ``target``. Returns the backup made before, if any.

    ``fail_hook`` (tests only) is called inside the transaction after the upgrade
    steps, to prove that a failure there leaves the original untouched.
    """
    backup_path = None
    if backups_dir is not None and db_path.exists() and db_path.stat().st_size > 0:
        backup_path = make_backup(db_path, backups_dir, reason=REASON_MIGRATION)
    engine = make_engine(db_path, foreign_keys=False)
    try:
        _run(engine, target, fail_hook, backup_path)
    finally:
        engine.dispose()
    return backup_path


def server_backup_before_upgrade(engine: Engine, backups_dir: Path) -> Path | None:
    """The backup taken before upgrading a PostgreSQL database: the app's
    portable backup (a SQLite file of the database's present version) in
    ``backups_dir``, then the rotation. None for an empty database, which has
    nothing to lose."""
    from vnhr_desktop.persistence.portable import backup_before_upgrade
    from vnhr_desktop.persistence.server import read_schema_version

    with engine.connect() as conn:
        version = read_schema_version(conn)
    if not version:
        return None
    return backup_before_upgrade(engine, backups_dir, version)


def upgrade_server(
    engine: Engine,
    backups_dir: Path | None,
    target: str = "head",
    fail_hook: Callable[[Connection], None] | None = None,
) -> Path | None:
    """Upgrade the PostgreSQL database of ``engine``, under the advisory lock
    that keeps two PCs from upgrading at once. Returns the backup made before."""
    backup_path = server_backup_before_upgrade(engine, backups_dir) if backups_dir is not None else None
    _run(engine, target, fail_hook, backup_path)
    return backup_path


def _run(engine: Engine, target: str, fail_hook: Callable[[Connection], None] | None, backup_path: Path | None) -> None:
    from alembic import command  # alembic only when a migration runs

    from vnhr_desktop.persistence import search_index

    cfg = alembic_config()
    postgresql = engine.dialect.name == "postgresql"
    try:
        with engine.begin() as conn:
            if postgresql:
                # Another PC may be upgrading: wait for it, then look again.
                postgres.take_upgrade_lock(conn)
                postgres.check_identity(conn, safe_url(engine.url))
                postgres.ensure_meta(conn)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            if target == "head":
                # A table rebuilt by a migration loses its index triggers: put them back.
                search_index.ensure(search_index.runner(conn), engine.dialect.name)
            if postgresql:
                postgres.use_c_collation(conn)
                postgres.nulls_first_indexes(conn)
            else:
                problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise RuntimeError(f"foreign_key_check: {len(problems)} dòng vi phạm khóa ngoại")
            if fail_hook is not None:
                fail_hook(conn)
    except UserError:
        raise
    except Exception as exc:
        log.exception("migration failed")
        where = f" Bản sao lưu trước khi nâng cấp: {backup_path}." if backup_path else ""
        raise MigrationFailed(
            f"Không nâng cấp được cơ sở dữ liệu ({exc}). Dữ liệu gốc không bị thay đổi.{where}",
            backup_path,
        ) from exc
    log.info("database upgraded to %s", target)
