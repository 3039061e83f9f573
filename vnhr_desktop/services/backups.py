"""Backups and restore for the GUI (Tệp > Sao lưu ra..., Tệp > Khôi phục) and the
command line (``backup``, ``restore``, ``check``).

Restore (reliability §4):
1. the data folder must be on a local disk (location.ensure_local);
2. the chosen file must be one of ours, not from a newer app, and pass
   integrity_check, otherwise nothing happens;
3. it is copied to a staging file next to the database and, when it is older,
   upgraded there, so a failing upgrade never touches the live file;
4. the current state is backed up first (a damaged current file, which cannot
   be backed up, is moved aside byte for byte instead);
5. the staging copy is written INTO the live database with SQLite's backup
   API, so the WAL and any open connection of the app stay consistent.

The caller holds the instance lock. After a restore the GUI disposes its engine
and reloads its views.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from vnhr_desktop.errors import DatabaseCorrupt, DatabaseTooNew, FileWriteError, NotOurDatabase
from vnhr_desktop.exports.safe_write import TMP_PREFIX
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.backup import REASON_IMPORT as REASON_IMPORT  # re-exported for the GUI
from vnhr_desktop.persistence.backup import (
    REASON_MANUAL,
    REASON_RESTORE,
    backup_name,
    copy_database,
    list_backups,
    make_backup,
    parse_backup_name,
)
from vnhr_desktop.persistence.backup_rotation import DEFAULT_POLICY as DEFAULT_POLICY  # re-exported for the GUI
from vnhr_desktop.persistence.location import ensure_local
from vnhr_desktop.persistence.migrate import upgrade
from vnhr_desktop.persistence.preflight import connect_readonly, integrity_check
from vnhr_desktop.persistence.schema import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlalchemy import Engine

# What a backup contains, by table; the keys are stable (UI labels, --json).
COUNTED_TABLES = {
    "plans": "plan",
    "slogans": "slogan",
    "banners": "banner_placement",
    "events": "training_event",
    "participants": "participant",
    "media": "media_output",
    "reports": "report",
    "agencies": "agency",
}


# Vietnamese names of the counted records, for the command line's summary.
COUNT_LABELS_VI = {
    "plans": "kế hoạch",
    "slogans": "khẩu hiệu",
    "banners": "băng rôn, pano",
    "events": "hội nghị, tập huấn",
    "participants": "người tham dự",
    "media": "tin, bài, sản phẩm truyền thông",
    "reports": "báo cáo",
    "agencies": "cơ quan, đơn vị",
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    user_version: int = 0
    ok: bool = False
    problem: str = ""

    @property
    def restorable(self) -> bool:
        return self.ok and self.user_version <= SCHEMA_VERSION


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    safety_backup: Path | None
    damaged_copy: Path | None
    before: dict[str, int]
    after: dict[str, int]
    migrated_from: int | None = None

    def changes(self) -> dict[str, tuple[int, int]]:
        """Counts that differ: key -> (before, after)."""
        keys = list(dict.fromkeys([*self.after, *self.before]))
        return {
            k: (self.before.get(k, 0), self.after.get(k, 0))
            for k in keys
            if self.before.get(k, 0) != self.after.get(k, 0)
        }

    def summary(self) -> str:
        """What the restore did, in Vietnamese (the command line prints it)."""
        lines = [f"Đã khôi phục dữ liệu từ {self.source}."]
        if self.safety_backup:
            lines.append(f"Dữ liệu trước khi khôi phục được sao lưu tại {self.safety_backup}.")
        if self.damaged_copy:
            lines.append(f"Tệp dữ liệu hỏng được giữ nguyên tại {self.damaged_copy}.")
        if self.migrated_from is not None:
            lines.append(f"Bản sao lưu đã được nâng cấp từ phiên bản dữ liệu {self.migrated_from}.")
        changes = self.changes()
        if not changes:
            lines.append("Số bản ghi không thay đổi.")
        for key, (before, after) in changes.items():
            lines.append(f"- {COUNT_LABELS_VI.get(key, key)}: {before} → {after}")
        return "\n".join(lines)


def _counts(con: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        key: con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] if table in tables else 0
        for key, table in COUNTED_TABLES.items()
    }


def database_counts(path: Path) -> dict[str, int]:
    """Rows per kind of record in a database file, read without modifying it."""
    try:
        con = connect_readonly(path)
        try:
            return _counts(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(f"Không đọc được tệp dữ liệu {path} ({exc}).") from exc


def inspect_database_file(path: Path) -> BackupInfo:
    """What a backup (or any file offered for restore) holds, and whether it is usable."""
    path = Path(path)
    parsed = parse_backup_name(path.name)
    from vnhr_desktop.errors import UserError
    from vnhr_desktop.exports.safe_write import require_regular_file

    try:
        stat = require_regular_file(path)  # never open a FIFO or a device
    except UserError as exc:
        return BackupInfo(path, dt.datetime.now(), "", 0, problem=exc.message)
    created = parsed[0] if parsed else dt.datetime.fromtimestamp(stat.st_mtime)
    reason = parsed[1] if parsed else ""
    base = BackupInfo(path, created, reason, stat.st_size)
    try:
        con = connect_readonly(path)
    except sqlite3.Error as exc:
        return replace(base, problem=f"Không phải tệp dữ liệu hoặc đã hỏng ({exc}).")
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            return replace(base, user_version=version, problem="Không phải tệp dữ liệu của vnhr-desktop.")
        check = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        if check != ["ok"]:
            return replace(base, user_version=version, problem=f"Tệp bị hỏng ({check[0]}).")
        counts = _counts(con)
    except sqlite3.Error as exc:
        return replace(base, problem=f"Tệp bị hỏng ({exc}).")
    finally:
        con.close()
    return replace(base, counts=counts, user_version=version, ok=True)


def list_backup_infos(paths: DataPaths) -> list[BackupInfo]:
    """The automatic and manual backups in the data folder, newest first."""
    return [inspect_database_file(p) for p in list_backups(paths.backups)]


def newest_good_backup(paths: DataPaths) -> BackupInfo | None:
    """The newest backup this app can restore (checked, not from a newer version)."""
    for info in list_backup_infos(paths):
        if info.restorable:
            return info
    return None


def backup_now(
    paths: DataPaths, out: Path | None = None, reason: str = REASON_MANUAL, engine: Engine | None = None
) -> Path:
    """A checked backup: into the backup folder (then rotated), or to ``out``
    (a file, or a folder such as a USB stick), read back after writing.
    ``engine`` is the open database; on a PostgreSQL server the backup is the
    app's portable SQLite file (services.portable_backups)."""
    if engine is not None and engine.dialect.name == "postgresql":
        from vnhr_desktop.services.portable_backups import portable_backup

        return portable_backup(paths, engine, out, reason)
    if engine is None and paths.database_url is not None:
        # Opened with --database-url (an import's or the timer's backup): the server's database.
        from vnhr_desktop.persistence.postgres import make_server_engine

        server = make_server_engine(paths.database_url)
        try:
            return backup_now(paths, out, reason, engine=server)
        finally:
            server.dispose()
    if out is None:
        return make_backup(paths.database, paths.ensure().backups, reason)
    out = backup_target(paths, out, reason)
    return copy_database(paths.database, out, live=True, verify=True, make_parents=False)


