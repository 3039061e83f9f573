"""Hardening 7: lock discipline. With the instance lock really held by another
process, every command that writes to the database stops with the "đang mở"
exit code and changes nothing; ``backup --out`` never writes over the app's
own files."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.reliability.cli_helpers import cli
from tests.reliability.helpers import ROOT, child_env, sha256
from tests.reliability.workbooks import participants_workbook
from vnhr_desktop.errors import AlreadyRunning, FileWriteError

HOLDER = r"""
import sys, time
from pathlib import Path
from vnhr_desktop.persistence.lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1])).acquire()
print("locked", flush=True)
time.sleep(120)
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("h07") / "data"
    cli(folder, "demo")
    return folder


@pytest.fixture
def held(demo):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo / "vnhr.sqlite3.lock")],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "locked"
        yield demo
    finally:
        child.kill()
        child.wait(timeout=10)


def test_writing_commands_stop_while_another_process_holds_the_lock(held, tmp_path):
    before = sha256(held / "vnhr.sqlite3")
    book = participants_workbook(tmp_path / "ds.xlsx")
    backup = tmp_path / "b.sqlite3"
    cli(held, "backup", "--out", str(backup))
    for args in (
        ["demo"],
        ["import", "participants", "1", str(book)],
        ["package", "1", "--out", str(tmp_path)],
        ["restore", str(backup)],
    ):
        result = cli(held, *args, expect=AlreadyRunning.exit_code)
        assert "đang mở" in result.stderr, args
    assert sha256(held / "vnhr.sqlite3") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.sqlite3", "ds.xlsx"]


@pytest.mark.parametrize(
    "target",
    ["vnhr.sqlite3", "vnhr.sqlite3.lock", "vnhr.sqlite3-wal", "logs/vnhr-desktop.log", "backups", "backups/x.sqlite3"],
)
def test_backup_out_refuses_the_apps_own_files(demo, target):
    path = demo / target
    before = sha256(path) if path.is_file() and path.parent.name != "logs" else None
    result = cli(demo, "backup", "--out", str(path), expect=FileWriteError.exit_code)
    assert "riêng của chương trình" in result.stderr
    if before is not None:
        assert sha256(path) == before
    if path.is_file():
        assert not path.read_bytes().startswith(b"SQLite format 3") or target == "vnhr.sqlite3"
    assert not (demo / "backups" / "x.sqlite3").exists()


def test_a_reading_command_that_must_upgrade_takes_the_lock(tmp_path):
    from vnhr_desktop.persistence import migrate

    data = tmp_path / "data"
    data.mkdir()
    old = data / "vnhr.sqlite3"
    migrate.upgrade(old, None, target="0001")
    before = sha256(old)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data / "vnhr.sqlite3.lock")],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "locked"
        result = cli(data, "list", "plans", expect=AlreadyRunning.exit_code)
        assert "đang mở" in result.stderr
        assert sha256(old) == before
    finally:
        child.kill()
        child.wait(timeout=10)
    cli(data, "list", "plans")
    assert sha256(old) != before  # upgraded once the lock was free
