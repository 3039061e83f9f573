"""Moving the whole database between engines: the schema of a new target, the
app's own portable backup (a SQLite file written through the models, which
restores into either engine) and the copy into a PostgreSQL database."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from vnhr_desktop.errors import DatabaseTooNew, FileWriteError, NotOurDatabase
from vnhr_desktop.exports.safe_write import atomic_path
from vnhr_desktop.persistence.backup import REASON_MIGRATION, backup_name, rotate_backups
from vnhr_desktop.persistence.postgres import connection_error
from vnhr_desktop.persistence.preflight import integrity_check
from vnhr_desktop.persistence.schema import SCHEMA_VERSION
from vnhr_desktop.persistence.server import SchemaState, schema_state
from vnhr_desktop.persistence.transfer import Progress, Step, TransferResult, copy_database, reflected_pairs

log = logging.getLogger(__name__)


def create_postgresql_schema(engine: Engine) -> None:
    """The schema of a new, empty PostgreSQL database, made by the app's own
    migrations (under their advisory lock), as opening it would."""
    from vnhr_desktop.persistence.migrate import upgrade_server

    upgrade_server(engine, None)


def _state(engine: Engine) -> tuple[SchemaState, int | None]:
    try:
        with engine.connect() as conn:
            return schema_state(conn)
    except DBAPIError as exc:
        raise connection_error(exc, engine.url) from exc


def check_source(engine: Engine) -> None:
    """A source given by URL must be a database of this app at its version."""
    state, version = _state(engine)
    if state is SchemaState.EMPTY:
        raise NotOurDatabase("Cơ sở dữ liệu nguồn còn trống; không có gì để chuyển.")
    if state is SchemaState.FOREIGN:
        raise NotOurDatabase("Cơ sở dữ liệu nguồn thuộc một ứng dụng khác.")
    if version != SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"Cơ sở dữ liệu nguồn có phiên bản dữ liệu {version}, chương trình này dùng {SCHEMA_VERSION}; "
            "hãy mở nó bằng chương trình đúng phiên bản trước."
        )


def prepare_target(engine: Engine) -> None:
    """Make the schema of an empty server database, or accept one of ours at
    this app's version (copy_database then refuses it if it holds rows)."""
    state, version = _state(engine)
    if state is SchemaState.EMPTY:
        create_postgresql_schema(engine)
        return
    if state is SchemaState.FOREIGN:
        raise NotOurDatabase("Cơ sở dữ liệu đích thuộc một ứng dụng khác; hãy chọn một cơ sở dữ liệu trống.")
    if state is SchemaState.NEWER or version != SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"Cơ sở dữ liệu đích có phiên bản dữ liệu {version}, chương trình này dùng {SCHEMA_VERSION}; "
            "hãy chọn một cơ sở dữ liệu trống."
        )


def copy_to_server(source: Engine, target: Engine, progress: Progress | None = None) -> TransferResult:
    """Everything of ``source`` into the empty server database ``target``."""
    prepare_target(target)
    return copy_database(source, target, progress=progress)


def _index_rebuilt() -> tuple[Step, Step]:
    """Steps that drop the SQLite search index before the rows arrive and
    build it once after them (much quicker than its triggers row by row);
    a file of a schema version without the index stays without it."""
    from vnhr_desktop.persistence import search_index

    had: list[bool] = []

    def drop(conn: Connection) -> None:
        run = search_index.runner(conn)
        had.append(any(search_index.is_index_table(row[0]) for row in run("SELECT name FROM sqlite_master")))
        if had[0]:
            search_index.drop(run)

    def build(conn: Connection) -> None:
        if had and had[0]:
            search_index.ensure(search_index.runner(conn))

    return drop, build


def write_sqlite_copy(
    source: Engine,
    dest: Path,
    verify: bool = False,
    progress: Progress | None = None,
    version: int | None = None,
) -> TransferResult:
    """A fresh, migrated SQLite file at ``dest`` holding everything of
    ``source``: written to a temporary file next to it, checked, then renamed
    into place (nothing is left behind on failure). ``version``: a source at
    that older schema version, copied into a file migrated to the same one."""
    from vnhr_desktop.persistence.engine import make_engine
    from vnhr_desktop.persistence.migrate import upgrade

    with atomic_path(dest, verify=verify) as tmp:
        upgrade(tmp, None, target="head" if version is None else f"{version:04d}")
        engine = make_engine(tmp)
        try:
            pairs = None if version is None else reflected_pairs(source, engine)
            result = copy_database(source, engine, progress=progress, pairs=pairs, around=_index_rebuilt())
        finally:
            engine.dispose()
        con = sqlite3.connect(tmp)  # one self-contained file, like the other backups
        try:
            con.execute("PRAGMA journal_mode=DELETE")
        finally:
            con.close()
        problems = integrity_check(tmp)
        if problems != ["ok"]:
            raise FileWriteError(f"Bản sao không đạt kiểm tra toàn vẹn: {problems[0]}")
    log.info("wrote a SQLite copy of %d rows to %s", result.rows, dest)
    return result


def backup_before_upgrade(engine: Engine, backups_dir: Path, version: int) -> Path:
    """The backup of a server database at schema ``version`` taken before its
    upgrade: a portable SQLite file of that version in the backup folder
    (restoring it upgrades it), then the rotation."""
    dest = backups_dir / backup_name(REASON_MIGRATION)
    write_sqlite_copy(engine, dest, version=version)
    rotate_backups(backups_dir)
    return dest