def backup_target(paths: DataPaths, out: Path, reason: str) -> Path:
    """The file a backup to ``out`` (a file or an existing folder) writes."""
    raw = os.fspath(out)
    out = Path(out)
    if out.is_dir():
        out = out / backup_name(reason)
    elif raw.endswith(("/", os.sep)) or not out.suffix:
        # "--out E:/SAO-LUU/" names a folder: a missing one is refused, never
        # turned into a file of that name.
        raise FileWriteError(
            f"Không tìm thấy thư mục {out} (ổ USB đã bị rút ra?). Hãy cắm lại ổ hoặc chọn thư mục khác."
        )
    _refuse_own_files(paths, out)
    return out


def _refuse_own_files(paths: DataPaths, out: Path) -> None:
    """A backup never goes over the database (or its side files), the lock,
    the logs or into the app's own backups folder."""
    try:
        target = out.parent.resolve() / out.name
    except OSError:
        return
    own_files = [paths.database, paths.lock_file]
    own_files += [paths.database.with_name(paths.database.name + s) for s in ("-wal", "-shm", "-journal")]
    own_folders = [paths.logs, paths.backups]
    same = any(target == f for f in own_files) or any(target == d or d in target.parents for d in own_folders)
    if same:
        raise FileWriteError(
            f"Không sao lưu vào {target}: đó là tệp hoặc thư mục riêng của chương trình (dữ liệu, khóa, "
            "nhật ký hoặc thư mục sao lưu tự động). Hãy chọn thư mục khác, ví dụ ổ USB."
        )


