"""The connection test of the shared-database dialog against a real server:
server version and schema state, each in one Vietnamese line."""

from __future__ import annotations

import pytest
from pg_server import pg_url  # noqa: F401  (fixture)
from sqlalchemy import text
from sqlalchemy.engine import make_url

from vnhr_desktop.persistence.portable import create_postgresql_schema
from vnhr_desktop.persistence.postgres import set_schema_version
from vnhr_desktop.persistence.schema import SCHEMA_VERSION
from vnhr_desktop.persistence.server import engine_for_url
from vnhr_desktop.services.shared_database import check_connection, make_connection

# These tests choose their engines themselves (tests/persistence/pg_server.py):
# the db fixtures run once, on SQLite.
pytestmark = pytest.mark.sqlite_only


def _check(url: str, password: str | None = None):
    u = make_url(url)
    connection = make_connection(u.host, u.port, u.database, u.username)
    return check_connection(connection, u.password if password is None else password)


def test_states_of_a_server_database(pg_url):  # noqa: F811
    empty = _check(pg_url)
    assert empty.ok and empty.server_version.startswith("PostgreSQL ")
    assert empty.message.startswith("Cơ sở dữ liệu trống")
    engine = engine_for_url(pg_url)
    try:
        create_postgresql_schema(engine)
        ours = _check(pg_url)
        assert ours.ok and ours.message == f"Cơ sở dữ liệu của chương trình này, phiên bản dữ liệu {SCHEMA_VERSION}."
        with engine.begin() as conn:
            set_schema_version(conn, SCHEMA_VERSION + 1)
        newer = _check(pg_url)
        assert not newer.ok and "phiên bản mới hơn" in newer.message
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE participant, alembic_version, vnhr_meta CASCADE"))
            conn.execute(text("CREATE TABLE invoices (id int)"))
        foreign = _check(pg_url)
        assert not foreign.ok and "ứng dụng khác" in foreign.message
    finally:
        engine.dispose()


def test_wrong_password_and_missing_database(pg_url):  # noqa: F811
    wrong = _check(pg_url, password="sai-mật-khẩu")
    assert not wrong.ok and "sai tên người dùng hoặc mật khẩu" in wrong.message
    missing = _check(make_url(pg_url).set(database="pgtools_khong_co").render_as_string(hide_password=False))
    assert (
        not missing.ok
        and "máy chủ không có cơ sở dữ liệu này" in missing.message
        and "pgtools_khong_co" in missing.message
    )
    for check in (wrong, missing):
        assert "\n" not in check.message
