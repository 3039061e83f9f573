"""services/backups.py: list, back up anywhere, restore with counts."""

from __future__ import annotations

import sqlite3

import pytest

from tests.reliability.helpers import sha256
from vnhr_desktop.errors import DatabaseCorrupt, NotOurDatabase
from vnhr_desktop.persistence import migrate
from vnhr_desktop.persistence.backup import REASON_RESTORE, list_backups
from vnhr_desktop.persistence.models import Agency, Plan
from vnhr_desktop.persistence.preflight import integrity_check
from vnhr_desktop.persistence.schema import SCHEMA_VERSION
from vnhr_desktop.services.backups import (
    backup_now,
    database_counts,
    inspect_database_file,
    list_backup_infos,
    restore,
)


def add_plans(db, n, prefix="Kế hoạch"):
    with db.session() as session:
        session.add_all([Plan(title=f"{prefix} {i}") for i in range(n)])


def test_list_backup_infos_reads_counts_and_checks(db, paths):
    add_plans(db, 3)
    first = backup_now(paths)
    add_plans(db, 2, "Thêm")
    second = backup_now(paths)
    infos = list_backup_infos(paths)
    assert [i.path for i in infos] == [second, first]
    assert [i.counts["plans"] for i in infos] == [5, 3]
    assert all(i.ok and i.restorable and i.user_version == SCHEMA_VERSION for i in infos)
    assert infos[0].size == second.stat().st_size
    assert infos[0].created <= infos[0].created.now()
    assert database_counts(paths.database)["plans"] == 5


def test_restore_says_what_changed_and_keeps_the_current_state(db, paths):
    add_plans(db, 3)
    backup = backup_now(paths)
    add_plans(db, 4, "Sau sao lưu")
    with db.session() as session:
        session.add(Agency(name="Công an huyện"))
    result = restore(paths, backup)
    assert result.before["plans"] == 7 and result.after["plans"] == 3
    assert result.changes() == {"plans": (7, 3), "agencies": (1, 0)}
    assert "kế hoạch: 7 → 3" in result.summary()
    assert result.safety_backup is not None and REASON_RESTORE in result.safety_backup.name
    assert database_counts(result.safety_backup)["plans"] == 7
    # the app's open engine sees the restored data
    with db.session() as session:
        assert session.query(Plan).count() == 3
    assert integrity_check(paths.database) == ["ok"]
    assert not [p for p in paths.root.iterdir() if p.name.startswith(".vnhr-tmp-")]


def test_restore_of_an_older_schema_upgrades_it(db, paths, tmp_path):
    old = tmp_path / "cu.sqlite3"
    migrate.upgrade(old, None, target="0001")
    con = sqlite3.connect(old)
    con.execute(
        "INSERT INTO plan (kind, status, symbol, issuer_name, title, implements_text, report_to, "
        "signer_authority, signer_title, signer_name, recipients, opening, closing, search_key, "
        "created_at, updated_at) VALUES ('own','draft','','', 'Kế hoạch cũ','','','','','','','','','',"
        "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
    )
    con.commit()
    con.close()
    before = sha256(old)
    result = restore(paths, old)
    assert result.migrated_from == 1
    assert result.after["plans"] == 1
    assert sha256(old) == before
    con = sqlite3.connect(paths.database)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_restore_refuses_foreign_and_damaged_files(db, paths, tmp_path):
    add_plans(db, 2)
    live_before = database_counts(paths.database)
    foreign = tmp_path / "khac.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(NotOurDatabase):
        restore(paths, foreign)
    garbage = tmp_path / "rac.sqlite3"
    garbage.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DatabaseCorrupt):
        restore(paths, garbage)
    with pytest.raises(NotOurDatabase):
        restore(paths, paths.database)
    assert database_counts(paths.database) == live_before
    assert not inspect_database_file(tmp_path / "khong-co.sqlite3").ok
    assert len(list_backups(paths.backups)) == 0


def test_restore_when_there_is_no_database_yet(db, paths, tmp_path):
    add_plans(db, 2)
    backup = backup_now(paths, out=tmp_path)
    db.close()
    for suffix in ("", "-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    result = restore(paths, backup)
    assert result.before == {} and result.after["plans"] == 2 and result.safety_backup is None
