"""Fault 12: a database written by a newer version of the app (user_version
above SCHEMA_VERSION). Opening refuses with DatabaseTooNew and leaves the file
byte for byte as it was, without even creating -wal or -shm files."""

from __future__ import annotations

import sqlite3

import pytest

from tests.reliability.helpers import sha256
from vnhr_desktop.errors import DatabaseTooNew
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.preflight import run_preflight
from vnhr_desktop.persistence.schema import SCHEMA_VERSION
from vnhr_desktop.services.backups import restore


def make_newer(path):
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    con.execute("CREATE TABLE future_feature (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()


def side_files(path):
    return [p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-")]


def test_newer_database_is_refused_untouched(db, paths):
    db.close()
    make_newer(paths.database)
    assert side_files(paths.database) == []
    before = sha256(paths.database)
    with pytest.raises(DatabaseTooNew) as err:
        open_database(paths)
    assert "phiên bản mới hơn" in err.value.message and "không bị thay đổi" in err.value.message
    assert sha256(paths.database) == before
    assert side_files(paths.database) == []
    with pytest.raises(DatabaseTooNew):
        run_preflight(paths.database)
    assert sha256(paths.database) == before


def test_restore_from_a_newer_backup_is_refused(db, paths, tmp_path):
    with db.session() as session:
        from vnhr_desktop.persistence.models import Agency

        session.add(Agency(name="Ủy ban nhân dân xã An Hòa"))
    newer = tmp_path / "tu-may-khac.sqlite3"
    from vnhr_desktop.persistence.backup import copy_database

    copy_database(paths.database, newer)
    make_newer(newer)
    live_before = sha256(paths.database)
    file_before = sha256(newer)
    with pytest.raises(DatabaseTooNew):
        restore(paths, newer)
    assert sha256(newer) == file_before
    assert sha256(paths.database) == live_before
