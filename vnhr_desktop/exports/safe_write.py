"""The one way the app writes a file (reliability §6).

Data goes to a temporary file in the target folder, is flushed and fsynced, then
renamed over the target. On Windows the rename is retried while another program
(Excel, the virus scanner, the indexer) holds the file. Every failure becomes a
:class:`FileWriteError` with a plain Vietnamese message, the old file is left
as it was and no temporary file is left behind. With ``verify`` the file is
read back after the rename and compared, so "safe to remove the stick" means
the bytes really are there.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from vnhr_desktop.errors import FileWriteError, UserError

if TYPE_CHECKING:
    from vnhr_desktop.paths import DataPaths

if sys.platform != "win32":  # imported up front: a process may lose access to the library later
    import fcntl
else:
    fcntl = None

TMP_PREFIX = ".vnhr-tmp-"
# Files SQLite may create next to a temporary database file.
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
RETRY_DELAYS = (0.1, 0.25, 0.5, 1.0, 1.5)
FILE_IN_USE = "Tệp đang được mở trong chương trình khác (Excel?). Hãy đóng tệp rồi thử lại."

_sleep: Callable[[float], None] = time.sleep


def explain_os_error(exc: OSError, target: Path) -> str:
    """Plain words for the failures officers meet: full stick, read-only stick,
    stick pulled out, file open in Excel."""
    code = getattr(exc, "errno", None)
    winerror = getattr(exc, "winerror", None)
    folder = target.parent
    if code in (errno.ENOSPC, errno.EDQUOT) or winerror in (39, 112):
        return f"Ổ đĩa đã đầy, không ghi được {target.name}. Hãy giải phóng dung lượng hoặc chọn ổ khác."
    if code == errno.EFBIG:
        return (
            f"Ổ đĩa không chứa được tệp {target.name} (đầy hoặc vượt giới hạn kích thước tệp của ổ). "
            "Hãy giải phóng dung lượng hoặc chọn ổ khác."
        )
    if code == errno.EROFS or winerror == 19:
        return f"Ổ đĩa chứa {folder} chỉ cho phép đọc (bị khóa ghi). Hãy mở khóa ổ hoặc chọn thư mục khác."
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        if is_immutable(target) or is_immutable(folder):
            return _immutable(target)
        if target.exists():
            return FILE_IN_USE
        return f"Không có quyền ghi vào thư mục {folder}. Hãy chọn thư mục khác."
    if isinstance(exc, FileNotFoundError) or code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return f"Không tìm thấy thư mục {folder} (ổ USB đã bị rút ra?). Hãy cắm lại ổ hoặc chọn thư mục khác."
    return f"Không ghi được tệp {target.name}: {exc.strerror or exc}."


_KINDS = (
    (stat.S_ISFIFO, "một đường ống (FIFO)"),
    (stat.S_ISCHR, "một thiết bị"),
    (stat.S_ISBLK, "một thiết bị"),
    (stat.S_ISSOCK, "một socket"),
)


def require_regular_file(path: str | os.PathLike[str], error: type[UserError] = UserError) -> os.stat_result:
    """Refuse, before any open, a path that is not a plain file: opening a FIFO
    waits for a writer forever and a device never ends. Returns its stat."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise error(f"Không tìm thấy tệp {path}.") from exc
    except OSError as exc:
        raise error(f"Không đọc được tệp {path.name} ({exc.strerror or exc}).") from exc
    if stat.S_ISDIR(st.st_mode):
        raise error(f"{path.name} là một thư mục, không phải tệp.")
    if not stat.S_ISREG(st.st_mode):
        kind = next((label for test, label in _KINDS if test(st.st_mode)), "không phải tệp thông thường")
        raise error(f"{path.name} là {kind}, không phải tệp; chương trình không đọc từ đó.")
    return st


