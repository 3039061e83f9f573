"""Rotating log in the data folder's logs/."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "vnhr-desktop.log"


class _AppLogHandler(logging.handlers.RotatingFileHandler):
    """The app's own log file handler, told apart from handlers that others installed."""


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _AppLogHandler):
            root.removeHandler(handler)
            handler.close()
    app_handler = _AppLogHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    app_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(app_handler)
    root.setLevel(level)
    return path
