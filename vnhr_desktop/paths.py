"""Where things live: the data folder (database, backups, logs) and the bundled
resources and translations, found the same way from a source checkout, an
installed wheel and a frozen bundle."""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from vnhr_desktop import APP_NAME

DB_FILENAME = "vnhr.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / (DB_FILENAME + ".lock")

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    env = os.environ.get("VNHR_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir  # only without --data-dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def data_paths(data_dir: str | os.PathLike | None = None) -> DataPaths:
    root = Path(data_dir) if data_dir else default_data_dir()
    return DataPaths(root.expanduser().resolve())


def _installed_dir(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return None


def _bundled_dir(name: str, package: str) -> Path:
    """resources/ or translations/: frozen bundle, then installed wheel, then checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / name
    checkout = Path(__file__).resolve().parent.parent / name
    if (checkout / ".vnhr-data").exists():
        return checkout
    installed = _installed_dir(package)
    if installed is not None:
        return installed
    return checkout


def resources_dir() -> Path:
    return _bundled_dir("resources", "vnhr_desktop_resources")


def translations_dir() -> Path:
    return _bundled_dir("translations", "vnhr_desktop_translations")


def font_dir() -> Path:
    return resources_dir() / "fonts"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "persistence" / "migrations"
