"""A database given by URL (a PostgreSQL server on the office network, or a
SQLite file), for the tools that work on any engine: migrate-to, the portable
backup and the connection test of the shared-database dialog.

Connecting to a server never waits longer than its connect timeout (5 s).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from vnhr_desktop.errors import UserError
from vnhr_desktop.persistence.postgres import connection_error, make_server_engine
from vnhr_desktop.persistence.schema import SCHEMA_VERSION

# Tables whose presence says "a database of this app" (with the version table).
SIGNATURE_TABLES = frozenset({"office_profile", "plan", "training_event", "participant", "slogan"})


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError(
            "Địa chỉ cơ sở dữ liệu không hợp lệ; dạng đúng: postgresql+psycopg://user@máy:5432/tên"
        ) from exc
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        raise UserError(f"Không hỗ trợ loại cơ sở dữ liệu “{parsed.get_backend_name()}”; chỉ PostgreSQL hoặc SQLite.")
    if parsed.get_backend_name() == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def engine_for_url(url: str | URL) -> Engine:
    """An engine for ``url``: a PostgreSQL one is the app's own server engine
    (5 s connect timeout, UTC, lock timeout), a SQLite one a plain engine."""
    parsed = parse_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "postgresql":
        return make_server_engine(parsed.render_as_string(hide_password=False))
    try:
        return create_engine(parsed, hide_parameters=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise UserError(f"Địa chỉ cơ sở dữ liệu không hợp lệ ({exc}).") from exc


def read_schema_version(conn: Connection) -> int | None:
    """The schema version of a database of this app, ``None`` when it holds
    none of our tables. SQLite keeps it in PRAGMA user_version; on other
    engines it is the number of the Alembic revision applied (``00NN``).

    This is the one place to read the PostgreSQL schema identity table
    instead once it exists."""
    if conn.dialect.name == "sqlite":
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one()) or None
    if conn.dialect.name == "postgresql":
        from vnhr_desktop.persistence.postgres import read_meta

        meta = read_meta(conn)
        if meta is not None and str(meta.get("schema_version", "")).isdigit():
            return int(meta["schema_version"])
    names = set(inspect(conn).get_table_names())
    if "alembic_version" not in names:
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return int(row) if row is not None and str(row).isdigit() else None


class SchemaState(enum.Enum):
    EMPTY = "empty"
    OURS = "ours"
    NEWER = "newer"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class Probe:
    server_version: str
    state: SchemaState
    version: int | None = None

    def describe(self) -> str:
        """One Vietnamese line on what the database holds."""
        if self.state is SchemaState.EMPTY:
            return "Cơ sở dữ liệu trống: chương trình sẽ tạo cấu trúc dữ liệu khi mở lần đầu."
        if self.state is SchemaState.OURS:
            return f"Cơ sở dữ liệu của chương trình này, phiên bản dữ liệu {self.version}."
        if self.state is SchemaState.NEWER:
            return (
                f"Cơ sở dữ liệu do phiên bản mới hơn của chương trình tạo (phiên bản dữ liệu {self.version}, "
                f"chương trình này hiểu đến {SCHEMA_VERSION}); hãy cài phiên bản mới nhất."
            )
        return "Cơ sở dữ liệu này thuộc một ứng dụng khác; hãy chọn cơ sở dữ liệu khác."


def schema_state(conn: Connection) -> tuple[SchemaState, int | None]:
    names = {n for n in inspect(conn).get_table_names() if not n.startswith(("fts_", "sqlite_"))}
    version = read_schema_version(conn)
    if not names - {"alembic_version"}:
        return SchemaState.EMPTY, None
    if not names >= SIGNATURE_TABLES:
        return SchemaState.FOREIGN, None
    if version is not None and version > SCHEMA_VERSION:
        return SchemaState.NEWER, version
    return SchemaState.OURS, version


def probe(url: str | URL) -> Probe:
    """Connect (5 s at most), read the server version and what the database holds."""
    parsed = parse_url(url) if isinstance(url, str) else url
    engine = engine_for_url(parsed)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                server = "PostgreSQL " + str(conn.exec_driver_sql("SHOW server_version").scalar_one()).split()[0]
            else:
                server = "SQLite " + str(conn.exec_driver_sql("SELECT sqlite_version()").scalar_one())
            state, version = schema_state(conn)
    except DBAPIError as exc:
        raise connection_error(exc, parsed) from exc
    finally:
        engine.dispose()
    return Probe(server, state, version)
