"""A throwaway PostgreSQL database for the tests that move data between
engines. The server is ``VNHR_TEST_POSTGRES`` (an admin URL) or the local
development server; without a reachable server these tests are skipped."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url

from vnhr_desktop.persistence.transfer import model_tables

ADMIN_URL = os.environ.get("VNHR_TEST_POSTGRES", "postgresql+psycopg://vnhr:vnhr@127.0.0.1:54329/postgres")


def _admin():
    return create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 2})


def server_available() -> bool:
    try:
        engine = _admin()
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL (with password) of a new, empty database, dropped afterwards."""
    if not server_available():
        pytest.skip(f"no PostgreSQL server at {make_url(ADMIN_URL).render_as_string(hide_password=True)}")
    name = f"pgtools_test_{uuid.uuid4().hex[:12]}"
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def contents(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every model table, in primary-key order, as typed values."""
    with engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))] for t in model_tables()
        }
