"""A throwaway PostgreSQL database for the tests that move data between
engines, on the test session's own cluster (tests/pg_cluster.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select

from vnhr_desktop.persistence.transfer import model_tables


@pytest.fixture
def pg_url(pg_server) -> Iterator[str]:
    """The URL (with password) of a new, empty database on the session's
    cluster, dropped afterwards."""
    name = f"pgtools_test_{uuid.uuid4().hex[:12]}"
    pg_server.create(name)
    try:
        yield pg_server.cluster.password_url(name)
    finally:
        pg_server.drop(name)


def contents(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every model table, in primary-key order, as typed values."""
    with engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))] for t in model_tables()
        }
