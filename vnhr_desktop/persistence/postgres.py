"""Opening the office's shared database on a PostgreSQL server (``--database-url``).

(persistence/server.py holds the engine-neutral URL tools of migrate-to, the
portable backup and the shared-database dialog.)

The schema identity that SQLite keeps in ``PRAGMA application_id`` and
``PRAGMA user_version`` lives here in the table ``vnhr_meta(key, value)``.
Connecting never waits longer than :data:`CONNECT_TIMEOUT_S`; every failure to
connect becomes one Vietnamese line (:class:`DatabaseUnreachable`) that never
shows the password. Sessions run in UTC so ``CURRENT_TIMESTAMP`` stores the
same naive UTC time as SQLite does.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from vnhr_desktop.errors import DatabaseTooNew, DatabaseUnreachable, NotOurDatabase
from vnhr_desktop.persistence.preflight import Preflight
from vnhr_desktop.persistence.schema import APPLICATION_ID, SCHEMA_VERSION

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5
# A statement waiting for another PC's row or table lock gives up after this
# and becomes DatabaseBusy, like SQLite's busy timeout.
LOCK_TIMEOUT_MS = 10_000
META_TABLE = "vnhr_meta"
# pg_advisory_lock key of schema upgrades: "VNHR" and the word "upgrade".
UPGRADE_LOCK_KEY = APPLICATION_ID * 1000 + 1
DRIVER = "postgresql+psycopg"


def _unusable(detail: str) -> DatabaseUnreachable:
    return DatabaseUnreachable(f"Không dùng được cơ sở dữ liệu dùng chung: {detail}.")


def parse_url(url: str) -> URL:
    """The SQLAlchemy URL of ``url`` (``postgresql://`` and ``postgres://`` are
    taken as psycopg), or :class:`DatabaseUnreachable` for anything else."""
    shown = safe_url(url)
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):
        raise _unusable(f"địa chỉ “{shown}” không đúng dạng postgresql+psycopg://người_dùng@máy:cổng/tên") from None
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        parsed = parsed.set(drivername=DRIVER)
    else:
        raise _unusable(f"địa chỉ “{shown}” không phải PostgreSQL (cần postgresql+psycopg://…)")
    if not parsed.database:
        raise _unusable(f"địa chỉ “{shown}” thiếu tên cơ sở dữ liệu (…/tên)")
    return parsed


def safe_url(url: str | URL) -> str:
    """``url`` for logs and messages: the password replaced by ``***``."""
    try:
        parsed = url if isinstance(url, URL) else make_url(str(url).strip())
        return parsed.render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "<địa chỉ không đọc được>"


def make_server_engine(url: str, **kwargs: Any) -> Engine:
    parsed = parse_url(url)
    return create_engine(
        parsed,
        hide_parameters=True,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "options": f"-c timezone=UTC -c lock_timeout={LOCK_TIMEOUT_MS}",
            "application_name": "vnhr-desktop",
        },
        **kwargs,
    )


def connection_error(exc: BaseException, url: str | URL) -> DatabaseUnreachable:
    """One line for a failed connection, by what the server or network said."""
    where = safe_url(url)
    message = str(getattr(exc, "orig", None) or exc).lower()
    if "password authentication failed" in message or "no password supplied" in message:
        detail = f"sai tên người dùng hoặc mật khẩu ({where})"
    elif "does not exist" in message and "database" in message:
        detail = f"máy chủ không có cơ sở dữ liệu này ({where})"
    elif "role" in message and "does not exist" in message:
        detail = f"máy chủ không có người dùng này ({where})"
    elif "timeout" in message or "timed out" in message:
        detail = f"máy chủ không trả lời sau {CONNECT_TIMEOUT_S} giây ({where})"
    elif "refused" in message or "could not connect" in message or "no route" in message:
        detail = f"không kết nối được máy chủ ({where}); hãy kiểm tra máy chủ đã bật và địa chỉ, cổng"
    elif "translate host name" in message or "name or service not known" in message or "nodename" in message:
        detail = f"không tìm thấy máy chủ có tên này ({where})"
    elif "pg_hba.conf" in message or "permission denied" in message:
        detail = f"máy chủ không cho phép kết nối này ({where})"
    else:
        detail = f"máy chủ từ chối kết nối ({where})"
    return _unusable(detail)


def connect_checked(engine: Engine) -> Connection:
    """A first connection, or :class:`DatabaseUnreachable` (within the connect timeout)."""
    try:
        return engine.connect()
    except (OperationalError, DBAPIError, NoSuchModuleError) as exc:
        log.warning("cannot connect to %s: %s", safe_url(engine.url), type(exc).__name__)
        raise connection_error(exc, engine.url) from None


# -- schema identity -----------------------------------------------------------


def read_meta(conn: Connection) -> dict[str, str] | None:
    """The ``vnhr_meta`` rows, or None when the table does not exist."""
    if conn.execute(text("SELECT to_regclass(:name)"), {"name": META_TABLE}).scalar() is None:
        return None
    rows = conn.execute(text(f"SELECT key, value FROM {META_TABLE}")).all()
    return {str(k): str(v) for k, v in rows}


def user_tables(conn: Connection) -> int:
    """Tables of the current schema (other than ours of identity)."""
    return int(
        conn.execute(
            text(
                "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                "AND tablename NOT IN (:meta, 'alembic_version')"
            ),
            {"meta": META_TABLE},
        ).scalar_one()
    )


def check_identity(conn: Connection, where: str) -> int:
    """The schema version of the database behind ``conn`` (0 when empty);
    refuses another application's database and a newer one, touching neither."""
    meta = read_meta(conn)
    if meta is None:
        if user_tables(conn):
            raise NotOurDatabase(f"Cơ sở dữ liệu {where} không phải là cơ sở dữ liệu của vnhr-desktop.")
        return 0
    if meta.get("application_id", str(APPLICATION_ID)) != str(APPLICATION_ID):
        raise NotOurDatabase(f"Cơ sở dữ liệu {where} không phải là cơ sở dữ liệu của vnhr-desktop.")
    try:
        version = int(meta.get("schema_version", "0"))
    except ValueError:
        raise NotOurDatabase(f"Cơ sở dữ liệu {where} không phải là cơ sở dữ liệu của vnhr-desktop.") from None
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"Dữ liệu được tạo bởi phiên bản mới hơn của chương trình (phiên bản dữ liệu "
            f"{version}, chương trình này hiểu đến {SCHEMA_VERSION}). Hãy cài phiên bản mới "
            "nhất; cơ sở dữ liệu không bị thay đổi."
        )
    return version


