"""Other PCs' changes on a shared database: the light periodic check.

:func:`other_changes` reads the change markers (one small table, a row per kind
of record) and compares them with what this process last saw. What changed
elsewhere reaches the same listeners as this process's own commits
(``on_commit`` of persistence.database.Database), so the windows learn about changes one way only.
Nothing is reloaded when nothing changed."""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from vnhr_desktop.domain.changes import Change
from vnhr_desktop.errors import UserError
from vnhr_desktop.services.database_handle import DatabaseHandle

log = logging.getLogger(__name__)


def other_changes(database: DatabaseHandle) -> Change:
    """The kinds of record other processes changed since the last check (told to
    the on_commit listeners too); an empty Change when none did, or when the
    database cannot be read just now (the next check tries again)."""
    try:
        return database.poll_changes()
    except (SQLAlchemyError, UserError, OSError):
        log.warning("change check: database not readable just now", exc_info=True)
        return Change()
