"""Fault 13: an upgrade fails halfway. A database at revision 0001 with rows is
upgraded while an error is raised inside the upgrade: once through the
fail_hook after the steps, once from inside a revision's upgrade step (after
its indexes were created). The original is intact (rows, user_version 1,
alembic revision, no new index) and the backup made first passes integrity_check."""

from __future__ import annotations

import sqlite3

import pytest

from vnhr_desktop.errors import MigrationFailed
from vnhr_desktop.persistence import migrate
from vnhr_desktop.persistence.migrations import helpers
from vnhr_desktop.persistence.preflight import integrity_check

AGENCIES = ["Ủy ban nhân dân xã An Hòa", "Công an huyện", "Phòng Văn hóa - Thông tin"]


@pytest.fixture
def old_db(tmp_path):
    path = tmp_path / "vnhr.sqlite3"
    migrate.upgrade(path, None, target="0001")
    con = sqlite3.connect(path)
    con.executemany(
        "INSERT INTO agency (name, short_code, kind, search_key, sort_key) VALUES (?, '', 'department', '', '')",
        [(a,) for a in AGENCIES],
    )
    con.commit()
    con.close()
    return path


def state(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            "user_version": con.execute("PRAGMA user_version").fetchone()[0],
            "revision": con.execute("SELECT version_num FROM alembic_version").fetchone()[0],
            "agencies": [r[0] for r in con.execute("SELECT name FROM agency ORDER BY id")],
            "indexes": sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")),
        }
    finally:
        con.close()


def check_failed_upgrade(old_db, tmp_path, **kwargs):
    before = state(old_db)
    assert before["user_version"] == 1 and before["revision"] == "0001"
    backups = tmp_path / "backups"
    with pytest.raises(MigrationFailed) as err:
        migrate.upgrade(old_db, backups, **kwargs)
    after = state(old_db)
    assert after == before
    assert integrity_check(old_db) == ["ok"]
    backup = err.value.backup_path
    assert backup is not None and backup.exists() and backup.parent == backups
    assert str(backup) in err.value.message and "không bị thay đổi" in err.value.message
    assert integrity_check(backup) == ["ok"]
    assert state(backup)["agencies"] == AGENCIES


def test_failure_after_the_steps_rolls_back(old_db, tmp_path):
    def fail(conn):
        raise RuntimeError("injected failure after the upgrade steps")

    check_failed_upgrade(old_db, tmp_path, fail_hook=fail)


def test_failure_inside_a_step_rolls_back(old_db, tmp_path, monkeypatch):
    def fail(version):
        raise RuntimeError(f"injected failure inside the step to {version}")

    # 0002 creates its indexes, then records the version: fail right there
    monkeypatch.setattr(helpers, "set_user_version", fail)
    check_failed_upgrade(old_db, tmp_path)


def test_upgrade_succeeds_afterwards(old_db, tmp_path):
    migrate.upgrade(old_db, tmp_path / "backups")
    after = state(old_db)
    assert after["user_version"] >= 2 and after["agencies"] == AGENCIES