def _refuse(info: BackupInfo, file: Path) -> None:
    if info.ok and info.user_version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"Tệp {file.name} được tạo bởi phiên bản mới hơn của chương trình (phiên bản dữ liệu "
            f"{info.user_version}, chương trình này hiểu đến {SCHEMA_VERSION}). Hãy cài phiên bản "
            "mới nhất rồi khôi phục; dữ liệu hiện tại không bị thay đổi."
        )
    if info.problem.startswith("Không phải tệp dữ liệu của"):
        raise NotOurDatabase(
            f"Tệp {file.name} không phải bản sao lưu của vnhr-desktop; dữ liệu hiện tại không bị thay đổi."
        )
    if not info.ok:
        raise DatabaseCorrupt(
            f"Không khôi phục được từ {file.name}: {info.problem} Dữ liệu hiện tại không bị thay đổi."
        )


def _require_plain_file(file: Path) -> None:
    """A FIFO, device or folder offered for restore is refused before any open
    (opening a FIFO would wait for a writer forever, holding the instance lock)."""
    from vnhr_desktop.errors import UserError
    from vnhr_desktop.exports.safe_write import require_regular_file

    if not file.exists():
        raise UserError(f"Không tìm thấy tệp {file}.")
    require_regular_file(file, NotOurDatabase)


def _refuse_foreign_or_damaged(info: BackupInfo, file: Path) -> None:
    """Only a whole database of ours is restored: a known schema generation,
    exactly our tables, columns, triggers and views, and sound throughout."""
    from vnhr_desktop.persistence.schema_check import check_file

    unchanged = "Dữ liệu hiện tại không bị thay đổi."
    if not 1 <= info.user_version <= SCHEMA_VERSION:
        raise NotOurDatabase(
            f"Tệp {file.name} không phải bản sao lưu hợp lệ của vnhr-desktop (phiên bản dữ liệu "
            f"{info.user_version} không có). {unchanged}"
        )
    try:
        schema, integrity = check_file(file, info.user_version)
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(f"Không khôi phục được từ {file.name}: tệp bị hỏng ({exc}). {unchanged}") from exc
    if schema:
        raise NotOurDatabase(
            f"Tệp {file.name} không phải bản sao lưu nguyên vẹn của vnhr-desktop ({'; '.join(schema[:3])}). {unchanged}"
        )
    if integrity:
        raise DatabaseCorrupt(
            f"Không khôi phục được từ {file.name}: tệp không đạt kiểm tra toàn vẹn ({integrity[0]}). {unchanged}"
        )


def _set_aside(live: Path, paths: DataPaths) -> Path:
    """Move a damaged database (and its WAL) out of the way, unmodified."""
    folder = paths.root / "hong"
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / backup_name("hong")
    for suffix in ("", "-wal", "-shm"):
        side = live.with_name(live.name + suffix)
        if side.exists():
            os.replace(side, dest.with_name(dest.name + suffix))
    return dest


