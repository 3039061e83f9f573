"""``migrate-to URL``: copy the current database into an empty database on the
other engine (a PostgreSQL server, or a new SQLite file), comparing the rows
of every table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from vnhr_desktop.errors import UserError
from vnhr_desktop.paths import DB_FILENAME, DataPaths, database_identity
from vnhr_desktop.persistence.portable import check_source, copy_to_server, write_sqlite_copy
from vnhr_desktop.persistence.postgres import make_server_engine
from vnhr_desktop.persistence.server import engine_for_url, parse_url
from vnhr_desktop.persistence.transfer import Progress, TargetNotEmpty, TransferResult


def source_engine(paths: DataPaths) -> Engine:
    """The current database: the server of ``--database-url`` (or the variable)
    or the SQLite file of the data folder (upgraded first when due, as every
    command does)."""
    if paths.database_url is not None:
        engine = make_server_engine(paths.database_url)
        check_source(engine)
        return engine
    if not paths.database.exists():
        raise UserError(f"Chưa có cơ sở dữ liệu trong {paths.root}; không có gì để chuyển.")
    from vnhr_desktop.persistence.database import open_database

    return open_database(paths).engine


def sqlite_target(url: str) -> Path | None:
    """The file of a SQLite target (a ``sqlite:///`` URL, a file or a folder),
    ``None`` for a server URL."""
    if "://" not in url:
        path = Path(url)
    else:
        parsed: URL = parse_url(url)
        if parsed.get_backend_name() != "sqlite":
            return None
        path = Path(parsed.database or "")
    if path.is_dir():
        path = path / DB_FILENAME
    if path.exists() and path.stat().st_size > 0:
        raise TargetNotEmpty(f"Tệp {path} đã tồn tại; hãy chọn tên tệp mới hoặc thư mục trống.")
    return path


def terminal_progress() -> Progress | None:
    """``Đang chép participant: 12.000/200.000 dòng`` redrawn on one stderr
    line while it runs in a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(table: str, done: int, total: int) -> None:
        count = f"{done:,}/{total:,}".replace(",", ".")
        sys.stderr.write(f"\r\x1b[KĐang chép {table}: {count} dòng")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _shown(url: str) -> str:
    return url if "://" not in url else parse_url(url).render_as_string(hide_password=True)


def migrate(args: argparse.Namespace, paths: DataPaths) -> TransferResult:
    target_file = sqlite_target(args.url)
    source = source_engine(paths)
    try:
        if target_file is not None:
            if paths.database.exists() and target_file.resolve() == paths.database.resolve():
                raise UserError("Không thể chuyển dữ liệu vào chính tệp dữ liệu đang dùng.")
            return write_sqlite_copy(source, target_file, progress=terminal_progress())
        if database_identity(source.url.render_as_string()) == database_identity(args.url):
            raise UserError("Không thể chuyển dữ liệu vào chính cơ sở dữ liệu đang dùng.")
        target = engine_for_url(args.url)
        try:
            return copy_to_server(source, target, progress=terminal_progress())
        finally:
            target.dispose()
    finally:
        source.dispose()


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    result = migrate(args, paths)
    print(f"Đã chuyển dữ liệu sang {_shown(args.url)}.")
    for line in result.lines():
        print(line)
    print(f"Tổng {result.rows} dòng; số dòng của từng bảng khớp nhau.")
    return 0
