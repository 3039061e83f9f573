"""Fault 15: a damaged database file: bytes flipped in several pages, or the
header destroyed. Opening raises DatabaseCorrupt with a clear message, the file
keeps its bytes (and gains no -wal/-shm), the newest good backup is offered,
and restoring it sets the damaged file aside unmodified."""

from __future__ import annotations

import pytest

from tests.reliability.helpers import sha256
from vnhr_desktop.errors import DatabaseCorrupt
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.models import Agency
from vnhr_desktop.services.backups import backup_now, database_counts, newest_good_backup, restore

PAGE = 4096


def damage_pages(path, pages, pattern=b"\xff\x00\xa5\x5a"):
    raw = bytearray(path.read_bytes())
    for page in pages:
        start = page * PAGE
        raw[start : start + 64] = pattern * 16
    path.write_bytes(bytes(raw))


def filled(db, n=40):
    with db.session() as session:
        session.add_all([Agency(name=f"Đơn vị số {i}") for i in range(n)])


def side_files(path):
    return [p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-")]


@pytest.mark.parametrize("pages", [[2, 3, 5, 8], [1, 4, 6], [0]], ids=["tables", "schema-and-tables", "header"])
def test_corrupt_database_is_refused_untouched_and_the_latest_backup_offered(pages, db, paths):
    filled(db)
    good = backup_now(paths)
    db.close()
    damage_pages(paths.database, pages)
    assert side_files(paths.database) == []
    before = sha256(paths.database)
    with pytest.raises(DatabaseCorrupt) as err:
        open_database(paths)
    message = err.value.message
    assert "bị hỏng hoặc không đọc được" in message and "bản sao lưu gần nhất" in message
    assert sha256(paths.database) == before
    assert side_files(paths.database) == []
    offered = newest_good_backup(paths)
    assert offered is not None and offered.path == good and offered.counts["agencies"] == 40


def test_newest_good_backup_skips_a_damaged_newer_one(db, paths):
    filled(db, 5)
    older = backup_now(paths)
    newer = backup_now(paths)
    damage_pages(newer, [1, 2, 3])
    offered = newest_good_backup(paths)
    assert offered.path == older


def test_restoring_over_a_damaged_file_keeps_it_aside(db, paths):
    filled(db, 12)
    good = backup_now(paths)
    db.close()
    damage_pages(paths.database, [2, 3, 5])
    damaged_bytes = sha256(paths.database)
    result = restore(paths, good)
    assert result.damaged_copy is not None and sha256(result.damaged_copy) == damaged_bytes
    assert result.safety_backup is None
    assert database_counts(paths.database)["agencies"] == 12
    database = open_database(paths)
    database.close()


def test_file_that_is_not_a_database(paths):
    paths.database.write_bytes(b"This is not SQLite at all." * 300)
    before = sha256(paths.database)
    with pytest.raises(DatabaseCorrupt):
        open_database(paths)
    assert sha256(paths.database) == before
    assert newest_good_backup(paths) is None
