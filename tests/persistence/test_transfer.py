"""Copying every table between engines: SQLite -> PostgreSQL -> SQLite keeps
every row and value; a non-empty target is refused; a count difference rolls
the whole copy back; `migrate-to` does it from the command line."""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from pg_server import contents, pg_url  # noqa: F401  (pg_url: fixture)
from sqlalchemy import Engine, insert, select, text, update

from vnhr_desktop.cli import main
from vnhr_desktop.domain.text import fold
from vnhr_desktop.persistence import models as m
from vnhr_desktop.persistence.engine import make_engine
from vnhr_desktop.persistence.migrate import upgrade
from vnhr_desktop.persistence.portable import copy_to_server, write_sqlite_copy
from vnhr_desktop.persistence.server import SchemaState, engine_for_url, probe
from vnhr_desktop.persistence.transfer import (
    TargetNotEmpty,
    TransferFailed,
    copy_database,
    existing_rows,
    model_tables,
)

# These tests choose their engines themselves (tests/persistence/pg_server.py):
# the db fixtures run once, on SQLite.
pytestmark = pytest.mark.sqlite_only

NAME_NFC = unicodedata.normalize("NFC", "Nguyễn Thị Hoà Đức")


def _add_awkward_rows(engine: Engine) -> None:
    """A parent agency with a HIGHER id than its child, a datetime with
    microseconds, booleans both ways and Vietnamese text."""
    with engine.begin() as conn:
        conn.execute(insert(m.Agency), [{"id": 900, "name": "Con", "search_key": "", "sort_key": ""}])
        conn.execute(insert(m.Agency), [{"id": 901, "name": NAME_NFC, "search_key": "", "sort_key": ""}])
        conn.execute(update(m.Agency).where(m.Agency.id == 900).values(parent_id=901))
        event = conn.execute(
            insert(m.TrainingEvent).values(title="Hội nghị", starts_at=dt.datetime(2024, 12, 10, 7, 30, 15, 123456))
        ).inserted_primary_key[0]
        conn.execute(
            insert(m.Participant),
            [
                {"event_id": event, "full_name": NAME_NFC, "attended": True, "search_key": fold(NAME_NFC)},
                {"event_id": event, "full_name": "Lê Văn A", "attended": False, "search_key": "le van a"},
            ],
        )


def _new_sqlite(path: Path) -> Engine:
    upgrade(path, None)
    return make_engine(path)


def test_sqlite_copy_keeps_every_row_and_value(sample_db, tmp_path):
    _add_awkward_rows(sample_db.engine)
    target = tmp_path / "copy.sqlite3"
    result = write_sqlite_copy(sample_db.engine, target)
    assert {c.table for c in result.counts} == {t.name for t in model_tables()}
    assert all(c.source == c.target for c in result.counts)
    copy = make_engine(target)
    try:
        assert contents(copy) == contents(sample_db.engine)
        with copy.connect() as conn:
            names = conn.execute(select(m.Participant.full_name).where(m.Participant.attended.is_(True))).scalars()
            assert NAME_NFC in list(names)
            # the search index of the copy answers for the copied rows
            hits = conn.exec_driver_sql(
                "SELECT count(*) FROM fts_participant WHERE fts_participant MATCH '\"hoa duc\"'"
            )
            assert hits.scalar_one() == 1
        # the index, built once after the rows, keeps up with later writes through its triggers
        with copy.begin() as conn:
            conn.execute(insert(m.Slogan).values(text="Sống và làm việc", search_key="song va lam viec moi"))
            found = conn.exec_driver_sql("SELECT count(*) FROM fts_slogan WHERE fts_slogan MATCH '\"lam viec moi\"'")
            assert found.scalar_one() == 1
        from vnhr_desktop.persistence.schema import SCHEMA_VERSION
        from vnhr_desktop.persistence.schema_check import check_file

        assert check_file(target, SCHEMA_VERSION) == ([], [])
    finally:
        copy.dispose()
    assert not list(tmp_path.glob(".vnhr-tmp-*"))


def test_non_empty_target_is_refused_untouched(sample_db, tmp_path):
    target = _new_sqlite(tmp_path / "t.sqlite3")
    try:
        with target.begin() as conn:
            conn.execute(insert(m.Slogan).values(text="Có sẵn"))
        with pytest.raises(TargetNotEmpty) as err:
            copy_database(sample_db.engine, target)
        assert "\n" not in err.value.message and "đã có dữ liệu" in err.value.message
        assert {k: len(v) for k, v in contents(target).items() if v} == {"slogan": 1}
    finally:
        target.dispose()


def test_a_count_difference_rolls_everything_back(sample_db, tmp_path):
    path = tmp_path / "t.sqlite3"
    target = _new_sqlite(path)
    try:
        # A real fault in the target: every banner written vanishes at once.
        con = sqlite3.connect(path)
        con.execute("CREATE TRIGGER eat AFTER INSERT ON banner_placement BEGIN DELETE FROM banner_placement; END")
        con.commit()
        con.close()
        with pytest.raises(TransferFailed) as err:
            copy_database(sample_db.engine, target)
        assert "banner_placement" in err.value.message
        assert all(not rows for rows in contents(target).values())
    finally:
        target.dispose()