def is_immutable(path: Path) -> bool:
    """The file system's immutable or append-only flag (chattr +i on Linux,
    chflags uchg on macOS): not even the owner may replace the file."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    flags = getattr(st, "st_flags", None)
    if flags is not None:
        return bool(flags & (getattr(stat, "UF_IMMUTABLE", 0) | getattr(stat, "SF_IMMUTABLE", 0)))
    if not sys.platform.startswith("linux"):
        return False
    if fcntl is None:
        return False
    fs_ioc_getflags, immutable_or_append = 0x80086601, 0x10 | 0x20
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        buf = bytearray(8)
        fcntl.ioctl(fd, fs_ioc_getflags, buf, True)
        return bool(int.from_bytes(buf[:4], sys.byteorder) & immutable_or_append)
    except OSError:
        return False
    finally:
        os.close(fd)


def is_read_only(st: os.stat_result) -> bool:
    """The read-only attribute (Windows) or no write permission for the owner."""
    attributes = getattr(st, "st_file_attributes", 0)
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_READONLY", 0)) or not st.st_mode & stat.S_IWUSR


def _prepare(target: Path) -> None:
    """Before writing: the folder exists, the target (when present) is a plain
    file we may replace; stale temporary files of dead writers are removed."""
    folder = target.parent
    if not folder.is_dir():
        raise FileWriteError(
            f"Không tìm thấy thư mục {folder} (ổ USB đã bị rút ra?). Hãy cắm lại ổ hoặc chọn thư mục khác."
        )
    remove_stale_temps(folder)
    try:
        st = os.stat(target)
    except OSError:
        return
    if stat.S_ISDIR(st.st_mode):
        raise FileWriteError(f"{target.name} là một thư mục; hãy chọn tên tệp khác.")
    if not stat.S_ISREG(st.st_mode):
        raise FileWriteError(f"{target.name} không phải tệp thông thường; chương trình không ghi vào đó.")
    if is_immutable(target):
        raise FileWriteError(_immutable(target))
    if is_read_only(st):
        raise FileWriteError(
            f"Tệp {target.name} chỉ cho phép đọc (read-only); chương trình không ghi đè lên nó. "
            "Hãy bỏ thuộc tính chỉ đọc hoặc chọn tên khác."
        )


def _immutable(target: Path) -> str:
    return (
        f"Tệp {target.name} (hoặc thư mục chứa nó) bị khóa không cho thay đổi (thuộc tính immutable của hệ thống "
        "tệp). Hãy nhờ quản trị máy bỏ khóa hoặc chọn tên khác."
    )


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; a no-op elsewhere)."""
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
    for delay in (*RETRY_DELAYS, None):
        try:
            os.replace(tmp, target)
            return
        except PermissionError:
            if delay is None:
                raise
            _sleep(delay)


def _create_private(tmp: Path) -> BinaryIO:
    """The temporary file, new and readable by its owner only (0600 on POSIX),
    so the renamed result is private whatever the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(tmp, flags, 0o600), "wb")


def _temp_name(target: Path) -> Path:
    return target.with_name(f"{TMP_PREFIX}{os.getpid()}-{time.monotonic_ns()}-{target.name}")


def _remove_temp(tmp: Path) -> None:
    for path in (tmp, *(tmp.with_name(tmp.name + s) for s in _SIDE_SUFFIXES)):
        with suppress(OSError):
            path.unlink(missing_ok=True)


def file_sha256(path: Path, drop_cache: bool = False) -> str:
    """SHA-256 of a file; ``drop_cache`` asks the OS to forget its cached pages
    first so the bytes are read back from the device."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        # The platform test first: mypy then skips the block when checking for Windows.
        if sys.platform != "win32" and drop_cache and hasattr(os, "posix_fadvise"):
            with suppress(OSError):
                os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check_read_back(target: Path, expected: str) -> None:
    try:
        actual = file_sha256(target, drop_cache=True)
    except OSError as exc:
        raise FileWriteError(explain_os_error(exc, target)) from exc
    if actual != expected:
        raise FileWriteError(
            f"Tệp {target.name} đọc lại không khớp với dữ liệu đã ghi (ổ đĩa có thể bị lỗi). "
            "Hãy ghi lại hoặc chọn ổ khác."
        )


