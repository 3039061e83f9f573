"""The frozen bundle built from packaging/vnhr-desktop.spec starts, migrates old
data folders and runs the headless commands.

The bundle is built once per test session (packaging/build.sh, or build.py on
Windows, with ``--if-stale``: a bundle whose recorded input digest matches the
current sources is reused). The build installs PyInstaller if it is missing and
takes one to two minutes on two cores; each run of the bundle a few seconds.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _load_build_module():
    spec = importlib.util.spec_from_file_location("vnhr_packaging_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _load_build_module()


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The bundle's console program, built if the sources changed since the last build."""
    if sys.platform == "win32":
        command = [sys.executable, str(ROOT / "packaging" / "build.py"), "--if-stale"]
    else:
        command = ["bash", str(ROOT / "packaging" / "build.sh"), "--if-stale"]
    env = dict(os.environ, PYTHON=sys.executable)
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, f"bundle build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    exe = BUILD.executable(console=True)
    assert exe.is_file()
    assert BUILD.is_current()
    return exe


def run(exe: Path, data_dir: Path | None, *args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("VNHR_DATA_DIR", None)
    data = ["--data-dir", str(data_dir)] if data_dir is not None else []
    result = subprocess.run([str(exe), *data, *args], capture_output=True, timeout=timeout, env=env)
    result.stdout = result.stdout.decode("utf-8")
    result.stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _pragma(db: Path, name: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        con.close()


def _ready(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("shown ") for line in lines), result.stdout
    assert any(line.startswith("ready ") for line in lines), result.stdout


def test_bundle_holds_migrations_translations_and_resources(bundle):
    internal = bundle.parent / "_internal"
    migrations = ROOT / "vnhr_desktop" / "persistence" / "migrations"
    frozen = internal / "vnhr_desktop" / "persistence" / "migrations"
    for name in ("env.py", "helpers.py", "script.py.mako"):
        assert (frozen / name).read_bytes() == (migrations / name).read_bytes()
    revisions = sorted(p.name for p in (migrations / "versions").glob("0*.py"))
    assert revisions and sorted(p.name for p in (frozen / "versions").glob("0*.py")) == revisions
    for qm in (ROOT / "translations").glob("*.qm"):
        assert (internal / "translations" / qm.name).read_bytes() == qm.read_bytes()
    for font in (ROOT / "resources" / "fonts").iterdir():
        assert (internal / "resources" / "fonts" / font.name).is_file()
    assert (internal / "resources" / "app.ico").is_file()
    assert (internal / "resources" / "icons" / "app.png").is_file()
    unused = [
        p.name
        for p in internal.rglob("*")
        if any(m in p.name for m in ("Qt6Quick", "Qt6Qml", "WebEngine", "Qt63D", "Qt6Charts", "Qt6Multimedia"))
    ]
    assert unused == []
    qt_catalogues = [
        *(internal / "PySide6").glob("Qt/translations/*.qm"),
        *(internal / "PySide6").glob("translations/*.qm"),
    ]
    assert qt_catalogues == []


def test_version_comes_from_pyproject(bundle):
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = run(bundle, None, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"vnhr-desktop {version}"


def test_smoke_on_a_fresh_data_folder(bundle, tmp_path):
    from vnhr_desktop.persistence.schema import APPLICATION_ID, SCHEMA_VERSION

    data = tmp_path / "fresh"
    _ready(run(bundle, data, "--smoke"))
    db = data / "vnhr.sqlite3"
    assert _pragma(db, "user_version") == SCHEMA_VERSION
    assert _pragma(db, "application_id") == APPLICATION_ID
    assert (data / "logs" / "vnhr-desktop.log").is_file()


def test_smoke_upgrades_a_data_folder_at_the_first_revision(bundle, tmp_path):
    """The frozen Alembic environment finds and runs every later revision."""
    from alembic.script import ScriptDirectory

    from vnhr_desktop.persistence.migrate import alembic_config, upgrade
    from vnhr_desktop.persistence.schema import SCHEMA_VERSION

    data = tmp_path / "old"
    data.mkdir()
    db = data / "vnhr.sqlite3"
    upgrade(db, None, target="0001")
    con = sqlite3.connect(db)
    with con:
        con.execute(
            "INSERT INTO agency (name, short_code, kind, search_key, sort_key) VALUES (?, ?, ?, ?, ?)",
            ("Phòng Văn hóa - Thông tin", "VHTT", "department", "phong van hoa - thong tin", "phong van hoa"),
        )
    con.close()
    assert _pragma(db, "user_version") == 1

    _ready(run(bundle, data, "--smoke"))

    assert _pragma(db, "user_version") == SCHEMA_VERSION
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
        assert con.execute("SELECT name FROM agency").fetchall() == [("Phòng Văn hóa - Thông tin",)]
    finally:
        con.close()
    assert list((data / "backups").glob("*")), "the upgrade makes a backup first"


def test_demo_list_and_plan_export(bundle, tmp_path):
    import pdfplumber

    from vnhr_desktop.commands.documents import EXPORTERS
    from vnhr_desktop.exports.pdf.fonts import FONT, WINDOWS_FILES, font_files

    data = tmp_path / "demo"
    result = run(bundle, data, "demo")
    assert result.returncode == 0, result.stderr
    result = run(bundle, data, "list", "plans", "--json")
    assert result.returncode == 0, result.stderr
    plans = json.loads(result.stdout)
    own = [p for p in plans if p["kind"] == "own"]
    assert own and all(p["title"] for p in plans)

    assert "plan" in EXPORTERS
    plan = own[0]
    out = tmp_path / "ke-hoach.pdf"
    result = run(bundle, data, "export", "plan", str(plan["id"]), "--out", str(out))
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        fonts = {char["fontname"] for page in pdf.pages for char in page.chars}
    assert "KẾ HOẠCH" in text
    assert plan["symbol"] in text
    # The system Times New Roman where Windows has it, else the bundled serif (exports/pdf/fonts.py).
    expected = "TimesNewRoman" if font_files()[FONT].name == WINDOWS_FILES[FONT] else "LiberationSerif"
    assert fonts and all(expected in f for f in fonts), fonts


def test_backup_and_check_from_the_bundle(bundle, tmp_path):
    data = tmp_path / "backup"
    assert run(bundle, data, "demo").returncode == 0
    out = tmp_path / "copy.sqlite3"
    result = run(bundle, data, "backup", "--out", str(out))
    assert result.returncode == 0, result.stderr
    con = sqlite3.connect(out)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM plan").fetchone()[0] > 0
    finally:
        con.close()
    result = run(bundle, data, "check")
    assert result.returncode == 0, result.stderr
    assert "tốt" in result.stdout


def test_bad_input_gives_one_vietnamese_line(bundle, tmp_path):
    result = run(bundle, tmp_path / "bad", "list", "nothing")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "không hợp lệ" in lines[0]