def test_a_value_the_column_cannot_hold_names_the_table(sample_db, tmp_path):
    con = sqlite3.connect(sample_db.paths.database)
    con.execute("UPDATE plan SET issued_on = 'ngày 5 tháng 3' WHERE id = 2")
    con.commit()
    con.close()
    target = _new_sqlite(tmp_path / "t.sqlite3")
    try:
        with pytest.raises(TransferFailed) as err:
            copy_database(sample_db.engine, target)
        assert "bảng plan" in err.value.message and "không bị thay đổi" in err.value.message
        assert all(not rows for rows in contents(target).values())
    finally:
        target.dispose()


def test_round_trip_through_postgresql(sample_db, tmp_path, pg_url):  # noqa: F811
    _add_awkward_rows(sample_db.engine)
    server = engine_for_url(pg_url)
    try:
        assert probe(pg_url).state is SchemaState.EMPTY
        there = copy_to_server(sample_db.engine, server)
        assert all(c.source == c.target for c in there.counts)
        assert probe(pg_url).state is SchemaState.OURS
        assert contents(server) == contents(sample_db.engine)
        back_path = tmp_path / "back.sqlite3"
        write_sqlite_copy(server, back_path)
        back = make_engine(back_path)
        try:
            assert contents(back) == contents(sample_db.engine)
        finally:
            back.dispose()
        # the id sequences continue after the copied ids
        with server.begin() as conn:
            new_id = conn.execute(insert(m.Slogan).values(text="Mới").returning(m.Slogan.id)).scalar_one()
            assert new_id > conn.execute(text("SELECT max(id) FROM slogan WHERE id <> :i"), {"i": new_id}).scalar()
        with pytest.raises(TargetNotEmpty):
            copy_to_server(sample_db.engine, server)
    finally:
        server.dispose()


def test_migrate_to_command_both_ways(sample_db, tmp_path, capsys, monkeypatch, pg_url):  # noqa: F811
    root = str(sample_db.paths.root)
    sample_db.close()
    assert main(["--data-dir", root, "migrate-to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "participant" in out and "khớp" in out and "vnhr:vnhr@" not in out
    # the other way: from the server (as the app opened with its URL) into a new file
    monkeypatch.setenv("VNHR_DATABASE_URL", pg_url)
    new_file = tmp_path / "tu-may-chu.sqlite3"
    assert main(["--data-dir", str(tmp_path / "other"), "migrate-to", str(new_file)]) == 0
    capsys.readouterr()
    monkeypatch.delenv("VNHR_DATABASE_URL")
    copy = make_engine(new_file)
    original = make_engine(Path(root) / "vnhr.sqlite3")
    try:
        assert contents(copy) == contents(original)
    finally:
        copy.dispose()
        original.dispose()
    # a second copy into the same server database is refused with one line
    assert main(["--data-dir", root, "migrate-to", pg_url]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "đã có dữ liệu" in err


def test_migrate_to_refuses_an_existing_file_and_a_dead_server(sample_db, tmp_path, capsys):
    root = str(sample_db.paths.root)
    sample_db.close()
    existing = tmp_path / "co-roi.sqlite3"
    existing.write_bytes(b"x")
    assert main(["--data-dir", root, "migrate-to", str(existing)]) == 2
    assert "đã tồn tại" in capsys.readouterr().err
    assert existing.read_bytes() == b"x"
    assert main(["--data-dir", root, "migrate-to", "postgresql+psycopg://u:p@127.0.0.1:1/x"]) == 8
    err = capsys.readouterr().err.strip()  # the exit code and wording of every unreachable server
    assert len(err.splitlines()) == 1 and "không kết nối được máy chủ" in err and ":p@" not in err
    assert main(["--data-dir", root, "migrate-to", "mysql://u@may/x"]) == 2
    assert capsys.readouterr().err.strip() == "Không hỗ trợ loại cơ sở dữ liệu “mysql”; chỉ PostgreSQL hoặc SQLite."


def test_migrate_to_from_an_empty_server_database_is_refused(tmp_path, capsys, monkeypatch, pg_url):  # noqa: F811
    monkeypatch.setenv("VNHR_DATABASE_URL", pg_url)
    target = tmp_path / "moi.sqlite3"
    assert main(["--data-dir", str(tmp_path / "pc"), "migrate-to", str(target)]) == 3
    err = capsys.readouterr().err.strip()
    assert err == "Cơ sở dữ liệu nguồn còn trống; không có gì để chuyển."
    assert not target.exists()


def test_migrate_to_a_folder_or_a_sqlite_url(sample_db, tmp_path, capsys):
    root = str(sample_db.paths.root)
    with sample_db.engine.connect() as conn:
        total = sum(existing_rows(conn).values())
    sample_db.close()
    folder = tmp_path / "may-moi"
    folder.mkdir()
    assert main(["--data-dir", root, "migrate-to", str(folder)]) == 0
    assert (folder / "vnhr.sqlite3").is_file()
    url_file = tmp_path / "qua-url.sqlite3"
    assert main(["--data-dir", root, "migrate-to", f"sqlite:///{url_file}"]) == 0
    out = capsys.readouterr().out
    assert out.count(f"Tổng {total} dòng") == 2
    first, second = make_engine(folder / "vnhr.sqlite3"), make_engine(url_file)
    try:
        assert contents(first) == contents(second)
    finally:
        first.dispose()
        second.dispose()
    # the folder now holds a database: a second copy there is refused
    assert main(["--data-dir", root, "migrate-to", str(folder)]) == 2
    assert "đã tồn tại" in capsys.readouterr().err