def _finish(tmp: Path, target: Path, verify: bool) -> None:
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    expected = file_sha256(tmp) if verify else None
    _replace_with_retries(tmp, target)
    fsync_dir(target.parent)
    if expected is not None:
        _check_read_back(target, expected)


@contextmanager
def atomic_path(target: str | os.PathLike[str], verify: bool = False) -> Iterator[Path]:
    """For writers that need a file name rather than a file object (SQLite's
    backup API): yields an empty temporary file in the target folder; when the
    block succeeds it is fsynced and renamed over ``target``::

        with atomic_path(dest) as tmp:
            fill(tmp)
    """
    target = Path(target)
    tmp = _temp_name(target)
    try:
        try:
            _prepare(target)
            _create_private(tmp).close()
        except OSError as exc:
            raise FileWriteError(explain_os_error(exc, target)) from exc
        try:
            yield tmp
            _finish(tmp, target, verify)
        except OSError as exc:
            raise FileWriteError(explain_os_error(exc, target)) from exc
    finally:
        _remove_temp(tmp)


@contextmanager
def open_for_write(target: str | os.PathLike[str], verify: bool = False) -> Iterator[BinaryIO]:
    """Write ``target`` atomically::

    with open_for_write(path) as fh:
        fh.write(data)
    """
    target = Path(target)
    tmp = _temp_name(target)
    try:
        try:
            _prepare(target)
            fh = _create_private(tmp)
        except OSError as exc:
            raise FileWriteError(explain_os_error(exc, target)) from exc
        try:
            with fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            _finish(tmp, target, verify)
        except OSError as exc:
            raise FileWriteError(explain_os_error(exc, target)) from exc
    finally:
        _remove_temp(tmp)


def write_bytes(target: str | os.PathLike[str], data: bytes, verify: bool = True) -> Path:
    """Write ``data`` to ``target`` atomically and (by default) read it back."""
    with open_for_write(target, verify=verify) as fh:
        fh.write(data)
    return Path(target)


def write_text(target: str | os.PathLike[str], text: str, verify: bool = True) -> Path:
    return write_bytes(target, text.encode("utf-8"), verify=verify)


_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_ERROR_ACCESS_DENIED = 5
_STILL_ACTIVE = 259


def _windows_pid_alive(pid: int) -> bool:
    """A writer killed by Task Manager (TerminateProcess) is gone: its exit code is set."""
    if sys.platform != "win32":  # called on Windows only (os.name == "nt")
        raise OSError("not Windows")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # No such process (ERROR_INVALID_PARAMETER), or one we may not look at.
        return ctypes.get_last_error() == _ERROR_ACCESS_DENIED
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":
        return _windows_pid_alive(pid)
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _writer_pid(name: str) -> int | None:
    """The pid in ``.vnhr-tmp-<pid>-...`` or ``.vnhr-tmp-<kind>-<pid>-...``."""
    for token in name[len(TMP_PREFIX) :].split("-")[:2]:
        if token.isdigit():
            return int(token)
    return None


def remove_stale_temps(folder: Path, max_age_seconds: float = 3600.0) -> list[Path]:
    """Delete temporary files and staging folders left in ``folder`` by a
    process killed mid-write: those whose writer is gone or older than
    ``max_age_seconds``."""
    removed: list[Path] = []
    try:
        if not folder.is_dir():
            return removed
        candidates = list(folder.glob(TMP_PREFIX + "*"))
    except OSError:
        return removed
    now = time.time()
    for path in candidates:
        pid = _writer_pid(path.name)
        try:
            dead = pid is not None and pid != os.getpid() and not _pid_alive(pid)
            old = now - path.lstat().st_mtime > max_age_seconds
        except OSError:
            continue
        if dead or old:
            try:
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def remove_data_leftovers(paths: DataPaths) -> list[Path]:
    """At start: temporary files and restore staging copies that killed runs
    left in the data folder and its backups folder."""
    return [*remove_stale_temps(paths.root), *remove_stale_temps(paths.backups)]
