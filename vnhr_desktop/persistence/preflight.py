"""Read-only checks before the database is opened for writing (reliability §3).

Nothing here writes to the file: a database from a newer app version or a
damaged file is left byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from vnhr_desktop.errors import DatabaseCorrupt, DatabaseTooNew, NotOurDatabase
from vnhr_desktop.persistence.schema import APPLICATION_ID, SCHEMA_VERSION


@dataclass(frozen=True)
class Preflight:
    exists: bool
    user_version: int = 0
    application_id: int = 0

    @property
    def needs_upgrade(self) -> bool:
        return self.user_version < SCHEMA_VERSION


def _uri(path: Path, query: str) -> str:
    return "file:" + quote(str(path)) + "?" + query


def _checked(uri: str) -> sqlite3.Connection:
    con = sqlite3.connect(uri, uri=True)
    try:
        con.execute("PRAGMA schema_version").fetchone()
    except BaseException:
        con.close()
        raise
    return con


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot modify the file, for files no other process is
    writing (the database under the instance lock, backups, restore sources).

    Without a pending -wal or -journal file the file is opened ``immutable``, so
    not even the -wal/-shm side files of a WAL database are created. With a
    pending WAL (after a crash) it is opened ``mode=ro`` so committed
    transactions still in the WAL are read.
    """
    side_files = [path.with_name(path.name + s) for s in ("-wal", "-journal")]
    if not any(p.exists() for p in side_files):
        return _checked(_uri(path, "mode=ro&immutable=1"))
    try:
        return _checked(_uri(path, "mode=ro"))
    except sqlite3.DatabaseError as exc:
        if "file is not a database" in str(exc) or "malformed" in str(exc):
            raise
        # e.g. a hot WAL in a folder we may not write: read the main file alone
        return _checked(_uri(path, "mode=ro&immutable=1"))


def _corrupt(path: Path, detail: str) -> DatabaseCorrupt:
    return DatabaseCorrupt(
        f"Tệp dữ liệu {path} bị hỏng hoặc không đọc được ({detail}). "
        "Tệp không bị thay đổi; hãy khôi phục từ bản sao lưu gần nhất."
    )


def run_preflight(path: Path, quick_check: bool = True) -> Preflight:
    if not path.exists():
        return Preflight(exists=False)
    if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or device would block SQLite for ever
        raise _corrupt(path, "không phải tệp thông thường")
    if path.stat().st_size == 0:
        return Preflight(exists=True)
    try:
        con = connect_readonly(path)
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, str(exc)) from exc
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            raise NotOurDatabase(f"Tệp {path} không phải là cơ sở dữ liệu của vnhr-desktop.")
        if app_id == 0 and version == 0:
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise NotOurDatabase(f"Tệp {path} không phải là cơ sở dữ liệu của vnhr-desktop.")
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(
                f"Dữ liệu được tạo bởi phiên bản mới hơn của chương trình (phiên bản dữ liệu "
                f"{version}, chương trình này hiểu đến {SCHEMA_VERSION}). Hãy cài phiên bản mới "
                "nhất; tệp dữ liệu không bị thay đổi."
            )
        if quick_check:
            rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
            if rows != ["ok"]:
                raise _corrupt(path, "; ".join(rows[:3]))
        return Preflight(exists=True, user_version=version, application_id=app_id)
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, str(exc)) from exc
    finally:
        con.close()


def integrity_check(path: Path) -> list[str]:
    """``['ok']`` for a sound file; otherwise SQLite's list of problems."""
    try:
        con = connect_readonly(path)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    try:
        return [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()


class BackgroundPreflight:
    """Run :func:`run_preflight` in a thread. SQLite releases the GIL while it
    reads, so the whole-file quick_check overlaps with loading Qt and the
    database layer; :meth:`result` waits and re-raises its error."""

    def __init__(self, path: Path):
        self._result: Preflight | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(path,), name="preflight", daemon=True)
        self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            self._result = run_preflight(path)
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc

    def result(self) -> Preflight:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result
