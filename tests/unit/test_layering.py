"""Architecture rules checked in a fresh interpreter."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "vnhr_desktop"


def _modules_below_ui():
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts
        if parts[1] in ("ui", "app", "__main__"):
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if "migrations" in parts and parts[-1] not in ("migrations", "helpers"):
            continue  # revision scripts and env.py run only inside Alembic
        yield ".".join(parts)


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_nothing_below_ui_imports_pyside6():
    modules = list(_modules_below_ui())
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.startswith('PySide6')))\n"
    )
    assert _run(code).strip() == "[]"


def test_no_pyside6_import_statements_below_ui():
    offenders = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).parts
        if rel[0] in ("ui", "app.py", "__main__.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] == "PySide6" for n in names):
                offenders.append(str(path))
    assert offenders == []


def test_startup_path_does_not_load_heavy_libraries():
    code = (
        "import sys\n"
        "import vnhr_desktop.cli, vnhr_desktop.app, vnhr_desktop.ui.main_window\n"
        "import vnhr_desktop.persistence.database, vnhr_desktop.services.listing\n"
        "heavy = [m for m in ('openpyxl', 'reportlab', 'alembic', 'docx', 'pypdfium2') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    assert _run(code).strip() == "[]"


def test_window_paints_before_the_database_layer_loads():
    """Building the main window (all four tabs) must not import SQLAlchemy."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from vnhr_desktop.paths import DataPaths\n"
        "from vnhr_desktop.ui.main_window import MainWindow\n"
        "import tempfile, pathlib\n"
        "d = pathlib.Path(tempfile.mkdtemp())\n"
        "MainWindow(DataPaths(d), QSettings(str(d / 's.ini'), QSettings.IniFormat))\n"
        "print([m for m in ('sqlalchemy', 'openpyxl', 'reportlab', 'alembic') if m in sys.modules])\n"
    )
    assert _run(code).strip().splitlines()[-1] == "[]"


def test_ui_never_imports_persistence():
    """Widgets reach data only through services: no module under ui/ names
    vnhr_desktop.persistence, at module level or inside a function."""
    offenders = []
    for path in sorted((PKG / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(n == "vnhr_desktop.persistence" or n.startswith("vnhr_desktop.persistence.") for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
