"""Fixtures of the receiving tests: several offices, each with its own database."""

from __future__ import annotations

import pytest

from tests.receiving.offices import UNITS, issue_and_package, province_office, unit_office
from vnhr_desktop.paths import DataPaths


@pytest.fixture
def office_db(make_database, tmp_path):
    """``office_db("name")``: a fresh, migrated database of one office (on
    this test's engine)."""

    def make(name: str):
        return make_database("empty", DataPaths(tmp_path / name))

    return make


@pytest.fixture
def province(office_db):
    db = office_db("province")
    with db.session() as session:
        office = province_office(session)
    return db, office


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def two_packages(office_db, stick):
    """Packages of Công an tỉnh (issued 28/12/2024) and xã Long Hòa (06/01/2025, late) on one stick."""
    import datetime as dt

    folders = []
    for (code, name, level), day, media in zip(
        (UNITS[0], UNITS[2]), (dt.date(2024, 12, 28), dt.date(2025, 1, 6)), (3, 5), strict=True
    ):
        db = office_db(f"unit-{code}")
        with db.session() as session:
            report_id = unit_office(session, code, name, level, media=media)
        folders.append(issue_and_package(db, report_id, day, stick))
    return folders
