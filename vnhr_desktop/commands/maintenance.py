"""``backup``, ``restore`` and ``check``."""

from __future__ import annotations

from pathlib import Path

from vnhr_desktop.errors import DatabaseCorrupt, UserError
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.lock import InstanceLock
from vnhr_desktop.persistence.preflight import integrity_check, run_preflight
from vnhr_desktop.services.backups import backup_now, restore


def _backup(args, paths: DataPaths) -> int:
    """The database the command opens: on a server, the portable backup (services.backups)."""
    if paths.database_url is None:
        if not paths.database.exists():
            raise UserError(f"Chưa có cơ sở dữ liệu trong {paths.root}; không có gì để sao lưu.")
        run_preflight(paths.database)
    target = backup_now(paths, Path(args.out) if args.out else None)
    print(f"Đã sao lưu vào {target}")
    return 0


def _restore(args, paths: DataPaths) -> int:
    if paths.database_url is not None:  # the shared database on a server: replaced in one transaction
        from vnhr_desktop.persistence.postgres import make_server_engine

        engine = make_server_engine(paths.database_url)
        try:
            result = restore(paths, Path(args.file), engine=engine)
        finally:
            engine.dispose()
        print(result.summary())
        return 0
    with InstanceLock(paths.lock_file):
        result = restore(paths, Path(args.file))
    print(result.summary())
    return 0


def _check(paths: DataPaths) -> int:
    if paths.database_url is not None:
        return _check_server(paths.database_url)
    if not paths.database.exists():
        raise UserError(f"Chưa có cơ sở dữ liệu trong {paths.root}.")
    pre = run_preflight(paths.database)
    problems = integrity_check(paths.database)
    if problems != ["ok"]:
        raise DatabaseCorrupt(f"Cơ sở dữ liệu có lỗi toàn vẹn: {problems[0]}")
    if pre.user_version:
        from vnhr_desktop.persistence.schema_check import check_file

        schema, integrity = check_file(paths.database, pre.user_version)
        if schema or integrity:
            raise DatabaseCorrupt(f"Cơ sở dữ liệu có lỗi: {'; '.join((schema + integrity)[:3])}")
    print(f"Cơ sở dữ liệu tốt (phiên bản dữ liệu {pre.user_version}): {paths.database}")
    return 0


def _check_server(url: str) -> int:
    """The shared database: reachable, ours, not newer (the server keeps its own files sound)."""
    from vnhr_desktop.persistence.postgres import make_server_engine, safe_url, server_preflight

    engine = make_server_engine(url)
    try:
        pre = server_preflight(engine)
    finally:
        engine.dispose()
    print(f"Cơ sở dữ liệu tốt (phiên bản dữ liệu {pre.user_version}): {safe_url(url)}")
    return 0


def run(args, paths: DataPaths) -> int:
    if args.command == "backup":
        return _backup(args, paths)
    if args.command == "restore":
        return _restore(args, paths)
    return _check(paths)
