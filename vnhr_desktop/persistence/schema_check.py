"""Is a database file wholly ours? Used before a restore (reliability §4).

The file's tables and their columns, its triggers and its views must be
exactly those the app's migrations make at the file's schema generation
(PRAGMA user_version): the reference is a scratch database migrated to that
generation, so indexes, full-text tables and their triggers of any revision are
known without a list kept by hand. Then integrity_check and
foreign_key_check. Alembic is imported only here, only on a restore.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from vnhr_desktop.persistence.preflight import connect_readonly


@dataclass(frozen=True)
class SchemaShape:
    tables: dict[str, frozenset[str]]
    triggers: frozenset[str]
    views: frozenset[str]


_REFERENCE: dict[int, SchemaShape] = {}


def shape_of(con: sqlite3.Connection) -> SchemaShape:
    rows = con.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    tables = {}
    for kind, name in rows:
        if kind == "table":
            columns = con.execute("SELECT name FROM pragma_table_info(?)", (name,)).fetchall()
            tables[name] = frozenset(c[0] for c in columns)
    return SchemaShape(
        tables=tables,
        triggers=frozenset(n for k, n in rows if k == "trigger"),
        views=frozenset(n for k, n in rows if k == "view"),
    )


def _revision_for(user_version: int) -> str | None:
    from alembic.script import ScriptDirectory

    from vnhr_desktop.persistence.migrate import alembic_config

    for script in ScriptDirectory.from_config(alembic_config()).walk_revisions():
        if getattr(script.module, "USER_VERSION", None) == user_version:
            return script.revision
    return None


def reference_shape(user_version: int) -> SchemaShape | None:
    """The shape the migrations give a new database at ``user_version``."""
    if user_version in _REFERENCE:
        return _REFERENCE[user_version]
    revision = _revision_for(user_version)
    if revision is None:
        return None
    from vnhr_desktop.persistence.migrate import upgrade

    with tempfile.TemporaryDirectory(prefix="vnhr-schema-") as folder:
        path = Path(folder) / "reference.sqlite3"
        upgrade(path, None, target=revision)
        con = sqlite3.connect(path)
        try:
            shape = shape_of(con)
        finally:
            con.close()
    _REFERENCE[user_version] = shape
    return shape


def _names(items) -> str:
    items = sorted(items)
    shown = ", ".join(items[:3])
    return shown + (f" và {len(items) - 3} mục khác" if len(items) > 3 else "")


def shape_problems(found: SchemaShape, wanted: SchemaShape) -> list[str]:
    """Differences in plain Vietnamese; empty when the shapes agree."""
    problems = []
    missing = set(wanted.tables) - set(found.tables)
    extra = set(found.tables) - set(wanted.tables)
    if missing:
        problems.append(f"thiếu bảng {_names(missing)}")
    if extra:
        problems.append(f"có bảng lạ {_names(extra)}")
    for table in sorted(set(wanted.tables) & set(found.tables)):
        gone = wanted.tables[table] - found.tables[table]
        added = found.tables[table] - wanted.tables[table]
        if gone:
            problems.append(f"bảng {table} thiếu cột {_names(gone)}")
        if added:
            problems.append(f"bảng {table} có cột lạ {_names(added)}")
    if found.triggers - wanted.triggers:
        problems.append(f"có trigger lạ {_names(found.triggers - wanted.triggers)}")
    if wanted.triggers - found.triggers:
        problems.append(f"thiếu trigger {_names(wanted.triggers - found.triggers)}")
    if found.views - wanted.views:
        problems.append(f"có view lạ {_names(found.views - wanted.views)}")
    return problems


def check_file(path: Path, user_version: int) -> tuple[list[str], list[str]]:
    """(schema problems, integrity problems) of the database file ``path``."""
    wanted = reference_shape(user_version)
    con = connect_readonly(path)
    try:
        shape = shape_of(con)
        schema = (
            shape_problems(shape, wanted)
            if wanted is not None
            else [f"phiên bản dữ liệu {user_version} không có trong chương trình này"]
        )
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        integrity = [] if integrity == ["ok"] else integrity
        if not integrity:
            broken = con.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                integrity = [f"{len(broken)} dòng vi phạm khóa ngoại (bảng {broken[0][0]})"]
    finally:
        con.close()
    return schema, integrity
