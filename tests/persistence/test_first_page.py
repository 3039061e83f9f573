"""The first page read without the ORM is the plans list's first page: same
rows, same order (NULL dates, equal dates, ties on id), same count."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

import pytest

from vnhr_desktop.persistence import models as m
from vnhr_desktop.services.first_page import first_plans_page
from vnhr_desktop.services.listing import LISTS
from vnhr_desktop.services.paging import ListRequest


def _plans(db, n=60):
    with db.session() as s:
        for i in range(n):
            issued = None if i % 7 == 0 else dt.date(2020 + i % 5, 1 + i % 12, 1 + i % 3)
            s.add(
                m.Plan(
                    kind="own" if i % 2 else "received",
                    status=("draft", "issued", "done")[i % 3],
                    number=i if i % 4 else None,
                    symbol="KH-UBND" if i % 5 else "",
                    issued_on=issued,
                    title=f"Kế hoạch {i}",
                    issuer_name="UBND",
                    report_deadline=None if i % 6 == 0 else dt.date(2025, 1 + i % 12, 10),
                )
            )


@pytest.mark.sqlite_only  # the page is read from the SQLite file
def test_first_page_equals_the_plans_list(sample_db):
    _plans(sample_db)
    for limit in (1, 10, 200):
        rows, total = first_plans_page(sample_db.path, limit)
        with sample_db.Session() as s:
            assert rows == LISTS["plans"].query(s, ListRequest(limit=limit))
            assert total == LISTS["plans"].count(s, ListRequest())


def test_no_first_page_without_a_current_database(tmp_path, db):
    assert first_plans_page(tmp_path / "missing.sqlite3", 10) is None
    db.close()
    con = sqlite3.connect(db.path)
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()
    assert first_plans_page(db.path, 10) is None  # due for an upgrade: the ordinary way


@pytest.mark.sqlite_only
def test_reading_the_first_page_does_not_load_sqlalchemy(sample_db):
    code = (
        "import sys, pathlib\n"
        "from vnhr_desktop.services.first_page import first_plans_page\n"
        f"rows, total = first_plans_page(pathlib.Path({str(sample_db.path)!r}), 200)\n"
        "print(total > 0, 'sqlalchemy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]
