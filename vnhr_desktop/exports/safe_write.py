"""The one way the app writes a file (reliability §6).

Data goes to a temporary file in the target folder, is flushed and fsynced, then
renamed over the target. On Windows the rename is retried while another program
(Excel, the virus scanner, the indexer) holds the file. Every failure becomes a
:class:`FileWriteError` with a plain Vietnamese message, the old file is left
as it was and no temporary file is left behind.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from vnhr_desktop.errors import FileWriteError

TMP_PREFIX = ".vnhr-tmp-"
RETRY_DELAYS = (0.1, 0.25, 0.5, 1.0, 1.5)
FILE_IN_USE = "Tệp đang được mở trong chương trình khác (Excel?). Hãy đóng tệp rồi thử lại."

_sleep: Callable[[float], None] = time.sleep


def explain_os_error(exc: OSError, target: Path) -> str:
    """Plain words for the failures officers meet: full stick, read-only stick,
    stick pulled out, file open in Excel."""
    code = getattr(exc, "errno", None)
    folder = target.parent
    if code in (errno.ENOSPC, errno.EDQUOT) or getattr(exc, "winerror", None) in (39, 112):
        return f"Ổ đĩa đã đầy, không ghi được {target.name}. Hãy giải phóng dung lượng hoặc chọn ổ khác."
    if code in (errno.EROFS,) or getattr(exc, "winerror", None) == 19:
        return f"Ổ đĩa chứa {folder} chỉ cho phép đọc (bị khóa ghi). Hãy mở khóa ổ hoặc chọn thư mục khác."
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        if target.exists():
            return FILE_IN_USE
        return f"Không có quyền ghi vào thư mục {folder}. Hãy chọn thư mục khác."
    if isinstance(exc, FileNotFoundError) or code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return f"Không tìm thấy thư mục {folder} (ổ USB đã bị rút ra?). Hãy cắm lại ổ hoặc chọn thư mục khác."
    return f"Không ghi được tệp {target.name}: {exc.strerror or exc}."


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace_with_retries(tmp: Path, target: Path) -> None:
    for attempt, delay in enumerate((*RETRY_DELAYS, None)):
        try:
            os.replace(tmp, target)
            return
        except PermissionError:
            if delay is None:
                raise
            _sleep(delay)


@contextmanager
def open_for_write(target: str | os.PathLike) -> Iterator[BinaryIO]:
    """Write ``target`` atomically::

        with open_for_write(path) as fh:
            fh.write(data)
    """
    target = Path(target)
    tmp = target.with_name(f"{TMP_PREFIX}{os.getpid()}-{time.monotonic_ns()}-{target.name}")
    try:
        try:
            fh = open(tmp, "xb")
        except OSError as exc:
            raise FileWriteError(explain_os_error(exc, target)) from exc
        try:
            with fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            _replace_with_retries(tmp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            raise FileWriteError(explain_os_error(exc, target)) from exc
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def write_bytes(target: str | os.PathLike, data: bytes) -> Path:
    with open_for_write(target) as fh:
        fh.write(data)
    return Path(target)


def write_text(target: str | os.PathLike, text: str) -> Path:
    return write_bytes(target, text.encode("utf-8"))
