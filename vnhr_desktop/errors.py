"""Typed, expected failures. Each carries a message in Vietnamese that the CLI
prints on one line and the GUI shows in the widget that caused it."""

from __future__ import annotations

from pathlib import Path

# Exit codes of the command line (listed in the README):
#   0 done; 1 unexpected error (details in the log file); 2 bad input, record not
#   found, file refused or not written; 3 database problem (damaged, too new, not
#   ours, upgrade failed); 4 already open in another window; 5 data folder on a
#   USB or network drive; 6 data folder or log folder unusable; 7 database busy;
#   8 database server not reachable or refused the connection; 130 stopped with Ctrl+C.
EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_INTERRUPTED = 130


class UserError(Exception):
    """An expected failure caused by input, the environment or the data."""

    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class NotFound(UserError):
    pass


class Cancelled(UserError):
    """The user stopped a long job (an export); nothing was written."""

    def __init__(self, message: str = "Đã dừng; chưa ghi tệp nào."):
        super().__init__(message)


class ValidationError(UserError):
    """One or more field errors; ``fields`` maps a field name to its message."""

    def __init__(self, message: str, fields: dict[str, str] | None = None):
        super().__init__(message)
        self.fields = fields or {}


class DatabaseProblem(UserError):
    exit_code = 3


class DatabaseTooNew(DatabaseProblem):
    pass


class DatabaseCorrupt(DatabaseProblem):
    pass


class NotOurDatabase(DatabaseProblem):
    pass


class MigrationFailed(DatabaseProblem):
    def __init__(self, message: str, backup_path: Path | None = None):
        super().__init__(message)
        self.backup_path = backup_path


class AlreadyRunning(UserError):
    exit_code = 4


class UnsafeLocation(UserError):
    exit_code = 5


class FileWriteError(UserError):
    pass


class ImportRejected(UserError):
    pass


class DataFolderProblem(UserError):
    """The data folder (or its logs/backups) cannot be created or written."""

    exit_code = 6


class DatabaseBusy(UserError):
    """Another program kept the database locked longer than the busy timeout."""

    exit_code = 7


class DatabaseUnreachable(UserError):
    """The database server named by the URL cannot be used: a wrong URL, wrong
    password, unreachable server or missing database."""

    exit_code = 8


class StaleRecord(UserError):
    """The record was saved from another PC after this copy was loaded: the save
    is refused and nothing is overwritten."""
