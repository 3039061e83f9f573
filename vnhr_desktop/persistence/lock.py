"""One running instance per database. The lock is an OS file lock, so a crash
releases it and there is never a stale lock to delete by hand."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from vnhr_desktop.errors import AlreadyRunning


class InstanceLock:
    # Lock files this process holds (a second lock on the same file from the
    # same process would be refused like another process's).
    _held: set[str] = set()

    @classmethod
    def held_here(cls, path: Path) -> bool:
        return os.path.abspath(path) in cls._held

    def __init__(self, path: Path):
        self.path = path
        self._fh: io.BufferedRandom | None = None

    def acquire(self) -> InstanceLock:
        from vnhr_desktop.paths import make_private_dir

        make_private_dir(self.path.parent)
        fh = os.fdopen(os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600), "r+b")
        try:
            if sys.platform == "win32":
                import msvcrt  # Windows only

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # POSIX only

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise AlreadyRunning(
                "Chương trình đang mở với dữ liệu này ở một cửa sổ khác. Hãy dùng cửa sổ đang mở (xem thanh tác vụ)."
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()).encode())
        fh.flush()
        self._fh = fh
        InstanceLock._held.add(os.path.abspath(self.path))
        return self

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt  # Windows only

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl  # POSIX only

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None
            InstanceLock._held.discard(os.path.abspath(self.path))

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
