"""A scratch PostgreSQL database for the concurrency tests of working together:
a plain engine and the models' tables (Base.metadata.create_all). The server is
VNHR_TEST_PG_URL (a server URL without the database name, e.g.
``postgresql+psycopg://vnhr:vnhr@127.0.0.1:54329``) or the local development
server; the tests skip, saying so, when none answers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

DEFAULT_SERVER = "postgresql+psycopg://vnhr:vnhr@127.0.0.1:54329"


def server_url() -> str:
    return os.environ.get("VNHR_TEST_PG_URL", DEFAULT_SERVER).rstrip("/")


@contextmanager
def scratch_database(name: str) -> Iterator[str]:
    """Create the empty database ``collab_<name>`` with the app's tables; yields its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from vnhr_desktop.persistence.models import Base

    db_name = f"collab_{name}"
    admin = create_engine(f"{server_url()}/postgres", isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{db_name}"'))
    except OperationalError as exc:
        admin.dispose()
        pytest.skip(f"no PostgreSQL server answers at {server_url().rsplit('@', 1)[-1]} ({type(exc).__name__})")
    url = f"{server_url()}/{db_name}"
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
        admin.dispose()
