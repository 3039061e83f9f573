"""Download every wheel needed to install vnhr-desktop on a Windows PC without
Internet into one folder (default: wheelhouse/), to carry on a USB stick.

    python packaging/make_wheelhouse.py                 app + build and test tools
    python packaging/make_wheelhouse.py --app-only      only what the app needs
    python packaging/make_wheelhouse.py --dest D:\\wheelhouse

Run it on any PC with Internet and Python 3.11 (Windows or Linux). It fetches
binary wheels only (--only-binary=:all:) for Windows 64-bit and CPython 3.11,
whatever the machine it runs on, plus a wheel of vnhr-desktop itself. Then, on
the offline PC (Python 3.11 installed):

    py -3.11 -m venv .venv
    .venv\\Scripts\\activate
    pip install --no-index --find-links wheelhouse vnhr-desktop
    pip install --no-index --find-links wheelhouse pyinstaller   (to build the bundle)

pip chooses a package's dependencies by the markers of the machine pip runs on,
so on Linux it would skip Windows-only ones (pywin32-ctypes and pefile for
PyInstaller, colorama for pytest). This script reads every downloaded wheel's
requirements, evaluates their markers for Windows and fetches what is missing.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

try:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
except ImportError:  # a bare Python: pip carries its own copy
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYTHON_VERSION = "3.11"
PLATFORM = "win_amd64"
# The marker environment of 64-bit Windows running CPython 3.11.
WINDOWS_MARKERS = {
    "implementation_name": "cpython",
    "implementation_version": "3.11.9",
    "os_name": "nt",
    "platform_machine": "AMD64",
    "platform_python_implementation": "CPython",
    "platform_release": "10",
    "platform_system": "Windows",
    "platform_version": "10.0.19045",
    "python_full_version": "3.11.9",
    "python_version": PYTHON_VERSION,
    "sys_platform": "win32",
    "extra": "",
}


def project_requirements(app_only: bool) -> list[str]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    requirements = list(project["dependencies"])
    if not app_only:
        requirements += project.get("optional-dependencies", {}).get("test", [])
        # setuptools and wheel: to install from a source checkout offline too.
        requirements += pyproject.get("build-system", {}).get("requires", [])
        if not any(canonicalize_name(Requirement(r).name) == "pyinstaller" for r in requirements):
            requirements.append("pyinstaller>=6.10")
    return requirements


def pip_download(dest: Path, requirements: list[str], no_deps: bool = False) -> None:
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--dest",
        str(dest),
        "--only-binary=:all:",
        "--platform",
        PLATFORM,
        "--python-version",
        PYTHON_VERSION,
        "--implementation",
        "cp",
    ]
    if no_deps:
        command.append("--no-deps")
    subprocess.run(command + requirements, check=True)


def build_project_wheel(dest: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(dest), str(ROOT)], check=True)


def _wheel_name(path: Path) -> str:
    return canonicalize_name(path.name.split("-")[0])


def _requires(path: Path) -> list[Requirement]:
    with zipfile.ZipFile(path) as wheel:
        metadata = next(n for n in wheel.namelist() if re.fullmatch(r"[^/]+\.dist-info/METADATA", n))
        message = Parser().parsestr(wheel.read(metadata).decode("utf-8"))
    return [Requirement(line) for line in message.get_all("Requires-Dist") or []]


def missing_for_windows(dest: Path) -> list[str]:
    """Requirements of the wheels in ``dest`` that apply on Windows but have no wheel there."""
    present = {_wheel_name(p) for p in dest.glob("*.whl")}
    missing: dict[str, str] = {}
    for wheel in sorted(dest.glob("*.whl")):
        for req in _requires(wheel):
            if req.marker is not None and not req.marker.evaluate(WINDOWS_MARKERS):
                continue
            name = canonicalize_name(req.name)
            if name not in present:
                missing[name] = f"{req.name}{req.specifier}"
    return sorted(missing.values())


def make_wheelhouse(dest: Path, app_only: bool = False) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    pip_download(dest, project_requirements(app_only))
    for _ in range(10):
        missing = missing_for_windows(dest)
        if not missing:
            break
        print("Windows-only dependencies:", ", ".join(missing), flush=True)
        pip_download(dest, missing, no_deps=True)
    build_project_wheel(dest)
    return sorted(dest.glob("*.whl"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", default=str(ROOT / "wheelhouse"), help="folder for the wheels (default: wheelhouse/)")
    parser.add_argument("--app-only", action="store_true", help="leave out PyInstaller and the test tools")
    args = parser.parse_args(argv)
    wheels = make_wheelhouse(Path(args.dest), app_only=args.app_only)
    size = sum(w.stat().st_size for w in wheels) / 1e6
    print(f"{len(wheels)} wheels, {size:.0f} MB in {args.dest}")
    print(f"Offline: pip install --no-index --find-links {args.dest} vnhr-desktop")
    return 0


if __name__ == "__main__":
    sys.exit(main())
