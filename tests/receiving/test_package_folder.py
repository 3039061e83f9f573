"""Reading a package folder's files without trusting them (imports/package_folder.py):
a file swapped for a link or a FIFO after the listing is refused without
blocking, a file larger than the budget is refused before it is read, and one
whose size is not the declared size is refused as changed."""

from __future__ import annotations

import os
import threading

import pytest

from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports.package_folder import STEP, list_files, read_file

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symlinks as on Linux")


class TooBig(ImportRejected):
    pass


def _read(path, declared=None, limit=1 << 30, checks=None):
    def check():
        if checks is not None:
            checks.append(1)

    return read_file(
        os.fspath(path),
        path.name,
        limit,
        lambda size: TooBig(f"quá lớn {size}"),
        check,
        declared,
    )


def test_plain_file_is_read_whole(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF" * 1000)
    assert _read(tmp_path / "a.pdf", 4000) == b"%PDF" * 1000


def test_fifo_in_place_of_a_listed_file_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "phu-luc.xlsx")
    outcome = []
    reader = threading.Thread(target=lambda: outcome.append(_catch(lambda: _read(tmp_path / "phu-luc.xlsx", 10))))
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert isinstance(outcome[0], ImportRejected) and "FIFO" in outcome[0].message


def test_symlink_in_place_of_a_listed_file_is_refused(tmp_path):
    (tmp_path / "that.pdf").write_bytes(b"x")
    os.symlink(tmp_path / "that.pdf", tmp_path / "bao-cao.pdf")
    with pytest.raises(ImportRejected, match="symlink"):
        _read(tmp_path / "bao-cao.pdf", 1)


def test_file_over_the_budget_is_refused_before_reading(tmp_path):
    with open(tmp_path / "big.pdf", "wb") as fh:
        fh.truncate(3 * STEP)  # sparse: nothing on disk
    with pytest.raises(TooBig, match=str(3 * STEP)):
        _read(tmp_path / "big.pdf", 3 * STEP, limit=STEP)


def test_size_other_than_declared_is_a_change(tmp_path):
    (tmp_path / "data.json").write_bytes(b"{}" * 10)
    with pytest.raises(ImportRejected, match="“data.json” đã bị thay đổi"):
        _read(tmp_path / "data.json", 19)


def test_large_file_is_read_in_steps_with_the_clock_checked(tmp_path):
    size = 2 * STEP + 5
    with open(tmp_path / "big.pdf", "wb") as fh:
        fh.truncate(size)
    checks: list[int] = []
    raw = _read(tmp_path / "big.pdf", size, checks=checks)
    assert len(raw) == size and len(checks) >= 3


def test_listing_refuses_links_and_fifos_and_too_many_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.pdf").write_bytes(b"a")
    (tmp_path / "MANIFEST.json").write_bytes(b"{}")
    assert sorted(list_files(os.fspath(tmp_path), lambda: None, 10)) == ["MANIFEST.json", "sub/a.pdf"]
    with pytest.raises(ImportRejected, match="quá nhiều tệp"):
        list_files(os.fspath(tmp_path), lambda: None, 1)
    os.mkfifo(tmp_path / "sub" / "ong")
    with pytest.raises(ImportRejected, match="“sub/ong” là ống dẫn FIFO"):
        list_files(os.fspath(tmp_path), lambda: None, 10)
    os.unlink(tmp_path / "sub" / "ong")
    os.symlink("/etc/passwd", tmp_path / "passwd")
    with pytest.raises(ImportRejected, match="symlink"):
        list_files(os.fspath(tmp_path), lambda: None, 10)


def _catch(fn):
    try:
        return fn()
    except ImportRejected as exc:
        return exc
