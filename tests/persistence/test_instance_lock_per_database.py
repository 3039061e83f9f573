"""The single-instance lock is per PC and per database: a second instance on the
same database is refused while another process holds the lock; instances on
different databases (two server databases, or the SQLite file and a server
database) run side by side. The SQLite lock file keeps its name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, child_env
from vnhr_desktop.errors import AlreadyRunning
from vnhr_desktop.paths import DataPaths, database_identity
from vnhr_desktop.persistence.lock import InstanceLock

HOLDER = r"""
import sys, time
from pathlib import Path
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.lock import InstanceLock
paths = DataPaths(Path(sys.argv[1]), sys.argv[2] or None)
lock = InstanceLock(paths.lock_file).acquire()
print("locked", flush=True)
time.sleep(120)
"""

OFFICE = "postgresql+psycopg://tuan:mat-khau@may-chu.local:5432/vnhr_van_phong"


@pytest.fixture
def holder(tmp_path):
    """Another process running on ``url`` (None: on the SQLite file) in data folder tmp_path/data."""
    children = []

    def start(url: str | None) -> None:
        child = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(tmp_path / "data"), url or ""],
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=ROOT,
        )
        children.append(child)
        assert child.stdout.readline().strip() == "locked"

    yield start
    for child in children:
        child.kill()
        child.wait(timeout=10)


def _try(root: Path, url: str | None) -> bool:
    try:
        with InstanceLock(DataPaths(root, url).lock_file):
            return True
    except AlreadyRunning:
        return False


def test_the_sqlite_lock_keeps_its_name(tmp_path):
    assert DataPaths(tmp_path).lock_file == tmp_path / "vnhr.sqlite3.lock"


def test_the_identity_leaves_out_who_connects():
    same = (
        OFFICE,
        "postgresql+psycopg://khac@MAY-CHU.local/vnhr_van_phong",  # another login, default port
        "postgresql://may-chu.local:5432/vnhr_van_phong?connect_timeout=5",
    )
    assert {database_identity(url) for url in same} == {"postgresql|may-chu.local|5432|vnhr_van_phong"}
    assert "mat-khau" not in str(DataPaths(Path("/x"), OFFICE).lock_file)
    others = (
        "postgresql+psycopg://tuan@may-chu.local:5433/vnhr_van_phong",
        "postgresql+psycopg://tuan@may-chu-2.local:5432/vnhr_van_phong",
        "postgresql+psycopg://tuan@may-chu.local:5432/vnhr_so",
    )
    assert len({DataPaths(Path("/x"), url).lock_file for url in (OFFICE, *others)}) == 4


def test_a_second_instance_on_the_same_server_database_is_refused(tmp_path, holder):
    holder(OFFICE)
    assert not _try(tmp_path / "data", "postgresql+psycopg://khac:khac@may-chu.local/vnhr_van_phong")


def test_instances_on_different_databases_run_side_by_side(tmp_path, holder):
    holder(OFFICE)
    assert _try(tmp_path / "data", None)  # the SQLite file of the same data folder
    assert _try(tmp_path / "data", "postgresql+psycopg://tuan@may-chu.local:5432/vnhr_so")


def test_the_sqlite_file_stays_locked_as_before(tmp_path, holder):
    holder(None)
    assert not _try(tmp_path / "data", None)
    assert _try(tmp_path / "data", OFFICE)
