"""What the window and its widgets hold of the open database: sessions to hand
to the services and the commit notifications. The UI names this type, never the
persistence layer; persistence.database.Database is the one implementation."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol

from sqlalchemy import Engine, orm

from vnhr_desktop.domain.changes import Change
from vnhr_desktop.paths import DataPaths


class DatabaseHandle(Protocol):
    paths: DataPaths
    Session: orm.sessionmaker[orm.Session]
    # Backups and restore are made according to its dialect (SQLite file or server).
    engine: Engine

    def session(self) -> AbstractContextManager[orm.Session]:
        """A unit of work: commits on success, rolls back on any error."""
        ...

    def on_commit(self, callback: Callable[[Change], None]) -> None:
        """Run ``callback(change)`` after each successful unit of work."""
        ...

    def poll_changes(self) -> Change:
        """The light check for other PCs' commits (told to the on_commit listeners too)."""
        ...
