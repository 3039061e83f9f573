"""A scratch PostgreSQL database for the concurrency tests of working together:
a plain engine and the models' tables (Base.metadata.create_all), on the test
session's own cluster (the ``pg_server`` fixture, tests/pg_cluster.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def scratch_database(pg_server, name: str) -> Iterator[str]:
    """Create the empty database ``collab_<name>`` with the app's tables; yields its URL."""
    from sqlalchemy import create_engine

    from vnhr_desktop.persistence.models import Base

    db_name = f"collab_{name}"
    pg_server.drop(db_name)
    pg_server.create(db_name)
    url = pg_server.url(db_name)
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    try:
        yield url
    finally:
        pg_server.drop(db_name)
