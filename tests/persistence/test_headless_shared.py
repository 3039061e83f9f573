"""Headless commands on a PC whose app uses the shared database: they work on
that database (a scheduled ``backup --out`` backs up the officers' data, not
a local file left behind), ``--local`` keeps to the local file, and without a
password anywhere one line says what to do (exit code 8, nothing asked)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pg_server import pg_url  # noqa: F401  (pg_url: fixture)
from sqlalchemy.engine import make_url

from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.portable import copy_to_server
from vnhr_desktop.persistence.server import engine_for_url
from vnhr_desktop.services import shared_database as shared
from vnhr_desktop.services.backups import inspect_database_file

ROOT = Path(__file__).resolve().parents[2]
# These tests choose their engines themselves: the db fixtures run once, on SQLite.
pytestmark = pytest.mark.sqlite_only


def _run(
    data_dir: Path, *args: str, password: str | None = None, expect: int = 0, url_variable: str | None = None
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "VNHR_DATABASE_URL"))}
    env.update(
        PYTHONPATH=str(ROOT),
        PGPASSFILE=str(data_dir / "khong-co.pgpass"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    if password is not None:
        env["PGPASSWORD"] = password
    if url_variable is not None:
        env["VNHR_DATABASE_URL"] = url_variable
    result = subprocess.run(
        [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == expect, (result.stdout, result.stderr)
    return result


@pytest.fixture
def office_pc(sample_db, tmp_path, pg_url):  # noqa: F811
    """A PC that saved the shared database (the sample's data on the server)
    and still has an empty local file; the password of the server's login."""
    server = engine_for_url(pg_url)
    try:
        copy_to_server(sample_db.engine, server)
    finally:
        server.dispose()
    url = make_url(pg_url)
    pc = DataPaths(tmp_path / "pc").ensure()
    _run(pc.root, "--local", "list", "plans")  # makes the local file, empty
    connection = shared.make_connection(url.host or "", url.port or 5432, url.database or "", url.username or "")
    (pc.root / shared.SETTINGS_FILE).write_text(json.dumps(dataclasses.asdict(connection)), encoding="utf-8")
    return pc, url.password


def test_commands_work_on_the_saved_shared_database(office_pc, tmp_path):
    pc, password = office_pc
    plans = json.loads(_run(pc.root, "list", "plans", "--json", password=password).stdout)
    assert plans and any(p["number_symbol"] for p in plans)
    assert json.loads(_run(pc.root, "--local", "list", "plans", "--json").stdout) == []
    out = _run(pc.root, "backup", "--out", str(tmp_path / "sao-luu.sqlite3"), password=password).stdout
    assert "Đã sao lưu" in out
    info = inspect_database_file(tmp_path / "sao-luu.sqlite3")
    assert info.ok and info.counts["participants"] == 80  # the sample's, from the server


def test_without_a_password_one_line_says_what_to_do(office_pc):
    pc, _password = office_pc
    failed = _run(pc.root, "list", "plans", expect=8)
    lines = failed.stderr.strip().splitlines()
    assert len(lines) == 1 and "kho mật khẩu chưa có mật khẩu" in lines[0] and "--local" in lines[0]


def test_backup_and_check_take_the_database_url_alike(tmp_path):
    """One reading of --database-url and VNHR_DATABASE_URL for every command:
    a blank variable is the local file, a SQLite URL is refused by all."""
    pc = DataPaths(tmp_path / "pc").ensure()
    _run(pc.root, "--local", "list", "plans")
    _run(pc.root, "check", url_variable=" ")
    assert "Đã sao lưu" in _run(pc.root, "backup", "--out", str(tmp_path / "a.sqlite3"), url_variable=" ").stdout
    url = f"sqlite:///{pc.database}"
    for command in (["check"], ["backup", "--out", str(tmp_path / "b.sqlite3")]):
        refused = _run(pc.root, "--database-url", url, *command, expect=8)
        assert "PostgreSQL" in refused.stderr
    assert not (tmp_path / "b.sqlite3").exists()
