"""Hardening 3: restore only what is ours, and whole. Real crafted files, each
with our application_id: no tables, a missing column, a trigger or view of its
own, an unknown schema generation, a broken foreign key. Each is refused with
its reason and the office's data stays byte for byte as it was."""

from __future__ import annotations

import sqlite3

import pytest

from tests.reliability.helpers import sha256
from vnhr_desktop.errors import DatabaseCorrupt, NotOurDatabase
from vnhr_desktop.persistence.backup import copy_database
from vnhr_desktop.persistence.models import Plan
from vnhr_desktop.persistence.schema import APPLICATION_ID, SCHEMA_VERSION
from vnhr_desktop.services.backups import restore


def _copy_and(db, dest, *statements, foreign_keys=True):
    copy_database(db.path, dest)
    con = sqlite3.connect(dest, isolation_level=None)
    con.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    for sql in statements:
        con.execute(sql)
    con.close()
    return dest


def _empty_with_our_id(dest, version=SCHEMA_VERSION):
    con = sqlite3.connect(dest)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute(f"PRAGMA user_version={version}")
    con.execute("CREATE TABLE filler (x)")  # SQLite writes the header only with a page
    con.execute("DROP TABLE filler")
    con.commit()
    con.close()
    return dest


@pytest.fixture
def live(db):
    with db.session() as session:
        session.add(Plan(title="Kế hoạch đang dùng"))
    db.close()
    return db


CASES = {
    "no-tables": (lambda db, p: _empty_with_our_id(p), NotOurDatabase, "thiếu bảng"),
    "missing-column": (
        lambda db, p: _copy_and(db, p, "ALTER TABLE plan DROP COLUMN closing"),
        NotOurDatabase,
        "thiếu cột closing",
    ),
    "own-trigger": (
        lambda db, p: _copy_and(db, p, "CREATE TRIGGER wipe AFTER INSERT ON plan BEGIN DELETE FROM agency; END"),
        NotOurDatabase,
        "trigger lạ wipe",
    ),
    "own-view": (
        lambda db, p: _copy_and(db, p, "CREATE VIEW peek AS SELECT * FROM participant"),
        NotOurDatabase,
        "view lạ peek",
    ),
    "extra-table": (lambda db, p: _copy_and(db, p, "CREATE TABLE loot (x)"), NotOurDatabase, "bảng lạ loot"),
    "unknown-version": (
        lambda db, p: _copy_and(db, p, "PRAGMA user_version=0"),
        NotOurDatabase,
        "phiên bản dữ liệu 0",
    ),
    "broken-foreign-key": (
        lambda db, p: _copy_and(
            db,
            p,
            "INSERT INTO agency (name, short_code, kind, search_key, sort_key, parent_id) "
            "VALUES ('Mồ côi', '', 'department', 'mo coi', 'mo coi', 424242)",
            foreign_keys=False,
        ),
        DatabaseCorrupt,
        "khóa ngoại",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_crafted_file_is_refused_and_nothing_changes(live, paths, tmp_path, case):
    make, error, reason = CASES[case]
    crafted = make(live, tmp_path / f"{case}.sqlite3")
    con = sqlite3.connect(crafted)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()
    before = sha256(paths.database)
    crafted_before = sha256(crafted)
    with pytest.raises(error) as refused:
        restore(paths, crafted)
    assert reason in refused.value.message
    assert "không bị thay đổi" in refused.value.message
    assert sha256(paths.database) == before
    assert sha256(crafted) == crafted_before
    assert not [p for p in paths.root.iterdir() if p.name.startswith(".vnhr-tmp-")]


def test_a_good_backup_of_ours_is_still_restored(live, paths, tmp_path):
    good = _copy_and(live, tmp_path / "tot.sqlite3", "UPDATE plan SET title='Kế hoạch đã sao lưu'")
    result = restore(paths, good)
    assert result.after["plans"] == 1
    con = sqlite3.connect(paths.database)
    assert con.execute("SELECT title FROM plan").fetchone()[0] == "Kế hoạch đã sao lưu"
    con.close()


def test_check_finds_a_foreign_trigger_and_a_broken_foreign_key(live, paths, capsys):
    from vnhr_desktop import cli

    assert cli.main(["--data-dir", str(paths.root), "check"]) == 0
    con = sqlite3.connect(paths.database, isolation_level=None)
    con.execute("CREATE TRIGGER wipe AFTER INSERT ON plan BEGIN DELETE FROM agency; END")
    con.close()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(paths.root), "check"]) == DatabaseCorrupt.exit_code
    assert "trigger lạ wipe" in capsys.readouterr().err
