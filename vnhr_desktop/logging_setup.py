"""Rotating log in the data folder's logs/.

Logging never stops the app: a log file that cannot be opened leaves the app
without a file log, and a write that fails (full disk, file-size limit) turns
the handler off quietly instead of printing "--- Logging error ---" with a
traceback for every record. The log file is private (0600 on POSIX).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
from pathlib import Path

LOG_NAME = "vnhr-desktop.log"

_current: Path | None = None


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler that goes silent after its first failure."""

    failed = False

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self.failed = True
        try:
            if self.stream is not None:
                self.stream.close()
        except (OSError, ValueError):
            pass
        self.stream = None

    def flush(self) -> None:
        try:
            super().flush()
        except (OSError, ValueError):
            self.failed = True

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            super().close()


def current_log_file() -> Path | None:
    """The file the log is written to, when logging to a file works."""
    if _current is None:
        return None
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_vnhr", False) and not handler.failed:
            return _current
    return None


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir``/vnhr-desktop.log; ``None`` when the file cannot be opened."""
    global _current
    from vnhr_desktop.paths import make_private_dir

    make_private_dir(log_dir)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_vnhr", False):
            root.removeHandler(handler)
            handler.close()
    _current = None
    root.setLevel(level)
    try:
        handler = QuietRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        # Without a file log the app still works; a NullHandler keeps logging's
        # last-resort handler from printing records on stderr.
        null = logging.NullHandler()
        null._vnhr = True
        null.failed = True
        root.addHandler(null)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._vnhr = True
    root.addHandler(handler)
    _current = path
    return path