def _match_page_size(staging: Path, live: Path) -> None:
    """The backup API cannot change the page size of a WAL database."""
    live_con = sqlite3.connect(live, timeout=5.0)
    try:
        wanted = live_con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        live_con.close()
    con = sqlite3.connect(staging)
    try:
        if con.execute("PRAGMA page_size").fetchone()[0] != wanted:
            con.execute("PRAGMA journal_mode=DELETE")
            con.execute(f"PRAGMA page_size={int(wanted)}")
            con.execute("VACUUM")
    finally:
        con.close()


def _write_into_live(staging: Path, live: Path) -> None:
    _match_page_size(staging, live)
    source = connect_readonly(staging)
    try:
        target = sqlite3.connect(live, timeout=5.0)
        try:
            target.execute("PRAGMA busy_timeout=5000")
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _live_state(live: Path) -> tuple[dict[str, int], bool]:
    if not live.exists() or live.stat().st_size == 0:
        return {}, False
    if integrity_check(live) != ["ok"]:
        return {}, False
    try:
        return database_counts(live), True
    except DatabaseCorrupt:
        return {}, False


def checked_backup(file: Path) -> BackupInfo:
    """What ``file`` holds, once it is known to be a whole, sound backup of
    ours that this version can restore (else one refusal line)."""
    _require_plain_file(file)
    info = inspect_database_file(file)
    _refuse(info, file)
    _refuse_foreign_or_damaged(info, file)
    return info


@contextmanager
def staged_copy(paths: DataPaths, file: Path, info: BackupInfo) -> Iterator[tuple[Path, int | None]]:
    """``file`` copied next to the database and upgraded there when older (so
    a failing upgrade never touches the live data): (staging file, the version
    it was upgraded from). The staging file is removed afterwards."""
    staging = paths.root / f"{TMP_PREFIX}{os.getpid()}-restore.sqlite3"
    try:
        copy_database(file, staging, live=False)
        migrated_from = None
        if info.user_version < SCHEMA_VERSION:
            upgrade(staging, None)
            migrated_from = info.user_version
        yield staging, migrated_from
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            staging.with_name(staging.name + suffix).unlink(missing_ok=True)


def restore(paths: DataPaths, file: Path, engine: Engine | None = None) -> RestoreResult:
    """Replace the current data with the backup ``file`` (see module docstring).
    ``engine`` is the open database; a PostgreSQL server is restored by
    services.portable_backups."""
    file = Path(file)
    if engine is not None and engine.dialect.name == "postgresql":
        from vnhr_desktop.services.portable_backups import restore_into_server

        return restore_into_server(paths, engine, file)
    ensure_local(paths.root)
    paths.ensure()
    live = paths.database
    if live.exists() and file.resolve() == live.resolve():
        raise NotOurDatabase("Không thể khôi phục từ chính tệp dữ liệu đang dùng; hãy chọn một bản sao lưu.")
    info = checked_backup(file)
    before, live_ok = _live_state(live)
    with staged_copy(paths, file, info) as (staging, migrated_from):
        safety = damaged = None
        if live_ok:
            safety = make_backup(live, paths.backups, REASON_RESTORE)
            _write_into_live(staging, live)
        else:
            if live.exists():
                damaged = _set_aside(live, paths)
            copy_database(staging, live, live=False)
    problems = integrity_check(live)
    if problems != ["ok"]:
        raise DatabaseCorrupt(f"Dữ liệu sau khi khôi phục không đạt kiểm tra toàn vẹn: {problems[0]}")
    return RestoreResult(
        source=file,
        safety_backup=safety,
        damaged_copy=damaged,
        before=before,
        after=database_counts(live),
        migrated_from=migrated_from,
    )
