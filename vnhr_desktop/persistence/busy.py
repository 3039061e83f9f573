"""A database kept locked by another program, in plain words.

Write transactions begin IMMEDIATE (persistence.engine), so SQLite waits up to
the busy timeout for another writer; past it the error carries SQL and, in its
parameters, personal values. Callers turn it into :class:`DatabaseBusy`, whose
message names neither.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from vnhr_desktop.errors import DatabaseBusy

BUSY_MESSAGE = (
    "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi vào tệp dữ liệu). "
    "Chưa có gì thay đổi; hãy chờ một lát rồi thử lại."
)
_BUSY_TEXTS = ("database is locked", "database is busy", "database table is locked")
# PostgreSQL: lock_timeout passed, serialization failure, deadlock.
_BUSY_SQLSTATES = ("55P03", "40001", "40P01")


def is_busy(exc: BaseException | None) -> bool:
    """True when ``exc`` (or what it wraps) is SQLite's busy/locked error, or
    PostgreSQL's lock timeout, serialization failure or deadlock."""
    seen = 0
    while exc is not None and seen < 10:
        original = getattr(exc, "orig", None)
        for candidate in (exc, original):
            if getattr(candidate, "sqlstate", None) in _BUSY_SQLSTATES:
                return True
            if isinstance(candidate, sqlite3.OperationalError):
                name = getattr(candidate, "sqlite_errorname", "")
                if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or any(t in str(candidate) for t in _BUSY_TEXTS):
                    return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def busy_error(exc: BaseException) -> DatabaseBusy | None:
    """The plain :class:`DatabaseBusy` for a busy error, else ``None``."""
    return DatabaseBusy(BUSY_MESSAGE) if is_busy(exc) else None


# Waiting for the write lock in slices lets the GUI say "Đang chờ…" while it waits.
SLICE_MS = 200
NOTICE_AFTER_SECONDS = 1.0
# Called with True once a wait has lasted NOTICE_AFTER_SECONDS (and again after
# each slice while it lasts, so the GUI can repaint), then with False.
_notice: Callable[[bool], None] | None = None


def set_wait_notice(notice: Callable[[bool], None] | None) -> None:
    """The GUI's "Đang chờ…" hook; ``None`` removes it."""
    global _notice
    _notice = notice


def begin_immediate(dbapi_connection: sqlite3.Connection, timeout_ms: int) -> None:
    """``BEGIN IMMEDIATE``, waiting up to ``timeout_ms`` for another writer in
    short slices (SQLite's own busy handler inside each) so the wait can be shown."""
    started = time.monotonic()
    noticed = False
    dbapi_connection.execute(f"PRAGMA busy_timeout={min(SLICE_MS, int(timeout_ms))}")
    try:
        while True:
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                waited = time.monotonic() - started
                if not is_busy(exc) or waited * 1000 >= timeout_ms:
                    raise
                if _notice is not None and waited >= NOTICE_AFTER_SECONDS:
                    noticed = True
                    _notice(True)
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout={int(timeout_ms)}")
        if noticed and _notice is not None:
            _notice(False)
