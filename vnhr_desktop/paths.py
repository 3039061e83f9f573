"""Where things live: the data folder (database, backups, logs) and the bundled
resources and translations, found the same way from a source checkout, an
installed wheel and a frozen bundle."""

from __future__ import annotations

import errno
import hashlib
import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

from vnhr_desktop import APP_NAME

if TYPE_CHECKING:
    from vnhr_desktop.errors import DataFolderProblem

DB_FILENAME = "vnhr.sqlite3"


def database_identity(url: str) -> str:
    """Which database a URL names, without who connects: "postgresql|host|port|name"
    (host folded to lower case, the default port filled in; user and password
    left out, so two logins to one database are the same database)."""
    parts = urlsplit(url)
    scheme = parts.scheme.split("+", 1)[0].lower()
    query = parse_qs(parts.query)
    host = (query.get("host") or [parts.hostname or "localhost"])[0].lower()
    try:
        port = parts.port or int((query.get("port") or [str(DEFAULT_PORTS.get(scheme, 0))])[0])
    except ValueError:
        port = 0
    name = unquote(parts.path.lstrip("/")) or (query.get("dbname") or [""])[0]
    return f"{scheme}|{host}|{port}|{name}"


DEFAULT_PORTS = {"postgresql": 5432}


def database_label(url: str) -> str:
    """How a server database is named to the officer: "host:port/name", without
    the login or the password."""
    _scheme, host, port, name = database_identity(url).split("|", 3)
    return f"{host}:{port}/{name}"


@dataclass(frozen=True)
class DataPaths:
    """The data folder, and the office's shared database when there is one.

    ``database_url`` (``postgresql+psycopg://user@host:port/db``) names a
    PostgreSQL database on the office network; without it the database is the
    SQLite file in the data folder. Backups, logs and settings stay in the data
    folder either way."""

    root: Path
    database_url: str | None = None

    @property
    def is_postgresql(self) -> bool:
        return self.database_url is not None

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
        """One running instance per PC and per database: the SQLite file's lock
        next to it; for a server database a lock named by a hash of its identity
        (host, port, name), in this PC's data folder."""
        if self.database_url is None:
            return self.root / (DB_FILENAME + ".lock")
        digest = hashlib.sha256(database_identity(self.database_url).encode("utf-8")).hexdigest()[:20]
        return self.root / f"vnhr-{digest}.lock"

    def ensure(self) -> DataPaths:
        """Create the data folder, backups/ and logs/ (private on POSIX); any
        problem becomes one :class:`DataFolderProblem` line."""
        for folder in (self.root, self.backups, self.logs):
            make_private_dir(folder)
        return self


def short_path(path: os.PathLike[str] | str, limit: int = 120) -> str:
    """A path for a message: whole when short, else its beginning and end."""
    text = str(path)
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-limit // 2 :]}"


def folder_problem(folder: Path, exc: OSError) -> DataFolderProblem:
    """The :class:`DataFolderProblem` for an OSError met creating ``folder``."""
    from vnhr_desktop.errors import DataFolderProblem

    code = exc.errno
    shown = short_path(folder)
    if code == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        text = f"Đường dẫn thư mục dữ liệu quá dài ({shown}). Hãy chọn thư mục có đường dẫn ngắn hơn."
    elif isinstance(exc, (FileExistsError, NotADirectoryError)) or code in (errno.EEXIST, errno.ENOTDIR):
        text = (
            f"{shown} (hoặc một thư mục cha của nó) là một tệp, không phải thư mục. "
            "Hãy chọn thư mục dữ liệu khác (--data-dir)."
        )
    elif code == errno.EROFS:
        text = f"Ổ đĩa chứa thư mục dữ liệu {shown} chỉ cho phép đọc. Hãy chọn thư mục khác."
    elif code in (errno.ENOSPC, errno.EDQUOT):
        text = f"Ổ đĩa chứa thư mục dữ liệu {shown} đã đầy. Hãy giải phóng dung lượng."
    elif isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        text = f"Không có quyền ghi vào thư mục dữ liệu {shown}. Hãy chọn thư mục khác (--data-dir)."
    else:
        text = f"Không dùng được thư mục dữ liệu {shown} ({exc.strerror or exc})."
    return DataFolderProblem(text)


def make_private_dir(folder: Path) -> Path:
    """``mkdir -p`` whose new folders are 0700 on POSIX whatever the umask."""
    try:
        missing = []
        probe = folder
        while not probe.exists() and probe.parent != probe:
            missing.append(probe)
            probe = probe.parent
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            for created in missing:
                os.chmod(created, 0o700)
        if not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(folder))
        if not os.access(folder, os.W_OK | os.X_OK):
            raise PermissionError(errno.EACCES, "Permission denied", str(folder))
    except OSError as exc:
        raise folder_problem(folder, exc) from exc
    return folder


def default_data_dir() -> Path:
    env = os.environ.get("VNHR_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir  # only without --data-dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_url() -> str | None:
    """``VNHR_DATABASE_URL`` when set (and not blank), else None: SQLite."""
    return os.environ.get("VNHR_DATABASE_URL", "").strip() or None


def data_paths(data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None) -> DataPaths:
    """The data folder (``--data-dir``, ``VNHR_DATA_DIR`` or the user's) and the
    database URL (``--database-url``, ``VNHR_DATABASE_URL`` or none)."""
    root = Path(data_dir) if data_dir else default_data_dir()
    url = (database_url or "").strip() or default_database_url()
    try:
        return DataPaths(root.expanduser().resolve(), url)
    except (OSError, RuntimeError, ValueError) as exc:
        if isinstance(exc, OSError):
            raise folder_problem(root, exc) from exc
        from vnhr_desktop.errors import DataFolderProblem

        raise DataFolderProblem(f"Đường dẫn thư mục dữ liệu không hợp lệ: {short_path(root)}.") from exc


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
