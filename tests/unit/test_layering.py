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


def _imported_names(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) of every import anywhere in the file, inside functions too;
    ``from X import y`` also counts X.y, so a submodule import is seen."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{a.name}") for a in node.names]
    return found


def _offenders(area: str, allowed) -> list[str]:
    out = []
    for path in sorted((PKG / area).rglob("*.py")):
        for line, name in _imported_names(path):
            if not allowed(name):
                out.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return out


def _within(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_exports_neither_query_nor_change_the_database():
    """Exports render the view dataclasses the services build; they import no
    service, no persistence module and no SQLAlchemy."""
    banned = ("vnhr_desktop.services", "vnhr_desktop.persistence", "sqlalchemy")
    assert _offenders("exports", lambda n: not _within(n, *banned)) == []


def test_domain_imports_only_the_standard_library():
    """domain/ is plain Python: the standard library, other domain modules and
    the plain exception classes of vnhr_desktop.errors."""
    stdlib = set(sys.stdlib_module_names) | {"__future__"}

    def allowed(name: str) -> bool:
        return name.split(".")[0] in stdlib or _within(name, "vnhr_desktop.domain", "vnhr_desktop.errors")

    assert _offenders("domain", allowed) == []


def test_imports_return_plain_data_and_leave_the_writing_to_services():
    """imports/ reads files into domain dataclasses; the services look up the
    database and write (services/participant_import.py)."""
    banned = ("vnhr_desktop.services", "vnhr_desktop.persistence", "sqlalchemy")
    assert _offenders("imports", lambda n: not _within(n, *banned)) == []


def test_the_import_check_sees_imports_inside_functions(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from vnhr_desktop.services import reports\n", encoding="utf-8")
    names = [name for _line, name in _imported_names(sample, tmp_path)]
    assert "vnhr_desktop.services.reports" in names


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
