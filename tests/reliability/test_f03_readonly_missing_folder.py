"""Fault 3: the target folder is read-only or has vanished (stick pulled out).
Injected as a real permission failure (a read-only folder written by an
unprivileged process), as a raised PermissionError/EROFS, and as a folder that
is missing or disappears between writing and renaming. Each gives its own
plain message (a UserError, so the CLI prints one line and no traceback)."""

from __future__ import annotations

import errno
import shutil
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from tests.reliability.helpers import run_child
from vnhr_desktop.errors import FileWriteError, UserError
from vnhr_desktop.exports import safe_write
from vnhr_desktop.exports.safe_write import TMP_PREFIX, open_for_write, write_bytes
from vnhr_desktop.services.backups import backup_now

CHILD = r"""
import os, sys
from vnhr_desktop.errors import FileWriteError
from vnhr_desktop.exports.safe_write import write_bytes
if os.geteuid() == 0:  # root may write anywhere: drop to an unprivileged user
    os.setgid(65534)
    os.setuid(65534)
try:
    write_bytes(sys.argv[1], b"data")
except FileWriteError as exc:
    print(exc.message)
    sys.exit(7)
print("written")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_real_read_only_folder():
    base = Path(tempfile.mkdtemp(prefix="vnhr-ro-"))
    try:
        base.chmod(0o755)
        folder = base / "chi-doc"
        folder.mkdir()
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
        result = run_child(CHILD, str(folder / "ke-hoach.pdf"))
        assert result.returncode == 7, result.stdout + result.stderr
        assert result.stdout.strip() == f"Không có quyền ghi vào thư mục {folder}. Hãy chọn thư mục khác."
        assert "Traceback" not in result.stderr
        assert list(folder.iterdir()) == []
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_permission_error_raised_when_creating(tmp_path, monkeypatch):
    def refuse(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safe_write, "open", refuse, raising=False)
    with pytest.raises(FileWriteError) as err:
        write_bytes(tmp_path / "x.pdf", b"data")
    assert isinstance(err.value, UserError)
    assert err.value.message == f"Không có quyền ghi vào thư mục {tmp_path}. Hãy chọn thư mục khác."


def test_write_protected_stick(tmp_path, monkeypatch):
    def refuse(*_a, **_k):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(safe_write, "open", refuse, raising=False)
    with pytest.raises(FileWriteError, match="chỉ cho phép đọc"):
        write_bytes(tmp_path / "x.pdf", b"data")


def test_missing_folder(tmp_path):
    target = tmp_path / "usb-da-rut" / "bao-cao.pdf"
    with pytest.raises(FileWriteError) as err:
        write_bytes(target, b"data")
    assert "Không tìm thấy thư mục" in err.value.message and "ổ USB đã bị rút ra?" in err.value.message
    assert not target.parent.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX: Windows cannot delete a folder holding an open file")
def test_folder_vanishes_before_rename(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    with pytest.raises(FileWriteError, match="Không tìm thấy thư mục"), open_for_write(folder / "goi.zip") as fh:
        fh.write(b"data")
        shutil.rmtree(folder)
    assert not folder.exists()


def test_backup_to_missing_folder(db, paths, tmp_path):
    with pytest.raises(FileWriteError):
        backup_now(paths, out=tmp_path / "khong-co" / "sub" / "x.sqlite3")
    assert not any(p.name.startswith(TMP_PREFIX) for p in tmp_path.rglob("*"))
