"""Rotating log in the data folder's logs/."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "vnhr-desktop.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_vnhr", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._vnhr = True
    root.addHandler(handler)
    root.setLevel(level)
    return path
