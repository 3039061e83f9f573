"""Refusing hostile files (issue "Hardening", item 5): each crafted file is
offered to the participant import's reader in a fresh process, which records
its wall time and its own peak memory (VmHWM). Goal: every refusal within
10 s and 300 MB. Figures are appended to tests/bench/results-refusals.txt.

    python tests/bench/bench_refusals.py
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

GOAL_SECONDS, GOAL_MB = 10.0, 300

CHILD = r"""
import sys, time
from pathlib import Path
t0 = time.perf_counter()
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports.guard import open_workbook_safely
from vnhr_desktop.imports.sheet_reader import read_grid
outcome = "read"
try:
    book = open_workbook_safely(Path(sys.argv[1]))
    try:
        read_grid(book.worksheets[0])
    finally:
        book.close()
except ImportRejected as exc:
    outcome = exc.message
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) // 1024
print(f"{time.perf_counter() - t0:.2f}\t{peak}\t{outcome}")
"""

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def _base(folder: Path) -> Path:
    from tests.reliability.workbooks import participants_workbook

    return participants_workbook(folder / "base.xlsx")


def _with(base: Path, dest: Path, members: dict[str, bytes], level: int = 9) -> Path:
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zout:
        for info in zin.infolist():
            if info.filename not in members:
                zout.writestr(info.filename, zin.read(info))
        for name, data in members.items():
            zout.writestr(name, data)
    return dest


def merged_cells(base: Path, dest: Path, count: int = 3_500_000) -> Path:
    cells = "".join(f'<mergeCell ref="A{2 * i + 1}:B{2 * i + 1}"/>' for i in range(count))
    xml = f'{HEAD}<sheetData/><mergeCells count="{count}">{cells}</mergeCells></worksheet>'
    return _with(base, dest, {"xl/worksheets/sheet1.xml": xml.encode()}, level=1)


def empty_rows(base: Path, dest: Path, count: int = 1_048_576) -> Path:
    rows = "".join(f'<row r="{i}" s="1" customFormat="1"/>' for i in range(2, count + 1))
    first = '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>'
    xml = f"{HEAD}<sheetData>{first}{rows}</sheetData></worksheet>"
    return _with(base, dest, {"xl/worksheets/sheet1.xml": xml.encode()}, level=1)


def many_rows(base: Path, dest: Path, count: int = 150_000) -> Path:
    rows = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, count + 1))
    return _with(base, dest, {"xl/worksheets/sheet1.xml": f"{HEAD}<sheetData>{rows}</sheetData></worksheet>".encode()})


def many_cells(base: Path, dest: Path, rows: int = 100_000, cols: int = 12) -> Path:
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(c) for c in range(1, cols + 1)]
    body = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{col}{r}"><v>{r}</v></c>' for col in letters) + "</row>"
        for r in range(1, rows + 1)
    )
    return _with(base, dest, {"xl/worksheets/sheet1.xml": f"{HEAD}<sheetData>{body}</sheetData></worksheet>".encode()})


def shared_strings(base: Path, dest: Path) -> Path:
    import hashlib

    items = "".join(f"<si><t>{hashlib.sha256(str(i).encode()).hexdigest()}</t></si>" for i in range(480_000))
    xml = f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{items}</sst>'
    return _with(base, dest, {"xl/sharedStrings.xml": xml.encode()}, level=1)


CASES = {
    "3,5 triệu ô gộp": merged_cells,
    "1.048.575 dòng trống có định dạng": empty_rows,
    "150.000 dòng có dữ liệu": many_rows,
    "100.000 dòng × 12 cột": many_cells,
    "bảng chữ dùng chung lớn": shared_strings,
}


def main() -> int:
    from tests.reliability.helpers import child_env

    lines, ok = [], True
    with tempfile.TemporaryDirectory() as folder:
        base = _base(Path(folder))
        for label, make in CASES.items():
            path = make(base, Path(folder) / "hostile.xlsx")
            size_mb = path.stat().st_size / 1e6
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, env=child_env(), cwd=ROOT
            )
            seconds, peak, outcome = out.stdout.strip().split("\t", 2)
            within = float(seconds) <= GOAL_SECONDS and int(peak) <= GOAL_MB
            ok &= within
            lines.append(
                f"{label}: {size_mb:.1f} MB, {seconds} s, {peak} MB, {'ok' if within else 'QUÁ MỨC'}: {outcome[:90]}"
            )
            print(lines[-1], flush=True)
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    with open(HERE / "results-refusals.txt", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"at": stamp, "goal": f"{GOAL_SECONDS} s, {GOAL_MB} MB"}, ensure_ascii=False) + "\n")
        fh.writelines(line + "\n" for line in lines)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
