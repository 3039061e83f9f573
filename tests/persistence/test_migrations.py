import hashlib
import sqlite3

import pytest

from vnhr_desktop.errors import DatabaseCorrupt, DatabaseTooNew, MigrationFailed
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.migrate import upgrade
from vnhr_desktop.persistence.preflight import integrity_check
from vnhr_desktop.persistence.schema import APPLICATION_ID, SCHEMA_VERSION


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pragma(path, name):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        con.close()


def test_fresh_database_is_at_head_and_matches_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from vnhr_desktop.persistence.models import Base
    from vnhr_desktop.persistence.search_index import is_index_table

    def include_name(name, type_, _parent):
        # The full-text index (virtual tables and their shadow tables) is not a model.
        return not (type_ == "table" and is_index_table(name))

    paths = DataPaths(tmp_path / "d")
    db = open_database(paths)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diffs = compare_metadata(context, Base.metadata)
    db.close()
    assert diffs == []
    assert _pragma(paths.database, "user_version") == SCHEMA_VERSION
    assert _pragma(paths.database, "application_id") == APPLICATION_ID
    assert _pragma(paths.database, "journal_mode") == "wal"


def test_every_revision_bumps_user_version():
    from vnhr_desktop.paths import migrations_dir

    versions = sorted((migrations_dir() / "versions").glob("0*.py"))
    numbers = []
    for path in versions:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("USER_VERSION ="):
                numbers.append(int(line.split("=")[1]))
    assert numbers == list(range(1, len(versions) + 1))
    assert numbers[-1] == SCHEMA_VERSION


def test_database_at_first_revision_upgrades_keeping_rows(tmp_path):
    paths = DataPaths(tmp_path / "d").ensure()
    upgrade(paths.database, None, target="0001")
    assert _pragma(paths.database, "user_version") == 1
    con = sqlite3.connect(paths.database)
    con.execute(
        "INSERT INTO plan (kind, status, symbol, issuer_name, title, implements_text, report_to, "
        "signer_authority, signer_title, signer_name, recipients, opening, closing, search_key) "
        "VALUES ('received','issued','KH-BCĐNQ','Ban Chỉ đạo','Kế hoạch cũ','','','','','','','','','')"
    )
    con.commit()
    con.close()
    db = open_database(paths)
    with db.Session() as s:
        from vnhr_desktop.persistence.models import Plan

        titles = [p.title for p in s.query(Plan)]
    db.close()
    assert titles == ["Kế hoạch cũ"]
    assert _pragma(paths.database, "user_version") == SCHEMA_VERSION
    backups = list(paths.backups.glob("*.sqlite3"))
    assert len(backups) == 1 and integrity_check(backups[0]) == ["ok"]
    assert db.upgraded_from == 1


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    paths = DataPaths(tmp_path / "d")
    open_database(paths).close()
    con = sqlite3.connect(paths.database)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = _digest(paths.database)
    with pytest.raises(DatabaseTooNew, match="phiên bản mới hơn"):
        open_database(paths)
    assert _digest(paths.database) == before
    assert not (paths.root / "vnhr.sqlite3-wal").exists()
    assert not (paths.root / "vnhr.sqlite3-shm").exists()


def test_corrupt_database_gives_a_clear_message_and_is_not_modified(tmp_path):
    paths = DataPaths(tmp_path / "d")
    db = open_database(paths)
    with db.session() as s:
        from vnhr_desktop.services.demo import load_sample

        load_sample(s)
    db.close()
    data = bytearray(paths.database.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, 6):  # page headers of several b-tree pages (page 1 holds the file header)
        start = page * page_size
        data[start : start + 12] = b"\x7f" * 12
    paths.database.write_bytes(bytes(data))
    before = _digest(paths.database)
    with pytest.raises(DatabaseCorrupt, match="bị hỏng"):
        open_database(paths)
    assert _digest(paths.database) == before


def test_failed_upgrade_leaves_original_and_names_backup(tmp_path):
    paths = DataPaths(tmp_path / "d").ensure()
    upgrade(paths.database, None, target="0001")
    before = _digest(paths.database)

    def boom(_conn):
        raise RuntimeError("lỗi giả lập")

    with pytest.raises(MigrationFailed) as info:
        upgrade(paths.database, paths.backups, fail_hook=boom)
    assert str(info.value.backup_path) in info.value.message
    assert _pragma(paths.database, "user_version") == 1
    assert integrity_check(info.value.backup_path) == ["ok"]
    assert _digest(paths.database) == before or integrity_check(paths.database) == ["ok"]
