"""Fault 14: backups taken while another process writes continuously (commits
and bulk inserts through the app's engine). Every backup passes
integrity_check and holds a consistent snapshot: whole transactions only."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from tests.reliability.test_f01_crash_mid_write import Child, check_database
from tests.reliability.writer_child import rows_for
from vnhr_desktop.persistence.backup import REASON_PERIODIC, list_backups, make_backup
from vnhr_desktop.persistence.preflight import integrity_check
from vnhr_desktop.services.backups import list_backup_infos

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def snapshot_consistent(path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM app_setting WHERE key='counter'").fetchone()
        counter = int(row[0]) if row else -1
        per_commit: dict[int, int] = {}
        for (name,) in con.execute("SELECT name FROM agency WHERE name LIKE 'crash-%'"):
            i = int(name.split("-")[1])
            per_commit[i] = per_commit.get(i, 0) + 1
    finally:
        con.close()
    assert sorted(per_commit) == list(range(counter + 1))
    assert all(n == rows_for(i) for i, n in per_commit.items())
    return counter


def test_every_backup_taken_during_writes_is_sound(db, paths):
    db.close()
    child = Child(paths.database, paths.backups, with_backups=False)
    try:
        child.wait_for("ready")
        child.wait_for("c 5")
        counters = []
        for _ in range(15):
            child.wait_for("c ")
            backup = make_backup(paths.database, paths.backups, reason=REASON_PERIODIC)
            assert integrity_check(backup) == ["ok"]
            counters.append(snapshot_consistent(backup))
    finally:
        child.kill()
    assert counters == sorted(counters) and counters[-1] > counters[0]
    backups = list_backups(paths.backups)
    assert len(backups) == 15
    assert all(integrity_check(b) == ["ok"] for b in backups)
    assert all(info.ok for info in list_backup_infos(paths))
    check_database(paths.database, child.committed)
