"""Backups of a shared database on PostgreSQL: the portable SQLite backup (in
the backup folder and with `backup --out`) restores into SQLite and into the
server; automatic backups there are taken only by the PC with the role."""

from __future__ import annotations

import json

from pg_server import contents, pg_url  # noqa: F401  (pg_url: fixture)
from sqlalchemy import delete, func, select

from vnhr_desktop.cli import main
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence import models as m
from vnhr_desktop.persistence.backup import list_backups
from vnhr_desktop.persistence.portable import copy_to_server
from vnhr_desktop.persistence.server import engine_for_url
from vnhr_desktop.services import shared_database as shared
from vnhr_desktop.services.backups import backup_now, inspect_database_file, restore
from vnhr_desktop.services.portable_backups import automatic_backups_here


def test_portable_backup_restores_into_both_engines(sample_db, tmp_path, pg_url):  # noqa: F811
    server = engine_for_url(pg_url)
    try:
        copy_to_server(sample_db.engine, server)
        office = DataPaths(tmp_path / "office").ensure()
        made = backup_now(office, engine=server)
        assert made.parent == office.backups and list_backups(office.backups) == [made]
        info = inspect_database_file(made)
        assert info.ok and info.restorable and info.counts["participants"] == 80
        # into SQLite: the ordinary restore
        other = DataPaths(tmp_path / "other").ensure()
        result = restore(other, made)
        assert result.after == info.counts
        # into the server: its rows are replaced in one transaction
        with server.begin() as conn:
            conn.execute(delete(m.Participant))
        again = restore(office, made, engine=server)
        assert again.before["participants"] == 0 and again.after["participants"] == 80
        assert again.safety_backup is not None and again.safety_backup.exists()
        assert contents(server) == contents(sample_db.engine)
        with server.connect() as conn:
            assert conn.execute(select(func.count()).select_from(m.Participant)).scalar_one() == 80
    finally:
        server.dispose()


def test_backup_out_command_on_the_server(sample_db, tmp_path, monkeypatch, capsys, pg_url):  # noqa: F811
    server = engine_for_url(pg_url)
    try:
        copy_to_server(sample_db.engine, server)
    finally:
        server.dispose()
    monkeypatch.setenv("VNHR_DATABASE_URL", pg_url)
    out = tmp_path / "usb" / "sao-luu.sqlite3"
    out.parent.mkdir()
    assert main(["--data-dir", str(tmp_path / "pc"), "backup", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert inspect_database_file(out).counts == inspect_database_file(sample_db.paths.database).counts
    assert [p.name for p in out.parent.iterdir()] == ["sao-luu.sqlite3"]
    # and back from it with `restore`, into the server in place
    server = engine_for_url(pg_url)
    try:
        with server.begin() as conn:
            conn.execute(delete(m.BannerPlacement))
        assert main(["--data-dir", str(tmp_path / "pc"), "restore", str(out)]) == 0
        assert "băng rôn, pano: 0 → 12" in capsys.readouterr().out
        assert contents(server) == contents(sample_db.engine)
    finally:
        server.dispose()


def test_only_the_backup_pc_backs_up_a_shared_database(sample_db, tmp_path, pg_url):  # noqa: F811
    server = engine_for_url(pg_url)
    try:
        pc = DataPaths(tmp_path / "pc").ensure()
        assert automatic_backups_here(pc, sample_db.engine)  # SQLite: always
        assert not automatic_backups_here(pc, server)
        (pc.root / shared.SETTINGS_FILE).write_text(
            json.dumps({"host": "h", "database": "d", "user": "u", "port": 5432, "backup_role": True})
        )
        assert automatic_backups_here(pc, server)
    finally:
        server.dispose()


def test_backup_before_upgrade_of_an_older_server_schema(sample_db, tmp_path, pg_url):  # noqa: F811
    """A server database still at schema 6 (before revisions 0007 and 0008) is
    backed up as it is: a SQLite file of version 6 that restores (and
    upgrades) here."""
    from sqlalchemy import text

    from vnhr_desktop.persistence.portable import backup_before_upgrade

    server = engine_for_url(pg_url)
    try:
        copy_to_server(sample_db.engine, server)
        with server.begin() as conn:
            conn.execute(text("DROP TABLE agency_report"))
            conn.execute(text("ALTER TABLE plan DROP COLUMN note, DROP COLUMN agencies_report_to"))
            conn.execute(text("ALTER TABLE plan DROP COLUMN agencies_report_by"))
            conn.execute(text("ALTER TABLE target DROP COLUMN unit_label"))
            conn.execute(text("ALTER TABLE received_file DROP COLUMN sha256, ADD COLUMN data BYTEA NOT NULL"))
            conn.execute(text("DROP TABLE received_blob"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0006'"))
        office = DataPaths(tmp_path / "office").ensure()
        made = backup_before_upgrade(server, office.backups, 6)
        assert "truoc-nang-cap" in made.name
        info = inspect_database_file(made)
        assert info.ok and info.user_version == 6
        assert info.counts == inspect_database_file(sample_db.paths.database).counts
        here = DataPaths(tmp_path / "here").ensure()
        result = restore(here, made)
        assert result.migrated_from == 6 and result.after == info.counts
    finally:
        server.dispose()
