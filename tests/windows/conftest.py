"""Fixtures for the Windows-only tests (``db`` and ``data_paths`` come from tests/conftest.py)."""

from __future__ import annotations

import pytest

from vnhr_desktop.persistence.location import set_drive_type_check


@pytest.fixture
def paths(data_paths):
    """A data folder on the local disk; the drive check of this process counts it as local."""
    set_drive_type_check(lambda _p: "local")
    yield data_paths
    set_drive_type_check(None)
