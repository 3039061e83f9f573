"""A database kept locked by another program, in plain words.

Write transactions begin IMMEDIATE (persistence.engine), so SQLite waits up to
the busy timeout for another writer; past it the error carries SQL and, in its
parameters, personal values. Callers turn it into :class:`DatabaseBusy`, whose
message names neither.
"""

from __future__ import annotations

import sqlite3

from vnhr_desktop.errors import DatabaseBusy

BUSY_MESSAGE = (
    "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi vào tệp dữ liệu). "
    "Chưa có gì thay đổi; hãy chờ một lát rồi thử lại."
)
_BUSY_TEXTS = ("database is locked", "database is busy", "database table is locked")


def is_busy(exc: BaseException | None) -> bool:
    """True when ``exc`` (or what it wraps) is SQLite's busy/locked error."""
    seen = 0
    while exc is not None and seen < 10:
        original = getattr(exc, "orig", None)
        for candidate in (exc, original):
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
