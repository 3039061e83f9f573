"""The files of a package folder, listed and read without trusting them.

    names = list_files("E:/BaoCao_03", clock.check, max_files=50)   # or a refusal
    raw = read_file("E:/BaoCao_03/bao-cao.pdf", declared=96559, budget=..., check=clock.check)

Listing takes each entry's kind from the directory itself (no call per file
on Windows or on Linux's usual file systems): a symbolic link, a FIFO or any
other special file is refused without being opened, and so is a folder with
too many files. Reading opens without following a link and without waiting on
a FIFO, then asks the open file what it is: a file swapped for something else
after the listing is refused too. A file is read in one call of its known size
(in 16 MB steps when larger, with ``check`` between them, so a slow drive is
given up in time); a file larger than the budget is refused before any of it is
read, and one whose size differs from the declared size is refused as changed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable

from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.exports.manifest import damaged

_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
STEP = 16 * 1024 * 1024
_NOT_A_FILE = "không phải tệp thường"


def special_reason(mode: int) -> str | None:
    """Why a file of this mode is not a plain file or folder, or None."""
    if stat.S_ISLNK(mode):
        return "là liên kết (symlink), không phải tệp"
    if stat.S_ISFIFO(mode):
        return "là ống dẫn FIFO, không phải tệp"
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return "là tệp đặc biệt của hệ thống, không phải tệp thường"
    return None


def changed_size(rel: str) -> ImportRejected:
    """The refusal of a file whose size is not the one its manifest gives."""
    return damaged(f"tệp “{rel}” đã bị thay đổi (kích thước không khớp).")


def _refuse_special(rel: str, reason: str) -> ImportRejected:
    return ImportRejected(f"Trong gói, “{rel}” {reason}; không nhận gói này.")


def list_files(folder: str, check: Callable[[], None], max_files: int) -> list[str]:
    """Relative path ("a/b.pdf") of every file under ``folder``; links and special files refused."""
    names: list[str] = []
    pending = [(folder, "")]
    while pending:
        current, prefix = pending.pop()
        check()
        with os.scandir(current) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False):
                    names.append(prefix + entry.name)
                    if len(names) > max_files:
                        raise ImportRejected(f"Gói có quá nhiều tệp (hơn {max_files}); không nhận.")
                elif entry.is_dir(follow_symlinks=False):
                    pending.append((entry.path, prefix + entry.name + "/"))
                else:
                    mode = entry.stat(follow_symlinks=False).st_mode
                    raise _refuse_special(prefix + entry.name, special_reason(mode) or _NOT_A_FILE)
    return names


def _open_regular(path: str, rel: str) -> tuple[int, int]:
    """A descriptor open on a plain file, and the file's size."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        if os.path.islink(path):
            raise _refuse_special(rel, special_reason(stat.S_IFLNK) or _NOT_A_FILE) from exc
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _refuse_special(rel, special_reason(st.st_mode) or _NOT_A_FILE)
    except BaseException:
        os.close(fd)
        raise
    return fd, st.st_size


def _read_open(fd: int, size: int, check: Callable[[], None]) -> bytes:
    """Up to ``size + 1`` bytes (one more shows the file grew)."""
    parts = []
    got = 0
    while got <= size:
        part = os.read(fd, min(size + 1 - got, STEP))
        if not part:
            break
        parts.append(part)
        got += len(part)
        if got < size:
            check()
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_file(
    path: str,
    rel: str,
    limit: int,
    too_big: Callable[[int], ImportRejected],
    check: Callable[[], None],
    declared: int | None = None,
) -> bytes:
    """The bytes of one file: ``too_big(size)`` when it is larger than
    ``limit``; refused as changed when its size is not ``declared`` (if given)."""
    check()
    fd, size = _open_regular(path, rel)
    try:
        if size > limit:
            raise too_big(size)
        if declared is not None and size != declared:
            raise changed_size(rel)
        raw = _read_open(fd, size, check)
    finally:
        os.close(fd)
    if len(raw) > limit:
        raise too_big(len(raw))
    if declared is not None and len(raw) != declared:
        raise changed_size(rel)
    check()
    return raw
