"""Fault 2: the disk (or USB stick) is full. Injected twice: an OSError(ENOSPC)
raised by the writer and by fsync, and a child process whose file size limit
(RLIMIT_FSIZE) makes the kernel refuse the write. The target keeps its old
bytes, no temporary file is left, the message says the disk is full."""

from __future__ import annotations

import errno
import os
import sys

import pytest

from tests.reliability.helpers import run_child, sha256
from vnhr_desktop.errors import FileWriteError
from vnhr_desktop.exports import safe_write
from vnhr_desktop.exports.safe_write import TMP_PREFIX, open_for_write, write_bytes

OLD = b"old report bytes"


def leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.startswith(TMP_PREFIX)]


def test_enospc_from_write_keeps_old_file(tmp_path):
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(OLD)
    with pytest.raises(FileWriteError) as err, open_for_write(target) as fh:
        fh.write(b"new half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert "Ổ đĩa đã đầy" in err.value.message and "bao-cao.xlsx" in err.value.message
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_enospc_from_fsync_keeps_old_file(tmp_path, monkeypatch):
    target = tmp_path / "bao-cao.pdf"
    target.write_bytes(OLD)

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safe_write.os, "fsync", full)
    with pytest.raises(FileWriteError, match="Ổ đĩa đã đầy"):
        write_bytes(target, b"new content " * 1000)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


CHILD = r"""
import resource, signal, sys
from pathlib import Path
from vnhr_desktop.errors import FileWriteError
from vnhr_desktop.exports.safe_write import write_bytes
from vnhr_desktop.paths import data_paths
from vnhr_desktop.services.backups import backup_now

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
try:
    if sys.argv[1] == "file":
        write_bytes(sys.argv[2], b"x" * 200_000)
    else:
        backup_now(data_paths(sys.argv[3]), out=Path(sys.argv[2]))
except FileWriteError as exc:
    print(exc.message)
    sys.exit(7)
print("written")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_file_size_limit_in_child_keeps_old_file(tmp_path):
    target = tmp_path / "ds-tham-du.xlsx"
    target.write_bytes(OLD)
    result = run_child(CHILD, "file", str(target))
    assert result.returncode == 7, result.stderr
    assert "Ổ đĩa" in result.stdout and "ds-tham-du.xlsx" in result.stdout
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_backup_to_full_stick_leaves_nothing(db, paths, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    target = stick / "sao-luu.sqlite3"
    target.write_bytes(OLD)
    before = sha256(paths.database)
    db.close()
    result = run_child(CHILD, "backup", str(target), str(paths.root))
    assert result.returncode == 7, result.stderr
    assert "Lỗi ghi ổ đĩa khi sao lưu" in result.stdout and str(stick) in result.stdout
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in stick.iterdir()) == ["sao-luu.sqlite3"]
    assert sha256(paths.database) == before