def ensure_meta(conn: Connection) -> None:
    """Create ``vnhr_meta`` with the application id (inside the upgrade transaction)."""
    conn.execute(text(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"))
    conn.execute(
        text(f"INSERT INTO {META_TABLE} (key, value) VALUES ('application_id', :v) ON CONFLICT (key) DO NOTHING"),
        {"v": str(APPLICATION_ID)},
    )


def set_schema_version(conn: Connection, version: int) -> None:
    ensure_meta(conn)
    conn.execute(
        text(
            f"INSERT INTO {META_TABLE} (key, value) VALUES ('schema_version', :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"v": str(int(version))},
    )


def take_upgrade_lock(conn: Connection) -> None:
    """Hold the upgrade lock until ``conn``'s transaction ends: a second PC
    starting at the same moment waits here, then finds the schema current."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})


def use_c_collation(conn: Connection) -> list[str]:
    """Every text column of our tables compares and sorts by byte (COLLATE
    "C"), exactly as SQLite's BINARY does, whatever the database's own locale.
    Returns the columns changed (none when already so)."""
    rows = conn.execute(
        text(
            "SELECT table_name, column_name, data_type, character_maximum_length "
            "FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND data_type IN ('character varying', 'text') AND coalesce(collation_name, '') <> 'C' "
            "AND table_name IN (SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema())"
        )
    ).all()
    changed = []
    for table_name, column_name, data_type, length in rows:
        kind = f"VARCHAR({int(length)})" if data_type == "character varying" and length else "TEXT"
        if data_type == "character varying" and not length:
            kind = "VARCHAR"
        conn.execute(text(f'ALTER TABLE "{table_name}" ALTER COLUMN "{column_name}" TYPE {kind} COLLATE "C"'))
        changed.append(f"{table_name}.{column_name}")
    return changed


def server_preflight(engine: Engine) -> Preflight:
    """What :func:`~vnhr_desktop.persistence.preflight.run_preflight` tells of a
    file, for the server's database: read only, within the connect timeout."""
    where = safe_url(engine.url)
    with connect_checked(engine) as conn:
        try:
            version = check_identity(conn, where)
        except DBAPIError as exc:
            raise connection_error(exc, engine.url) from None
        finally:
            conn.rollback()
    return Preflight(exists=version > 0, user_version=version, application_id=APPLICATION_ID if version else 0)


def reset_sequences(conn: Connection) -> int:
    """After rows were written with their ids given (a copy from another
    database, a bulk load), move each table's id sequence past the largest id
    so the next insert does not collide. Returns the sequences moved."""
    rows = conn.execute(
        text(
            "SELECT c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) "
            "FROM information_schema.columns c WHERE c.table_schema = current_schema() "
            "AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL"
        )
    ).all()
    for table_name, column_name, sequence in rows:
        conn.execute(
            text(f'SELECT setval(:seq, coalesce((SELECT max("{column_name}") FROM "{table_name}"), 0) + 1, false)'),
            {"seq": sequence},
        )
    return len(rows)


def nulls_first_indexes(conn: Connection) -> list[str]:
    """Rebuild each plain index over a nullable column with that column
    ``NULLS FIRST``: NULL is then the smallest value, as in SQLite, so a list
    ordered the SQLite way (NULL first ascending, last descending) reads its
    index forwards or backwards instead of sorting every row. Returns the
    indexes rebuilt (none when already so)."""
    nullable = {
        (str(t), str(c))
        for t, c in conn.execute(
            text(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND is_nullable = 'YES'"
            )
        )
    }
    rows = conn.execute(
        text(
            "SELECT i.tablename, i.indexname, i.indexdef FROM pg_indexes i "
            "JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid "
            "WHERE i.schemaname = current_schema() AND NOT x.indisunique AND i.indexdef LIKE '% USING btree (%)'"
        )
    ).all()
    rebuilt = []
    for table_name, index_name, definition in rows:
        columns = str(definition).split(" USING btree (", 1)[1][:-1].split(", ")
        if not all(c.isidentifier() for c in columns):  # already ordered, or an expression
            continue
        if not any((table_name, c) in nullable for c in columns):
            continue
        wanted = ", ".join(f'"{c}" NULLS FIRST' if (table_name, c) in nullable else f'"{c}"' for c in columns)
        conn.execute(text(f'DROP INDEX "{index_name}"'))
        conn.execute(text(f'CREATE INDEX "{index_name}" ON "{table_name}" USING btree ({wanted})'))
        rebuilt.append(str(index_name))
    return rebuilt
