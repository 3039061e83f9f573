"""Fixtures for the fault tests (``db`` and ``data_paths`` come from tests/conftest.py)."""

from __future__ import annotations

import pytest

from vnhr_desktop.persistence.location import set_drive_type_check


@pytest.fixture(autouse=True)
def _local_drive():
    """The data folders of these tests count as a local disk."""
    set_drive_type_check(lambda _p: "local")
    yield
    set_drive_type_check(None)


@pytest.fixture
def paths(data_paths):
    return data_paths
