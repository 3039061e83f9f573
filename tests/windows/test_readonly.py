"""Write permission on Windows: the counterparts of the POSIX-mode test in
tests/reliability/test_f03_readonly_missing_folder.py.

- A target file with the read-only attribute (what "Properties > Read-only"
  or a file copied from a CD sets): the export fails with a plain Vietnamese
  line, the file keeps its bytes and its attribute, no temporary file stays.
- A folder the user may not write to (an ACL deny entry set with icacls, as a
  locked-down office PC has): the "Không có quyền ghi" message naming the folder.
"""

from __future__ import annotations

import os
import stat
import subprocess

import pytest

from tests.windows.helpers import windows_only
from vnhr_desktop.errors import FileWriteError
from vnhr_desktop.exports.safe_write import TMP_PREFIX, write_bytes

pytestmark = windows_only("the read-only attribute and NTFS ACLs")

OLD = b"the plan printed last week"


@pytest.fixture
def no_retry_sleep(monkeypatch):
    from vnhr_desktop.exports import safe_write

    monkeypatch.setattr(safe_write, "_sleep", lambda _d: None)


def test_read_only_file_is_not_replaced(tmp_path, no_retry_sleep):
    target = tmp_path / "ke-hoach.pdf"
    target.write_bytes(OLD)
    os.chmod(target, stat.S_IREAD)  # sets FILE_ATTRIBUTE_READONLY
    try:
        with pytest.raises(FileWriteError) as err:
            write_bytes(target, b"new plan")
        message = err.value.message
        assert message and "\n" not in message and "Hãy" in message
        assert target.read_bytes() == OLD
        assert not os.access(target, os.W_OK)
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(TMP_PREFIX)]
    finally:
        os.chmod(target, stat.S_IREAD | stat.S_IWRITE)


def _whoami() -> str:
    result = subprocess.run(["whoami"], capture_output=True, text=True, timeout=30)
    if result.returncode != 0 or not result.stdout.strip():
        pytest.skip(f"whoami failed: {result.stderr.strip()}")
    return result.stdout.strip()


def test_folder_without_write_permission(tmp_path):
    folder = tmp_path / "chi-doc"
    folder.mkdir()
    user = _whoami()
    deny = subprocess.run(
        ["icacls", str(folder), "/deny", f"{user}:(OI)(CI)(W,D)"], capture_output=True, text=True, timeout=30
    )
    if deny.returncode != 0:
        pytest.skip(f"icacls could not set a deny entry: {deny.stdout.strip()} {deny.stderr.strip()}")
    try:
        with pytest.raises(FileWriteError) as err:
            write_bytes(folder / "ke-hoach.pdf", b"data")
        assert err.value.message == f"Không có quyền ghi vào thư mục {folder}. Hãy chọn thư mục khác."
    finally:
        subprocess.run(["icacls", str(folder), "/remove:d", user], capture_output=True, timeout=30)
    assert list(folder.iterdir()) == []
