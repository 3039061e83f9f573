"""Fault 4: the target is open in Excel, so Windows refuses the rename.
Injected by making os.replace raise PermissionError; the sleeps between
retries are recorded instead of slept."""

from __future__ import annotations

import pytest

from vnhr_desktop.errors import FileWriteError
from vnhr_desktop.exports import safe_write
from vnhr_desktop.exports.safe_write import FILE_IN_USE, RETRY_DELAYS, TMP_PREFIX, write_bytes

OLD = b"the report the officer has open"


@pytest.fixture
def slept(monkeypatch):
    delays: list[float] = []
    monkeypatch.setattr(safe_write, "_sleep", delays.append)
    return delays


def test_retries_then_close_the_file_message(tmp_path, monkeypatch, slept):
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(OLD)
    calls = []

    def locked(src, dst):
        calls.append((src, dst))
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(safe_write.os, "replace", locked)
    with pytest.raises(FileWriteError) as err:
        write_bytes(target, b"new")
    assert err.value.message == "Tệp đang được mở trong chương trình khác (Excel?). Hãy đóng tệp rồi thử lại."
    assert err.value.message == FILE_IN_USE
    assert len(calls) == len(RETRY_DELAYS) + 1
    assert slept == list(RETRY_DELAYS)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TMP_PREFIX)]


def test_released_during_retries_then_written(tmp_path, monkeypatch, slept):
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(OLD)
    real_replace = safe_write.os.replace
    failures = iter([True, True])

    def busy_twice(src, dst):
        if next(failures, False):
            raise PermissionError(13, "in use")
        real_replace(src, dst)

    monkeypatch.setattr(safe_write.os, "replace", busy_twice)
    write_bytes(target, b"new content")
    assert slept == list(RETRY_DELAYS[:2])
    assert target.read_bytes() == b"new content"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TMP_PREFIX)]
