"""Opening the office's shared database on PostgreSQL: the URL, the schema
identity in vnhr_meta, refusals that touch nothing, one line for every
connection failure, and the advisory lock around upgrades (two processes)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import psycopg
import pytest

from vnhr_desktop.cli import main
from vnhr_desktop.errors import DatabaseTooNew, DatabaseUnreachable, NotOurDatabase
from vnhr_desktop.paths import DataPaths, data_paths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.postgres import CONNECT_TIMEOUT_S, UPGRADE_LOCK_KEY, safe_url
from vnhr_desktop.persistence.schema import APPLICATION_ID, SCHEMA_VERSION


@pytest.fixture
def new_database(pg_server):
    """``new_database()``: the URL of a new, empty database."""
    made = []

    def make() -> str:
        name = pg_server.new_name()
        pg_server.create(name)
        made.append(name)
        return pg_server.url(name)

    yield make
    for name in made:
        pg_server.drop(name)


def _connect(url: str) -> psycopg.Connection:
    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def _tables(url: str) -> set[str]:
    with _connect(url) as con:
        return {r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}


def test_empty_database_is_migrated_with_its_identity(new_database, tmp_path):
    url = new_database()
    db = open_database(DataPaths(tmp_path / "d", url))
    try:
        assert db.is_postgresql and db.dialect == "postgresql"
        assert db.upgraded_from == 0
    finally:
        db.close()
    with _connect(url) as con:
        meta = dict(con.execute("SELECT key, value FROM vnhr_meta").fetchall())
        # every text column sorts by byte, as SQLite's BINARY does
        collations = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT collation_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')"
            )
        }
    assert meta == {"application_id": str(APPLICATION_ID), "schema_version": str(SCHEMA_VERSION)}
    assert collations == {"C"}
    again = open_database(DataPaths(tmp_path / "d", url))
    assert again.upgraded_from is None
    again.close()


def test_newer_database_is_refused_untouched(new_database, tmp_path):
    url = new_database()
    open_database(DataPaths(tmp_path / "d", url)).close()
    with _connect(url) as con:
        con.execute("UPDATE vnhr_meta SET value = %s WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
        con.execute("CREATE TABLE future_thing (id integer)")
        before = con.execute("SELECT version_num FROM alembic_version").fetchall()
    with pytest.raises(DatabaseTooNew):
        open_database(DataPaths(tmp_path / "d", url))
    with _connect(url) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == before
        assert con.execute("SELECT value FROM vnhr_meta WHERE key = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION + 1),
        )


def test_another_applications_database_is_refused_untouched(new_database, tmp_path, capsys):
    url = new_database()
    with _connect(url) as con:
        con.execute("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)")
    with pytest.raises(NotOurDatabase):
        open_database(DataPaths(tmp_path / "d", url))
    assert _tables(url) == {"invoices"}
    assert main(["--data-dir", str(tmp_path / "d"), "--database-url", url, "list", "plans"]) == 3
    assert "không phải là cơ sở dữ liệu của vnhr-desktop" in capsys.readouterr().err
    assert _tables(url) == {"invoices"}


def test_url_comes_from_the_option_or_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("VNHR_DATABASE_URL", raising=False)
    assert data_paths(tmp_path).database_url is None
    monkeypatch.setenv("VNHR_DATABASE_URL", "postgresql+psycopg://a@h/env")
    assert data_paths(tmp_path).database_url == "postgresql+psycopg://a@h/env"
    assert data_paths(tmp_path, "postgresql+psycopg://a@h/opt").database_url == "postgresql+psycopg://a@h/opt"


@pytest.mark.parametrize(
    "url, words",
    [
        ("postgresql+psycopg://postgres:secret-pw@127.0.0.1:{port}/no_such_db", "không có cơ sở dữ liệu này"),
        ("postgresql+psycopg://nobody:secret-pw@127.0.0.1:{port}/postgres", "không có người dùng này"),
        ("postgresql+psycopg://postgres:secret-pw@127.0.0.1:{closed}/x", "không kết nối được máy chủ"),
        ("postgresql+psycopg://postgres:secret-pw@no-such-host.invalid/x", "không tìm thấy máy chủ"),
        ("mysql://postgres:secret-pw@127.0.0.1/x", "không phải PostgreSQL"),
        ("postgresql+psycopg://postgres:secret-pw@127.0.0.1:{port}", "thiếu tên cơ sở dữ liệu"),
        ("not a url at all", "không đúng dạng"),
    ],
)
def test_connection_failures_are_one_line_without_the_password(pg_server, tmp_path, capsys, url, words):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    url = url.format(port=pg_server.cluster.port, closed=closed)
    code = main(["--data-dir", str(tmp_path / "d"), "--database-url", url, "list", "plans"])
    err = capsys.readouterr().err
    assert code == DatabaseUnreachable.exit_code == 8
    assert words in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and "secret-pw" not in err
    logs = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "d" / "logs").glob("*"))
    assert "secret-pw" not in logs


def test_a_server_that_never_answers_gives_up_after_the_connect_timeout(tmp_path):
    """A port that accepts the connection and then says nothing (a hung
    server, a wrong service): the connect timeout ends the wait with one line.
    (The subprocess timeout only guards against a hang; nothing is timed.)"""
    import socket
    import threading

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(5)
    held = []

    def accept() -> None:
        while True:
            try:
                held.append(silent.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    url = f"postgresql+psycopg://postgres:secret-pw@127.0.0.1:{silent.getsockname()[1]}/x"
    try:
        result = subprocess.run(
            [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(tmp_path / "d"), "--database-url", url, "check"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        silent.close()
        for conn in held:
            conn.close()
    assert result.returncode == 8
    assert f"không trả lời sau {CONNECT_TIMEOUT_S} giây" in result.stderr
    assert "secret-pw" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_safe_url_hides_the_password():
    assert safe_url("postgresql+psycopg://u:p%40ss@h:5432/db") == "postgresql+psycopg://u:***@h:5432/db"


def _start_cli(tmp_path, name: str, url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "VNHR_DATABASE_URL": url}
    return subprocess.Popen(
        [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(tmp_path / name), "list", "plans"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_starting_at_once_upgrade_once(new_database, tmp_path):
    url = new_database()
    first, second = _start_cli(tmp_path, "pc1", url), _start_cli(tmp_path, "pc2", url)
    for proc in (first, second):
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with _connect(url) as con:
        assert len(con.execute("SELECT version_num FROM alembic_version").fetchall()) == 1
        assert con.execute("SELECT value FROM vnhr_meta WHERE key = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),
        )


def test_an_upgrade_waits_for_the_advisory_lock(new_database, tmp_path):
    """Another PC holding the upgrade lock: this one waits, touching nothing,
    and upgrades once the lock is released."""
    url = new_database()
    with _connect(url) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (UPGRADE_LOCK_KEY,))
        proc = _start_cli(tmp_path, "pc2", url)
        deadline = time.monotonic() + 60
        waiting = False
        while time.monotonic() < deadline and not waiting:
            time.sleep(0.2)
            waiting = bool(
                holder.execute(
                    "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = "
                    "(SELECT oid FROM pg_database WHERE datname = current_database())"
                ).fetchall()
            )
        assert waiting and proc.poll() is None
        assert _tables(url) == set()
        holder.execute("SELECT pg_advisory_unlock(%s)", (UPGRADE_LOCK_KEY,))
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "plan" in _tables(url)


def test_sequences_move_past_ids_written_explicitly(new_database, tmp_path):
    from sqlalchemy import insert

    from vnhr_desktop.persistence import models as m
    from vnhr_desktop.persistence.postgres import reset_sequences

    db = open_database(DataPaths(tmp_path / "d", new_database()))
    try:
        with db.session() as s:
            s.execute(insert(m.Plan), [{"id": 41, "title": "Kế hoạch chép sang"}])
            assert reset_sequences(s.connection()) > 10
        with db.session() as s:
            plan = m.Plan(title="Kế hoạch mới")
            s.add(plan)
            s.flush()
            assert plan.id == 42
    finally:
        db.close()


def test_check_and_backup_of_a_server_database(new_database, tmp_path, capsys):
    url = new_database()
    base = ["--data-dir", str(tmp_path / "d"), "--database-url", url]
    assert main([*base, "list", "plans"]) == 0
    assert main([*base, "check"]) == 0
    assert f"phiên bản dữ liệu {SCHEMA_VERSION}" in capsys.readouterr().out
    assert main([*base, "backup", "--out", str(tmp_path / "b.sqlite3")]) == 0
    assert (tmp_path / "b.sqlite3").exists()
    assert not (tmp_path / "d" / "vnhr.sqlite3").exists()


def test_migrations_make_the_models_schema_on_postgresql(new_database, tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from vnhr_desktop.persistence.models import Base
    from vnhr_desktop.persistence.search_index import INDEXED_TABLES, trgm_index_name

    extra = {trgm_index_name(t) for t in INDEXED_TABLES}

    def include_name(name, type_, _parent):
        # the identity table and the trigram search index are not models
        return not ((type_ == "table" and name == "vnhr_meta") or (type_ == "index" and name in extra))

    db = open_database(DataPaths(tmp_path / "d", new_database()))
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": include_name})
            diffs = compare_metadata(context, Base.metadata)
    finally:
        db.close()
    # An index rebuilt NULLS FIRST (nulls_first_indexes) reads as removed and
    # added again under its own name: same index, other NULL order.
    removed = {d[1].name for d in diffs if d[0] == "remove_index"}
    added = {d[1].name for d in diffs if d[0] == "add_index"}
    assert removed == added and len(removed) > 5
    assert [d for d in diffs if d[0] not in ("remove_index", "add_index")] == []
