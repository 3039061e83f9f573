"""The shared office database (a PostgreSQL server on the office network) as
this Windows user has set it up in Công cụ > Cơ sở dữ liệu dùng chung….

The connection (host, port, database, user and whether this PC makes the
automatic backups) is kept in ``shared_database.json`` in the data folder,
next to the other settings of this user. The password is never written
there: it goes to the operating system's credential store through
``keyring``; without a usable store nothing is stored and the app asks for
it at start. A saved connection takes effect at the next start.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.errors import UserError, ValidationError
from vnhr_desktop.paths import DataPaths

log = logging.getLogger(__name__)

SETTINGS_FILE = "shared_database.json"
KEYRING_SERVICE = "vnhr-desktop"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class SharedConnection:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    backup_role: bool = False

    @property
    def account(self) -> str:
        """The name of the password in the credential store."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        from sqlalchemy.engine import URL

        url = URL.create("postgresql+psycopg", self.user, password or None, self.host, self.port, self.database)
        return url.render_as_string(hide_password=False)


def make_connection(host: str, port: int, database: str, user: str, backup_role: bool = False) -> SharedConnection:
    """A checked connection; a missing field is a ValidationError naming it."""
    fields = {"host": clean_line(host), "database": clean_line(database), "user": clean_line(user)}
    names = {"host": "máy chủ", "database": "tên cơ sở dữ liệu", "user": "tên đăng nhập"}
    problems = {k: f"Hãy nhập {names[k]}." for k, v in fields.items() if not v}
    if not 0 < int(port) < 65536:
        problems["port"] = "Cổng phải từ 1 đến 65535."
    if problems:
        raise ValidationError(next(iter(problems.values())), problems)
    return SharedConnection(fields["host"], fields["database"], fields["user"], int(port), bool(backup_role))


def _file(paths: DataPaths) -> Path:
    return paths.root / SETTINGS_FILE


def load(paths: DataPaths) -> SharedConnection | None:
    """The saved connection of this user, ``None`` for the local SQLite file."""
    path = _file(paths)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return SharedConnection(
            host=str(data["host"]),
            database=str(data["database"]),
            user=str(data["user"]),
            port=int(data.get("port", DEFAULT_PORT)),
            backup_role=bool(data.get("backup_role", False)),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("unreadable %s: %s", SETTINGS_FILE, exc)
        return None


def _store_password(connection: SharedConnection, password: str) -> bool:
    """True when the credential store now holds ``password``."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, connection.account, password)
        return keyring.get_password(KEYRING_SERVICE, connection.account) == password
    except (KeyringError, RuntimeError) as exc:
        log.warning("no usable credential store: %s", type(exc).__name__)
        return False


def stored_password(connection: SharedConnection) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, connection.account)
    except (KeyringError, RuntimeError) as exc:
        log.warning("no usable credential store: %s", type(exc).__name__)
        return None


def _forget_password(connection: SharedConnection) -> None:
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError, RuntimeError):
        keyring.delete_password(KEYRING_SERVICE, connection.account)


def save(paths: DataPaths, connection: SharedConnection, password: str) -> bool:
    """Save the connection for this user (password to the credential store).
    Returns whether the password could be stored; if not, the app asks for
    it at start."""
    from vnhr_desktop.exports.safe_write import write_text

    previous = load(paths)
    if previous is not None and previous.account != connection.account:
        _forget_password(previous)
    stored = _store_password(connection, password) if password else False
    write_text(_file(paths), json.dumps(asdict(connection), ensure_ascii=False, indent=2) + "\n")
    return stored


def use_local(paths: DataPaths) -> None:
    """Back to the local SQLite file of the data folder (from the next start)."""
    previous = load(paths)
    if previous is not None:
        _forget_password(previous)
    _file(paths).unlink(missing_ok=True)


def is_backup_pc(paths: DataPaths) -> bool:
    """Whether this PC makes the automatic backups of the shared database."""
    connection = load(paths)
    return connection is not None and connection.backup_role


def is_saved(paths: DataPaths) -> bool:
    """Whether this user saved a shared database (a file check, nothing imported)."""
    return _file(paths).is_file()


def saved_url(paths: DataPaths, ask_password: Callable[[SharedConnection], str | None] | None = None) -> str | None:
    """The URL to open at start when no --database-url/VNHR_DATABASE_URL is
    given: the saved connection with its password from the credential store.
    Without a stored password ``ask_password`` is asked (the GUI's prompt);
    ``None`` means the local SQLite file."""
    connection = load(paths)
    if connection is None:
        return None
    password = stored_password(connection)
    if password is None and ask_password is not None:
        password = ask_password(connection)
    return connection.url(password)


def headless_url(paths: DataPaths) -> str | None:
    """The URL a headless command opens when none is given: the shared database
    the app opens on this PC, so that ``backup`` (a scheduled task too),
    ``export`` and the rest work on the officers' data, not on a local file left
    behind. The password comes from the credential store, else from PGPASSWORD
    or a pgpass file; without any, one line says what to do (nothing asked:
    a scheduled task has nobody to answer). ``None``: the local SQLite file."""

    def no_prompt(connection: SharedConnection) -> str | None:
        import os

        from vnhr_desktop.errors import DatabaseUnreachable

        if os.environ.get("PGPASSWORD") or _pgpass_file().is_file():
            return None  # libpq finds it
        raise DatabaseUnreachable(
            f"Máy này dùng cơ sở dữ liệu dùng chung {connection.host}:{connection.port}/{connection.database} "
            f"nhưng kho mật khẩu chưa có mật khẩu của {connection.user}: lưu mật khẩu trong Công cụ > "
            "Cơ sở dữ liệu dùng chung…, hoặc đặt biến PGPASSWORD, hoặc thêm --local để dùng tệp trên máy này."
        )

    url = saved_url(paths, ask_password=no_prompt)
    if url is not None:
        log.info("headless command on the saved shared database")
    return url


def _pgpass_file() -> Path:
    """Where libpq looks for saved passwords (PGPASSFILE, else the user's pgpass file)."""
    import os

    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    server_version: str
    message: str


def check_connection(connection: SharedConnection, password: str) -> ConnectionCheck:
    """Connect (5 s at most) and say what the database holds, in Vietnamese.
    Runs in a worker thread of the dialog."""
    from vnhr_desktop.persistence.server import SchemaState, probe

    try:
        found = probe(connection.url(password))
    except UserError as exc:
        return ConnectionCheck(False, "", exc.message)
    usable = found.state in (SchemaState.EMPTY, SchemaState.OURS)
    return ConnectionCheck(usable, found.server_version, found.describe())
