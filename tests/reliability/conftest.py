"""Fixtures for the fault tests: a fresh data folder and database."""

from __future__ import annotations

import pytest

from vnhr_desktop.paths import data_paths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.location import set_drive_type_check


@pytest.fixture(autouse=True)
def _local_drive():
    """The data folders of these tests count as a local disk."""
    set_drive_type_check(lambda _p: "local")
    yield
    set_drive_type_check(None)


@pytest.fixture
def paths(tmp_path):
    return data_paths(tmp_path / "data")


@pytest.fixture
def db(paths):
    database = open_database(paths)
    yield database
    database.close()
