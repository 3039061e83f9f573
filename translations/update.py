"""Regenerate the Vietnamese .ts sources from the UI code and compile them.

    python translations/update.py          # lupdate every area, then lrelease
    python translations/update.py --release  # only compile .ts -> .qm

Each UI file belongs to one translation area (first matching pattern below),
so that work on different parts of the UI never edits the same .ts file.
qt_vi.ts (Qt's own buttons and dialogs) is written by hand and only compiled.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
UI = ROOT / "vnhr_desktop" / "ui"

AREAS: list[tuple[str, tuple[str, ...]]] = [
    ("plans", ("*plan*", "*task*", "*target*", "*register*", "*due*")),
    ("banners", ("*banner*", "*slogan*", "*placement*", "*timeline*")),
    ("events", ("*event*", "*participant*", "*bridge*", "*signin*", "*attendance*")),
    ("reports", ("*report*", "*reminder*", "*media*", "*package*", "*composer*", "*result*", "*drive*")),
    ("reliability", ("*restore*", "*database_problem*", "*backup*")),
    ("core", ("*",)),
]


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def area_of(path: Path) -> str:
    name = path.name
    for area, patterns in AREAS:
        if any(fnmatch.fnmatch(name, p) for p in patterns):
            return area
    return "core"


def ui_files_by_area() -> dict[str, list[Path]]:
    areas: dict[str, list[Path]] = {}
    for path in sorted(UI.rglob("*.py")):
        if "tr(" in path.read_text(encoding="utf-8") or "translate(" in path.read_text(encoding="utf-8"):
            areas.setdefault(area_of(path), []).append(path)
    return areas


def lupdate(area: str, files: list[Path], ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *map(str, files), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    if "--release" not in argv:
        for area, files in ui_files_by_area().items():
            lupdate(area, files, TRANSLATIONS / f"{area}_vi.ts")
    for ts in sorted(TRANSLATIONS.glob("*_vi.ts")):
        lrelease(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
