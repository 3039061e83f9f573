"""Build the one-folder bundle from packaging/vnhr-desktop.spec into dist/vnhr-desktop/.

    python packaging/build.py              build (PyInstaller is installed with pip if missing)
    python packaging/build.py --if-stale   build only when the sources changed since the last build
    python packaging/build.py --clean      also empty PyInstaller's cache first

Used by packaging/build.sh (Linux), packaging/build_windows.ps1, the Windows
workflow and tests/packaging/test_bundle.py. After a successful build it writes
dist/vnhr-desktop.inputs: a digest of everything the bundle is made from (sources,
translations, resources, the spec, pyproject.toml and the versions of the
packages bundled), so a later ``--if-stale`` run knows whether the bundle is current.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "vnhr-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "vnhr-desktop"
BUNDLE = DIST / NAME
STAMP = DIST / f"{NAME}.inputs"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10"
INPUT_PATTERNS = (
    "vnhr_desktop/**/*.py",
    "vnhr_desktop/**/*.mako",
    "translations/*.qm",
    "resources/**/*",
    "packaging/vnhr-desktop.spec",
    "pyproject.toml",
)
BUNDLED_DISTRIBUTIONS = (
    "pyinstaller",
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "Mako",
    "openpyxl",
    "et_xmlfile",
    "reportlab",
    "pillow",
    "platformdirs",
    "defusedxml",
)


def executable(bundle: Path = BUNDLE, console: bool = False) -> Path:
    """The program in the bundle. On Windows ``console=True`` gives
    vnhr-desktop-cli.exe, the console build whose output can be read."""
    if sys.platform == "win32":
        return bundle / (f"{NAME}-cli.exe" if console else f"{NAME}.exe")
    return bundle / NAME


def inputs_digest(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    files = sorted(
        {p for pattern in INPUT_PATTERNS for p in root.glob(pattern) if p.is_file() and "__pycache__" not in p.parts}
    )
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for dist in BUNDLED_DISTRIBUTIONS:
        try:
            version = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{dist}={version};".encode())
    digest.update(f"{sys.version};{sys.platform}".encode())
    return digest.hexdigest()


def is_current() -> bool:
    return executable().exists() and STAMP.exists() and STAMP.read_text(encoding="ascii").strip() == inputs_digest()


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print(f"PyInstaller is not installed: pip install {PYINSTALLER_REQUIREMENT}", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", PYINSTALLER_REQUIREMENT], check=True)


# Import names of the project's dependencies: a bundle built without them would
# start and then fail, so the build refuses to run in a Python that lacks them.
REQUIRED_MODULES = ("PySide6", "sqlalchemy", "alembic", "mako", "openpyxl", "reportlab", "platformdirs", "defusedxml")


def check_environment() -> None:
    missing = [name for name in REQUIRED_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise SystemExit(
            f"{sys.executable} lacks {', '.join(missing)}: install the project into "
            "this Python first (pip install .), or set PYTHON to the venv's python."
        )


def check_tools() -> None:
    if sys.platform.startswith("linux"):
        missing = [tool for tool in ("ldd", "objdump") if shutil.which(tool) is None]
        if missing:
            raise SystemExit(f"PyInstaller needs {', '.join(missing)} on Linux: sudo apt-get install binutils libc-bin")


def build(clean: bool = False) -> Path:
    check_environment()
    check_tools()
    ensure_pyinstaller()
    digest = inputs_digest()
    STAMP.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=ROOT)
    STAMP.write_text(digest + "\n", encoding="ascii")
    print(f"built {executable()} in {time.monotonic() - started:.0f} s", flush=True)
    return executable()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--if-stale", action="store_true", help="skip the build when the bundle is current")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    if args.if_stale and is_current():
        print(f"{executable()} is up to date", flush=True)
        return 0
    try:
        build(clean=args.clean)
    except subprocess.CalledProcessError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
