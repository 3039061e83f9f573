"""Hardening 4: paths that are not plain files. A real FIFO (which would make
any open() wait forever, holding the instance lock), a device, a folder,
missing output folders with and without a trailing separator, a read-only and
an immutable target."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.reliability.cli_helpers import cli
from tests.reliability.helpers import sha256
from tests.reliability.packages import make_package
from vnhr_desktop.errors import FileWriteError, ImportRejected, NotOurDatabase
from vnhr_desktop.exports.safe_write import write_bytes
from vnhr_desktop.imports.package_reader import read_package
from vnhr_desktop.persistence.lock import InstanceLock

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and chattr are POSIX")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("h04") / "data"
    cli(folder, "demo")
    return folder


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "danh-sach.xlsx"
    os.mkfifo(path)
    return path


@posix_only
def test_a_fifo_as_workbook_is_refused_at_once_and_the_lock_is_free(demo, fifo):
    result = cli(demo, "import", "participants", "1", str(fifo), expect=ImportRejected.exit_code, timeout=60)
    assert "đường ống (FIFO)" in result.stderr
    InstanceLock(demo / "vnhr.sqlite3.lock").acquire().release()


@posix_only
def test_a_fifo_as_restore_file_is_refused(demo, fifo):
    before = sha256(demo / "vnhr.sqlite3")
    result = cli(demo, "restore", str(fifo), expect=NotOurDatabase.exit_code, timeout=60)
    assert "không phải tệp" in result.stderr
    assert sha256(demo / "vnhr.sqlite3") == before


@posix_only
def test_a_fifo_as_package_or_inside_a_package_folder(tmp_path, fifo):
    with pytest.raises(ImportRejected, match="FIFO"):
        read_package(fifo)
    folder = make_package(tmp_path / "goi")
    (folder / "data.json").unlink()
    os.mkfifo(folder / "data.json")
    with pytest.raises(ImportRejected):
        read_package(folder)


@posix_only
def test_a_device_and_a_folder_as_workbook(demo, tmp_path):
    result = cli(demo, "import", "participants", "1", "/dev/zero", expect=2, timeout=60)
    assert "thiết bị" in result.stderr
    result = cli(demo, "import", "participants", "1", str(tmp_path), expect=2)
    assert "là một thư mục" in result.stderr


@pytest.mark.parametrize("suffix", ["/", ""])
def test_backup_to_a_missing_folder_is_refused(demo, tmp_path, suffix):
    missing = tmp_path / "USB" / "SAO-LUU"
    missing.parent.mkdir()
    result = cli(demo, "backup", "--out", str(missing) + suffix, expect=FileWriteError.exit_code)
    assert "Không tìm thấy thư mục" in result.stderr
    assert list(missing.parent.iterdir()) == []


def test_export_to_a_missing_folder_is_refused(demo, tmp_path):
    result = cli(demo, "export", "plan", "1", "--out", str(tmp_path / "khong-co" / "kh.pdf"), expect=2)
    assert "Không tìm thấy thư mục" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_target_is_not_replaced(tmp_path):
    target = tmp_path / "ke-hoach.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(FileWriteError, match="chỉ cho phép đọc"):
        write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.pdf"]


@posix_only
@pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr")
def test_an_immutable_target_is_named_as_such(demo, tmp_path):
    target = tmp_path / "ke-hoach.pdf"
    target.write_bytes(b"old")
    if subprocess.run(["chattr", "+i", str(target)], capture_output=True).returncode != 0:
        pytest.skip("this file system or user cannot set the immutable flag")
    try:
        result = cli(demo, "export", "plan", "1", "--out", str(target), expect=2)
        assert "immutable" in result.stderr
        assert "Excel" not in result.stderr
        assert target.read_bytes() == b"old"
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=True)


@posix_only
def test_a_fifo_offered_for_restore_is_inspected_without_opening(fifo):
    from vnhr_desktop.services.backups import inspect_database_file

    info = inspect_database_file(fifo)
    assert not info.ok and "FIFO" in info.problem


@posix_only
def test_a_fifo_in_place_of_the_database_is_refused(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "vnhr.sqlite3")
    result = cli(data, "list", "plans", expect=3, timeout=60)
    assert "không phải tệp thông thường" in result.stderr
